package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/solieu/solieu/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files (testdata/eval, the coverage table of testdata/reports/README.md)")

// reportsDir holds the project's sample reports with their gold.
const reportsDir = "../../testdata/reports"

// scorePyPath is the reference scorer beside the project.
const scorePyPath = "../../../shared/tools/score.py"

// evalLoadGold loads a gold folder or fails the test.
func evalLoadGold(t *testing.T, dir string) GoldSet {
	t.Helper()
	g, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// jsonLines turns a sequence of JSON values, however laid out, into JSON
// Lines, so that tests can write their predictions readably.
func jsonLines(t *testing.T, values string) string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(values))
	var out bytes.Buffer
	for dec.More() {
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("test predictions: %v", err)
		}
		json.Compact(&out, v)
		out.WriteByte('\n')
	}
	return out.String()
}

// evalScore scores predictions (JSON values, see jsonLines) against gold.
func evalScore(t *testing.T, gold GoldSet, values string) *Result {
	t.Helper()
	preds := Predictions{}
	if err := preds.ReadPredictions("preds.jsonl", strings.NewReader(jsonLines(t, values))); err != nil {
		t.Fatal(err)
	}
	return Score(gold, preds)
}

// evalRun runs "solieu eval" in-process and returns its standard output.
func evalRun(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut}
	err := (&EvalCommand{Main: m}).Run(context.Background(), args)
	if errOut.Len() > 0 {
		t.Logf("stderr:\n%s", errOut.String())
	}
	return out.String(), err
}

// writeFiles writes name → content files into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// ---- Agreement with score.py ---------------------------------------------

// needScorePy skips the test when python3 or score.py is not there.
func needScorePy(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found: cannot compare with score.py")
	}
	if _, err := os.Stat(scorePyPath); err != nil {
		t.Skipf("%s not found: cannot compare with score.py", scorePyPath)
	}
}

// runScorePy runs the reference scorer and returns its output.
func runScorePy(t *testing.T, gold, preds string, args ...string) string {
	t.Helper()
	cmd := exec.Command("python3", append([]string{scorePyPath, gold, preds}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	return string(out)
}

// predLine is one documents.jsonl line of a generated prediction file.
type predLine = map[string]any

// predCase builds one prediction file from the gold set.
type predCase struct {
	name, reason string
	build        func(gold GoldSet, rng *rand.Rand) []predLine
}

// goldFigures returns a deep copy of a gold document's figures.
func goldFigures(g *GoldDoc) []map[string]any {
	b, _ := json.Marshal(g.Record["figures"])
	var figs []map[string]any
	json.Unmarshal(b, &figs)
	return figs
}

func docLine(doc string, figs []map[string]any, fields map[string]any) predLine {
	if figs == nil {
		figs = []map[string]any{} // score.py cannot read "figures": null
	}
	l := predLine{"doc": doc, "figures": figs}
	for k, v := range fields {
		l[k] = v
	}
	return l
}

// goldFields are a gold document's subject, province and period.
func goldFields(g *GoldDoc) map[string]any {
	return map[string]any{"subject": g.Record["subject"], "province": g.Record["province"], "period": g.Record["period"]}
}

// spelled rewrites a document field the way predictions often differ from
// gold without being wrong (case, tone placement, "Đảng ủy" for "Đảng bộ"),
// or makes it wrong.
func spelled(v any, rng *rand.Rand) any {
	s, _ := v.(string)
	switch rng.IntN(6) {
	case 0:
		return strings.ToUpper(s)
	case 1:
		return strings.NewReplacer("ủy", "uỷ", "uỷ", "ủy", "òa", "oà", "oà", "òa").Replace(s)
	case 2:
		return strings.Replace(s, "Đảng bộ", "Đảng ủy", 1)
	case 3:
		return "  " + strings.ReplaceAll(s, " ", "   ") + " "
	case 4:
		return s + " khác"
	}
	return ""
}

var predCases = []predCase{
	{"perfect", "every gold figure and field predicted", func(gold GoldSet, _ *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			out = append(out, docLine(g.Doc, goldFigures(g), goldFields(g)))
		}
		return out
	}},
	{"empty", "an empty file: every gold document counts as empty", func(GoldSet, *rand.Rand) []predLine { return nil }},
	{"partial", "some figures missing, cmp and qualifiers sometimes wrong, fields respelled or wrong", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			var figs []map[string]any
			for _, f := range goldFigures(g) {
				if rng.IntN(10) < 4 {
					continue
				}
				if rng.IntN(5) == 0 {
					f["cmp"] = []string{">", "~", "<="}[rng.IntN(3)]
				}
				if rng.IntN(4) == 0 {
					delete(f, "cmp")
				}
				if q, ok := f["qualifiers"].(map[string]any); ok && len(q) > 0 && rng.IntN(3) == 0 {
					for k := range q {
						q[k] = "other"
					}
				}
				if rng.IntN(6) == 0 {
					delete(f, "qualifiers")
				}
				figs = append(figs, f)
			}
			fields := goldFields(g)
			for k, v := range fields {
				fields[k] = spelled(v, rng)
			}
			out = append(out, docLine(g.Doc, figs, fields))
		}
		return out
	}},
	{"duplicates and extras", "figures predicted twice, invented figures, a doc without gold", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			figs := goldFigures(g)
			figs = append(figs, goldFigures(g)[:len(figs)/2]...)
			figs = append(figs,
				map[string]any{"metric": "members.total", "value": 123457, "unit": "count", "modality": "actual", "evidence": "123.457 đảng viên"},
				map[string]any{"metric": "x.unknown", "value": 1},
				map[string]any{"value": 5, "text": "năm"},
				map[string]any{"metric": "admission.new_members", "value": 12, "unit": nil},
			)
			rng.Shuffle(len(figs), func(i, j int) { figs[i], figs[j] = figs[j], figs[i] })
			out = append(out, docLine(g.Doc, figs, nil))
		}
		out = append(out, docLine("not-in-gold", []map[string]any{{"metric": "members.total", "value": 1}}, map[string]any{"subject": "X"}))
		return out
	}},
	{"float values", "values off by less or more than the 6-place rounding, values as strings", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			figs := goldFigures(g)
			for _, f := range figs {
				v, _ := f["value"].(float64)
				switch rng.IntN(7) {
				case 0:
					f["value"] = v + 1e-9 // 35.34 as 35.340000001: still 35.34
				case 1:
					f["value"] = v + 4e-7 // rounds back to v
				case 2:
					f["value"] = v + 6e-7 // rounds away from v
				case 3:
					f["value"] = strconv.FormatFloat(v, 'f', -1, 64)
				case 4:
					f["value"] = " " + strconv.FormatFloat(v, 'f', 2, 64) + " "
				case 5:
					f["value"] = nil
				}
			}
			out = append(out, docLine(g.Doc, figs, goldFields(g)))
		}
		return out
	}},
	{"missing docs", "every other gold document has no line", func(gold GoldSet, _ *rand.Rand) []predLine {
		var out []predLine
		for i, g := range gold {
			if i%2 == 0 {
				out = append(out, docLine(g.Doc, goldFigures(g), goldFields(g)))
			}
		}
		return out
	}},
	{"doc paths", "docs given as paths and file names, reduced to the base name", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		forms := []string{"x/y/%s.txt", "%s.txt", "/abs/%s.html", "%s", "a.b/%s.gold.json"}
		for _, g := range gold {
			out = append(out, docLine(fmt.Sprintf(forms[rng.IntN(len(forms))], g.Doc), goldFigures(g), goldFields(g)))
		}
		return out
	}},
	{"figure lines", "one figure per line with a doc field; no document fields", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			for _, f := range goldFigures(g) {
				if rng.IntN(5) == 0 {
					continue
				}
				f["doc"] = "corpus/" + g.Doc + ".txt"
				out = append(out, f)
			}
		}
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out
	}},
	{"split documents", "one document over two lines: figures add up, the later non-empty field wins", func(gold GoldSet, rng *rand.Rand) []predLine {
		var out []predLine
		for _, g := range gold {
			figs := goldFigures(g)
			half := len(figs) / 2
			out = append(out, docLine(g.Doc, figs[:half], map[string]any{"subject": "sai", "province": g.Record["province"]}))
			out = append(out, docLine(g.Doc, figs[half:], map[string]any{"subject": g.Record["subject"], "province": "", "period": spelled(g.Record["period"], rng)}))
		}
		return out
	}},
}

