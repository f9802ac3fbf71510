package main

// Scoring extracted figures against gold annotations. Every rule here is
// the rule of ../shared/tools/score.py, so that "solieu eval" and the
// reference scorer give the same numbers on the same input:
//
//   - a predicted figure matches a gold figure when metric, value (rounded
//     to 6 decimal places), unit (default "count") and modality (default
//     "actual") are equal; each gold figure takes the first unused
//     prediction with its key, in prediction order;
//   - precision, recall and F1 are micro averages over all figures of all
//     gold documents; predictions for documents without gold are ignored,
//     gold documents without predictions count as empty;
//   - cmp (default "=") and each gold qualifier are scored as accuracy
//     over matched pairs;
//   - subject, province and period are scored over the gold documents
//     that have them, compared without case, diacritics or tone placement,
//     with "Đảng ủy X" equal to "Đảng bộ X".

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/solieu/solieu/extract"
)

// ErrNoGold is returned when a gold folder holds no *.gold.json file.
var ErrNoGold = errors.New("eval: no *.gold.json files")

// docFields are the document fields scored, in score.py's order.
var docFields = []string{"subject", "province", "period"}

// record is one JSON object as decoded for scoring: numbers stay
// json.Number, so that values are read the way score.py reads them.
type record = map[string]any

// GoldDoc is one NAME.gold.json file.
type GoldDoc struct {
	// Doc is the file's "doc" field, the id predictions are matched by.
	Doc string
	// File is the gold file's path; Article the article's (NAME.txt).
	File, Article string
	// Record is the whole decoded file.
	Record record
}

// GoldSet is a folder of gold files in score.py's order: sorted by file
// name, one entry per distinct doc (a later file with the same doc replaces
// the earlier one in place).
type GoldSet []*GoldDoc

// LoadGold reads every DIR/*.gold.json (hidden files excepted, as glob does).
func LoadGold(dir string) (GoldSet, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", dir, err)
	}
	sort.Strings(paths)
	var set GoldSet
	index := map[string]int{}
	for _, p := range paths {
		if strings.HasPrefix(filepath.Base(p), ".") {
			continue
		}
		g, err := readGold(p)
		if err != nil {
			return nil, err
		}
		if i, ok := index[g.Doc]; ok {
			set[i] = g
			continue
		}
		index[g.Doc] = len(set)
		set = append(set, g)
	}
	if len(set) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoGold, dir)
	}
	return set, nil
}

// readGold reads one gold file.
func readGold(path string) (*GoldDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	rec, err := decodeRecord(b)
	if err != nil {
		return nil, fmt.Errorf("gold %s: not a JSON object: %w", path, err)
	}
	doc, ok := rec["doc"].(string)
	if !ok {
		return nil, fmt.Errorf("gold %s: no \"doc\" string", path)
	}
	figs, err := figureList(rec["figures"])
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	for i, f := range figs {
		if _, ok := f["metric"].(string); !ok {
			return nil, fmt.Errorf("gold %s: figure %d has no metric", path, i)
		}
	}
	base := strings.TrimSuffix(path, ".gold.json")
	return &GoldDoc{Doc: doc, File: path, Article: base + ".txt", Record: rec}, nil
}

// Predictions are predicted figures and document fields by document id,
// gathered from any number of documents.jsonl files.
type Predictions map[string]*PredDoc

// PredDoc is what the predictions say about one document.
type PredDoc struct {
	// Figures in the order read.
	Figures []record
	// Fields holds the last non-empty subject, province and period.
	Fields record
}

