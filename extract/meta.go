package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"math/bits"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

// The place lists of the document fields (see the comments in each file).
var (
	//go:embed data/provinces.txt
	provincesTXT string
	//go:embed data/districts.txt
	districtsTXT string
	//go:embed data/merged2025.txt
	mergedTXT string
	//go:embed data/publishers.txt
	publishersTXT string
)

type province struct {
	name   string
	strict bool     // counts only after "tỉnh", "thành phố", "TP"
	city   bool     // a city under the central government
	forms  []string // folded, space-separated tokens
}

// placeForm is one spelling of a province or district: its province's
// index and its folded words.
type placeForm struct {
	p     int
	words []string
}

// gazetteer holds the provinces, their districts, the 2025 mergers and
// the publishers, indexed for the lexer's folded tokens.
type gazetteer struct {
	provinces []province
	byName    map[string]int
	forms     map[string][]placeForm // province spellings by first word
	districts map[string][]placeForm // district spellings by first word
	names     *wordMap[*placeNames]  // both by first word: one look-up a word
	namesByID []*placeNames          // names by the word's id (vocab.go)
	hcm       int                    // Ho Chi Minh City, of the numbered districts
	merged    map[int]int            // province → the province it joined in 2025
	hosts     map[string]int         // web host or host label → province
	tags      map[string]int         // folded publisher mark → province
	slugs     map[string]int         // "ninhthuan" → province
}

// placeNames are the province and the district spellings that open with
// one word.
type placeNames struct {
	forms, districts []placeForm
}

// wordMap maps words to values, faster than a map for the short words of
// a text: a word of up to seven bytes, as most are, is one integer (see
// packWord) found by open addressing; a longer one is looked up in a map.
type wordMap[V any] struct {
	keys  []uint64 // packed words, 0 in an empty slot; at most half full
	vals  []V
	shift uint // 64 - log2(len(keys))
	long  map[string]V
}

// newWordMap returns the wordMap of m.
func newWordMap[V any](m map[string]V) *wordMap[V] {
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	wm := &wordMap[V]{keys: make([]uint64, n), vals: make([]V, n),
		shift: uint(64 - bits.TrailingZeros(uint(n))), long: map[string]V{}}
	for w, v := range m {
		wm.set(w, v)
	}
	return wm
}

func (wm *wordMap[V]) slot(k uint64) int { return int(k * 0x9E3779B97F4A7C15 >> wm.shift) }

func (wm *wordMap[V]) set(w string, v V) {
	k := packWord(w)
	if k == 0 {
		wm.long[w] = v
		return
	}
	i := wm.slot(k)
	for wm.keys[i] != 0 && wm.keys[i] != k {
		i = (i + 1) & (len(wm.keys) - 1)
	}
	wm.keys[i], wm.vals[i] = k, v
}

// get returns the value of w and whether it has one.
func (wm *wordMap[V]) get(w string) (V, bool) {
	k := packWord(w)
	if k == 0 {
		v, ok := wm.long[w]
		return v, ok
	}
	for i := wm.slot(k); ; i = (i + 1) & (len(wm.keys) - 1) {
		switch wm.keys[i] {
		case k:
			return wm.vals[i], true
		case 0:
			var zero V
			return zero, false
		}
	}
}

// at returns the value of w, or the zero value: m[w] of a map.
func (wm *wordMap[V]) at(w string) V {
	v, _ := wm.get(w)
	return v
}

// packWord returns a word of one to seven bytes as one integer, and 0
// for another word: its length, its first four bytes and its last three
// (which together are all its bytes), or for a word of up to three bytes
// its first, middle and last.
func packWord(w string) uint64 {
	n := len(w)
	var lo, hi uint32
	switch {
	case n >= 4 && n <= 7:
		lo = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
		hi = uint32(w[n-3]) | uint32(w[n-2])<<8 | uint32(w[n-1])<<16
	case n >= 1 && n <= 3:
		lo = uint32(w[0]) | uint32(w[n/2])<<8 | uint32(w[n-1])<<16
	default:
		return 0
	}
	return uint64(lo) | uint64(hi|uint32(n)<<24)<<32
}

var places = mustGazetteer()

func mustGazetteer() *gazetteer {
	g, err := parseGazetteer(provincesTXT, districtsTXT, mergedTXT, publishersTXT)
	if err != nil {
		panic(err)
	}
	return g
}