// scorePyJSON is what score.py --json prints.
type scorePyJSON struct {
	Docs              int                           `json:"docs"`
	Gold              int                           `json:"gold"`
	Predicted         int                           `json:"predicted"`
	TP                int                           `json:"tp"`
	Precision         float64                       `json:"precision"`
	Recall            float64                       `json:"recall"`
	F1                float64                       `json:"f1"`
	CmpAccuracy       *float64                      `json:"cmp_accuracy"`
	QualifierAccuracy *float64                      `json:"qualifier_accuracy"`
	DocFields         map[string]float64            `json:"doc_fields"`
	Areas             map[string]map[string]float64 `json:"areas"`
}

// areaLine is a per-area line of score.py's text output.
var areaLine = regexp.MustCompile(`^  (\S+)\s+P [\d.]+  R [\d.]+  F1 [\d.]+  \(tp (\d+) fp (\d+) fn (\d+)\)$`)

// TestScoreAgreesWithScorePy scores generated prediction files with
// score.py and with Score, and compares every number.
func TestScoreAgreesWithScorePy(t *testing.T) {
	needScorePy(t)
	for _, gdir := range []string{reportsDir, "../../../shared/corpus/dev"} {
		if _, err := os.Stat(gdir); err != nil {
			t.Logf("skipping gold %s: %v", gdir, err)
			continue
		}
		gold := evalLoadGold(t, gdir)
		// The extractor's own output is a case too.
		docs, err := (&EvalCommand{Main: &Main{Stderr: &bytes.Buffer{}}}).extract(context.Background(), []string{gdir}, "")
		if err != nil {
			t.Fatal(err)
		}
		var extracted []predLine
		for _, d := range docs {
			b, _ := json.Marshal(d)
			var l predLine
			json.Unmarshal(b, &l)
			extracted = append(extracted, l)
		}
		cases := append(predCases[:len(predCases):len(predCases)], predCase{"extracted", "the extractor's documents.jsonl",
			func(GoldSet, *rand.Rand) []predLine { return extracted }})
		for i, pc := range cases {
			t.Run(filepath.Base(gdir)+"/"+pc.name, func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(i), 2026))
				var buf bytes.Buffer
				for _, l := range pc.build(gold, rng) {
					b, err := json.Marshal(l)
					if err != nil {
						t.Fatal(err)
					}
					buf.Write(b)
					buf.WriteByte('\n')
				}
				path := filepath.Join(t.TempDir(), "preds.jsonl")
				writeFiles(t, filepath.Dir(path), map[string]string{"preds.jsonl": buf.String()})
				preds := Predictions{}
				if err := preds.ReadPredictions(path, &buf); err != nil {
					t.Fatal(err)
				}
				res := Score(gold, preds)
				comparePy(t, gdir, path, res)
			})
		}
	}
}