// ReadPredictions adds the JSON Lines of r to p. A line is either a
// document ({"doc": ..., "figures": [...], "subject": ...}) or a single
// figure with a "doc" field. A doc that is a path ("x/y/NAME.txt") is
// reduced to its base name without extension. name is used in errors.
func (p Predictions) ReadPredictions(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), extract.MaxLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimFunc(sc.Bytes(), isPySpace)
		if len(line) == 0 {
			continue
		}
		rec, err := decodeRecord(line)
		if err != nil {
			return fmt.Errorf("%s:%d: not a JSON object: %w", name, n, err)
		}
		raw, ok := rec["doc"]
		if !ok || raw == nil {
			return fmt.Errorf("%s:%d: no \"doc\" field", name, n)
		}
		id := pySplitext(pyBasename(pyStr(raw)))
		d := p[id]
		if d == nil {
			d = &PredDoc{Fields: record{}}
			p[id] = d
		}
		figs, has := rec["figures"]
		if !has {
			d.Figures = append(d.Figures, rec)
			continue
		}
		list, err := figureList(figs)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		d.Figures = append(d.Figures, list...)
		for _, k := range docFields {
			if truthy(rec[k]) {
				d.Fields[k] = rec[k]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

// AddDocuments adds extracted documents to p, exactly as if they had been
// written to documents.jsonl and read back.
func (p Predictions) AddDocuments(docs []*extract.Document) error {
	var buf bytes.Buffer
	enc := extract.NewEncoder(&buf)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	if err := enc.Flush(); err != nil {
		return err
	}
	return p.ReadPredictions("extracted documents", &buf)
}

// Tally counts matched (TP), extra (FP) and missed (FN) figures.
type Tally struct {
	Name       string
	TP, FP, FN int
}

// PRF returns precision, recall and F1, each 0 when undefined.
func (t Tally) PRF() (p, r, f1 float64) {
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// FieldTally counts the gold documents that have a document field (N)
// and those whose prediction agrees (OK).
type FieldTally struct {
	Name  string
	OK, N int
}

// Mismatch is one missed gold figure or one extra predicted figure.
type Mismatch struct {
	Doc                           string
	Metric, Value, Unit, Modality string
	Evidence                      string
}

// Result is the score of predictions against a gold set. The embedded
// Tally is the micro total over all figures.
type Result struct {
	Tally
	// Docs is the number of gold documents.
	Docs int
	// CmpOK of CmpN matched pairs agree on cmp.
	CmpOK, CmpN int
	// QualOK of QualN gold qualifiers of matched pairs are predicted alike.
	QualOK, QualN int
	// Areas are the tallies per area (the metric's first dotted part),
	// sorted by name; Metrics the same per metric key.
	Areas, Metrics []Tally
	// Fields are the document-field tallies, in score.py's order.
	Fields []FieldTally
	// Misses and Extras list the unmatched figures, document by document.
	Misses, Extras []Mismatch
}

// figKey is what a match compares. NaN values never match, as in Python.
type figKey struct {
	metric, unit, modality string
	value                  float64
	hasValue               bool
}

// poolEntry holds the unused predictions of one key, in prediction order.
type poolEntry struct {
	key  figKey
	figs []record
}

// Score scores preds against gold.
func Score(gold GoldSet, preds Predictions) *Result {
	res := &Result{Tally: Tally{Name: "all"}, Docs: len(gold)}
	areas := map[string]*Tally{}
	metrics := map[string]*Tally{}
	tally := func(m map[string]*Tally, name string) *Tally {
		t := m[name]
		if t == nil {
			t = &Tally{Name: name}
			m[name] = t
		}
		return t
	}
	fieldIndex := map[string]int{}
	for _, g := range gold {
		p := preds[g.Doc]
		if p == nil {
			p = &PredDoc{Fields: record{}}
		}
		var pool []*poolEntry
		index := map[figKey]int{}
		for _, f := range p.Figures {
			k := keyOf(f)
			i, ok := index[k]
			if !ok {
				i = len(pool)
				index[k] = i
				pool = append(pool, &poolEntry{key: k})
			}
			pool[i].figs = append(pool[i].figs, f)
		}
		gfigs, _ := figureList(g.Record["figures"])
		for _, gf := range gfigs {
			k := keyOf(gf)
			metric := gf["metric"].(string)
			area := strings.SplitN(metric, ".", 2)[0]
			if i, ok := index[k]; ok && len(pool[i].figs) > 0 {
				pf := pool[i].figs[0]
				pool[i].figs = pool[i].figs[1:]
				res.TP++
				tally(areas, area).TP++
				tally(metrics, metric).TP++
				res.CmpN++
				if pyEqual(getOr(pf, "cmp", "="), getOr(gf, "cmp", "=")) {
					res.CmpOK++
				}
				gq, _ := gf["qualifiers"].(record)
				pq, _ := pf["qualifiers"].(record)
				for _, qk := range sortedKeys(gq) {
					res.QualN++
					if pyEqual(pq[qk], gq[qk]) {
						res.QualOK++
					}
				}
				continue
			}
			res.FN++
			tally(areas, area).FN++
			tally(metrics, metric).FN++
			res.Misses = append(res.Misses, mismatch(g.Doc, k, gf))
		}
		for _, e := range pool {
			for _, pf := range e.figs {
				res.FP++
				tally(areas, metricArea(e.key.metric)).FP++
				tally(metrics, metricName(e.key.metric)).FP++
				res.Extras = append(res.Extras, mismatch(g.Doc, e.key, pf))
			}
		}
		for _, fld := range docFields {
			if !truthy(g.Record[fld]) {
				continue
			}
			i, ok := fieldIndex[fld]
			if !ok {
				i = len(res.Fields)
				fieldIndex[fld] = i
				res.Fields = append(res.Fields, FieldTally{Name: fld})
			}
			ft := &res.Fields[i]
			ft.N++
			if sameField(p.Fields[fld], g.Record[fld]) {
				ft.OK++
			}
		}
	}
	res.Areas = sortedTallies(areas)
	res.Metrics = sortedTallies(metrics)
	return res
}

// keyOf is score.py's key(f).
func keyOf(f record) figKey {
	k := figKey{
		metric:   canon(f, "metric", nullMark),
		unit:     canon(f, "unit", extract.UnitCount),
		modality: canon(f, "modality", extract.Actual),
	}
	if v, ok := pyFloat(f["value"]); ok {
		k.value, k.hasValue = round6(v), true
	}
	return k
}

// nullMark stands for JSON null (Python None) among key strings; any
// other non-string value is marked the same way followed by its JSON text.
const nullMark = "\x00null"

// canon turns a key field into a comparable string: def when absent, the
// string itself, or a marked JSON text for null and other values.
func canon(f record, name, def string) string {
	v, ok := f[name]
	if !ok {
		return def
	}
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return nullMark
	default:
		b, _ := json.Marshal(v)
		return "\x00" + string(b)
	}
}

// metricName is a canonical metric as score.py prints it (str()).
func metricName(m string) string {
	if m == nullMark {
		return "None"
	}
	return strings.TrimPrefix(m, "\x00")
}

// metricArea is the area of a predicted metric: str(metric).split(".")[0].
func metricArea(m string) string {
	return strings.SplitN(metricName(m), ".", 2)[0]
}

// mismatch describes an unmatched figure.
func mismatch(doc string, k figKey, f record) Mismatch {
	value := "None"
	if k.hasValue {
		value = num(k.value)
	}
	ev, _ := f["evidence"].(string)
	if ev == "" {
		ev, _ = f["text"].(string)
	}
	return Mismatch{Doc: doc, Metric: metricName(k.metric), Value: value,
		Unit: metricName(k.unit), Modality: metricName(k.modality), Evidence: ev}
}

// round6 is Python's round(v, 6): the correctly rounded 6-place decimal.
func round6(v float64) float64 {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 6, 64), 64)
	return r
}