// dataLines calls fn with each line of a data file that is not blank or a
// comment, and its line number.
func dataLines(text string, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// parseGazetteer reads the four place lists; an error names the file, the
// line and the reason.
func parseGazetteer(provs, dists, merged, pubs string) (*gazetteer, error) {
	g := &gazetteer{byName: map[string]int{}, forms: map[string][]placeForm{},
		districts: map[string][]placeForm{}, merged: map[int]int{},
		hosts: map[string]int{}, tags: map[string]int{}, slugs: map[string]int{}}
	err := dataLines(provs, func(n int, line string) error {
		pr := province{}
		for len(line) > 0 && (line[0] == '!' || line[0] == '*') {
			pr.strict = pr.strict || line[0] == '!'
			pr.city = pr.city || line[0] == '*'
			line = line[1:]
		}
		for i, f := range strings.Split(line, "|") {
			f = strings.TrimSpace(f)
			if f == "" {
				return fmt.Errorf("extract: data/provinces.txt:%d: empty spelling", n)
			}
			if i == 0 {
				pr.name = f
			}
			w := phraseWords(f)
			pr.forms = append(pr.forms, strings.Join(w, " "))
			g.forms[w[0]] = append(g.forms[w[0]], placeForm{p: len(g.provinces), words: w})
			g.slugs[slug(f)] = len(g.provinces)
		}
		g.byName[normalize.Fold(pr.name)] = len(g.provinces)
		g.provinces = append(g.provinces, pr)
		return nil
	})
	if err != nil {
		return nil, err
	}
	lookup := func(file string, n int, name string) (int, error) {
		i, ok := g.byName[normalize.Fold(strings.TrimSpace(name))]
		if !ok {
			return 0, fmt.Errorf("extract: data/%s:%d: unknown province %q", file, n, strings.TrimSpace(name))
		}
		return i, nil
	}
	// Districts: a spelling under two provinces is dropped.
	seen := map[string]int{}
	var all []placeForm
	err = dataLines(dists, func(n int, line string) error {
		name, list, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("extract: data/districts.txt:%d: no ':' after the province", n)
		}
		p, err := lookup("districts.txt", n, name)
		if err != nil {
			return err
		}
		for _, unit := range strings.Split(list, ",") {
			unit = strings.TrimSpace(unit)
			if unit == "" {
				return fmt.Errorf("extract: data/districts.txt:%d: empty unit", n)
			}
			skip := strings.HasPrefix(unit, "?")
			for _, f := range strings.Split(strings.TrimPrefix(unit, "?"), "|") {
				w := phraseWords(strings.TrimSpace(f))
				key := strings.Join(w, " ")
				if skip {
					seen[key] = -1
					continue
				}
				if q, ok := seen[key]; ok && q != p {
					seen[key] = -1
					continue
				}
				if _, ok := seen[key]; !ok {
					seen[key] = p
					all = append(all, placeForm{p: p, words: w})
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, f := range all {
		if seen[strings.Join(f.words, " ")] == f.p {
			g.districts[f.words[0]] = append(g.districts[f.words[0]], f)
		}
	}
	names := map[string]*placeNames{}
	for w, fs := range g.forms {
		names[w] = &placeNames{forms: fs, districts: g.districts[w]}
	}
	for w, fs := range g.districts {
		names[w] = &placeNames{forms: g.forms[w], districts: fs}
	}
	g.names = newWordMap(names)
	for w, pn := range names {
		id := wordIDs([]string{w})[0]
		for int(id) >= len(g.namesByID) {
			g.namesByID = append(g.namesByID, nil)
		}
		g.namesByID[id] = pn
	}
	g.hcm = g.byName[normalize.Fold("Hồ Chí Minh")]
	err = dataLines(merged, func(n int, line string) error {
		name, list, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("extract: data/merged2025.txt:%d: no ':' after the province", n)
		}
		to, err := lookup("merged2025.txt", n, name)
		if err != nil {
			return err
		}
		for _, old := range strings.Split(list, ",") {
			from, err := lookup("merged2025.txt", n, old)
			if err != nil {
				return err
			}
			g.merged[from] = to
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = dataLines(pubs, func(n int, line string) error {
		kind, rest, _ := strings.Cut(line, " ")
		name, prov, ok := strings.Cut(rest, "=")
		if !ok || (kind != "host" && kind != "tag") {
			return fmt.Errorf("extract: data/publishers.txt:%d: want \"host NAME = PROVINCE\" or \"tag NAME = PROVINCE\"", n)
		}
		p, err := lookup("publishers.txt", n, prov)
		if err != nil {
			return err
		}
		if kind == "host" {
			g.hosts[strings.ToLower(strings.TrimSpace(name))] = p
		} else {
			g.tags[normalize.Fold(strings.TrimSpace(name))] = p
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// slug runs a name's folded letters together: "Ninh Thuận" → "ninhthuan".
func slug(s string) string {
	var b strings.Builder
	for _, r := range normalize.Fold(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hostProvince names the province of a provincial publisher's web host:
// a listed host, or a label that is a province's name run together,
// alone or after "bao" ("baoninhthuan.com.vn", "thanhhoa.dcs.vn").
func (g *gazetteer) hostProvince(host string) (int, bool) {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if p, ok := g.hosts[host]; ok {
		return p, true
	}
	labels := strings.Split(host, ".")
	for i, l := range labels {
		if i == len(labels)-1 || l == "com" || l == "gov" || l == "org" || l == "vn" {
			break
		}
		if p, ok := g.hosts[l]; ok {
			return p, true
		}
		if p, ok := g.slugs[l]; ok && len(l) > 3 {
			return p, true
		}
		if p, ok := g.slugs[strings.TrimPrefix(l, "bao")]; ok && len(l) > 6 {
			return p, true
		}
	}
	return 0, false
}

// fillMeta sets the document fields that are still empty. It runs after
// the figures are found and never changes them.
func (x *Extractor) fillMeta(d *Document, p *pass) {
	if d.Published == "" {
		d.Published = published(p)
	}
	relabel, cells := false, false
	for k := range p.figs {
		relabel = relabel || p.figs[k].provincial != ""
		cells = cells || p.figs[k].Metric == "org.cells"
	}
	if d.Period != "" && d.Province != "" && d.Subject != "" && !relabel && !cells {
		return
	}
	mw := metaWorks.Get().(*metaWork)
	defer metaWorks.Put(mw)
	mw.build(p)
	if d.Period == "" {
		d.Period = p.period(d.Published, mw)
	}
	if d.Province == "" {
		d.Province = p.province(d, mw)
	}
	if d.Subject == "" || relabel || cells {
		// The level is the text's own, even when the caller set Subject.
		subject, provincial := p.subject(mw)
		if d.Subject == "" {
			d.Subject = subject
		}
		changed := relabel && provincial && x.relabel(p, mw.mentions)
		if cells && communeOrg(subject) && p.subCells(mw.mentions) {
			changed = true
		}
		if changed {
			p.dedupe() // a relabelled figure may restate another
		}
	}
}

// communeOrg reports whether the organisation name is a commune's, a
// ward's or a township's ("Đảng bộ phường Tân Ninh", "Đảng ủy xã Củ
// Chi"): a grassroots committee, whose cells are org.sub.cells.
func communeOrg(name string) bool {
	f := normalize.Fold(name)
	for _, head := range [...]string{"dang bo ", "dang uy "} {
		if rest, ok := strings.CutPrefix(f, head); ok {
			for _, level := range [...]string{"xa", "phuong", "thi tran", "dac khu"} {
				if after, ok := strings.CutPrefix(rest, level); ok && (after == "" || after[0] == ' ') {
					return true
				}
			}
		}
	}
	return false
}

// subCells makes the cells of an unsettled level (org.cells) cells under
// a grassroots committee (org.sub.cells) in the report of a commune's or
// a ward's committee (ANNOTATION.md), unless the figure's sentence names
// another organisation before it. It reports whether it changed any.
func (p *pass) subCells(ms []orgMention) bool {
	changed := false
figs:
	for k := range p.figs {
		f := &p.figs[k]
		if f.Metric != "org.cells" {
			continue
		}
		for j := range ms {
			if m := &ms[j]; m.tok < f.tok && p.sent[m.tok] == f.sent && !m.demoted && !m.generic() && m.level != "xa" && m.level != "phuong" && m.level != "tt" {
				continue figs
			}
		}
		f.Metric = "org.sub.cells"
		f.mi = p.metricIndex(f.Metric)
		changed = true
	}
	return changed
}

// relabel gives the figures of rules with provincial= that metric, in a
// report whose subject is a province's organisation (subject), unless the
// figure's sentence names another organisation before it ("Đảng bộ Khối
// có 40 đảng bộ trực thuộc"). It reports whether it changed any.
func (x *Extractor) relabel(p *pass, ms []orgMention) bool {
	changed := false
figs:
	for k := range p.figs {
		f := &p.figs[k]
		if f.provincial == "" || f.provincial == f.Metric {
			continue
		}
		for j := range ms {
			m := &ms[j]
			// "Đảng bộ xã hiện có 1.318 đảng viên sinh hoạt tại 46 chi
			// bộ": a lower level named without a name counts too.
			if m.tok < f.tok && p.sent[m.tok] == f.sent && !m.demoted && (!m.generic() || m.level != "" && m.level != "tp") && !m.provinceLevel() {
				continue figs
			}
		}
		f.Metric = f.provincial
		f.mi = p.metricIndex(f.Metric)
		changed = true
	}
	return changed
}

// metaWork is the work of fillMeta on one document. It lists, in text
// order, the few tokens each document field looks at: built in one pass
// over the tokens, the index spares each field another. It holds the
// fields' own arrays too.
type metaWork struct {
	places []placeMark // capitalised words that open a place's name, and what may number a district
	heads  []int32     // capitalised words before "bộ" or "ủy": the heads of organisations' names
	cues   []int32     // the words that may open a whole-area cue (wholeCues)
	years  []int32     // years, and dates and codes that may end with one
	parts  []int32     // the tokens that may open a part of the year ("6 tháng", "quý I")

	marks    periodMarks  // period's
	mentions []orgMention // subject's
	keys     []string     // the mentions' keys
}

// metaWorks keeps the work for the next document, so that its arrays are
// made once and not once a document.
var metaWorks = sync.Pool{New: func() any { return new(metaWork) }}

// build indexes the tokens of p.
func (mw *metaWork) build(p *pass) {
	// Room for a text of this length at once: a work fresh from the pool
	// (after a collection) grows its arrays once, not step by step.
	n := len(p.toks)
	mw.places, mw.heads, mw.cues = slices.Grow(mw.places[:0], n/16), slices.Grow(mw.heads[:0], n/64), slices.Grow(mw.cues[:0], n/32)
	mw.years, mw.parts = slices.Grow(mw.years[:0], n/32), slices.Grow(mw.parts[:0], n/16)
	g := places
	for i := range p.toks {
		t := &p.toks[i]
		// Most tokens are words in lower case of no class: one test
		// passes them, where a test of kind and then case went either
		// way from token to token.
		if metaWords.classOfID(t.id)|b2u(t.cap)|b2u(t.kind == tokNum) == 0 {
			continue
		}
		switch t.kind {
		case tokWord:
			if t.cap {
				var names *placeNames
				if uint32(t.id) < uint32(len(g.namesByID)) {
					names = g.namesByID[t.id]
				}
				if q := p.afterQuarter(i); q || names != nil {
					mw.places = append(mw.places, placeMark{int32(i), q, names})
				}
			}
			c := metaWords.classOfID(t.id)
			if c == 0 {
				continue
			}
			if c&wordPart != 0 {
				mw.parts = append(mw.parts, int32(i))
			}
			if c&wordHead != 0 && i > 0 && p.toks[i-1].cap {
				mw.heads = append(mw.heads, int32(i-1))
			}
			if c&wordCue != 0 {
				mw.cues = append(mw.cues, int32(i))
			}
		case tokNum:
			if t.value >= 1 && t.value <= 12 && t.value == float64(int(t.value)) && p.afterQuarter(i) {
				mw.places = append(mw.places, placeMark{int32(i), true, nil})
			}
			if t.year || t.skip {
				mw.years = append(mw.years, int32(i))
			}
			if t.value == 6 || t.value == 9 || t.skip {
				mw.parts = append(mw.parts, int32(i))
			}
		}
	}
}

// b2u is 1 for true and 0 for false, without a branch.
func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// placeMark is a token that may name a place: the spellings that open
// with it, and whether it follows "quận" or "Q." and may number a district
// (see numberedDistrict).
type placeMark struct {
	tok     int32
	quarter bool
	names   *placeNames
}

// afterQuarter reports whether toks[i] follows "quận" or "Q.".
func (p *pass) afterQuarter(i int) bool {
	if i == 0 {
		return false
	}
	prev := p.toks[i-1].fold
	return prev == "quan" || prev == "." && i > 1 && p.toks[i-2].fold == "q"
}

// The classes of the words the index looks for.
const (
	wordPart = 1 << iota // opens a part of the year (see partAt): "sáu", "chín", "quý"
	wordHead             // the second word of an organisation's head (see orgHeads): "bộ", "ủy"
	wordCue              // opens a whole-area cue (see wholeCues)
)

// metaWords are the words the index looks for, by class.
var metaWords = func() *wordClasses {
	wc := &wordClasses{}
	for _, w := range []string{"sau", "chin", "quy"} {
		wc.add(w, wordPart)
	}
	for _, h := range orgHeads {
		if len(h.words) != 2 {
			panic("extract: an organisation's head of other than two words")
		}
		wc.add(h.words[1], wordHead)
	}
	for _, cues := range wholeCues {
		for _, c := range cues {
			wc.add(c[0], wordCue)
		}
	}
	return wc
}()

// wordClasses classes a few words, and rejects most others by their first
// and last bytes and length without a comparison: the test of a word that
// is none of them costs two table look-ups, with no branch a CPU
// mispredicts.
type wordClasses struct {
	first   [256]uint32 // bit n of first[c]: a word of n bytes opens with c
	last    [256]uint32 // bit n of last[c]: a word of n bytes ends with c
	byFirst [256][]classedWord
	byID    []uint8 // the classes by word id (vocab.go)
}

type classedWord struct {
	word  string
	class uint8
}

// add gives w, of 1 to 31 bytes, the class c too.
func (wc *wordClasses) add(w string, c uint8) {
	if len(w) == 0 || len(w) >= 32 {
		panic("extract: wordClasses: word of " + strconv.Itoa(len(w)) + " bytes")
	}
	wc.first[w[0]] |= 1 << len(w)
	wc.last[w[len(w)-1]] |= 1 << len(w)
	id := wordIDs([]string{w})[0]
	// One slot past the highest id stays 0, for the ids beyond (see
	// classOfID).
	for int(id)+1 >= len(wc.byID) {
		wc.byID = append(wc.byID, 0)
	}
	wc.byID[id] |= c
	ws := wc.byFirst[w[0]]
	for k := range ws {
		if ws[k].word == w {
			ws[k].class |= c
			return
		}
	}
	wc.byFirst[w[0]] = append(ws, classedWord{w, c})
}

// classOfID returns the classes of the word with id id (a token's), or 0.
func (wc *wordClasses) classOfID(id int32) uint8 {
	// An id past the table reads its last slot, 0, with no branch: most
	// tokens' ids are the rules' words, beyond the few classed here, and
	// a test of it went either way from word to word. (Id 0, no rule's
	// word, has the classes 0 of its own slot.)
	if len(wc.byID) == 0 {
		return 0
	}
	// min(id, last) in arithmetic: the compiler's min is a branch.
	i, last := int64(uint32(id)), int64(len(wc.byID)-1)
	over := i - last
	i -= over &^ (over >> 63)
	return wc.byID[i]
}

// classOf returns the classes of w, or 0.
func (wc *wordClasses) classOf(w string) uint8 {
	if len(w) == 0 || len(w) >= 32 || wc.first[w[0]]&wc.last[w[len(w)-1]]&(1<<len(w)) == 0 {
		return 0
	}
	for _, cw := range wc.byFirst[w[0]] {
		if cw.word == w {
			return cw.class
		}
	}
	return 0
}

// published finds the article's date line: a " date YYYY-MM[-DD]" stamp,
// or the first day-first date on one of the short lines at the top. A
// date inside a sentence ("Ngày 03/5/2012, Ban Tổ chức ...") is a body
// date, not the date line.
func published(p *pass) string {
	text := p.nt.Norm
	if s, ok := strings.CutPrefix(text[skipBlank(text):], "date "); ok {
		if n := stampLen(s); n > 0 {
			// A copy: the field must not keep the whole text alive.
			return strings.Clone(s[:n])
		}
	}
	if len(text) > 4096 {
		text = text[:4096]
	}
	for n := 0; n < 15; n++ {
		line, rest, more := strings.Cut(text, "\n")
		text = rest
		// A date line is short and has a four-digit year; most lines are
		// long or have none, and the scanners cost more than this look.
		if fewFields(line, 14) && hasYearDigits(line) && !siteBar(line) {
			if d, m, y, ok := dayFirstDate(line); ok {
				if d >= 1 && d <= 31 && m >= 1 && m <= 12 {
					b := append(make([]byte, 0, 10), y...)
					b = append(b, '-', '0'+byte(m/10), '0'+byte(m%10), '-', '0'+byte(d/10), '0'+byte(d%10))
					return string(b)
				}
			}
			if i := isoDate(line); i >= 0 {
				return strings.Clone(line[i : i+10])
			}
		}
		if !more {
			break
		}
	}
	return ""
}

// siteBar reports whether a line is a site's top bar ("Thứ Hai,
// 12/01/2026 | Đăng nhập | Đăng ký"): its date is the day the page was
// saved, not the article's.
func siteBar(line string) bool {
	for _, w := range [...]string{"Đăng nhập", "đăng nhập", "Đăng ký", "đăng ký", "RSS"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// skipBlank returns the end of the spaces, tabs and line breaks that s
// opens with: strings.TrimLeft(s, " \t\n") without making its set.
func skipBlank(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}

// stampLen returns the length of the "YYYY-MM" or "YYYY-MM-DD" that s
// opens with, or 0.
func stampLen(s string) int {
	if len(s) < 7 || !allDigits(s[:4]) || s[4] != '-' || !allDigits(s[5:7]) {
		return 0
	}
	if len(s) >= 10 && s[7] == '-' && allDigits(s[8:10]) {
		return 10
	}
	return 7
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitRun returns the end of the run of digits at s[i:].
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// dayFirstDate finds the first "D/M/YYYY" of s, also written with '.' or
// '-': a day and a month of one or two digits and a year of four, each
// all of its run of digits. It returns the day, the month and the year.
func dayFirstDate(s string) (day, month int, year string, ok bool) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		// s[i:e1] is a whole run: the loop starts runs only after a non-digit.
		e1 := digitRun(s, i)
		if e1-i <= 2 && e1+1 < len(s) && isDateSep(s[e1]) && isDigit(s[e1+1]) {
			e2 := digitRun(s, e1+1)
			if e2-e1-1 <= 2 && e2+1 < len(s) && isDateSep(s[e2]) {
				if e3 := digitRun(s, e2+1); e3-e2-1 == 4 {
					return atoi(s[i:e1]), atoi(s[e1+1 : e2]), s[e2+1 : e3], true
				}
			}
		}
		i = e1
	}
	return 0, 0, "", false
}

func isDateSep(c byte) bool { return c == '/' || c == '.' || c == '-' }

// atoi reads a run of digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isoDate returns where the first "YYYY-MM-DD" of s starts, each part all
// of its run of digits, or -1.
func isoDate(s string) int {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		e := digitRun(s, i)
		if e-i == 4 && e+3 < len(s) && s[e] == '-' && digitRun(s, e+1) == e+3 &&
			s[e+3] == '-' && digitRun(s, e+4) == e+6 {
			return i
		}
		i = e
	}
	return -1
}

// fewFields reports whether s has at most max space-separated fields; it
// stops reading at the one after, so a paragraph costs a few words.
func fewFields(s string, max int) bool {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			if n++; n > max {
				return false
			}
		}
		in = !sp
	}
	return true
}

// hasYearDigits reports whether s holds four digits in a row.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// wordFold is a word's folded form without an HTML entity's residue glued
// to it ("Inbsp" for "I&nbsp;").
func wordFold(t *token) string {
	if len(t.fold) > 4 && strings.HasSuffix(t.fold, "nbsp") {
		return t.fold[:len(t.fold)-4]
	}
	return t.fold
}

// placeCue is what stands before a place name.
type placeCue uint8

const (
	cueNone     placeCue = iota
	cueProvince          // "tỉnh X", "Tỉnh ủy X"
	cueCity              // "thành phố X", "TP X", "Thành ủy X": a province or a district
	cueDistrict          // "huyện X", "quận X", "thị xã X", "Huyện ủy X"
	cueParen             // "(X"
)

// placeCue reads the words before the name at toks[i].
func (p *pass) placeCue(i int) placeCue {
	j := i - 1
	if j > 0 && p.toks[j].fold == "." {
		switch p.toks[j-1].fold {
		case "tp", "tx", "h", "q", "p":
			j--
		}
	}
	if j < 0 {
		return cueNone
	}
	prev2 := ""
	if j > 0 {
		prev2 = p.toks[j-1].fold
	}
	switch p.toks[j].fold {
	case "tinh":
		return cueProvince
	case "tp":
		return cueCity
	case "pho":
		if prev2 == "thanh" {
			return cueCity
		}
	case "huyen", "tx", "h":
		return cueDistrict
	case "quan", "q":
		if prev2 != "co" {
			return cueDistrict
		}
	case "xa":
		if prev2 == "thi" {
			return cueDistrict
		}
	case "uy":
		switch prev2 {
		case "tinh":
			return cueProvince
		case "thanh":
			return cueCity
		case "huyen", "quan", "thi":
			return cueDistrict
		}
	case "(":
		return cueParen
	}
	return cueNone
}

var romans = newWordMap(map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12})

// province names the province the figures belong to: the one most
// mentioned, a mention after "tỉnh", "thành phố" or in a committee's name
// ("Tỉnh ủy X") or in brackets ("huyện Sơn Động (Bắc Giang)") counting
// three times, a district ("huyện Ninh Phước", "TP.Tam Kỳ", "Huyện ủy
// Nam Giang") twice for its province. A name alone on a line is a byline,
// not a place. When the text names none, the publisher decides. A report
// published after the mergers of July 2025 names the merged province.
func (p *pass) province(d *Document, mw *metaWork) string {
	g := places
	// A text names a few provinces: a slice beats an array of them all.
	var buf [8]placeScore
	scores := buf[:0]
	add := func(pr, w, at int) {
		for k := range scores {
			if scores[k].p == pr {
				scores[k].score += w
				return
			}
		}
		scores = append(scores, placeScore{p: pr, score: w, first: at})
	}
	// The index lists all tokens that may name a place.
	for _, pm := range mw.places {
		i := int(pm.tok)
		// "quận 1", "Quận ủy quận I": the numbered districts of Ho Chi Minh City.
		if pm.quarter && p.numberedDistrict(i) {
			add(g.hcm, 2, i)
			continue
		}
		names := pm.names
		if names == nil {
			continue
		}
		cue := p.placeCue(i)
		matched := false
		if cue != cueDistrict {
			for _, pf := range names.forms {
				end, ok := phraseAt(p.toks, i, +1, pf.words)
				if !ok {
					continue
				}
				w := 1
				switch {
				case cue == cueProvince || cue == cueCity:
					w = 3
				case cue == cueParen && end < len(p.toks) && p.toks[end].fold == ")":
					w = 3
				case strings.HasPrefix(pf.words[0], "tp") || pf.words[0] == "thanh" && len(pf.words) > 1 && pf.words[1] == "pho":
					w = 3
				}
				if g.provinces[pf.p].strict && w < 3 {
					continue
				}
				if w == 1 && p.aloneOnLine(i, end) {
					continue
				}
				add(pf.p, w, i)
				matched = true
				break
			}
		}
		if matched || (cue != cueDistrict && cue != cueCity) {
			continue
		}
		for _, df := range names.districts {
			if _, ok := phraseAt(p.toks, i, +1, df.words); ok {
				add(df.p, 2, i)
				break
			}
		}
	}
	// The most mentioned, then the first mentioned (each province has
	// its own first token).
	best := -1
	if len(scores) > 0 {
		top := scores[0]
		for _, s := range scores[1:] {
			if s.score > top.score || s.score == top.score && s.first < top.first {
				top = s
			}
		}
		best = top.p
	}
	if best < 0 {
		best = p.publisher(d)
	}
	if best < 0 {
		return ""
	}
	if to, ok := g.merged[best]; ok && afterMergers(d.Published, d.Period) {
		best = to
	}
	return g.provinces[best].name
}

// placeScore is the weight of a province's mentions and where the first
// one stands.
type placeScore struct {
	p, score, first int
}

// numberedDistrict reports whether toks[i] numbers a district of Ho Chi
// Minh City: "quận 1", "Q.3", "Quận ủy quận I".
func (p *pass) numberedDistrict(i int) bool {
	if i == 0 {
		return false
	}
	t := &p.toks[i]
	prev := p.toks[i-1].fold
	ok := false
	switch {
	case t.kind == tokNum && t.value >= 1 && t.value <= 12 && t.value == float64(int(t.value)):
		ok = prev == "quan" || prev == "." && i > 1 && p.toks[i-2].fold == "q"
	case t.kind == tokWord && t.cap:
		ok = prev == "quan" && romans.at(wordFold(t)) > 0
	}
	// Not "cơ quan 1": read last, as few words follow "quận".
	return ok && !(i > 1 && p.toks[i-2].fold == "co")
}

// afterMergers reports whether a report dated published (or, undated,
// about period) comes after the provinces merged on 1 July 2025.
func afterMergers(published, period string) bool {
	if published != "" {
		return published >= "2025-07"
	}
	return len(period) >= 4 && period[:4] >= "2026"
}

// aloneOnLine reports whether toks[i:end] is all of its line: a byline
// ("Khánh Hòa" signing the report), not a place.
func (p *pass) aloneOnLine(i, end int) bool {
	before := i == 0 || p.toks[i-1].kind == tokNewline
	after := end >= len(p.toks) || p.toks[end].kind == tokNewline
	return before && after
}

var hostRe = regexp.MustCompile(`(?i)\b(?:[a-z0-9-]+\.)+vn\b`)

// publisher names the province of the report's publisher: from the
// document's URL, an address printed in the text ("(Thanhhoa.dcs.vn)"),
// or the publisher's mark that opens a paragraph ("(QBĐT) - ...").
func (p *pass) publisher(d *Document) int {
	g := places
	if d.URL != "" {
		if u, err := url.Parse(d.URL); err == nil {
			if pr, ok := g.hostProvince(u.Hostname()); ok {
				return pr
			}
		}
	}
	// An address printed in the text: look only before each ".vn".
	text := p.nt.Norm
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], ".vn")
		if k < 0 {
			break
		}
		end := off + k + 3
		from := max(0, end-80)
		for _, h := range hostRe.FindAllString(text[from:end], -1) {
			if pr, ok := g.hostProvince(h); ok {
				return pr
			}
		}
		off = end
	}
	for i := range p.toks {
		if i > 0 && p.toks[i-1].kind != tokNewline && p.toks[i-1].fold != "(" {
			continue
		}
		t := &p.toks[i]
		if t.kind != tokWord {
			continue
		}
		pr, ok := g.tags[t.fold]
		if !ok || !isUpperWord(p.nt.Norm[t.start:t.end]) {
			continue
		}
		j := i + 1
		if j < len(p.toks) && p.toks[j].fold == ")" {
			j++
		}
		if j < len(p.toks) && (p.toks[j].fold == "-" || p.toks[j].fold == "–") {
			return pr
		}
	}
	return -1
}

// isUpperWord reports whether s has no letter that is not upper case.
func isUpperWord(s string) bool {
	// A lower-case ASCII letter answers without decoding a rune.
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	for _, r := range s {
		if r < notUpperTable {
			if notUpper[r>>6]&(1<<(r&63)) != 0 {
				return false
			}
		} else if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// notUpper marks the runes below notUpperTable that are letters but not
// upper case, as the unicode tables say; it spares a search of the
// tables for the Vietnamese letters of U+1EA0 to U+1EF9.
const notUpperTable = 0x2000

var notUpper = func() (b [notUpperTable / 64]uint64) {
	for r := rune(0); r < notUpperTable; r++ {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			b[r>>6] |= 1 << (r & 63)
		}
	}
	return b
}()

// orgHeads start the name of a party organisation; the level is the
// committee's when the head names it.
var orgHeads = []struct {
	words []string
	level string
}{
	{[]string{"dang", "bo"}, ""}, {[]string{"dang", "uy"}, ""},
	{[]string{"tinh", "uy"}, "tinh"}, {[]string{"thanh", "uy"}, "tp"},
	{[]string{"huyen", "uy"}, "huyen"}, {[]string{"quan", "uy"}, "quan"},
	{[]string{"thi", "uy"}, "tx"},
	// "Chi bộ Trường THPT Ninh Quới Đông": a cell named as a body of
	// its own (a bare "chi bộ" names none).
	{[]string{"chi", "bo"}, ""},
}

// levelNames name an administrative level inside an organisation's name;
// "thị xã", "thị trấn" and "thành phố" are read by levelAt.
var levelNames = map[string]string{
	"tinh": "tinh", "huyen": "huyen", "quan": "quan", "tx": "tx", "tp": "tp",
	"xa": "xa", "phuong": "phuong", "pho": "tp", "tran": "tt",
	// Hamlets, which name cells ("Chi bộ thôn Sà Phìn A", "Chi bộ ấp Trà
	// Mẹt"); not "bản", "buôn" or "làng", which open other names too
	// ("Ban Tuyên giáo", "Buôn Ma Thuột", "Lạng Sơn").
	"thon": "thon", "xom": "thon", "ap": "thon", "khom": "thon",
}

// levelWords are levelNames, for quick look-ups.
var levelWords = newWordMap(levelNames)

// levelAt reads an administrative level at toks[j]: its name and length.
func (p *pass) levelAt(j int) (string, int, bool) {
	f := wordFold(&p.toks[j])
	if levelStarts.classOf(f) == 0 {
		return "", 1, false // most words: no level opens with them
	}
	next := ""
	if j+1 < len(p.toks) {
		next = p.toks[j+1].fold
	}
	switch {
	case f == "thi" && next == "xa":
		return "tx", 2, true
	case f == "thi" && next == "tran":
		return "tt", 2, true
	case f == "thanh" && next == "pho":
		return "tp", 2, true
	}
	if f == "quan" && j > 0 && p.toks[j-1].fold == "co" {
		return "", 0, false // "cơ quan"
	}
	lv, ok := levelWords.get(f)
	return lv, 1, ok
}

// levelStarts are the words that open a level in levelAt.
var levelStarts = func() *wordClasses {
	wc := &wordClasses{}
	for _, w := range []string{"thi", "thanh", "quan"} {
		wc.add(w, 1)
	}
	for k := range levelNames {
		wc.add(k, 1)
	}
	return wc
}()

// nameWords may continue an organisation's name in lower case
// ("Đảng bộ Khối các cơ quan tỉnh").
var nameWords = newWordMap(map[string]bool{"cac": true, "khoi": true, "co": true, "trung": true, "va": false})

// compounds are names of two syllables whose second is written in lower
// case ("Công an", "Doanh nghiệp", "Quân sự"): the second continues a name.
var compounds = map[[2]string]bool{
	{"cong", "an"}: true, {"doanh", "nghiep"}: true, {"quan", "su"}: true, {"bien", "phong"}: true,
	{"nhan", "dan"}: true, {"co", "quan"}: true, {"trung", "uong"}: true, {"bo", "doi"}: true,
	{"dan", "chinh"}: true, {"chinh", "quyen"}: true, {"chinh", "phu"}: true, {"quoc", "hoi"}: true,
	{"kiem", "sat"}: true, {"toa", "an"}: true, {"giao", "duc"}: true, {"y", "te"}: true,
	// expanded abbreviations: UBND, HĐND, MTTQ
	{"uy", "ban"}: true, {"ban", "nhan"}: true, {"hoi", "dong"}: true, {"dong", "nhan"}: true,
	{"mat", "tran"}: true, {"to", "quoc"}: true,
	// schools: "Trường Đại học Vinh", "Trường Cao đẳng Y tế"
	{"dai", "hoc"}: true, {"cao", "dang"}: true, {"trung", "hoc"}: true,
	// firms: "Công ty Cổ phần Cảng Quy Nhơn", "Tổng công ty Điện lực"
	{"cong", "ty"}: true, {"co", "phan"}: true,
	// trades and fields in names: "Tổng Công ty Công nghiệp Đồng Tiến",
	// "Trường Đại học Kỹ thuật", "Khối Kinh tế", "Công ty Xây dựng"
	{"cong", "nghiep"}: true, {"nong", "nghiep"}: true, {"lam", "nghiep"}: true,
	{"ky", "thuat"}: true, {"su", "pham"}: true, {"kinh", "te"}: true,
	{"xay", "dung"}: true, {"thuong", "mai"}: true, {"dien", "luc"}: true,
	{"dau", "khi"}: true, {"cao", "su"}: true, {"giao", "thong"}: true,
	{"van", "tai"}: true, {"thuy", "loi"}: true, {"tai", "chinh"}: true,
	{"ngan", "hang"}: true, {"khoa", "hoc"}: true, {"cong", "nghe"}: true,
	{"y", "duoc"}: true, {"vien", "thong"}: true, {"buu", "dien"}: true,
	// "Chi bộ Khu dân cư số 3"
	{"dan", "cu"}: true, {"khu", "dan"}: true,
	// firms named by their trade in lower case: "Tổng công ty Cơ khí",
	// "Công ty TNHH Giày da Phước Thành", "Linh kiện điện tử", "Bảo hiểm
	// xã hội tỉnh"
	{"tong", "cong"}: true, {"giay", "da"}: true, {"linh", "kien"}: true, {"dien", "tu"}: true,
	{"may", "mac"}: true, {"thuc", "pham"}: true, {"xuat", "khau"}: true, {"nhap", "khau"}: true,
	{"du", "lich"}: true, {"dich", "vu"}: true, {"moi", "truong"}: true, {"bao", "hiem"}: true,
	{"xa", "hoi"}: true, {"co", "khi"}: true, {"xay", "lap"}: true,
	// units: "Đảng bộ Bệnh viện Đa khoa tỉnh", "Đảng ủy Trung đoàn 96",
	// "Trung tâm Y tế huyện"
	{"benh", "vien"}: true, {"da", "khoa"}: true, {"trung", "doan"}: true, {"su", "doan"}: true,
	{"lu", "doan"}: true, {"tieu", "doan"}: true, {"trung", "tam"}: true,
	// "Đảng ủy các Khu công nghiệp tỉnh", "Khu kinh tế", "Khu chế xuất"
	{"khu", "cong"}: true, {"khu", "kinh"}: true, {"khu", "che"}: true, {"che", "xuat"}: true,
}

// compoundFirsts holds the first syllables of compounds by their second.
var compoundFirsts = func() *wordMap[[]string] {
	m := map[string][]string{}
	for c, ok := range compounds {
		if ok {
			m[c[1]] = append(m[c[1]], c[0])
		}
	}
	return newWordMap(m)
}()

// isCompound reports whether a and b are a compound: compounds[{a, b}].
func isCompound(a, b string) bool {
	return slices.Contains(compoundFirsts.at(b), a)
}

// capsStop are words of an all-caps heading that end a name
// ("ĐẢNG BỘ HUYỆN LẦN THỨ XXI NHIỆM KỲ").
var capsStop = newWordMap(map[string]bool{
	"lan": true, "thu": true, "nhiem": true, "ky": true, "khoa": true, "dai": true,
	"hoi": true, "nam": true, "va": true, "cua": true, "ve": true, "voi": true,
	"trong": true, "tai": true, "qua": true, "tu": true, "den": true, "nhung": true,
	"ket": true, "nap": true, "trao": true, "tang": true, "huy": true, "hieu": true,
	"to": true, "chuc": true, "phat": true, "trien": true, "so": true, "tong": true,
	"tiep": true, "tuc": true, "hinh": true, "tuyen": true, "truyen": true,
})

// surnames open a person's name: "Đảng ủy Khối các cơ quan tỉnh Nguyễn Thị
// Hà" names the organisation, then its secretary.
var surnames = newWordMap(map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true,
	"phan": true, "vu": true, "vo": true, "dang": true, "bui": true, "do": true,
	"ho": true, "ngo": true, "duong": true, "ly": true, "trinh": true, "dinh": true,
	"lam": true, "mai": true, "truong": true, "ha": true, "luong": true, "cao": true,
})

// orgMention is a named party organisation: toks[tok:end].
type orgMention struct {
	tok     int
	end     int
	inHead  bool
	level   string
	key     []string // folded name words after the head, levels and dots left out
	demoted bool     // a body of the organisation ("Ban Tổ chức Tỉnh ủy")
	caps    bool     // written in capitals: a heading's
}

func (m *orgMention) generic() bool { return len(m.key) == 0 }

// provinceLevel reports whether m names a province's organisation:
// "Đảng bộ tỉnh", "Tỉnh ủy Đồng Nai", "Đảng bộ thành phố Cần Thơ".
func (m *orgMention) provinceLevel() bool {
	switch m.level {
	case "tinh":
		return m.generic() || isProvince(m.key)
	case "tp":
		pr, ok := provinceOf(m.key)
		return ok && places.provinces[pr].city
	}
	return false
}

func isProvince(words []string) bool {
	_, ok := provinceOf(words)
	return ok
}

// provinceOf returns the province that words spell.
func provinceOf(words []string) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	// No word holds a space: the words are the same as their joins are.
	for _, f := range places.forms[words[0]] {
		if slices.Equal(f.words, words) {
			return f.p, true
		}
	}
	return 0, false
}

// isProvinceToks reports whether the folds of ts spell a province.
func isProvinceToks(ts []token) bool {
	if len(ts) == 0 {
		return false
	}
	for _, f := range places.forms[ts[0].fold] {
		if len(f.words) == len(ts) && foldsAre(ts, f.words) {
			return true
		}
	}
	return false
}

// foldsAre reports whether the folds of ts are words.
func foldsAre(ts []token, words []string) bool {
	for k := range ts {
		if ts[k].fold != words[k] {
			return false
		}
	}
	return true
}

// placeAt returns the end of a province's or district's name at toks[i].
func (p *pass) placeAt(i int) (int, bool) {
	names, ok := places.names.get(p.toks[i].fold)
	if !ok {
		return 0, false
	}
	// The longest name wins: "Hà Tĩnh", not a shorter form it opens with.
	best := 0
	for _, fs := range [2][]placeForm{names.forms, names.districts} {
		for _, f := range fs {
			if end, ok := phraseAt(p.toks, i, +1, f.words); ok && end > best {
				best = end
			}
		}
	}
	return best, best > 0
}

// mentions finds every named party organisation in the text.
func (p *pass) mentions(mw *metaWork) []orgMention {
	head := p.headEnd()
	ms, keys := mw.mentions[:0], mw.keys[:0] // keys: those of all mentions
	next := 0                                // the first token after the last mention
	for _, i := range mw.heads {
		i := int(i)
		if i < next {
			continue
		}
		for _, h := range orgHeads {
			end, ok := phraseAt(p.toks, i, +1, h.words)
			if !ok {
				continue
			}
			var m orgMention
			m, keys = p.orgName(i, end, h.level, keys)
			m.inHead = i < head
			if !m.generic() || m.level != "" {
				ms = append(ms, m) // a bare "Đảng bộ" ("toàn Đảng bộ") names none
			}
			next = end
			break
		}
	}
	mw.mentions, mw.keys = ms, keys
	return ms
}

// orgName reads the name of the organisation whose head is toks[i:end],
// appending its key to keys.
func (p *pass) orgName(i, end int, level string, keys []string) (orgMention, []string) {
	allCaps := isUpperWord(p.nt.Norm[p.toks[i].start:p.toks[i].end])
	j := end
	prevLevel := ""
	for j < len(p.toks) && j-end < 10 {
		t := &p.toks[j]
		f := wordFold(t)
		if t.kind == tokNum && (prevLevel == "quan" || prevLevel == "phuong") {
			j++
			prevLevel = ""
			continue
		}
		// A name's number: "Trường THPT Quỳnh Lưu 3", "phường Hà Giang
		// 2", "Khu dân cư số 3"; not a count after it ("... 45 đảng viên").
		if t.kind == tokNum && j > end && p.nameNumber(j) {
			j++
			prevLevel = ""
			continue
		}
		if t.kind == tokWord && t.fold == "so" && !t.cap && j > end && j+1 < len(p.toks) && p.toks[j+1].kind == tokNum && p.nameNumber(j+1) {
			j += 2
			prevLevel = ""
			continue
		}
		if t.kind == tokPunct && t.fold == "." && j > end && j+1 < len(p.toks) && p.toks[j+1].start == t.end && p.toks[j+1].cap {
			j++ // "TP.Tam Kỳ", "T.P Thái Nguyên"
			continue
		}
		if j > end && p.nameApostrophe(j) {
			j += 2 // "Cư M'gar", "Đắk R'lấp": one name
			prevLevel = ""
			continue
		}
		if t.kind != tokWord {
			break
		}
		// "Đảng bộ Nhà trường": the school, said without its name.
		if j == end && f == "nha" && j+1 < len(p.toks) && p.toks[j+1].fold == "truong" && (j+2 >= len(p.toks) || !p.toks[j+2].cap) {
			break
		}
		if lv, n, ok := p.levelAt(j); ok && (!t.cap || allCaps || j == end) {
			if level == "" && j == end {
				level = lv
			}
			prevLevel = lv
			j += n
			continue
		}
		if t.cap {
			if allCaps && capsStop.at(f) || f == "anh" && isUpperWord(p.nt.Norm[t.start:t.end]) {
				break // "ẢNH: N.H", a photo's credit
			}
			if prevLevel == "tinh" {
				// After "tỉnh" only a province's name: it ends the name.
				if e, ok := p.placeAt(j); ok && isProvinceToks(p.toks[j:e]) {
					j = e
				}
				break
			}
			if surnames.at(f) && j+1 < len(p.toks) && p.toks[j+1].cap && j > end && !p.schoolName(end, j) {
				if _, ok := p.placeAt(j); !ok {
					break
				}
			}
			prevLevel = ""
			j++
			continue
		}
		if nameWords.at(f) || j > end && isCompound(p.toks[j-1].fold, f) {
			prevLevel = ""
			j++
			continue
		}
		break
	}
	// Trailing connectors go; a trailing level stays after a lower-case
	// word or an acronym ("Công an tỉnh", "UBND tỉnh"), not after a name.
	for j > end {
		t := &p.toks[j-1]
		f := wordFold(t)
		if t.kind == tokNum {
			break
		}
		// A capitalised one is a name's ("tỉnh Hà Tĩnh").
		if _, lv := levelWords.get(f); lv && (!t.cap || allCaps) && !(f == "quan" && p.toks[j-2].fold == "co") {
			if j-1 == end {
				break
			}
			b := &p.toks[j-2]
			// "Đảng ủy các cơ quan Đảng tỉnh": the Party is no place.
			if !b.cap || isUpperWord(p.nt.Norm[b.start:b.end]) || j-2 < end || b.fold == "dang" {
				break
			}
			j--
			continue
		}
		if t.kind == tokWord && (t.cap || isCompound(p.toks[j-2].fold, f) && j-2 >= end) {
			break
		}
		if t.kind == tokWord && j-2 > end && p.nameApostrophe(j-2) {
			break // "Cư M'gar"
		}
		j--
	}
	// A name printed twice in a row ("Nghệ An Nghệ An") is one name.
	for n := (j - end) / 2; n >= 1; n-- {
		if j-2*n >= end && sameFolds(p.toks[j-2*n:j-n], p.toks[j-n:j]) {
			j -= n
			break
		}
	}
	m := orgMention{tok: i, end: j, level: level, caps: allCaps}
	start := len(keys)
	for k := end; k < j; {
		t := &p.toks[k]
		// A level is not part of the key, except one ending the name
		// ("Khối các cơ quan tỉnh").
		if _, n, ok := p.levelAt(k); ok && (k == end || k+n < j) {
			k += n
			continue
		}
		f := wordFold(t)
		if t.kind == tokNum {
			f = strconv.FormatFloat(t.value, 'f', -1, 64)
		}
		if f != "." && f != "" {
			keys = append(keys, f)
		}
		k++
	}
	if len(keys) > start {
		m.key = keys[start:len(keys):len(keys)]
	}
	m.demoted = p.demoted(i)
	return m, keys
}

// nameNumber reports whether the number at toks[j] ends a name: a small
// whole number after a capitalised word (or "số"), not a share or year,
// and no count noun after it.
func (p *pass) nameNumber(j int) bool {
	t := &p.toks[j]
	// A military unit's number may be large: "Trung đoàn 96", "Sư đoàn 312".
	limit := 20.0
	if j > 0 && p.toks[j-1].fold == "doan" {
		limit = 999
	}
	if t.percent || t.year || t.skip || t.hasDen || t.sep || t.value < 1 || t.value > limit || t.value != float64(int(t.value)) {
		return false
	}
	if b := &p.toks[j-1]; b.kind != tokWord || !b.cap && b.fold != "so" && b.fold != "doan" {
		return false
	}
	if j+1 < len(p.toks) {
		if n := &p.toks[j+1]; n.kind == tokWord && nameNumberStops.at(wordFold(n)) {
			return false
		}
	}
	return true
}

// nameNumberStops are the first words of what a number counts: after a
// name, "45 đảng viên" is a count, not the name's number.
var nameNumberStops = newWordMap(map[string]bool{
	"dang": true, "chi": true, "to": true, "dong": true, "nguoi": true, "truong": true,
	"lop": true, "nam": true, "thang": true, "ngay": true, "lan": true, "dot": true,
	"don": true, "co": true, "hoc": true, "dai": true, "uy": true, "thanh": true,
	"cap": true, "ban": true, "xa": true, "phuong": true, "huyen": true, "tinh": true,
	"quan": true, "thon": true, "khu": true, "ap": true,
})

// name returns m as the text writes it, on one line: only the chosen
// mention's is needed.
func (p *pass) name(m *orgMention) string {
	s, e := p.nt.OrigSpan(int(p.toks[m.tok].start), int(p.toks[m.end-1].end))
	name := oneLine(p.d.Text[s:e])
	if strings.HasSuffix(name, "nbsp") && len(name) > 4 && strings.HasSuffix(p.toks[m.end-1].fold, "nbsp") {
		name = name[:len(name)-4]
	}
	return name
}

func sameFolds(a, b []token) bool {
	for k := range a {
		if a[k].fold != b[k].fold || a[k].kind != tokWord {
			return false
		}
	}
	return true
}

// oneLine returns strings.Join(strings.Fields(s), " "): s with each run of
// white space made one space, and none at the ends. Most names are so
// already: they come back as a copy, without a split.
func oneLine(s string) string {
	space := true // the last rune was white space, or there was none
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || '\t' <= c && c <= '\r'
			if sp && (c != ' ' || space) {
				return strings.Join(strings.Fields(s), " ")
			}
			space = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += n
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.Clone(s)
}

// demoted reports whether the organisation at toks[i] is named as the
// owner of one of its bodies: "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra
// Huyện ủy", "UBKT Tỉnh ủy", "Văn phòng Tỉnh ủy", "Thường trực Tỉnh ủy".
func (p *pass) demoted(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &p.toks[k]
		if t.kind != tokWord {
			return false
		}
		prev := ""
		if k > 0 {
			prev = p.toks[k-1].fold
		}
		switch {
		case t.fold == "ban" && (t.cap || prev == "uy"):
			return true
		case t.fold == "ubkt", t.fold == "phong" && prev == "van", t.fold == "truc" && prev == "thuong":
			return true
		}
	}
	return false
}

// subject names the organisation whose figures the article reports, as
// the text writes it at its first full mention:
//   - the organisation the first figure belongs to ("13 đảng viên thuộc
//     Đảng bộ UBND tỉnh"), or the one named before it in its sentence;
//   - the province's ("Đảng bộ tỉnh", or "Tỉnh ủy Đồng Nai" where the text
//     names it so) when the text reports for the whole province ("toàn
//     tỉnh", "Ban Tổ chức Tỉnh ủy", "trực thuộc Tỉnh ủy"); likewise
//     "Đảng bộ huyện" for a district;
//   - else the one in the headline, else the one most named.
//
// provincial reports whether that organisation is a province's or a
// centrally-run city's.
func (p *pass) subject(mw *metaWork) (name string, provincial bool) {
	ms := p.mentions(mw)
	var chosen *orgMention
	// A headline figure seldom names its organisation ("Thêm 7 giáo dân
	// được kết nạp"): then the first figure of the body may.
	head := p.headEnd()
	for k := range p.figs {
		if k > 0 {
			// Not past the body's first figure, nor past a figure said of
			// a whole area ("Toàn tỉnh kết nạp 288 đảng viên").
			g := &p.figs[k-1]
			if g.tok >= head || p.wholeCueIn(mw, p.sentStart(g.tok), p.sentEnd(g.tok)) >= 0 {
				break
			}
		}
		f := &p.figs[k]
		chosen = p.owner(ms, f)
		if chosen == nil {
			for j := len(ms) - 1; j >= 0; j-- {
				// "Đảng bộ phường trực thuộc Tỉnh ủy, hiện có 42 chi bộ":
				// the figures are the phường's, not its parent's.
				if m := &ms[j]; m.tok < f.tok && p.sent[m.tok] == f.sent && !m.demoted && !p.parentAt(m.tok) {
					chosen = m
					break
				}
			}
		}
		if chosen != nil {
			break
		}
	}
	if chosen == nil {
		// An organisation the headline names, below the province, is
		// whose report it is: the province's bodies in the lead (a
		// guest's title "Trưởng Ban Tổ chức Tỉnh ủy", "Đảng bộ phường
		// trực thuộc Tỉnh ủy") do not make it the province's.
		for k := range ms {
			if m := &ms[k]; m.inHead && !m.demoted && !m.generic() && !m.provinceLevel() {
				chosen = m
				break
			}
		}
	}
	if chosen == nil || chosen.provinceLevel() {
		whole := wholeProvince
		if chosen == nil {
			whole = p.wholeCue(mw)
		}
		switch whole {
		case wholeProvince:
			return p.provinceOrg(ms, "Đảng bộ tỉnh"), true
		case wholeCity:
			// "toàn thành phố" is a province's only for a centrally-run
			// city, which the text then names.
			name := p.provinceOrg(ms, "")
			if name == "" {
				return "Đảng bộ thành phố", false
			}
			return name, true
		case wholeDistrict:
			return p.levelOrg(ms, "huyen", "Đảng bộ huyện"), false
		}
	}
	if chosen == nil && len(p.figs) > 0 {
		// A body of the organisation before the first figure: "Theo Ban
		// Tổ chức Tỉnh ủy Hải Dương, năm 2021 toàn tỉnh có ...".
		f := &p.figs[0]
		for k := len(ms) - 1; k >= 0; k-- {
			if m := &ms[k]; m.tok < f.tok && p.sent[m.tok] == f.sent {
				chosen = m
				break
			}
		}
	}
	if chosen == nil {
		for k := range ms {
			if ms[k].inHead && !ms[k].demoted {
				chosen = &ms[k]
				break
			}
		}
	}
	if chosen == nil {
		count := map[string]int{}
		bc := 0
		for k := range ms {
			key := strings.Join(ms[k].key, " ") + "|" + ms[k].level
			count[key]++
			if count[key] > bc {
				chosen, bc = &ms[k], count[key]
			}
		}
	}
	if chosen == nil {
		return "", false
	}
	if chosen.provinceLevel() {
		return p.provinceOrg(ms, "Đảng bộ tỉnh"), true
	}
	if chosen.generic() {
		if chosen.level == "tp" {
			// "Đảng bộ thành phố" of a centrally-run city: "Đảng bộ TP Cần Thơ".
			if name := p.provinceOrg(ms, ""); name != "" {
				return name, true
			}
		}
		return p.levelOrg(ms, chosen.level, p.name(chosen)), false
	}
	return p.name(fullMention(ms, chosen)), false
}

// parentAt reports whether the organisation at toks[i] follows "trực
// thuộc": it is the parent of the one named before.
func (p *pass) parentAt(i int) bool {
	return i >= 2 && p.toks[i-1].fold == "thuoc" && p.toks[i-2].fold == "truc"
}

// owner returns the organisation the first figure is said to belong to
// in its sentence: "637 đảng viên thuộc Đảng bộ tỉnh", "của toàn Đảng bộ".
func (p *pass) owner(ms []orgMention, f *found) *orgMention {
	for k := range ms {
		m := &ms[k]
		if m.tok <= f.tok || p.sent[m.tok] != f.sent || m.tok > f.tok+8 {
			continue
		}
		b := m.tok - 1
		if b >= 0 && p.toks[b].fold == "toan" {
			b--
		}
		if b >= 0 && (p.toks[b].fold == "thuoc" || p.toks[b].fold == "cua") {
			return m
		}
	}
	return nil
}

// fullMention returns the first mention of chosen's organisation with the
// longest name: "Huyện ủy Long Hồ" in the headline for "Đảng bộ huyện Long
// Hồ" later, "Đảng bộ Khối các cơ quan tỉnh" for "Đảng bộ Khối".
func fullMention(ms []orgMention, chosen *orgMention) *orgMention {
	best := chosen
	for k := range ms {
		m := &ms[k]
		if len(m.key) < len(chosen.key) || !prefixOf(chosen.key, m.key) {
			continue
		}
		// Of the longest, a letterhead in capitals ("HUYỆN UỶ ĐÔNG LĨNH")
		// gives way to the name as the text writes it.
		if len(m.key) > len(best.key) || len(m.key) == len(best.key) && (best.caps && !m.caps || best.caps == m.caps && m.tok < best.tok) {
			best = m
		}
	}
	return best
}

// prefixOf reports whether a is a prefix of b.
func prefixOf(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// provinceOrg names the province's organisation: its first mention with
// the province's name that is not a body of it ("Tỉnh ủy Đồng Nai", but
// not "Ban Tổ chức Tỉnh ủy Hải Dương"), else generic ("Đảng bộ tỉnh", or
// "Đảng bộ thành phố" for a centrally-run city).
func (p *pass) provinceOrg(ms []orgMention, generic string) string {
	for k := range ms {
		if m := &ms[k]; !m.demoted && !m.generic() && m.provinceLevel() {
			return p.name(m)
		}
	}
	// "Ban Chấp hành Đảng bộ tỉnh Thái Bình": the committee of the
	// Đảng bộ names it, as a body of the Tỉnh ủy does not.
	for k := range ms {
		if m := &ms[k]; m.demoted && !m.generic() && m.provinceLevel() && seq(p.toks, m.tok, "dang", "bo") && p.bodyOf(m.tok, "ban", "chap", "hanh") {
			return p.name(m)
		}
	}
	return generic
}

// bodyOf reports whether the words before toks[i] are those of a body:
// "Ban Chấp hành" before "Đảng bộ tỉnh …".
func (p *pass) bodyOf(i int, words ...string) bool {
	return i >= len(words) && seq(p.toks, i-len(words), words...)
}

// levelOrg names a generic organisation by the one organisation of its
// level the text names ("Đảng bộ huyện Tràng Định" for "ĐẢNG BỘ HUYỆN"),
// or only names through a body of it, or by generic when it names none
// or several.
func (p *pass) levelOrg(ms []orgMention, level, generic string) string {
	// The organisation's own mentions first; else those of its bodies
	// ("Ban Tổ chức Huyện ủy Krông Pắc" names "Huyện ủy Krông Pắc").
	for _, bodies := range [...]bool{false, true} {
		var one *orgMention
		for k := range ms {
			m := &ms[k]
			// A province's is named as the text writes it, or generic
			// (provinceOrg): not through its bodies.
			if m.demoted != bodies || m.generic() || m.level != level || bodies && m.provinceLevel() {
				continue
			}
			if one != nil && !prefixOf(one.key, m.key) && !prefixOf(m.key, one.key) {
				return generic
			}
			if one == nil {
				one = m
			}
		}
		if one != nil {
			return p.name(fullMention(ms, one))
		}
	}
	return generic
}

var (
	wholeProvinceCues = [][]string{
		{"toan", "tinh"}, {"truc", "thuoc", "tinh", "uy"}, {"ban", "to", "chuc", "tinh", "uy"},
		{"uy", "ban", "kiem", "tra", "tinh", "uy"}, {"ubkt", "tinh", "uy"},
		{"toan", "dang", "bo", "tinh"}, {"thuoc", "dang", "bo", "tinh"},
	}
	wholeCityCues = [][]string{
		{"toan", "thanh", "pho"}, {"truc", "thuoc", "thanh", "uy"}, {"ban", "to", "chuc", "thanh", "uy"},
		{"uy", "ban", "kiem", "tra", "thanh", "uy"}, {"ubkt", "thanh", "uy"},
	}
	wholeDistrictCues = [][]string{
		{"toan", "huyen"}, {"truc", "thuoc", "huyen", "uy"}, {"ban", "to", "chuc", "huyen", "uy"},
		{"uy", "ban", "kiem", "tra", "huyen", "uy"}, {"ubkt", "huyen", "uy"},
	}
)

// The cue lists of wholeCue, first the one that wins.
const (
	wholeProvince = iota
	wholeCity
	wholeDistrict
)

var wholeCues = [...][][]string{wholeProvince: wholeProvinceCues, wholeCity: wholeCityCues, wholeDistrict: wholeDistrictCues}

// wholeCueStarts holds the cues of wholeCues by their first word, each
// word's in the order of the lists.
var wholeCueStarts = func() *wordMap[[]listCue] {
	m := map[string][]listCue{}
	for k, cues := range wholeCues {
		for _, c := range cues {
			m[c[0]] = append(m[c[0]], listCue{k, c})
		}
	}
	return newWordMap(m)
}()

// listCue is a cue and the index of its list in wholeCues.
type listCue struct {
	list  int
	words []string
}

// wholeCue returns the first of wholeCues of which a cue stands in the
// headline or the lead (up to the end of the sentence of the first figure
// of the body), or -1.
func (p *pass) wholeCue(mw *metaWork) int {
	limit := len(p.toks)
	head := p.headEnd()
	for k := range p.figs {
		f := &p.figs[k]
		limit = p.sentEnd(f.tok)
		if f.tok >= head {
			break
		}
	}
	return p.wholeCueIn(mw, 0, limit)
}

// wholeCueIn returns the first of wholeCues of which a cue stands in
// toks[from:limit], or -1.
func (p *pass) wholeCueIn(mw *metaWork, from, limit int) int {
	found := len(wholeCues)
	for _, i := range mw.cues {
		i := int(i)
		if i < from {
			continue
		}
		if i >= limit || found == 0 {
			break
		}
		// The cues that open with the word, first list first.
		for _, c := range wholeCueStarts.at(p.toks[i].fold) {
			if c.list >= found {
				break
			}
			if _, ok := phraseAt(p.toks, i, +1, c.words); ok {
				found = c.list
				break
			}
		}
	}
	if found == len(wholeCues) {
		return -1
	}
	return found
}

// yearSource is a year written in the text that may date figures.
type yearSource struct {
	tok      int
	year, to int // to: a range's last year ("nhiệm kỳ 2015-2020")
	kind     yearKind
	termCue  bool // a range after "nhiệm kỳ" that is not a congress's name
	since    bool // after "kể từ [năm]"
}

type yearKind uint8

const (
	yearPlain   yearKind = iota
	yearCompare          // "so với cùng kỳ năm 2021": the figures are of the year after
	yearPlan             // "triển khai nhiệm vụ năm 2023": dates only the plans of its sentence
	yearLocal            // "vào năm 2020, đến nay", a name's term: dates only its own sentence (with a date line)
)

// docWords name documents whose dates are not the figures' year
// ("Chỉ thị số 03-CT/TW ngày 14/5/2011").
var docWords = [][]string{
	{"chi", "thi"}, {"nghi", "quyet"}, {"quyet", "dinh"}, {"quy", "dinh"}, {"huong", "dan"},
	{"ket", "luan"}, {"thong", "tri"}, {"cong", "van"}, {"thong", "bao"}, {"ke", "hoach", "so"},
}

// docStarts are the first words of docWords: a word that is none of them
// opens no document's name.
var docStarts = func() *wordClasses {
	wc := &wordClasses{}
	for _, w := range docWords {
		wc.add(w[0], 1)
	}
	return wc
}()

// trailingYear returns the year of 19xx or 20xx that a date or code such
// as "14/5/2011" ends with, all of its run of digits, or 0.
func trailingYear(s string) int {
	n := len(s)
	if n < 4 || !allDigits(s[n-4:]) || n > 4 && isDigit(s[n-5]) {
		return 0
	}
	if c := s[n-4 : n-2]; c != "19" && c != "20" {
		return 0
	}
	return atoi(s[n-4:])
}

// dayMonth reads the day and month that open a date such as "30/6/2020"
// or "30 - 6": each of one or two digits, all of its run.
func dayMonth(s string) (day, month string, ok bool) {
	e1 := digitRun(s, 0)
	if e1 == 0 || e1 > 2 {
		return "", "", false
	}
	j := skipSpace(s, e1)
	if j >= len(s) || !isDateSep(s[j]) {
		return "", "", false
	}
	j = skipSpace(s, j+1)
	e2 := digitRun(s, j)
	if e2 == j || e2-j > 2 {
		return "", "", false
	}
	return s[:e1], s[j:e2], true
}

// skipSpace returns the end of the white space at s[i:], as \s reads it.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// yearSources finds the years that date figures, leaving out those that
// do not: the years of an anniversary in brackets ("(7.11.1917 –
// 7.11.2017)", whose last year is kept as the document's year of last
// resort in anniv), a founding year ("thành lập năm 1930") and the date
// of a document ("Quy định số 45-QĐ/TW, ngày 01/11/2011").
func (p *pass) yearSources(mw *metaWork, srcs []yearSource) (_ []yearSource, anniv int) {
	next := 0 // the first token not read yet: a range reads three
	for _, i := range mw.years {
		i := int(i)
		if i < next {
			continue
		}
		t := &p.toks[i]
		next = i + 1
		y, to := 0, int(t.yearTo)
		switch {
		case t.year:
			y = int(t.value)
		case t.skip:
			y = trailingYear(p.nt.Norm[t.start:t.end])
		}
		if y == 0 {
			continue
		}
		start := i
		// "2020 - 2025": one range.
		if to == 0 && i+2 < len(p.toks) && (p.toks[i+1].fold == "-" || p.toks[i+1].fold == "–") && p.toks[i+2].year {
			to = int(p.toks[i+2].value)
			i += 2
			next = i + 1
		}
		if last, ok := p.inAnniversary(start, i); ok {
			if last {
				anniv = y
				if to != 0 {
					anniv = to
				}
			}
			continue
		}
		if p.founding(start) || p.documentDate(start) || t.skip && p.dateLine(start) || start == 1 && p.toks[0].fold == "date" || p.lifeYear(start) {
			continue
		}
		s := yearSource{tok: i, year: y, to: to}
		// The first words are compared before seq is called: most
		// tokens are none.
	cue:
		for k := start - 1; k >= 0 && k >= start-5 && p.sent[k] == p.sent[start]; k-- {
			switch f := p.toks[k].fold; {
			case f == "so" && seq(p.toks, k+1, "voi"), f == "neu" && p.word(k) == "nếu":
				// "so với năm 2017", "Nếu như năm 2017 …, thì năm nay":
				// the base of a comparison.
				s.kind = yearCompare
				break cue
			case f == "nhiem" && seq(p.toks, k+1, "vu"), f == "phuong" && seq(p.toks, k+1, "huong"), f == "ke" && seq(p.toks, k+1, "hoach"):
				s.kind = yearPlan
				break cue
			}
		}
		if b := start - 1; b >= 2 && p.toks[b].fold == "nam" && seq(p.toks, b-2, "ke", "tu") || b >= 1 && seq(p.toks, b-1, "ke", "tu") {
			s.since = true
		}
		if s.kind == yearPlain {
			for k := i + 1; k < len(p.toks) && k <= i+3 && p.sent[k] == p.sent[i]; k++ {
				if f := p.toks[k].fold; (f == "den" || f == "toi") && seq(p.toks, k+1, "nay") {
					s.kind = yearLocal
					break
				}
			}
		}
		if to != 0 && start >= 2 && seq(p.toks, start-2, "nhiem", "ky") {
			s.termCue = true
			congress := false
			for k := start - 3; k >= 0 && k >= start-14 && p.sent[k] == p.sent[start]; k-- {
				f := p.toks[k].fold
				if f == "dai" && seq(p.toks, k+1, "hoi") || f == "ban" && seq(p.toks, k+1, "chap", "hanh") {
					s.termCue, congress = false, true
					break
				}
				// "Báo cáo tại đại hội cho biết, nhiệm kỳ 2020-2025 ...": a
				// report of the term, not the name of a congress.
				if f == "cho" && seq(p.toks, k+1, "biet") || f == "neu" && seq(p.toks, k+1, "ro") || f == "nhan" && seq(p.toks, k+1, "manh") {
					break
				}
			}
			// The term of another organisation's name ("Chi bộ Trường
			// THCS Bình Châu nhiệm kỳ 2017 - 2020") dates no totals, and
			// only its own sentence.
			if b := start - 3; !congress && b >= 0 && p.toks[b].cap && p.toks[b].kind == tokWord && p.sentStart(b) != b {
				s.termCue = false
				if s.kind == yearPlain {
					s.kind = yearLocal
				}
			}
		} else if to != 0 && s.kind == yearPlain {
			// "vi phạm ... giai đoạn 2019 - 2023": a span that is no term
			// dates only its own sentence.
			s.kind = yearLocal
		}
		if s.kind == yearPlain && p.pipes && p.tableCellAt(i) {
			// A year in a table's cell ("70 năm tuổi Đảng | 1944 | 6",
			// a column "Năm vào Đảng") dates only its own row.
			s.kind = yearLocal
		}
		srcs = append(srcs, s)
	}
	return srcs, anniv
}

// inAnniversary reports whether the year tokens toks[i:j+1] stand in
// brackets with another year ("(1954 – 2014)"), and whether they are the
// last of them.
func (p *pass) inAnniversary(i, j int) (last, ok bool) {
	open, close := -1, -1
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if f := p.toks[k].fold; f == "(" {
			open = k
			break
		} else if f == ")" {
			return false, false
		}
	}
	for k := j + 1; k < len(p.toks) && k <= j+10; k++ {
		if f := p.toks[k].fold; f == ")" {
			close = k
			break
		} else if f == "(" {
			return false, false
		}
	}
	if open < 0 || close < 0 {
		return false, false
	}
	years, lastTok := 0, -1
	for k := open + 1; k < close; k++ {
		t := &p.toks[k]
		if t.kind == tokNum && (t.year || t.skip && trailingYear(p.nt.Norm[t.start:t.end]) != 0) {
			years++
			lastTok = k
			if t.yearTo != 0 {
				years++
			}
		}
	}
	if years < 2 {
		return false, false
	}
	return lastTok == j, true
}

// founding reports whether the year at toks[i] is a founding date
// ("thành lập năm 1930", "ra đời ngày 3/2/1930").
func (p *pass) founding(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		switch p.toks[k].fold {
		case "thanh":
			if seq(p.toks, k+1, "lap") && !seq(p.toks, k+2, "moi") {
				return true
			}
		case "ra":
			if seq(p.toks, k+1, "doi") {
				return true
			}
		}
	}
	return false
}

// dateLine reports whether the date at toks[i] stands on a short line of
// its own: the article's date line, not a date of its figures.
func (p *pass) dateLine(i int) bool {
	// Count no further than the limit: the line may be a paragraph.
	n := 0
	for k := i - 1; k >= 0 && p.toks[k].kind != tokNewline && n <= 8; k-- {
		n++
	}
	for k := i + 1; k < len(p.toks) && p.toks[k].kind != tokNewline && n <= 8; k++ {
		n++
	}
	return n <= 8
}

// documentDate reports whether the date at toks[i] is a document's
// ("Chỉ thị số 03-CT/TW ngày 14/5/2011").
func (p *pass) documentDate(i int) bool {
	if i == 0 || p.toks[i-1].fold != "ngay" && p.toks[i-1].fold != "," {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12 && p.sent[k] == p.sent[i]; k-- {
		if docStarts.classOf(p.toks[k].fold) == 0 {
			continue
		}
		for _, w := range docWords {
			if _, ok := phraseAt(p.toks, k, +1, w); ok {
				return true
			}
		}
	}
	return false
}

// partAt reads a part of the year at toks[i]: "6 tháng đầu năm" and "tính
// đến ngày 30-6" (H1), "9 tháng" and "đến 30/9" (9M), "quý I" (Q1).
func (p *pass) partAt(i int) string {
	t := &p.toks[i]
	if t.kind == tokNum {
		switch {
		case t.value == 6 && seq(p.toks, i+1, "thang", "dau", "nam"):
			return "H1"
		case t.value == 9 && seq(p.toks, i+1, "thang"):
			return "9M"
		case t.skip && i > 0 && (p.toks[i-1].fold == "den" || p.toks[i-1].fold == "ngay" && i > 1 && p.toks[i-2].fold == "den"):
			if d, m, ok := dayMonth(p.nt.Norm[t.start:t.end]); ok {
				switch {
				case d == "30" && (m == "6" || m == "06"):
					return "H1"
				case d == "30" && (m == "9" || m == "09"):
					return "9M"
				case d == "31" && (m == "3" || m == "03"):
					return "Q1"
				}
			}
		}
		return ""
	}
	switch {
	case t.fold == "sau" && seq(p.toks, i+1, "thang", "dau", "nam"):
		return "H1"
	case t.fold == "chin" && seq(p.toks, i+1, "thang"):
		return "9M"
	case t.fold == "quy" && i+1 < len(p.toks) && p.toks[i+1].kind != tokNum:
		switch p.toks[i+1].fold {
		case "i":
			return "Q1"
		case "ii":
			return "Q2"
		case "iii":
			return "Q3"
		case "iv":
			return "Q4"
		}
	}
	return ""
}

// periodMarks holds what dates the figures: the year sources and the
// parts of the year written in the text, in text order, so that each
// figure finds the last of them before it by binary search.
type periodMarks struct {
	srcs     []yearSource
	anniv    int        // the last year of an anniversary's brackets, or 0
	parts    []partMark // the parts of the year ("6 tháng đầu năm")
	leadPart string     // the part of the year of the headline and lead
	leadYear string     // the year written with it, if any
	pubYear  string     // the date line's year
	pubNum   int        // pubYear's value, when pubOK
	pubOK    bool
	joined   []joinedPeriod // periods made of two parts, made once each
}

// partMark is a part of the year that toks[tok] opens.
type partMark struct {
	tok  int
	part string
}

// joinedPeriod is a period "a-b" such as "2014-H1" or "2015-2020".
type joinedPeriod struct{ a, b, ab string }

func (p *pass) periodMarks(mw *metaWork, pubYear string) *periodMarks {
	n := len(p.toks)
	m := &mw.marks
	*m = periodMarks{srcs: m.srcs[:0], parts: m.parts[:0], joined: m.joined[:0], pubYear: pubYear}
	m.srcs, m.anniv = p.yearSources(mw, m.srcs)
	srcs := m.srcs
	m.pubNum, m.pubOK = yearNumber(pubYear)
	for _, i := range mw.parts {
		if pt := p.partAt(int(i)); pt != "" {
			m.parts = append(m.parts, partMark{int(i), pt})
		}
	}
	if len(m.parts) == 0 {
		return m
	}
	// The lead's part of the year: in the headline block or the first
	// sentence of the body.
	head := p.headEnd()
	end := n
	if head < n {
		end = p.sentEnd(head)
	}
	if i := m.parts[0].tok; i < end {
		m.leadPart = m.parts[0].part
		for _, s := range srcs {
			if p.sent[s.tok] == p.sent[i] && s.kind == yearPlain && s.to == 0 {
				m.leadYear = yearString(s.year)
				break
			}
		}
	}
	return m
}

// yearNumber reads a year as strconv.Atoi does.
func yearNumber(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// lastSource returns the index of the last year source before toks[i], or
// -1; with facts, the last that is not a plan's nor after the date
// line's year; not a local one (yearLocal) of an earlier sentence when
// the text has a date line.
func (m *periodMarks) lastSource(p *pass, i int, facts bool) int {
	k := sort.Search(len(m.srcs), func(h int) bool { return m.srcs[h].tok >= i }) - 1
	for k >= 0 {
		switch s := &m.srcs[k]; {
		case facts && s.kind == yearPlan:
		case facts && m.pubOK && s.year > m.pubNum:
			// A year after the date line's ("chuẩn bị đại hội nhiệm kỳ
			// 2025 - 2030" in 2024) dates plans, not results.
		case s.since && m.pubOK && s.year < m.pubNum-25:
			// History: "đợt sắp xếp lớn nhất kể từ năm 1945".
		case s.kind == yearLocal && m.pubOK && p.sent[s.tok] != p.sent[i]:
			// "Từ chỗ có 46 xóm trắng vào năm 2020, đến nay ...": past
			// its sentence the year dates nothing.
		default:
			return k
		}
		k--
	}
	return k
}

// partBefore returns the part of the year written before toks[i] in its
// sentence, the last one if several.
func (m *periodMarks) partBefore(p *pass, i int) string {
	lo := sort.Search(len(m.parts), func(h int) bool { return m.parts[h].tok >= i })
	if lo > 0 && p.sent[m.parts[lo-1].tok] == p.sent[i] {
		return m.parts[lo-1].part
	}
	return ""
}

// comparison returns the first comparison's base in sentence sent ("so
// với năm 2017").
func (m *periodMarks) comparison(p *pass, sent int) (int, bool) {
	for k := range m.srcs {
		switch ss := p.sent[m.srcs[k].tok]; {
		case ss > sent:
			return 0, false
		case ss == sent && m.srcs[k].kind == yearCompare:
			return k, true
		}
	}
	return 0, false
}

// join returns a + "-" + b, made once per document.
func (m *periodMarks) join(a, b string) string {
	for _, j := range m.joined {
		if j.a == a && j.b == b {
			return j.ab
		}
	}
	ab := a + "-" + b
	m.joined = append(m.joined, joinedPeriod{a, b, ab})
	return ab
}

// yearStrings holds the years a text may date its figures with, written.
var yearStrings = func() (ys [202]string) {
	for i := range ys {
		ys[i] = strconv.Itoa(1900 + i)
	}
	return ys
}()

// yearString is strconv.Itoa(y) without an allocation for a likely year.
func yearString(y int) string {
	if y >= 1900 && y-1900 < len(yearStrings) {
		return yearStrings[y-1900]
	}
	return strconv.Itoa(y)
}

// schoolHead holds the words after which a person's name is a school's
// ("Trường THPT Phan Đăng Lưu"), not a secretary's after the organisation.
var schoolHead = map[string]bool{"thpt": true, "thcs": true, "th": true, "truong": true, "hoc": true, "non": true, "ptdtnt": true, "ptdtbt": true}

// schoolName reports whether a school's head stands in toks[from:j], at
// most two words before j: a person's name there is the school's
// ("Trường THPT Phan Đăng Lưu"); one after it is a secretary's.
func (p *pass) schoolName(from, j int) bool {
	for k := max(from, j-2); k < j; k++ {
		if schoolHead[p.toks[k].fold] {
			return true
		}
	}
	return false
}

// lifeYear reports whether the year at toks[i] is a person's: of birth
// ("SN 1968", "sinh năm 1926") or of joining the Party ("vào Đảng năm
// 1947", "vào Đảng tháng 8/1947").
func (p *pass) lifeYear(i int) bool {
	j := i - 1
	if j >= 0 && p.toks[j].fold == "sn" {
		return true
	}
	if j >= 1 && p.toks[j].fold == "nam" && p.toks[j-1].fold == "sinh" {
		return true
	}
	for k := j; k >= 1 && k >= i-4; k-- {
		if p.toks[k].fold == "dang" && p.toks[k-1].fold == "vao" {
			return true
		}
	}
	return false
}

// periodVote is the weight of one period and the token that first voted
// for it.
type periodVote struct {
	period string
	w, at  int
}

// period decides what year or part of a year most figures refer to; a
// target counts half as much as a result.
func (p *pass) period(published string, mw *metaWork) string {
	pubYear := ""
	if len(published) >= 4 {
		pubYear = published[:4]
	}
	marks := p.periodMarks(mw, pubYear)
	if pubYear == "" && marks.anniv != 0 {
		// Undated: the anniversary's year ("(1917 – 2017)") is the report's.
		pubYear = strconv.Itoa(marks.anniv)
		marks.pubYear = pubYear
		marks.pubNum, marks.pubOK = yearNumber(pubYear)
	}
	// A text has a few periods: a slice beats a map.
	var buf [8]periodVote
	votes := buf[:0]
	vote := func(v string, w int, at int) {
		if v == "" {
			return
		}
		for k := range votes {
			if votes[k].period == v {
				votes[k].w += w
				return
			}
		}
		votes = append(votes, periodVote{v, w, at})
	}
	for k := range p.figs {
		f := &p.figs[k]
		w := 2
		if f.Modality == Target {
			w = 1
		}
		vote(p.figurePeriod(f, marks), w, f.tok)
	}
	if len(votes) == 0 {
		// No dated figures: the year most written in the text.
		for _, s := range marks.srcs {
			if s.kind == yearPlain && s.to == 0 {
				vote(yearString(s.year), 1, s.tok)
			}
		}
		if len(votes) == 1 {
			return votes[0].period
		}
	}
	if len(votes) == 0 {
		return pubYear
	}
	// The most votes, then the first voted.
	best := votes[0]
	for _, v := range votes[1:] {
		if v.w > best.w || v.w == best.w && v.at < best.at {
			best = v
		}
	}
	return best.period
}

// figurePeriod finds the period of one figure: the nearest year before it
// in its sentence or shortly before (a plan's year only for a target of
// its own sentence; the year after a comparison's base); a term
// ("nhiệm kỳ 2015-2020, ... kết nạp") for the term's totals, a
// congress's year for its own figures; a part of the year from its
// sentence or the lead; else the date line's year.
func (p *pass) figurePeriod(f *found, m *periodMarks) string {
	year := ""
	fromText := false
	k := m.lastSource(p, f.tok, f.Modality != Target)
	if k < 0 || m.srcs[k].tok < p.sentStart(f.tok)-80 {
		// "kết nạp 200 đảng viên, tăng 5 so với năm 2017": the base
		// after the figures dates them too. Else, far from any year,
		// the last one written before still dates the report better
		// than its date line.
		if c, ok := m.comparison(p, f.sent); ok {
			k = c
		}
	}
	if k >= 0 {
		s := m.srcs[k]
		fromText = true
		year = yearString(s.year)
		switch {
		case s.kind == yearCompare && s.to != 0 && m.pubOK && m.pubNum >= s.year && m.pubNum <= s.to:
			// "tăng 612 đảng viên so với đầu nhiệm kỳ 2015-2020": now,
			// within the term.
			year = m.pubYear
		case s.kind == yearCompare:
			year = yearString(s.year + 1)
		case s.to != 0 && s.termCue && !strings.HasPrefix(f.Metric, "congress."):
			return m.join(year, yearString(s.to))
		case s.to != 0 && k > 0 && !strings.HasPrefix(f.Metric, "congress.") && p.sent[s.tok] != f.sent &&
			m.srcs[k-1].kind == yearPlain && m.srcs[k-1].to == 0 && p.sent[m.srcs[k-1].tok] == p.sent[s.tok]:
			// "Năm 2015 cũng là năm các tổ chức đảng tiến hành đại hội
			// nhiệm kỳ 2015 - 2020. … kết nạp 163 đảng viên": the year
			// written before a term in its sentence dates what follows.
			year = yearString(m.srcs[k-1].year)
		case s.to != 0:
			// A congress's figures, or figures beside a term's name
			// ("Ban Chấp hành nhiệm kỳ 2020 - 2025 gồm 72"), belong to the
			// date line's year within the term, else to the term's first.
			if m.pubOK && m.pubNum >= s.year && m.pubNum <= s.to {
				year = m.pubYear
			}
		}
	}
	part := m.partBefore(p, f.tok)
	if year == "" {
		year = m.pubYear
		if m.leadYear != "" && part == "" {
			year = m.leadYear
		}
	}
	if year == "" {
		return ""
	}
	if part == "" && m.leadPart != "" && (year == m.leadYear || m.leadYear == "" && (!fromText || year == m.pubYear || m.pubYear == "")) {
		part = m.leadPart
	}
	if part != "" {
		return m.join(year, part)
	}
	return year
}

// seq reports whether the tokens at i read words (numbers by their value).
func seq(toks []token, i int, words ...string) bool {
	for k, w := range words {
		if i+k >= len(toks) {
			return false
		}
		t := &toks[i+k]
		if t.kind == tokNum {
			// Only a word that opens like a number can read one: format
			// the number for no other.
			if w == "" || !isDigit(w[0]) && w[0] != '-' && w[0] != '+' && w[0] != 'N' ||
				strconv.FormatFloat(t.value, 'f', -1, 64) != w {
				return false
			}
			continue
		}
		// Most words differ in length or first byte: compare those
		// before calling for the bytes.
		if f := t.fold; len(f) != len(w) || len(f) > 0 && f[0] != w[0] || f != w {
			return false
		}
	}
	return true
}