// comparePy checks res against score.py's JSON and text output on the
// same files.
func comparePy(t *testing.T, gold, preds string, res *Result) {
	t.Helper()
	// JSON: totals, ratios, document fields, per-area P/R/F1.
	out := runScorePy(t, gold, preds, "--json")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	var py scorePyJSON
	if err := json.Unmarshal([]byte(strings.Join(lines[:len(lines)-1], "\n")), &py); err != nil {
		t.Fatalf("score.py --json: %v\n%s", err, out)
	}
	got := resultJSON(res, false)
	same := func(what string, want, have float64) {
		if math.Abs(want-have) > 1e-12 {
			t.Errorf("%s: score.py %v, Score %v", what, want, have)
		}
	}
	sameRatio := func(what string, want, have *float64) {
		switch {
		case want == nil && have == nil:
		case want == nil || have == nil:
			t.Errorf("%s: score.py %v, Score %v", what, want, have)
		default:
			same(what, *want, *have)
		}
	}
	for _, c := range []struct {
		what       string
		want, have int
	}{{"docs", py.Docs, got.Docs}, {"gold", py.Gold, got.Gold}, {"predicted", py.Predicted, got.Predicted}, {"tp", py.TP, got.TP}} {
		if c.want != c.have {
			t.Errorf("%s: score.py %d, Score %d", c.what, c.want, c.have)
		}
	}
	same("precision", py.Precision, got.Precision)
	same("recall", py.Recall, got.Recall)
	same("f1", py.F1, got.F1)
	sameRatio("cmp accuracy", py.CmpAccuracy, got.CmpAccuracy)
	sameRatio("qualifier accuracy", py.QualifierAccuracy, got.QualifierAccuracy)
	if len(py.DocFields) != len(got.DocFields) {
		t.Errorf("doc fields: score.py %v, Score %v", py.DocFields, got.DocFields)
	}
	for k, v := range py.DocFields {
		same("doc field "+k, v, got.DocFields[k])
	}
	if len(py.Areas) != len(got.Areas) {
		t.Errorf("areas: score.py %v, Score %v", py.Areas, got.Areas)
	}
	for a, v := range py.Areas {
		same(a+" precision", v["precision"], got.Areas[a].Precision)
		same(a+" recall", v["recall"], got.Areas[a].Recall)
		same(a+" f1", v["f1"], got.Areas[a].F1)
	}

	// Text: per-area tp/fp/fn, and every line of score.py's report
	// word for word in ours.
	text := runScorePy(t, gold, preds)
	var mine bytes.Buffer
	writeReport(&mine, res, false)
	p, r, f1 := res.PRF()
	fmt.Fprintf(&mine, "F1 %.3f P %.3f R %.3f\n", f1, p, r)
	have := map[string]bool{}
	for _, l := range strings.Split(mine.String(), "\n") {
		have[l] = true
	}
	areas := map[string]Tally{}
	for _, a := range res.Areas {
		areas[a.Name] = a
	}
	for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		if !have[l] {
			t.Errorf("score.py line missing from ours: %q", l)
		}
		if m := areaLine.FindStringSubmatch(l); m != nil {
			want := fmt.Sprintf("tp %s fp %s fn %s", m[2], m[3], m[4])
			a := areas[m[1]]
			if have := fmt.Sprintf("tp %d fp %d fn %d", a.TP, a.FP, a.FN); have != want {
				t.Errorf("area %s: score.py %s, Score %s", m[1], want, have)
			}
		}
	}
	if last := lines[len(lines)-1]; !strings.HasSuffix(mine.String(), last+"\n") {
		t.Errorf("last line: score.py %q, ours %q", last, mine.String())
	}
}

// ---- The scorer, case by case ----------------------------------------------

// scoreGold is the gold of the scorer's table tests: two documents.
var scoreGold = map[string]string{
	"a.gold.json": `{"doc": "a", "subject": "Đảng bộ phường Hoà Bình", "province": "Phú Thọ", "period": "2025", "figures": [
		{"metric": "admission.new_members", "value": 288, "unit": "count", "modality": "actual", "cmp": "=", "qualifiers": {}, "evidence": "kết nạp 288 đảng viên"},
		{"metric": "admission.new_members", "value": 35.34, "unit": "percent", "modality": "actual", "cmp": "=", "evidence": "đạt 35,34% chỉ tiêu"},
		{"metric": "badges.awarded", "value": 36, "unit": "count", "modality": "actual", "cmp": ">", "qualifiers": {"badge_years": 30}, "evidence": "trên 36 đồng chí"},
		{"metric": "discipline.members", "value": -18, "unit": "count", "modality": "change", "evidence": "giảm 18 đảng viên"}]}`,
	"b.gold.json": `{"doc": "b", "subject": "", "province": "Lạng Sơn", "period": "", "figures": [
		{"metric": "members.total", "value": 3912, "evidence": "3.912 đảng viên"},
		{"metric": "members.total", "value": 3912, "evidence": "3.912 đồng chí"}]}`,
}