// pyFloat is Python's float(v) for the values JSON can hold.
func pyFloat(v any) (float64, bool) {
	if s, ok := v.(string); ok {
		return pyParseFloat(s)
	}
	return pyNumber(v)
}

// pyParseFloat parses a string the way Python's float() does: surrounding
// whitespace allowed, underscores between digits, no hexadecimal.
func pyParseFloat(s string) (float64, bool) {
	s = strings.TrimFunc(s, func(r rune) bool { return isPySpace(r) })
	if strings.ContainsAny(s, "xX") {
		return 0, false
	}
	if strings.Contains(s, "_") {
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1])) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil || errors.Is(err, strconv.ErrRange)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isPySpace is Python's str.isspace for one rune.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// pyStr is Python's str() for a decoded JSON value, as far as ids need it.
func pyStr(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case bool:
		if v {
			return "True"
		}
		return "False"
	case nil:
		return "None"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// pyBasename is os.path.basename on POSIX: what follows the last slash.
func pyBasename(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }

// pySplitext returns name without its extension, as os.path.splitext
// does: leading dots do not start an extension.
func pySplitext(name string) string {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 {
		return name
	}
	if strings.Trim(name[:dot], ".") == "" {
		return name
	}
	return name[:dot]
}

// truthy is Python's truth value of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case json.Number:
		f, _ := v.Float64()
		return f != 0
	case []any:
		return len(v) > 0
	case record:
		return len(v) > 0
	}
	return true
}