// TestScore checks the scorer's rules one by one.
func TestScore(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, scoreGold)
	gold := evalLoadGold(t, dir)
	all := `{"doc": "a", "figures": [
		{"metric": "admission.new_members", "value": 288, "unit": "count", "modality": "actual", "cmp": "="},
		{"metric": "admission.new_members", "value": 35.34, "unit": "percent", "modality": "actual"},
		{"metric": "badges.awarded", "value": 36, "unit": "count", "modality": "actual", "cmp": ">", "qualifiers": {"badge_years": 30}},
		{"metric": "discipline.members", "value": -18, "unit": "count", "modality": "change"}]}
		{"doc": "b", "figures": [{"metric": "members.total", "value": 3912}, {"metric": "members.total", "value": 3912}]}`
	type counts struct{ TP, FP, FN, CmpOK, CmpN, QualOK, QualN int }
	tests := []struct {
		name, reason string
		preds        string
		want         counts
		fields       map[string][2]int // field → OK, N
	}{
		{"perfect", "all six figures, cmp and the qualifier agree", all,
			counts{TP: 6, CmpOK: 6, CmpN: 6, QualOK: 1, QualN: 1}, nil},
		{"empty", "no predictions: everything missed, no accuracy", ``,
			counts{FN: 6}, map[string][2]int{"subject": {0, 1}, "province": {0, 2}, "period": {0, 1}}},
		{"rounded value", "35.340000001 rounds to 35.34 at 6 places",
			`{"doc": "a", "figures": [{"metric": "admission.new_members", "value": 35.340000001, "unit": "percent"}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1}, nil},
		{"value off", "35.3401 is another value",
			`{"doc": "a", "figures": [{"metric": "admission.new_members", "value": 35.3401, "unit": "percent"}]}`,
			counts{FP: 1, FN: 6}, nil},
		{"value as string", "a string value is read as float() reads it",
			`{"doc": "b", "figures": [{"metric": "members.total", "value": " 3912 "}, {"metric": "members.total", "value": "3_912"}]}`,
			counts{TP: 2, FN: 4, CmpOK: 2, CmpN: 2}, nil},
		{"value not a number", "NaN and a word never match",
			`{"doc": "b", "figures": [{"metric": "members.total", "value": "nan"}, {"metric": "members.total", "value": "ba"}]}`,
			counts{FP: 2, FN: 6}, nil},
		{"defaults", "unit defaults to count, modality to actual, cmp to =",
			`{"doc": "a", "figures": [{"metric": "admission.new_members", "value": 288}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1}, nil},
		{"null unit", "an explicit null unit is not the default",
			`{"doc": "a", "figures": [{"metric": "admission.new_members", "value": 288, "unit": null}]}`,
			counts{FP: 1, FN: 6}, nil},
		{"wrong modality", "the signed change must be a change",
			`{"doc": "a", "figures": [{"metric": "discipline.members", "value": -18}]}`,
			counts{FP: 1, FN: 6}, nil},
		{"duplicate", "a figure predicted twice matches once and is once extra",
			`{"doc": "a", "figures": [{"metric": "admission.new_members", "value": 288}, {"metric": "admission.new_members", "value": 288}]}`,
			counts{TP: 1, FP: 1, FN: 5, CmpOK: 1, CmpN: 1}, nil},
		{"repeated gold", "two equal gold figures need two predictions",
			`{"doc": "b", "figures": [{"metric": "members.total", "value": 3912}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1}, nil},
		{"first come", "the first prediction of a key is the one paired: its cmp is scored",
			`{"doc": "a", "figures": [{"metric": "badges.awarded", "value": 36, "cmp": "~"}, {"metric": "badges.awarded", "value": 36, "cmp": ">", "qualifiers": {"badge_years": 30}}]}`,
			counts{TP: 1, FP: 1, FN: 5, CmpN: 1, QualN: 1}, nil},
		{"qualifier as float", "30.0 equals 30, as in Python",
			`{"doc": "a", "figures": [{"metric": "badges.awarded", "value": 36, "cmp": ">", "qualifiers": {"badge_years": 30.0}}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1, QualOK: 1, QualN: 1}, nil},
		{"qualifier as string", `"30" is not 30`,
			`{"doc": "a", "figures": [{"metric": "badges.awarded", "value": 36, "cmp": ">", "qualifiers": {"badge_years": "30"}}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1, QualN: 1}, nil},
		{"doc path", "a doc path is reduced to its base name without extension",
			`{"doc": "x/y/b.txt", "figures": [{"metric": "members.total", "value": 3912}]}`,
			counts{TP: 1, FN: 5, CmpOK: 1, CmpN: 1}, nil},
		{"figure lines", "one figure per line, each with its doc",
			`{"doc": "a.txt", "metric": "admission.new_members", "value": 288}
			{"doc": "corpus/b.html", "metric": "members.total", "value": 3912}`,
			counts{TP: 2, FN: 4, CmpOK: 2, CmpN: 2}, nil},
		{"unknown doc", "predictions for a document without gold are ignored",
			`{"doc": "c", "figures": [{"metric": "members.total", "value": 1}]}`,
			counts{FN: 6}, nil},
		{"fields folded", "case, tone placement, whitespace and Đảng ủy/Đảng bộ do not matter",
			`{"doc": "a", "subject": "ĐẢNG  ỦY phường Hòa Bình", "province": "phu tho", "period": "2025", "figures": []}
			{"doc": "b", "province": "Lạng Sơn ", "period": "2014", "figures": []}`,
			counts{FN: 6}, map[string][2]int{"subject": {1, 1}, "province": {2, 2}, "period": {1, 1}}},
		{"fields wrong", "another place is another field; an empty field never overrides",
			`{"doc": "a", "subject": "Đảng bộ phường An Cựu", "province": "Phú Thọ", "figures": []}
			{"doc": "a", "province": "", "period": "2025-H1", "figures": []}`,
			counts{FN: 6}, map[string][2]int{"subject": {0, 1}, "province": {1, 2}, "period": {0, 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.reason == "" {
				t.Fatal("a row needs a reason")
			}
			res := evalScore(t, gold, tt.preds)
			have := counts{res.TP, res.FP, res.FN, res.CmpOK, res.CmpN, res.QualOK, res.QualN}
			if have != tt.want {
				t.Errorf("%s\n  want %+v\n  have %+v", tt.reason, tt.want, have)
			}
			if tt.fields == nil {
				return
			}
			for _, f := range res.Fields {
				if w := tt.fields[f.Name]; w != [2]int{f.OK, f.N} {
					t.Errorf("%s: field %s: want %d of %d, have %d of %d", tt.reason, f.Name, w[0], w[1], f.OK, f.N)
				}
			}
		})
	}
}

// TestReadPredictionsErrors checks that bad input names the file and line.
func TestReadPredictionsErrors(t *testing.T) {
	tests := []struct{ name, input, want string }{
		{"not JSON", "{\"doc\": \"a\"}\n{oops\n", "preds.jsonl:2: not a JSON object"},
		{"no doc", "\n{\"figures\": []}\n", "preds.jsonl:2: no \"doc\" field"},
		{"figures not a list", `{"doc": "a", "figures": 3}`, "preds.jsonl:1: \"figures\" is not a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Predictions{}.ReadPredictions("preds.jsonl", strings.NewReader(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
	dir := t.TempDir()
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "no *.gold.json") {
		t.Errorf("empty gold folder: error %v", err)
	}
	writeFiles(t, dir, map[string]string{"x.gold.json": `{"figures": []}`})
	if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "x.gold.json") {
		t.Errorf("gold without doc: error %v", err)
	}
}

// ---- The command ------------------------------------------------------------

// TestEvalCommandOutput checks the report's format against a golden file.
func TestEvalCommandOutput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, scoreGold)
	preds := filepath.Join(dir, "preds.jsonl")
	writeFiles(t, dir, map[string]string{"preds.jsonl": jsonLines(t, `{"doc": "a", "subject": "Đảng ủy phường Hòa Bình", "province": "Phú Thọ", "period": "2025", "figures": [
		{"metric": "admission.new_members", "value": 288, "evidence": "kết nạp 288 đảng viên"},
		{"metric": "badges.awarded", "value": 36, "cmp": "=", "qualifiers": {"badge_years": 30}, "evidence": "36 đồng chí"},
		{"metric": "members.total", "value": 3912.5, "evidence": "3.912,5"}]}
{"doc": "b", "figures": [{"metric": "members.total", "value": 3912}]}
`)})
	// Flags after the path are read too.
	out, err := evalRun(t, "--gold", dir, preds, "-v")
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, filepath.Join("testdata", "eval", "report.golden"), strings.ReplaceAll(out, dir, "DIR"))
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if last := lines[len(lines)-1]; !regexp.MustCompile(`^F1 \d\.\d{3} P \d\.\d{3} R \d\.\d{3}$`).MatchString(last) {
		t.Errorf("last line %q is not the F1 line", last)
	}

	// --json is JSON up to the F1 line.
	out, err = evalRun(t, "--json", "--gold", dir, preds)
	if err != nil {
		t.Fatal(err)
	}
	lines = strings.Split(strings.TrimRight(out, "\n"), "\n")
	var js scoreJSON
	if err := json.Unmarshal([]byte(strings.Join(lines[:len(lines)-1], "\n")), &js); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if js.TP != 3 || js.FP != 1 || js.FN != 3 || js.Metrics["members.total"].FN != 1 || *js.QualifierAccuracy != 1 || *js.CmpAccuracy != 2.0/3 {
		t.Errorf("--json: %+v", js)
	}
	if lines[len(lines)-1] != "F1 0.600 P 0.750 R 0.500" {
		t.Errorf("--json last line %q", lines[len(lines)-1])
	}
}

// TestEvalCommandInputs checks the command's inputs and errors.
func TestEvalCommandInputs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, scoreGold)
	writeFiles(t, dir, map[string]string{"a.txt": "Năm 2025, Đảng bộ phường kết nạp 288 đảng viên.\n"})
	// Without PATH the gold folder's articles are extracted (b has none and
	// counts as empty); the numbers are those of scoring the extraction.
	out, err := evalRun(t, "--gold", dir)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := (&EvalCommand{Main: &Main{Stderr: &bytes.Buffer{}}}).extract(context.Background(), []string{filepath.Join(dir, "a.txt")}, "")
	if err != nil {
		t.Fatal(err)
	}
	preds := Predictions{}
	if err := preds.AddDocuments(docs); err != nil {
		t.Fatal(err)
	}
	res := Score(evalLoadGold(t, dir), preds)
	p, r, f1 := res.PRF()
	if want := fmt.Sprintf("F1 %.3f P %.3f R %.3f\n", f1, p, r); !strings.HasSuffix(out, want) || !strings.HasPrefix(out, "documents 2  gold figures 6") {
		t.Errorf("output does not end with %q:\n%s", want, out)
	}
	for _, args := range [][]string{
		{},
		{"--gold", filepath.Join(dir, "missing")},
		{"--gold", dir, filepath.Join(dir, "missing.jsonl")},
		{"--gold", dir, "--no-such-flag"},
	} {
		if _, err := evalRun(t, args...); err == nil {
			t.Errorf("eval %q: no error", args)
		}
	}
}

// TestEvalUsage checks that the help lists its examples.
func TestEvalUsage(t *testing.T) {
	var errOut bytes.Buffer
	(&EvalCommand{Main: &Main{Stderr: &errOut}}).Usage()
	help := errOut.String()
	for _, want := range []string{"usage: solieu eval --gold DIR", "Examples:", "solieu eval --gold testdata/reports\n", "--json"} {
		if !strings.Contains(help, want) {
			t.Errorf("usage lacks %q", want)
		}
	}
}

// compareGolden compares have with the golden file, rewriting it with
// -update; on a mismatch it writes a .have file beside it.
func compareGolden(t *testing.T, path, have string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(have), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != have {
		os.WriteFile(path+".have", []byte(have), 0o644)
		t.Errorf("%s differs from the output (written to %s.have):\n--- want\n%s\n--- have\n%s", path, path, want, have)
	}
}

// ---- The sample reports -----------------------------------------------------

// TestEvalReports extracts testdata/reports and logs the score. It asserts
// no threshold yet.
func TestEvalReports(t *testing.T) {
	out, err := evalRun(t, "--gold", reportsDir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	t.Logf("testdata/reports: %s", lines[len(lines)-1])
}

// report is one sample report of testdata/reports.
type report struct {
	name, text string
	gold       record
	figs       []record
}

// loadReports reads every report with its gold figures.
func loadReports(t *testing.T) []report {
	t.Helper()
	var out []report
	for _, g := range evalLoadGold(t, reportsDir) {
		b, err := os.ReadFile(g.Article)
		if err != nil {
			t.Fatal(err)
		}
		figs, _ := figureList(g.Record["figures"])
		out = append(out, report{g.Doc, string(b), g.Record, figs})
	}
	return out
}

// boundWords are the Vietnamese words that set a figure's cmp, by cmp.
// "từ … - …" is a range: its start is ">=" and its end "<=".
var boundWords = map[string][]string{
	">":  {"trên", "hơn", "vượt"},
	">=": {"trở lên", "ít nhất", "không dưới", "tối thiểu", "không ít hơn", "từ"},
	"<":  {"dưới", "chưa tới", "chưa đến"},
	"<=": {"không quá", "tối đa", "từ … - …"},
	"~":  {"khoảng", "gần", "xấp xỉ", "chừng"},
}

// hasBound reports whether a figure's evidence holds the bound word w.
func hasBound(ev, w string) bool {
	ev = " " + strings.ToLower(norm.NFC.String(ev)) + " "
	if w == "từ … - …" {
		return regexp.MustCompile(`từ [\d.,]+ - [\d.,]+`).MatchString(ev)
	}
	return strings.Contains(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(ev), " "+w+" ")
}

// textFeatures are the ways of writing the set must show, each found by a
// pattern over the report files as stored.
var textFeatures = []struct{ what, pattern string }{
	{"date line `Thứ năm, 17/01/2019`", `(?m)^(?i:thứ) [^,\n]+, +\d{1,2}/\d{2}/\d{4}`},
	{"date line `08/07/2022 - 09:15`", `(?m)^\d{2}/\d{2}/\d{4} - \d{2}:\d{2}`},
	{"date line ` date 2023-12-22`", `^ date \d{4}-\d{2}`},
	{"date line `Cập nhật …` / `Ngày đăng: …`", `(?m)^(Cập nhật|Ngày đăng)`},
	{"thousands with a dot (`3.128`)", `\d\.\d{3}\b`},
	{"thousands with a space (`3 912`)", `\b\d{1,3} \d{3}\b`},
	{"decimal comma (`20,9%`)", `\d,\d+%`},
	{"`nghìn` (`1,5 nghìn`, `hơn 2 nghìn`)", `\d(,\d+)? nghìn`},
	{"`triệu` (`5,3 triệu`)", `\d(,\d+)? triệu`},
	{"number word `hai`/`ba`/`năm`/`mười`", `(mười|hai|ba|năm) đảng viên`},
	{"number words `mười lăm`", `mười lăm`},
	{"number words `hai mươi mốt`", `hai mươi mốt`},
	{"number words `hai mươi tư`", `hai mươi tư`},
	{"number words `ba mươi lăm`", `ba mươi lăm`},
	{"number words `một trăm linh năm`", `một trăm linh năm`},
	{"abbreviation `ĐV`", `(^|\PL)ĐV(\PL|$)`},
	{"abbreviation `TCCSĐ`", `TCCSĐ`},
	{"abbreviation `TCĐ`", `(^|\PL)TCĐ(\PL|$)`},
	{"abbreviation `UBKT`", `\bUBKT\b`},
	{"abbreviations `HTXSNV`, `HTTNV`", `HTXSNV`},
	{"typo `dảng viên`", `dảng viên`},
	{"old-style tone `uỷ`", `uỷ`},
	{"new-style tone `ủy`", `ủy`},
	{"old-style tone `hoà`", `(?i)(^|\PL)hoà(\PL|$)`},
	{"new-style tone `hòa`", `(?i)(^|\PL)hòa(\PL|$)`},
	{"old-style tone `thuỷ`", `(?i)thuỷ`},
	{"decomposed (NFD) diacritics", `a\x{0301}|e\x{0302}|o\x{0323}`},
	{"no-break space", `\x{00a0}`},
	{"zero-width characters", `[\x{200b}\x{200c}\x{200d}\x{feff}]`},
	{"table rows (`Đơn vị | Kết nạp | Tỷ lệ`)", `(?m)^[^|\n]+ \| \d+ \| [\d,]+%$`},
	{"range (`từ 1.600 - 1.800`)", `từ [\d.]+ - [\d.]+`},
	{"X/Y form (`187/193`, `37/39`)", `\d[\d.]*/\d[\d.]* (tổ chức|đồng chí|đảng viên)`},
	{"not a figure: document numbers (`Quy định 29-QĐ/TW`)", `\d+-(QĐ|CT)/TW`},
	{"not a figure: anniversaries (`kỷ niệm 93 năm`)", `(?i)kỷ niệm \d+ năm`},
	{"not a figure: ages (`96 tuổi`)", `\d+ tuổi[^ ]`},
	{"not a figure: coverage (`đến 100% đảng viên`)", `đến 100% đảng viên`},
	{"not a figure: Youth and Women's Union members", `đoàn viên (mới|ưu tú|công đoàn)|hội viên`},
	{"not a figure: budgets and hectares", `tỷ đồng|\d ha\b`},
	{"not a figure: `một số đảng viên`", `một số đảng viên`},
	{"not a figure: dossiers (`48 hồ sơ đề nghị kết nạp`)", `hồ sơ đề nghị kết nạp`},
	{"not a figure: discipline proposed (`đề nghị … kỷ luật`)", `đề nghị[^.;]* kỷ luật \d`},
	{"not a figure: a zero in words (`không có … nào`)", `(?i)không có [^.;]* nào`},
	{"not a figure: units meeting a threshold (`4 đảng bộ xã … đạt trên 50%`)", `\d+ đảng bộ[^.;]* đạt trên \d+%`},
}

// coverage computes the coverage table of the sample reports and the
// problems of a set that does not cover what it must.
func coverage(reports []report) (table string, problems []string) {
	type row struct {
		what    string
		reports []string
	}
	var rows []row
	// try adds a row and returns how many reports have it; add requires one.
	try := func(what string, has func(r report) bool) int {
		rw := row{what: what}
		for _, r := range reports {
			if has(r) {
				rw.reports = append(rw.reports, r.name)
			}
		}
		rows = append(rows, rw)
		return len(rw.reports)
	}
	add := func(what string, has func(r report) bool) {
		if try(what, has) == 0 {
			problems = append(problems, "nothing covers "+what)
		}
	}
	anyFig := func(pred func(f record) bool) func(r report) bool {
		return func(r report) bool {
			for _, f := range r.figs {
				if pred(f) {
					return true
				}
			}
			return false
		}
	}
	str := func(f record, k string) string { s, _ := f[k].(string); return s }
	value := func(f record) float64 { v, _ := pyFloat(f["value"]); return v }
	qual := func(f record, k string) any { q, _ := f["qualifiers"].(record); return q[k] }

	// Metrics, units, modalities.
	tax := extract.DefaultTaxonomy()
	for _, m := range tax.Metrics {
		add("metric `"+m.Key+"`", anyFig(func(f record) bool { return str(f, "metric") == m.Key }))
	}
	for _, u := range []string{"count", "percent"} {
		add("unit `"+u+"`", anyFig(func(f record) bool { return str(f, "unit") == u }))
	}
	for _, m := range []string{"actual", "target"} {
		add("modality `"+m+"`", anyFig(func(f record) bool { return str(f, "modality") == m }))
	}
	add("modality `change`, positive", anyFig(func(f record) bool { return str(f, "modality") == "change" && value(f) > 0 }))
	add("modality `change`, negative", anyFig(func(f record) bool { return str(f, "modality") == "change" && value(f) < 0 }))
	add("modality `change` in percent", anyFig(func(f record) bool { return str(f, "modality") == "change" && str(f, "unit") == "percent" }))

	// Bounds, each with its words.
	add("cmp `=`", anyFig(func(f record) bool { return str(f, "cmp") == "=" }))
	for _, c := range []string{">", ">=", "<", "<=", "~"} {
		found := 0
		for _, w := range boundWords[c] {
			if try(fmt.Sprintf("cmp `%s` with %q", c, w), anyFig(func(f record) bool { return str(f, "cmp") == c && hasBound(str(f, "evidence"), w) })) > 0 {
				found++
			}
		}
		if found < 2 {
			problems = append(problems, fmt.Sprintf("cmp %s has %d bound words, want 2 or more", c, found))
		}
	}

	// Qualifiers.
	for _, y := range []float64{30, 40, 45, 50, 55, 60, 65, 70, 75} {
		add(fmt.Sprintf("badge_years %g", y), anyFig(func(f record) bool { v, _ := pyNumber(qual(f, "badge_years")); return v == y }))
	}
	for _, q := range [][2]string{
		{"topic", "political_theory"}, {"topic", "party_awareness"}, {"topic", "new_members"}, {"topic", "party_work"}, {"topic", "defence_security"}, {"topic", "other"},
		{"actor", "committee"}, {"actor", "inspection_commission"},
		{"kind", "regular"}, {"kind", "thematic"}, {"kind", "violation_signs"}, {"kind", "task_execution"}, {"kind", "finance"}, {"kind", "other"},
	} {
		add(q[0]+" `"+q[1]+"`", anyFig(func(f record) bool { return qual(f, q[0]) == q[1] }))
	}

	// Ways of writing and non-figures.
	for _, tf := range textFeatures {
		re := regexp.MustCompile(tf.pattern)
		add(tf.what, func(r report) bool { return re.MatchString(r.text) })
	}
	add("not NFC as stored", func(r report) bool { return !norm.NFC.IsNormalString(r.text) })
	add("no date line (published empty)", func(r report) bool { return !truthy(r.gold["published"]) })
	add("title repeating a body figure, annotated once at the title", func(r report) bool {
		title := titleLine(r.text)
		for _, f := range r.figs {
			ev := str(f, "evidence")
			n := regexp.MustCompile(`\d[\d.,]*`).FindString(ev)
			if n != "" && strings.Contains(title, ev) && strings.Contains(r.text[strings.Index(r.text, title)+len(title):], n) {
				return true
			}
		}
		return false
	})
	add("title rounding a body figure (`Hơn 12 nghìn …`), annotated at the precise value", func(r report) bool {
		return regexp.MustCompile(`(?i)hơn \d+ nghìn`).MatchString(titleLine(r.text))
	})
	add("a total whose parts do not add up", func(r report) bool { return len(inconsistentTotals(r, tax)) > 0 })

	var b strings.Builder
	b.WriteString("| Covered | Reports |\n|---|---|\n")
	for _, rw := range rows {
		fmt.Fprintf(&b, "| %s | %s |\n", strings.ReplaceAll(rw.what, "|", "\\|"), strings.Join(rw.reports, ", "))
	}
	return b.String(), problems
}

// titleLine is a report's headline: its first line that is not empty and
// not a date line; none when the text starts with a " date" stamp, which
// runs into the lead.
func titleLine(text string) string {
	if strings.HasPrefix(text, " date ") {
		return ""
	}
	dateLine := regexp.MustCompile(`^(\d|(?i:thứ)|Cập nhật|Ngày đăng)`)
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" && !dateLine.MatchString(l) {
			return l
		}
	}
	return ""
}

// inconsistentTotals lists the totals of r whose summing parts (the first
// figure of each part after the total) do not add up to it.
func inconsistentTotals(r report, tax *extract.Taxonomy) []string {
	var out []string
	for i, f := range r.figs {
		metric, _ := f["metric"].(string)
		if f["unit"] != "count" || f["modality"] != "actual" {
			continue
		}
		total, _ := pyFloat(f["value"])
		sum, parts := 0.0, 0
		for _, child := range tax.Children(metric) {
			if !child.Sums {
				continue
			}
			for _, g := range r.figs[i+1:] {
				if g["metric"] == child.Key && g["unit"] == "count" && g["modality"] == "actual" {
					v, _ := pyFloat(g["value"])
					sum += v
					parts++
					break
				}
			}
		}
		if parts > 1 && sum != total {
			out = append(out, fmt.Sprintf("%s %g ≠ %g", metric, total, sum))
		}
	}
	return out
}

// TestReportsCoverage checks that the sample reports cover every metric,
// modality, bound, unit, qualifier and way of writing the project must
// handle, and that the table in testdata/reports/README.md is current
// (go test -update rewrites it).
func TestReportsCoverage(t *testing.T) {
	reports := loadReports(t)
	if n := len(reports); n < 16 || n > 24 {
		t.Errorf("%d sample reports, want 16 to 24", n)
	}
	table, problems := coverage(reports)
	for _, p := range problems {
		t.Error(p)
	}
	var bad []string
	for _, r := range reports {
		for _, s := range inconsistentTotals(r, extract.DefaultTaxonomy()) {
			bad = append(bad, r.name+": "+s)
		}
	}
	if want := "daklak-ubkt-2020-9m: discipline.members 73 ≠ 71"; len(bad) != 1 || bad[0] != want {
		t.Errorf("inconsistent totals %q, want only the deliberate %q", bad, want)
	}

	const begin, end = "<!-- coverage: generated by TestReportsCoverage; go test ./cmd/solieu -run Coverage -update -->\n", "<!-- /coverage -->\n"
	path := filepath.Join(reportsDir, "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("%s: no coverage markers", path)
	}
	have := s[:i+len(begin)] + table + s[j:]
	if have == s {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(have), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s: the coverage table is out of date; run go test ./cmd/solieu -run Coverage -update", path)
}

// encode1258 writes s in Windows-1258 bytes, as Vietnamese Windows
// software saves it: the code page has the vowels with their hat, breve or
// horn (â, ê, ơ ...) but tones only as combining marks, so "ế" becomes
// ê followed by a combining acute.
func encode1258(t *testing.T, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	one := func(s string) ([]byte, bool) {
		b, err := enc.Bytes([]byte(s))
		return b, err == nil
	}
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, ok := one(string(r)); ok {
			out = append(out, b...)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		done := false
		for i := 1; i < len(d) && !done; i++ {
			// The base letter composed with one mark, the others combining.
			c := norm.NFC.String(string([]rune{d[0], d[i]}))
			rest := string(append(append([]rune{}, d[1:i]...), d[i+1:]...))
			if b, ok := one(c + rest); ok && len([]rune(c)) == 1 {
				out, done = append(out, b...), true
			}
		}
		if !done {
			b, ok := one(string(d))
			if !ok {
				t.Fatalf("%q has no Windows-1258 form", r)
			}
			out = append(out, b...)
		}
	}
	return out
}

// TestReadsWindows1258 reads two sample reports saved in Windows-1258 and
// expects the text of the UTF-8 files back (up to composition) and the
// same score.
func TestReadsWindows1258(t *testing.T) {
	gold := evalLoadGold(t, reportsDir)
	for _, name := range []string{"khanhhoa-donthu-2021q1", "namdinh-huyhieu-2023"} {
		t.Run(name, func(t *testing.T) {
			orig := filepath.Join(reportsDir, name+".txt")
			b, err := os.ReadFile(orig)
			if err != nil {
				t.Fatal(err)
			}
			cp := filepath.Join(t.TempDir(), name+".txt")
			if err := os.WriteFile(cp, encode1258(t, string(b)), 0o644); err != nil {
				t.Fatal(err)
			}
			c := &EvalCommand{Main: &Main{Stderr: &bytes.Buffer{}}}
			docs, err := c.extract(context.Background(), []string{orig, cp}, "")
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 2 {
				t.Fatalf("%d documents, want 2", len(docs))
			}
			d := docs[1]
			if len(d.Errors) > 0 || d.Encoding != "windows-1258" {
				t.Skipf("readInputs does not read Windows-1258 yet: encoding %q, errors %q", d.Encoding, d.Errors)
			}
			if norm.NFC.String(d.Text) != norm.NFC.String(string(b)) {
				t.Errorf("decoded text differs from %s", orig)
			}
			var scores [2]Tally
			for i, d := range docs {
				d.Doc = name
				preds := Predictions{}
				if err := preds.AddDocuments([]*extract.Document{d}); err != nil {
					t.Fatal(err)
				}
				scores[i] = Score(gold, preds).Tally
			}
			if scores[0] != scores[1] {
				t.Errorf("UTF-8 file scores %+v, Windows-1258 file %+v", scores[0], scores[1])
			}
		})
	}
}