// getOr is Python's f.get(name, def).
func getOr(f record, name string, def any) any {
	if v, ok := f[name]; ok {
		return v
	}
	return def
}

// pyEqual is Python's == between decoded JSON values: numbers compare by
// value (true == 1), containers element by element.
func pyEqual(a, b any) bool {
	if fa, ok := pyNumber(a); ok {
		fb, ok := pyNumber(b)
		return ok && fa == fb
	}
	switch a := a.(type) {
	case nil:
		return b == nil
	case string:
		s, ok := b.(string)
		return ok && a == s
	case []any:
		l, ok := b.([]any)
		if !ok || len(l) != len(a) {
			return false
		}
		for i := range a {
			if !pyEqual(a[i], l[i]) {
				return false
			}
		}
		return true
	case record:
		m, ok := b.(record)
		if !ok || len(m) != len(a) {
			return false
		}
		for k, v := range a {
			w, ok := m[k]
			if !ok || !pyEqual(v, w) {
				return false
			}
		}
		return true
	}
	return false
}

// pyNumber reads numbers and booleans as Python compares them.
func pyNumber(v any) (float64, bool) {
	switch v := v.(type) {
	case json.Number:
		f, err := strconv.ParseFloat(string(v), 64)
		return f, err == nil || errors.Is(err, strconv.ErrRange)
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// sameField is score.py's same_field: document fields compare without
// case, diacritics or tone placement, whitespace runs as one space, and
// "đảng ủy" standing for "đảng bộ".
func sameField(a, b any) bool { return foldField(a) == foldField(b) }

var caseFold = cases.Fold()

func foldField(v any) string {
	s := ""
	if truthy(v) {
		s = pyStr(v)
	}
	s = strings.ReplaceAll(caseFold.String(s), "đ", "d")
	s = norm.NFD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.FieldsFunc(s, isPySpace), " ")
	return strings.ReplaceAll(s, "dang uy", "dang bo")
}

// decodeRecord decodes one JSON object, keeping numbers as json.Number.
func decodeRecord(b []byte) (record, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var rec record
	if err := dec.Decode(&rec); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one value")
	}
	if rec == nil {
		return nil, errors.New("null")
	}
	return rec, nil
}

// figureList reads a "figures" value: a list of objects (null as none).
func figureList(v any) ([]record, error) {
	if v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, errors.New("\"figures\" is not a list")
	}
	out := make([]record, 0, len(list))
	for i, f := range list {
		rec, ok := f.(record)
		if !ok {
			return nil, fmt.Errorf("figure %d is not an object", i)
		}
		out = append(out, rec)
	}
	return out, nil
}

func sortedKeys(m record) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func sortedTallies(m map[string]*Tally) []Tally {
	out := make([]Tally, 0, len(m))
	for _, t := range m {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
