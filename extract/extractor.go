package extract

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/solieu/solieu/normalize"
)

// Options configure an Extractor. The zero value means the defaults.
type Options struct {
	// Rules replaces the built-in rules; nil means DefaultRules. Use
	// (*Rules).Merge to extend the built-in rules instead.
	Rules *Rules
	// Taxonomy replaces the built-in taxonomy; nil means DefaultTaxonomy.
	Taxonomy *Taxonomy
	// Abbrevs replaces the built-in abbreviation list ("ĐV = đảng viên");
	// nil means normalize.DefaultAbbrevs.
	Abbrevs []normalize.Abbrev
}

// Extractor finds the figures of documents. It is safe for concurrent use.
type Extractor struct {
	rules *Rules
	tax   *Taxonomy
	exp   *normalize.Expander
	// ruleMI is each rule's metric's index in tax, by the rule's rank,
	// or noIndex for a metric it lacks; totalOnly says by index which
	// metrics are total only (Rules.totalOnly). Both spare a string
	// look-up per figure.
	ruleMI    []int32
	totalOnly []bool
}

// noIndex marks a metric that is not in the taxonomy.
const noIndex = math.MinInt32

// New returns an Extractor with the given options.
func New(opts Options) (*Extractor, error) {
	x := &Extractor{rules: opts.Rules, tax: opts.Taxonomy}
	if x.rules == nil {
		x.rules = DefaultRules()
	}
	if x.tax == nil {
		x.tax = DefaultTaxonomy()
	}
	ab := opts.Abbrevs
	if ab == nil {
		ab = normalize.DefaultAbbrevs()
	}
	x.exp = normalize.NewExpander(ab)
	x.ruleMI = make([]int32, len(x.rules.rank))
	for k, ru := range x.rules.rank {
		x.ruleMI[k] = noIndex
		if i := x.tax.Index(ru.metric); i >= 0 {
			x.ruleMI[k] = int32(i)
		}
	}
	x.totalOnly = make([]bool, len(x.tax.Metrics))
	for i, m := range x.tax.Metrics {
		x.totalOnly[i] = x.rules.totalOnly[m.Key]
	}
	return x, nil
}

// Extract fills d's Figures and Checks from d.Text, and its Subject,
// Province, Period and Published where they are empty. Every figure's
// Span indexes d.Text and d.Text[Span[0]:Span[1]] == Evidence.
func (x *Extractor) Extract(d *Document) {
	d.Figures, d.Checks = nil, nil
	if d.Text == "" {
		return
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.put()
	// The normalized text lives in the scratch's buffer: nothing that
	// Extract leaves in d may point into it (TestNoAliasing).
	nt := x.exp.NormalizeInto(&sc.norm, d.Text, normalize.Options{})
	if len(nt.Norm) > maxText {
		d.Errors = append(d.Errors, fmt.Sprintf("text of %d bytes is over the %d that one document may hold", len(nt.Norm), maxText))
		return
	}
	p := &sc.pass
	sc.lexer.orig = nt
	p.begin(x, d, nt, sc.lexer.lex(nt.Norm, p.toks[:0]))
	sc.lexer.orig = nil
	p.related()
	p.index()
	p.figures()
	p.totalsOnly()
	p.dedupe()
	// The document's fields before the figures are handed out: a figure's
	// metric can depend on the report's subject (relabel).
	x.fillMeta(d, p)
	d.Figures = make([]Figure, len(p.figs))
	for i := range p.figs {
		d.Figures[i] = p.figs[i].Figure
	}
	d.Checks = x.checks(p.figs)
}

// maxText is the longest normalized text Extract reads: token offsets
// are int32.
const maxText = math.MaxInt32

// scratch is the work of one Extract call, kept for the next one with all
// its buffers: a text's tokens alone take some fifteen times its size, and
// allocating them anew for every document made the garbage collector a
// fifth of the run.
type scratch struct {
	norm  normalize.Buffer
	lexer lexer
	pass  pass
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// begin readies a pass, kept from an earlier document or new, for the
// document d with normalized text nt and tokens toks.
func (p *pass) begin(x *Extractor, d *Document, nt *normalize.Text, toks []token) {
	p.x, p.d, p.nt, p.toks = x, d, nt, toks
	p.sent, p.bounds = sentencesInto(toks, p.sent, p.bounds[:0])
	p.figs, p.arena = p.figs[:0], p.arena[:0]
	p.feas = p.feas[:0]
	p.sides = p.sides[:0]
	p.sideAt = slices.Grow(p.sideAt[:0], len(toks))[:len(toks)]
	p.noVeto, p.sub, p.head, p.unknown = false, false, 0, 0
	p.ctxSent, p.ctxOK = 0, false
	p.lineAt = 0
	p.pipes = strings.ContainsAny(nt.Norm, "|\t") // a tab parts cells too (tabCells)
	p.cellMemo = p.cellMemo[:0]
	p.secBuilt = false
}

// related marks the numbers of the other articles a page lists under
// "Tin liên quan", "Bài viết liên quan", "Xem thêm" and the like as no
// figures: their headlines ("- Bạc Liêu kết nạp hơn 1.100 đảng viên mới")
// are another report's. The list runs from the line after the cue to a
// blank line or a paragraph, ten lines at most.
func (p *pass) related() {
	// A line opens a sentence: the sentences' starts are the places to
	// look, a few for every hundred tokens.
	for _, b := range p.bounds {
		i := b[0] - 1 // the newline before the line, if any
		if i < 0 || p.toks[i].kind != tokNewline || i+1 >= len(p.toks) {
			continue
		}
		// The cue's line, short: "Tin liên quan:", "Bài viết liên quan",
		// "Xem thêm:", "Tin cùng chuyên mục".
		f := p.toks[i+1].fold
		if f != "tin" && f != "bai" && f != "xem" && f != "doc" && f != "cac" {
			continue
		}
		j := i + 1
		for j < len(p.toks) && p.toks[j].kind != tokNewline && j-i <= 6 {
			j++
		}
		if j >= len(p.toks) || p.toks[j].kind != tokNewline || !relatedCue(p.toks[i+1:j]) {
			continue
		}
		p.skipLines(j)
	}
}

// relatedCue reports whether a line's tokens are a cue of related
// articles, a colon after them or not.
func relatedCue(line []token) bool {
	if n := len(line); n > 0 && line[n-1].fold == ":" {
		line = line[:n-1]
	}
	for _, c := range relatedCues {
		if len(c) == len(line) {
			if _, ok := phraseAt(line, 0, +1, c); ok {
				return true
			}
		}
	}
	return false
}

// relatedCues open a page's list of other articles.
var relatedCues = [][]string{
	{"tin", "lien", "quan"}, {"bai", "lien", "quan"}, {"bai", "viet", "lien", "quan"},
	{"tin", "bai", "lien", "quan"}, {"tin", "cung", "chuyen", "muc"}, {"tin", "khac"},
	{"xem", "them"}, {"doc", "them"}, {"tin", "moi", "hon"}, {"tin", "da", "dua"},
	{"cac", "tin", "khac"}, {"cac", "tin", "lien", "quan"}, {"cac", "bai", "lien", "quan"}, {"cac", "bai", "viet", "lien", "quan"},
	// The district and commune sites' lists: "Bài viết cùng chuyên mục:",
	// "Các tin đã đưa:", "Tin mới".
	{"bai", "viet", "cung", "chuyen", "muc"}, {"bai", "cung", "chuyen", "muc"}, {"tin", "khac", "cung", "chuyen", "muc"},
	{"cac", "tin", "da", "dua"}, {"cac", "bai", "da", "dua"}, {"tin", "moi"}, {"tin", "moi", "nhat"}, {"cac", "tin", "moi"},
	{"tin", "cung", "loai"}, {"tin", "bai", "khac"}, {"bai", "viet", "khac"}, {"cac", "bai", "viet", "khac"}, {"cac", "bai", "khac"},
}

// skipLines marks the numbers of the lines after the newline toks[i] up
// to a blank line or a paragraph as no figures.
func (p *pass) skipLines(i int) {
	for n := 0; n < 10 && i < len(p.toks) && p.toks[i].kind == tokNewline; n++ {
		j := i + 1
		for j < len(p.toks) && p.toks[j].kind != tokNewline {
			j++
		}
		if j == i+1 || j-i > 40 {
			return // a blank line, a paragraph
		}
		for k := i + 1; k < j; k++ {
			if p.toks[k].kind == tokNum {
				p.toks[k].skip = true
			}
		}
		i = j
	}
}

// put returns sc to the pool, letting go of the document. The tokens
// still point into the last text until they are overwritten, which keeps
// that one text alive, no more. Buffers grown beyond a large document are
// let go, so that one huge input does not pin its memory for the rest of a
// run.
func (sc *scratch) put() {
	const keep = 1 << 17 // tokens: a document of some 600 KB
	if cap(sc.pass.toks) > keep {
		*sc = scratch{}
		scratchPool.Put(sc)
		return
	}
	p := &sc.pass
	// Only the figures this document had hold its strings: clearing the
	// whole array, while the garbage collector marks, costs a barrier over
	// all of it.
	clear(p.figs[:p.figTop])
	p.figTop = 0
	p.x, p.d, p.nt = nil, nil, nil
	sc.lexer.reset()
	scratchPool.Put(sc)
}

// sentences returns the sentence number of every token.
func sentences(toks []token) []int {
	s, _ := sentencesInto(toks, nil, nil)
	return s
}

// sentencesInto is sentences reusing buf, also appending to bounds each
// sentence's first token and the token after its last.
func sentencesInto(toks []token, buf []int, bounds [][2]int) ([]int, [][2]int) {
	out := slices.Grow(buf[:0], len(toks))[:len(toks)]
	n, start := 0, 0
	for i := range toks {
		out[i] = n
		// A run of breaks (". \n\n") ends one sentence, not several.
		if toks[i].brk == sentBrk && (i+1 == len(toks) || toks[i+1].brk != sentBrk) {
			n++
			bounds = append(bounds, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		bounds = append(bounds, [2]int{start, len(toks)})
	}
	return out, bounds
}

// found is a figure with the token positions it came from.
type found struct {
	Figure
	tok     int // the number's token
	lo, hi  int // evidence tokens
	sent    int
	denOnly bool // the denominator of "X/Y" whose X is no figure
	neg     bool // a decrease read from the word before the number
	// provincial is the metric the figure takes in a province's report
	// (rule option provincial=), or "".
	provincial string
	whole      bool // a total of its own (rule option whole=yes)
	// mi is Metric's index in the taxonomy, or for a metric not in it a
	// negative number of the document's own (metricIndex).
	mi int32
}

// pass is the work on one document.
type pass struct {
	x    *Extractor
	d    *Document
	nt   *normalize.Text
	toks []token
	sent []int
	// lineAt is one past the last token lineOf was asked about, 0 for
	// none; lineFrom is where its line starts.
	lineAt, lineFrom int
	// secs are the token ranges of the sections under a heading of
	// targets (targetSection), found once a document (secBuilt).
	secs     [][2]int
	secBuilt bool
	// cellMemo holds the rules tableCell found by column.
	cellMemo []cellMemo
	figs     []found
	used     []bool // tokens consumed as badge tiers or range starts
	// ctxSent is one past the start of the line context last looked at,
	// ctxFound its last context phrase read if ctxOK (its tok the
	// phrase's last word), ctxScan where its reading stopped. (A flag, not a pointer into the
	// pass: that would move every sub-pass to the heap.)
	ctxSent  int
	ctxScan  int
	ctxOK    bool
	ctxFound found
	cand     bitset // scratch: candidate rules of one number
	cand2    bitset // scratch: those of the words after "trở lên"
	// bounds holds each sentence's first token and the token after its
	// last; targetFrom the end of its first target cue (or a large value;
	// -1 until targetEnd reads the sentence).
	bounds     [][2]int
	targetFrom []int
	noVeto     bool // match without veto rules (a ratio's denominator)
	noSplit    bool // match without ratio=split rules (their ratio's denominator)
	// feas holds per sentence the rules its words leave (sentFeasible),
	// built on demand in arena with the work fw.
	feas  []bitset
	arena []uint64
	fw    *feasWork
	// sides holds for each number of the sentences feas has read the
	// groups before it (appendFeasible), at sideAt[token].
	sides  []uint64
	sideAt []int32
	subs   *subScratch
	dd     *dedupeSets
	// leftMemo holds the left sides matched for the current number,
	// valid while their gen is gen.
	leftMemo []sideMemo
	gen      uint32
	// sub marks a pass over words put together to read a table cell, a
	// label or a list's lead-in: it matches rules only, so that such
	// readings never nest.
	sub bool
	// outer is, in a sub-pass over a label and its number, the figure
	// before the number in the text (labelValue): the context that
	// rules with after= look for ("Trong số đảng viên mới có:" over "-
	// Nữ: 1.012 đồng chí"). In a pass over the text, and as a sub-pass's
	// own setting, it is nil.
	outer *found
	// subOuter is what labelValue gives its sub-passes as outer (a copy:
	// a pointer into the pass itself would move every sub-pass to the
	// heap), when hasOuter.
	subOuter found
	hasOuter bool
	// head is headEnd()+1 once computed.
	head int
	// unknown is the last number metricIndex gave a metric not in the
	// taxonomy.
	unknown int32
	// pipes tells whether the text has a '|', without which no number is
	// in a table (tableCell).
	pipes bool
	// figTop is the most figures figs held: the ones put must clear.
	figTop int
}

// index readies the per-sentence answers: where each sentence's first
// target cue ends is found when a number of the sentence first asks
// (targetEnd), so that sentences without figures are not read for it.
func (p *pass) index() {
	n := len(p.bounds)
	p.targetFrom = slices.Grow(p.targetFrom[:0], n)[:n]
	for s := range p.targetFrom {
		p.targetFrom[s] = -1 // not read yet
	}
}

// targetEnd returns where the first target cue of sentence s ends, or a
// value past every token.
func (p *pass) targetEnd(s int) int {
	if v := p.targetFrom[s]; v >= 0 {
		return v
	}
	v := len(p.toks) + 1
	for j := p.bounds[s][0]; j < p.bounds[s][1]; j++ {
		// Most words open no cue: they are passed without a call.
		if !targetFirst.has(p.toks[j].id) {
			continue
		}
		if end, ok := p.cueAt(j); ok {
			v = min(v, end)
		}
	}
	p.targetFrom[s] = v
	return v
}

// cueAt reports whether a target cue starts at toks[j] within its
// sentence, and returns the end of the shortest one.
func (p *pass) cueAt(j int) (int, bool) {
	// Only words have the ids of the cues' first words.
	if !targetFirst.has(p.toks[j].id) {
		return 0, false
	}
	v, found := 0, false
	id := p.toks[j].id
	for c, ids := range targetCueIDs {
		if ids[0] != id {
			continue
		}
		end, ok := idsAt(p.toks, j, +1, ids)
		if !ok || p.sent[end-1] != p.sent[j] || p.achievement(j) {
			continue
		}
		if !p.cueFits(c, j) {
			continue
		}
		if !found || end < v {
			v, found = end, true
		}
	}
	return v, found
}

// candidate is the best rule match for one number.
type candidate struct {
	ru       *rule
	score    int
	lo, hi   int
	y        int
	inherit  *found
	fromList bool
	// change: the figure is a change of inherit's metric, negative when
	// neg (a table's "Tăng/giảm" column).
	change, neg bool
	target      bool // a table's "Kế hoạch" column

	leftLits int
	pos      int  // the rule's position in the rules file
	denOnly  bool // the figure is the ratio's denominator alone
}

func (p *pass) figures() {
	p.used = append(p.used[:0], make([]bool, len(p.toks))...)
	pipe := false // a '|' before on the number's line: it may be a table's
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tokNum {
			// Only a text with a '|' (p.pipes) has tables to track: most
			// have none, and the test of every token went either way.
			if p.pipes {
				if t.kind == tokNewline {
					pipe = false
				} else if t.fold == "|" {
					pipe = true
				}
			}
			continue
		}
		if t.skip || t.year || p.used[i] {
			continue
		}
		// "từ X đến Y đảng viên": X is read with Y's rule.
		if j, ok := p.rangeEnd(i); ok {
			c, ok := p.bestAt(j, i-1)
			if !ok || c.ru == nil || c.ru.veto {
				continue
			}
			p.used[j] = true
			p.rangeScale(i, j)
			lo := p.emit(i, c, ">=")
			p.emit(j, c, "<=")
			if lo >= 0 {
				p.figs[len(p.figs)-1].lo = p.figs[lo].lo
				p.figs[lo].hi = p.figs[len(p.figs)-1].hi
				p.setSpan(lo)
				p.setSpan(len(p.figs) - 1)
			}
			continue
		}
		var c candidate
		var ok bool
		if pipe && p.inRowTable(i) {
			// A table with row labels: the rules would read across its
			// cells ("Tổng số đảng viên (người) | 1.388 | 1.426 | +38").
			c, ok = p.tableCell(i)
		} else if c, ok = p.best(i); !ok {
			c, ok = p.tableCell(i)
		}
		// "9/11 đảng bộ ... đạt": a veto of the units meeting a condition
		// leaves the total, the denominator, to the other rules.
		if ok && c.ru != nil && c.ru.veto && c.ru.keepDen && t.hasDen {
			p.noVeto = true
			c, ok = p.best(i)
			p.noVeto = false
			if ok && c.ru != nil && !c.ru.veto {
				c.denOnly = true
			}
		}
		if !ok || (c.ru != nil && c.ru.veto) {
			continue
		}
		// "hơn 400 đại biểu tham dự" a conference: delegates are a
		// congress's.
		if c.ru != nil && c.ru.metric == "congress.delegates" && !p.congressBefore(i) {
			continue
		}
		// "Trong 96 cán bộ thuộc diện Ban Thường vụ quản lý, có 19 đồng chí
		// hoàn thành xuất sắc nhiệm vụ": the grades of cadres are no
		// ratings of members.
		if c.ru != nil && strings.HasPrefix(c.ru.metric, "rating.members.") && p.cadresBefore(i) {
			continue
		}
		if c.ru != nil && c.ru.ratio == "split" && t.hasDen {
			// "584/652 tổ chức cơ sở đảng đạt trong sạch, vững mạnh": the
			// other rules read the 652, as a figure of its own. It goes
			// first, so that a share after the ratio ("chiếm 89,6%")
			// follows the 584.
			p.noSplit, p.noVeto = true, true
			d, ok := p.best(i)
			p.noSplit, p.noVeto = false, false
			if ok && d.ru != nil && !d.ru.veto && !d.ru.prev && d.inherit == nil {
				d.denOnly = true
				p.emit(i, d, "")
			}
		}
		p.emit(i, c, "")
	}
}

// rangeScale gives the first number of a range the scale word of the
// second: "từ 170 đến 185 nghìn" is 170 thousand to 185 thousand.
func (p *pass) rangeScale(i, j int) {
	a, b := &p.toks[i], &p.toks[j]
	text := p.nt.Norm[b.start:b.end]
	k := strings.LastIndexByte(text, ' ')
	if k < 0 || strings.ContainsAny(p.nt.Norm[a.start:a.end], " ") || a.percent || b.percent {
		return
	}
	var m float64
	switch normalize.Lower(text[k+1:]) {
	case "nghìn", "ngàn":
		m = 1e3
	case "triệu":
		m = 1e6
	case "tỷ", "tỉ":
		m = 1e9
	default:
		return
	}
	if a.value*m <= b.value && a.value < b.value/m*10 {
		a.value *= m
	}
}

// cadresBefore reports whether the count at toks[i], of "đồng chí" or
// "cán bộ", is of the cadres that a phrase before it in its sentence
// names: "cán bộ (lãnh đạo, quản lý) thuộc diện … quản lý", with no
// members ("đảng viên") named between.
func (p *pass) cadresBefore(i int) bool {
	if !seq(p.toks, i+1, "dong", "chi") && !seq(p.toks, i+1, "can", "bo") {
		return false
	}
	for k := i - 1; k >= p.sentStart(i); k-- {
		if seq(p.toks, k, "dang", "vien") {
			return false
		}
		if !seq(p.toks, k, "thuoc", "dien") {
			continue
		}
		// "cán bộ" up to five words before "thuộc diện".
		for j := k - 2; j >= max(k-7, p.sentStart(i)); j-- {
			if seq(p.toks, j, "can", "bo") {
				return true
			}
		}
	}
	return false
}

// congressBefore reports whether the event nearest before toks[i] that
// the text names is a congress ("đại hội"), not a conference, a ceremony
// or a meeting over video links ("hội nghị", "hội thảo", "lễ", "điểm
// cầu"), or a congress follows in its clause.
func (p *pass) congressBefore(i int) bool {
	// "6 đồng chí là đại biểu chính thức đi dự Đại hội": the congress
	// after the number, in its clause.
	for j := i + 1; j+1 < len(p.toks) && j <= i+12 && !p.toks[j].clauseBreak(); j++ {
		if p.toks[j].fold == "dai" && p.toks[j+1].fold == "hoi" {
			return true
		}
	}
	for j := i - 1; j > 0; j-- {
		switch p.toks[j].fold {
		case "hoi":
			if p.toks[j-1].fold == "dai" {
				return !p.massCongress(p.namedCongress(j - 1))
			}
			if j+1 < len(p.toks) && (p.toks[j+1].fold == "nghi" || p.toks[j+1].fold == "thao") {
				return false
			}
		case "cau":
			if p.toks[j-1].fold == "diem" {
				return false
			}
		case "le":
			if p.word(j) == "lễ" {
				return false
			}
		}
	}
	return false
}

// namedCongress returns where the name of the congress "Đại hội" at
// toks[j] starts: after it when it is named there ("Đại hội đại biểu Đảng
// bộ", "Đại hội Đoàn"), else after the last named one in the two
// sentences before, which a bare "Dự Đại hội có 1.000 đại biểu" goes back
// to; j+2 when there is none.
func (p *pass) namedCongress(j int) int {
	named := func(k int) bool {
		return k+2 < len(p.toks) && (p.toks[k+2].cap || p.toks[k+2].fold == "dai")
	}
	if named(j) {
		return j + 2
	}
	lo := p.bounds[max(p.sent[j]-2, 0)][0]
	for k := j - 2; k >= lo; k-- {
		if seq(p.toks, k, "dai", "hoi") && named(k) {
			return k + 2
		}
	}
	return j + 2
}

// massCongress reports whether the congress whose name starts at toks[j]
// (after "Đại hội") is a mass organisation's, not the party's: "Đại hội
// đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ X", "Đại hội Hội Nông
// dân tỉnh". The name is read up to six words, and stops at "Đảng".
func (p *pass) massCongress(j int) bool {
	for k := j; k < len(p.toks) && k < j+6 && !p.toks[k].clauseBreak(); k++ {
		switch t := p.toks; {
		case t[k].fold == "dang":
			return false
		case t[k].fold == "tncs", seq(t, k, "mat", "tran"), seq(t, k, "cong", "doan"), seq(t, k, "thanh", "nien"),
			seq(t, k, "phu", "nu"), seq(t, k, "nong", "dan"), seq(t, k, "cuu", "chien", "binh"):
			return true
		}
	}
	return false
}

// tableCell reads a number in a table row ("Đơn vị | Kết nạp | Tỷ lệ",
// then "Đảng bộ huyện X | 142 | 101,4%") with its column's header as the
// words before it, and "đảng viên" after it when the header names only
// the activity.
func (p *pass) tableCell(i int) (candidate, bool) {
	rowStart, hdr, col, ok := p.tableAt(i)
	if !ok {
		return candidate{}, false
	}
	if p.rowLabels(hdr) {
		return p.rowCell(i, rowStart, hdr, col)
	}
	// The cells of a column share the header's words: the rule they
	// read is found once a column (and a kind of number, share or count).
	num := p.toks[i]
	key := cellKey{hdr, col, num.percent}
	if !noCellMemo {
		for _, m := range p.cellMemo {
			if m.key == key {
				c := m.cand
				c.lo, c.hi = rowStart, i
				return c, m.ok
			}
		}
	}
	s := p.spare()
	cell := p.headerCell(s.label[:0], hdr, col)
	if len(cell) == 0 {
		return candidate{}, false
	}
	if !num.percent && shareHeader(cell) {
		// "Tỷ lệ (%)": the cell is a share of the figure before it in
		// its row ("Văn Yên | 230 | 52 | 22,6").
		if prev := p.prevFig(i); prev != nil && prev.tok >= rowStart && prev.Unit == UnitCount {
			p.toks[i].percent = true
			return candidate{lo: rowStart, hi: i, y: -1, inherit: prev}, true
		}
		return candidate{}, false
	}
	if !num.percent && p.changeHeader(cell) {
		// "Tăng/giảm so với 2023": the cell is a change of the count
		// before it in its row ("Hà Nội | 9.877 | 101,5 | -152").
		if prev := p.rowCount(rowStart); prev != nil && prev.Modality == Actual {
			return p.signedChange(i, rowStart, prev), true
		}
		return candidate{}, false
	}
	num.brk = 0
	s.label, s.tail = cell, append(s.tail[:0], num)
	if committeeHeader(cell) && objectIn(cell) == nil {
		// "| Ban Chấp hành (chỉ định) | Ban Thường vụ |": a column of a
		// committee counts its members, read as "Ban Thường vụ gồm 11 đồng
		// chí".
		g := committeeIDs
		cell = append(append(s.cell[:0], cell...), token{kind: tokWord, fold: "gom", id: g[0]})
		s.tail = append(s.tail, token{kind: tokWord, fold: "dong", id: g[1]}, token{kind: tokWord, fold: "chi", id: g[2]})
	} else if hasFolds(cell, "nhiem", "vu") && objectIn(cell) == nil {
		// "| Đảng bộ | TCCSĐ được xếp loại | HTXSNV | HTTNV |": a column
		// of a grade alone counts what another column names.
		s.tail = append(s.tail, p.tableUnit(hdr, col)...)
	}
	cand, ok := p.readLabel(cell, s.tail)
	// "Chi bộ | Đảng viên | Chỉ tiêu kết nạp 2026": a column of quotas.
	cand.target = targetHeader(cell)
	p.cellMemo = append(p.cellMemo, cellMemo{key, cand, ok})
	cand.lo, cand.hi = rowStart, i
	return cand, ok
}

// restatedTotal reports whether the number at toks[i] names a total to
// take its parts from: "Trong số 200 đại biểu, có 84 đại biểu nữ".
func (p *pass) restatedTotal(i int) bool {
	if i < 2 || p.toks[i-1].fold != "so" {
		return false
	}
	// "Trong tổng số 389 tổ chức cơ sở đảng, …" too.
	return p.toks[i-2].fold == "trong" || i >= 3 && p.toks[i-2].fold == "tong" && p.toks[i-3].fold == "trong"
}

// totalRow reports whether toks[i] stands in a table's total row ("Toàn
// tỉnh | 2.345 | 2.418", "Tổng cộng | 6 | 104"), whose cells restate the
// totals the text gave before them.
func (p *pass) totalRow(i int) bool {
	if !p.pipes || !p.tableCellAt(i) {
		return false
	}
	ls := p.cellsStart(i)
	switch f := p.toks[ls].fold; f {
	case "toan", "tong", "cong":
		return ls+1 < len(p.toks) && p.toks[ls+1].kind == tokWord || f == "cong"
	}
	return false
}

// tableCellAt reports whether toks[i] stands after a '|' on its line.
func (p *pass) tableCellAt(i int) bool {
	return hasPipe(p.toks[p.cellsStart(i):i])
}

// tableAt finds the table row that holds toks[i] after its first cell:
// the row's first token, its header line's, and the number's column.
func (p *pass) tableAt(i int) (rowStart, hdr, col int, ok bool) {
	if !p.pipes {
		return 0, 0, 0, false
	}
	rowStart = p.cellsStart(i)
	for j := rowStart; j < i; j++ {
		if p.toks[j].fold == "|" {
			col++
		}
	}
	if col == 0 || rowStart == 0 {
		return 0, 0, 0, false
	}
	// The header is the first line of the block of rows with '|'.
	hdr = rowStart
	for {
		prev := p.lineStart(hdr) - 1 // the newline before this line
		if prev <= 0 {
			break
		}
		start := p.cellsStart(prev)
		if start == prev || !hasPipe(p.toks[start:prev]) {
			break
		}
		hdr = start
	}
	// A total row without the running number of a "STT" column ("STT |
	// Đơn vị | Kết nạp", then "Toàn tỉnh | 2.418"): its cells start one
	// column on.
	if f := p.toks[hdr].fold; (f == "stt" || f == "tt") && hdr+1 < len(p.toks) && p.toks[hdr+1].fold == "|" && p.toks[rowStart].kind == tokWord {
		col++
	}
	return rowStart, hdr, col, hdr != rowStart
}

// inRowTable reports whether toks[i] stands in a table with row labels.
func (p *pass) inRowTable(i int) bool {
	_, hdr, _, ok := p.tableAt(i)
	return ok && p.rowLabels(hdr)
}

// sttColumn reports whether the table whose header line starts at
// toks[hdr] opens with a column of running numbers ("STT", "TT").
func (p *pass) sttColumn(hdr int) bool {
	f := p.toks[hdr].fold
	return (f == "stt" || f == "tt") && hdr+1 < len(p.toks) && p.toks[hdr+1].fold == "|"
}

// rowLabels reports whether the table whose header line starts at
// toks[hdr] names its metrics in its rows' first cells: "Chỉ tiêu | Kế
// hoạch | Thực hiện", "Nội dung | Năm 2016 | Năm 2017 | Tăng (+), giảm
// (-)", "Loại | TCCSĐ | Đảng viên", "Hình thức | Tổ chức đảng | Đảng viên",
// "Xếp loại đảng viên | Số lượng | Tỷ lệ".
func (p *pass) rowLabels(hdr int) bool {
	if p.sttColumn(hdr) {
		hdr += 2 // "STT | Hình thức kỷ luật | Tổ chức đảng | Đảng viên"
	}
	for _, w := range [][]string{{"chi", "tieu"}, {"noi", "dung"}, {"tieu", "chi"}, {"chi", "so"}, {"xep", "loai"}, {"muc", "xep", "loai"}, {"loai"}, {"hinh", "thuc"}, {"hinh", "thuc", "ky", "luat"},
		{"xep", "loai", "dang", "vien"}, {"xep", "loai", "to", "chuc", "co", "so", "dang"}, {"xep", "loai", "to", "chuc", "dang"}, {"xep", "loai", "chi", "bo"}, {"loai", "huy", "hieu"}} {
		if end, ok := phraseAt(p.toks, hdr, +1, w); ok && end < len(p.toks) && p.toks[end].fold == "|" {
			return true
		}
	}
	return false
}

// rowCell reads the number at toks[i], in column col of a table with
// row labels (rowLabels), with its row's first cell as the words before
// it ("Kết nạp đảng viên mới (người) | 130 | 142"; a "(%)" there makes
// it a share) and its column's header as its modality: a plan is a
// target, a "Tăng/giảm" column a signed change of the row's count.
func (p *pass) rowCell(i, rowStart, hdr, col int) (candidate, bool) {
	h := p.headerCell(p.spare().lead[:0], hdr, col)
	if p.changeHeader(h) || hasFolds(h, "+") && hasFolds(h, "-") {
		if hasFolds(h, "%") {
			p.toks[i].percent = true // "Tăng, giảm (%)": a change in percent
		}
		for k := len(p.figs) - 1; k >= 0 && p.figs[k].tok >= rowStart; k-- {
			if f := &p.figs[k]; f.Unit == UnitCount || p.toks[i].percent {
				return p.signedChange(i, rowStart, f), true
			}
		}
		return candidate{}, false
	}
	// The row's label, without its unit in brackets at the end, and
	// after its running number in a column "STT".
	if p.sttColumn(hdr) {
		for k := rowStart; k < i; k++ {
			if p.toks[k].fold == "|" {
				rowStart = k + 1
				break
			}
		}
	}
	end := rowStart
	for end < i && p.toks[end].fold != "|" {
		end++
	}
	lab := end
	share := false
	var unit []token // "(lớp)", "(tổ chức)": the noun of the row's counts
	if lab > rowStart && p.toks[lab-1].fold == ")" && p.toks[lab-1].match < 0 {
		open := lab - 1 + int(p.toks[lab-1].match)
		share = hasFolds(p.toks[open:lab], "%")
		if u := p.toks[open+1 : lab-1]; len(u) == 1 && u[0].fold == "lop" || len(u) == 2 && (seq(u, 0, "to", "chuc") || seq(u, 0, "chi", "bo") || seq(u, 0, "dang", "bo")) {
			unit = u
		}
		lab = open
	}
	if lab <= rowStart {
		return candidate{}, false
	}
	s := p.spare()
	label := s.label[:0]
	if c0 := p.headerCell(s.cell[:0], hdr, 0); hasFolds(c0, "huy", "hieu") && !hasFolds(p.toks[rowStart:lab], "huy", "hieu") {
		// "Loại Huy hiệu | Số đảng viên", then "75 năm tuổi Đảng | 3": the
		// rows are tiers of badges.
		for k := range c0 {
			if c0[k].fold == "huy" && k+1 < len(c0) && c0[k+1].fold == "hieu" {
				label = append(label, c0[k], c0[k+1])
				break
			}
		}
	}
	label = appendInClause(label, p.toks[rowStart:lab])
	if share && !p.toks[i].percent {
		p.toks[i].percent = true
	}
	target := targetHeader(h)
	// A column of shares ("Tỷ lệ (%)"): the share of the row's count.
	if shareHeader(h) {
		p.toks[i].percent = true
		if f := p.rowCount(rowStart); f != nil {
			return candidate{lo: rowStart, hi: i, y: -1, inherit: f}, true
		}
	}
	num := p.toks[i]
	num.brk = 0
	tail := append(s.tail[:0], num)
	// A column of a kind of unit ("Nội dung | Tổ chức đảng | Đảng viên",
	// "Xếp loại | Số TCCSĐ") is the noun of its cells.
	obj := objectHeader(h)
	if !obj && unit != nil {
		h, obj = unit, true
	}
	// A label that names its unit ("Tổ chức đảng bị kỷ luật") counts
	// that, whatever the table's caption or lead line names.
	if !obj && objectIn(label) == nil {
		// A caption line over the table names it ("Tổ chức cơ sở
		// đảng", then "Mức xếp loại | Năm 2022 | Năm 2023").
		if c := p.captionAbove(hdr); objectHeader(c) {
			h, obj = c, true
		} else if o := objectIn(p.headerCell(nil, hdr, 0)); o != nil {
			// "Xếp loại đảng viên | Số lượng | Tỷ lệ".
			h, obj = o, true
		} else if c := p.captionAbove(hdr); len(c) <= 20 && objectIn(c) != nil {
			// A table's title: "Bảng 1. Kết quả xếp loại tổ chức cơ sở
			// đảng năm 2024", over "Mức xếp loại | Số lượng | Tỷ lệ (%)".
			h, obj = objectIn(c), true
		} else if o := objectIn(p.leadAbove(hdr)); o != nil {
			// "Kết quả đánh giá, xếp loại chất lượng tổ chức cơ sở
			// đảng năm 2024 như sau:" over the table.
			h, obj = o, true
		}
	}
	if obj {
		if h[0].fold == "so" {
			h = h[1:]
		}
		tail = appendInClause(tail, h)
	}
	s.label, s.tail = label, tail
	cand, ok := p.readLabel(label, s.tail)
	if obj {
		// The unit before the row's label: "287 tổ chức cơ sở đảng trong
		// sạch vững mạnh".
		syn := append(append(p.spare().syn[:0], tail...), label...)
		if c, ok2 := p.subBest(syn, 0); ok2 && c.ru != nil && !c.ru.prev && !c.ru.veto && (!ok || c.score > cand.score) {
			cand, ok = candidate{ru: c.ru, score: c.score, y: -1}, true
		}
	}
	cand.lo, cand.hi, cand.target = rowStart, i, target
	if ok && cand.ru != nil && cand.ru.metric == "badges.awarded" {
		// The tier in the row's label: "75 năm tuổi Đảng | 3".
		for k := rowStart; k+1 < lab; k++ {
			if p.toks[k].kind == tokNum && p.toks[k+1].fold == "nam" {
				cand.y = k
				break
			}
		}
	}
	return cand, ok
}

// targetHeader reports whether a column's header names a plan or a quota
// ("Kế hoạch", "Chỉ tiêu kết nạp 2026", "Mục tiêu", "Mức phấn đấu"), not what met one
// ("Thực hiện so với kế hoạch", "Kết quả", "Đạt").
func targetHeader(h []token) bool {
	if !hasFolds(h, "ke", "hoach") && !hasFolds(h, "chi", "tieu") && !hasFolds(h, "muc", "tieu") && !hasFolds(h, "phan", "dau") {
		return false
	}
	return !hasFolds(h, "thuc", "hien") && !hasFolds(h, "so", "voi") && !hasFolds(h, "ket", "qua") && !hasFolds(h, "dat") && !hasFolds(h, "vuot")
}

// captionAbove returns the line right above the table header at
// toks[hdr], or nil when there is none or a blank line comes between.
func (p *pass) captionAbove(hdr int) []token {
	prev := hdr - 1 // the newline before the header
	if prev <= 0 || p.toks[prev].kind != tokNewline {
		return nil
	}
	st := p.lineStart(prev)
	if st == prev || hasPipe(p.toks[st:prev]) {
		return nil
	}
	return p.toks[st:prev]
}

// leadAbove returns the last sentence of the line that ends with ':'
// right above the table header at toks[hdr], a blank line between or not,
// or nil.
func (p *pass) leadAbove(hdr int) []token {
	end := hdr - 1 // the newline before the header
	if end <= 0 || p.toks[end].kind != tokNewline {
		return nil
	}
	if p.toks[end-1].kind == tokNewline {
		end-- // a blank line
	}
	if end < 2 || p.toks[end-1].fold != ":" {
		return nil
	}
	st := max(p.lineStart(end), p.sentStart(end-1))
	return p.toks[st : end-1]
}

// tableObjects are the nouns of what a table's cells count, longest
// first.
var tableObjects = [][]string{{"to", "chuc", "co", "so", "dang"}, {"to", "chuc", "dang"}, {"cap", "uy", "vien"}, {"dang", "vien"}, {"chi", "bo"}, {"dang", "bo"}}

// objectIn returns the first noun of tableObjects in toks, or nil.
func objectIn(toks []token) []token {
	for k := range toks {
		for _, w := range tableObjects {
			if end, ok := phraseAt(toks, k, +1, w); ok {
				return toks[k:end]
			}
		}
	}
	return nil
}

// objectHeader reports whether a table's column header names what its
// cells count: "Tổ chức đảng", "Đảng viên", "Chi bộ", "Cấp ủy viên".
func objectHeader(h []token) bool {
	if len(h) > 1 && h[0].fold == "so" {
		h = h[1:] // "Số TCCSĐ"
	}
	if len(h) < 2 || len(h) > 5 {
		return false
	}
	for _, w := range [][]string{{"to", "chuc"}, {"dang", "vien"}, {"chi", "bo"}, {"cap", "uy", "vien"}, {"dang", "bo"}, {"to", "chuc", "co", "so", "dang"}} {
		if end, ok := phraseAt(h, 0, +1, w); ok && (end == len(h) || end+1 == len(h) && h[end].fold == "dang") {
			return true
		}
	}
	return false
}

// tableUnit returns the noun of what the table whose header line starts
// at toks[hdr] counts, as the headers of its columns but the first and
// col name it (tableObjects): "TCCSĐ được xếp loại" over the counts of
// organisations by grade. With none, or two different ones, it is
// members ("đảng viên"), the noun readLabel takes by default.
func (p *pass) tableUnit(hdr, col int) []token {
	s := p.spare()
	cols := 0
	for j := hdr; j < len(p.toks) && p.toks[j].kind != tokNewline; j++ {
		if p.toks[j].fold == "|" {
			cols++
		}
	}
	s.unit = s.unit[:0]
	for c := 1; c <= cols; c++ {
		if c == col {
			continue
		}
		s.cell = p.headerCell(s.cell[:0], hdr, c)
		o := objectIn(s.cell)
		if o == nil {
			continue
		}
		if len(s.unit) > 0 && (len(s.unit) != len(o) || !sameFolds(s.unit, o)) {
			s.unit = s.unit[:0]
			break
		}
		s.unit = append(s.unit[:0], o...)
	}
	if len(s.unit) == 0 {
		s.unit = append(s.unit, token{kind: tokWord, fold: "dang", id: labelIDs[0]}, token{kind: tokWord, fold: "vien", id: labelIDs[1]})
	}
	return s.unit
}

// headerCell appends to dst the tokens of column col of the header line
// at toks[hdr], their clause breaks cleared.
func (p *pass) headerCell(dst []token, hdr, col int) []token {
	n := len(dst)
	dst = p.lineCell(dst, hdr, col)
	// A second header line under the first names the columns of a group
	// ("Kiểm tra | | Giám sát |", then "| Tổ chức đảng | Đảng viên | Tổ
	// chức đảng | Đảng viên"): a cell reads both, and an empty cell of the
	// first line the group that spans it from the left.
	next := p.lineEnd(hdr) + 1
	if next >= len(p.toks) || !p.headerLine(next) {
		return dst
	}
	for c := col - 1; len(dst) == n && c >= 1; c-- {
		dst = p.lineCell(dst, hdr, c)
	}
	// The second line's bar before its first cell is an outer bar only
	// where the first line has one too; else it closes an empty cell.
	if p.toks[next].fold == "|" && p.toks[p.lineStart(hdr)].fold == "|" {
		next++
	}
	return p.lineCell(dst, next, col)
}

// headerLine reports whether the line at toks[st] is a table's line of
// words: no number but years, and words after its first bar (a row of
// dashes is a row with no figure).
func (p *pass) headerLine(st int) bool {
	pipe, words := false, false
	for j := st; j < len(p.toks) && p.toks[j].kind != tokNewline; j++ {
		switch t := &p.toks[j]; {
		case t.fold == "|":
			pipe = true
		case t.kind == tokNum && !t.year:
			return false
		case t.kind == tokWord && pipe:
			words = true
		}
	}
	return words
}

// lineCell appends to dst the tokens of column col of the line whose
// cells start at toks[st], their clause breaks cleared.
func (p *pass) lineCell(dst []token, st, col int) []token {
	c := 0
	for j := st; j < len(p.toks) && p.toks[j].kind != tokNewline; j++ {
		if p.toks[j].fold == "|" {
			c++
		} else if c == col {
			t := p.toks[j]
			t.brk = 0
			dst = append(dst, t)
		}
	}
	return dst
}

// signedChange is the candidate of the number at toks[i], in a table's
// column of changes, as a change of the figure of its row, negative
// after a minus sign ("-152").
func (p *pass) signedChange(i, rowStart int, of *found) candidate {
	c := candidate{lo: rowStart, hi: i, y: -1, inherit: of, change: true}
	// normalize made every dash and minus sign '-'; a cell may say it in
	// words ("giảm 3").
	if b := &p.toks[i-1]; b.end == p.toks[i].start && b.fold == "-" || b.fold == "giam" && i-1 > rowStart {
		c.neg = true
	}
	return c
}

// appendInClause appends the tokens of src to dst with their clause
// breaks cleared: a label and its number are matched as one clause.
func appendInClause(dst, src []token) []token {
	for _, t := range src {
		t.brk = 0
		dst = append(dst, t)
	}
	return dst
}

// hasFolds reports whether the folds of words stand in ts, in a row.
func hasFolds(ts []token, words ...string) bool {
	for k := range ts {
		if _, ok := phraseAt(ts, k, +1, words); ok {
			return true
		}
	}
	return false
}

// changeHeader reports whether a table's column header says its cells
// are changes: "Tăng/giảm so với 2023", "Tăng, giảm", "So với năm trước".
func (p *pass) changeHeader(cell []token) bool {
	for k := range cell {
		switch f := cell[k].fold; {
		case f == "tang" && k+1 < len(cell) && (cell[k+1].fold == "/" || cell[k+1].fold == "," || cell[k+1].fold == "giam"),
			f == "so" && k+1 < len(cell) && cell[k+1].fold == "voi":
			return true
		}
	}
	return false
}

// rowCount returns the last count figure of the table row that starts
// at toks[rowStart], passing over its shares, or nil.
func (p *pass) rowCount(rowStart int) *found {
	for k := len(p.figs) - 1; k >= 0 && p.figs[k].tok >= rowStart; k-- {
		if f := &p.figs[k]; f.Unit == UnitCount {
			return f
		}
	}
	return nil
}

// shareHeader reports whether a table's column header says its cells
// are shares: "Tỷ lệ (%)", "%", "Tỷ lệ".
func shareHeader(cell []token) bool {
	for k := range cell {
		if cell[k].fold == "%" || cell[k].fold == "ty" && k+1 < len(cell) && cell[k+1].fold == "le" {
			return true
		}
	}
	return false
}

// noCellMemo turns the memo of tableCell off, for its test.
var noCellMemo bool

// noSentFilter makes bestAt try every candidate rule, as if the sentence
// filter (sentFeasible, sidesOK) left them all, for its test.
var noSentFilter bool

// cellKey names a column of a table: its header line's first token, the
// column, and whether the number is a share.
type cellKey struct {
	hdr, col int
	percent  bool
}

// cellMemo is what readLabel found for the cells of a column.
type cellMemo struct {
	key  cellKey
	cand candidate
	ok   bool
}

func hasPipe(toks []token) bool {
	for i := range toks {
		if toks[i].fold == "|" {
			return true
		}
	}
	return false
}

// rangeEnd reports whether toks[i] opens a range "từ X đến Y" and returns Y.
func (p *pass) rangeEnd(i int) (int, bool) {
	if i == 0 || p.toks[i-1].fold != "tu" {
		return 0, false
	}
	j := i + 1
	if j >= len(p.toks) {
		return 0, false
	}
	switch p.toks[j].fold {
	case "den", "toi", "-":
	default:
		return 0, false
	}
	j++
	if j < len(p.toks) && p.toks[j].kind == tokNum && !p.toks[j].skip && !p.toks[j].year && p.toks[j].percent == p.toks[i].percent {
		return j, true
	}
	return 0, false
}

// overChange returns f, or when f is a change that follows its count in
// their sentence, the count: "có 85 đảng viên bị đưa ra khỏi Đảng, giảm
// 19 trường hợp so với năm trước. Trong đó, …" breaks down the 85.
func (p *pass) overChange(f *found) *found {
	n := len(p.figs)
	if f.Modality != Change || n < 2 || f != &p.figs[n-1] {
		return f
	}
	if g := &p.figs[n-2]; g.sent == f.sent && g.mi == f.mi && g.Modality == Actual && g.Unit == f.Unit {
		return g
	}
	return f
}

// prevFig returns the last figure before token i in the same sentence, or
// in the sentence before when this one opens with "Trong đó" (its parts).
func (p *pass) prevFig(i int) *found {
	if len(p.figs) == 0 {
		return p.outer
	}
	f := &p.figs[len(p.figs)-1]
	s := p.sent[i]
	if f.sent == s {
		// A figure in brackets closed before the number is an aside:
		// "(35 đồng chí được miễn sinh hoạt đảng): hoàn thành xuất sắc
		// nhiệm vụ 61" follows the figure before it.
		if n := len(p.figs); n > 1 && p.figs[n-2].sent == s && p.aside(f.tok, i) {
			return &p.figs[n-2]
		}
		return f
	}
	if f.sent < s-3 {
		return nil
	}
	// A sentence that goes on from the figure before by its first words;
	// most sentences open with none of them.
	st := p.sentStart(i)
	switch p.toks[st].fold {
	case "trong":
		// "Trong đó", "Trong số đó", "Trong tổng số …".
		if f.sent == s-1 && (seq(p.toks, st+1, "do") || seq(p.toks, st+1, "so") || seq(p.toks, st+1, "tong", "so")) {
			return p.overChange(f)
		}
	case "cu":
		// "… 205 đảng viên được tặng Huy hiệu Đảng. Cụ thể: 75 năm tuổi
		// Đảng có 3 đồng chí; …"
		if f.sent == s-1 && seq(p.toks, st+1, "the") {
			return p.overChange(f)
		}
	case "ket":
		// "… 97 TCCSĐ được đánh giá, xếp loại. Kết quả: HTXSNV 14"
		if f.sent == s-1 && (seq(p.toks, st+1, "qua", ":") || seq(p.toks, st+1, "qua", ",")) {
			return f
		}
	case "ve":
		// "Về cơ cấu, nữ có 6.015 đồng chí": the make-up of the count a
		// sentence or three before.
		if seq(p.toks, st+1, "co", "cau") {
			return f
		}
	}
	return nil
}

// aside reports whether toks[k] stands in brackets that close before
// toks[i].
func (p *pass) aside(k, i int) bool {
	_, _, ok := p.asideAt(k, i)
	return ok
}

// asideAt returns the brackets, toks[open] to toks[end], that hold toks[k]
// and close before toks[i], if any.
func (p *pass) asideAt(k, i int) (open, end int, ok bool) {
	for j := k + 1; j < i; j++ {
		if t := &p.toks[j]; t.fold == ")" && t.match < 0 && j+int(t.match) < k {
			return j + int(t.match), j, true
		}
	}
	return 0, 0, false
}

// prevNear returns the figure whose share, rate or change the number at i
// can be: the last figure, close before it in the same clause. A figure
// that is only the base of another ("5.400 ... trong tổng số 90.000") gives
// way to the figure before it.
func (p *pass) prevNear(i int) *found {
	if len(p.figs) == 0 {
		return nil
	}
	k := len(p.figs) - 1
	f := &p.figs[k]
	// "5/23 đảng bộ đạt trên 80%": the share is of the units that met
	// the condition, not of the total.
	if f.denOnly {
		return nil
	}
	// The parts in brackets after a count are an aside: "97 đảng viên
	// (khiển trách 61, ..., khai trừ 9), tăng 13 đảng viên" changes the 97.
	if open, end, ok := p.asideAt(f.tok, i); ok {
		for g := k - 1; g >= 0 && p.figs[g].sent == p.sent[i]; g-- {
			if p.figs[g].tok < open {
				for j := end + 1; j < i; j++ {
					// "(chỉ tiêu 250 đảng viên); giảm 23 đảng viên so với
					// cùng kỳ": the break right after the bracket goes
					// on from what the bracket follows.
					if p.toks[j].brk != 0 && j != end+1 {
						return nil
					}
				}
				if i-end > 12 {
					return nil
				}
				// "kết nạp 12.642 đảng viên, đạt 105,4% kế hoạch (kế
				// hoạch giao 12.000), tăng 1.038": a count past the share.
				if !p.toks[i].percent && p.figs[g].Unit == UnitPercent && g > 0 && p.figs[g-1].sent == p.sent[i] && p.figs[g-1].Unit == UnitCount {
					g--
				}
				return &p.figs[g]
			}
		}
	}
	// A change after a list of parts changes their total: "kỷ luật 14
	// đảng viên; khiển trách, cảnh cáo, … lần lượt là 6, 4, 1 và 3 đồng
	// chí, giảm 5 trường hợp".
	if g, ok := p.partsTotal(k, i); ok {
		return g
	}
	// A count ("tăng 214 đảng viên") looks past a share ("đạt 48,1% kế
	// hoạch") to the count it changes.
	if !p.toks[i].percent && f.Unit == UnitPercent && k > 0 && p.figs[k-1].sent == p.sent[i] && p.figs[k-1].Unit == UnitCount && i-p.figs[k-1].hi <= 30 {
		return &p.figs[k-1]
	}
	// "… kết nạp 1.106 đảng viên mới. Đạt 52,7% kế hoạch năm.": a
	// sentence of a rate of fulfilment alone goes on from the count before.
	if f.sent == p.sent[i]-1 && f.Unit == UnitCount && p.toks[i].percent && i > 0 && p.sentStart(i) == i-1 && p.toks[i-1].fold == "dat" &&
		(seq(p.toks, i+1, "ke", "hoach") || seq(p.toks, i+1, "chi", "tieu")) && p.shareAlone(f.tok, i) {
		return f
	}
	// "đã kết nạp 37 đảng viên mới, phần lớn là sinh viên …, đạt 92,5%
	// kế hoạch năm": a rate of fulfilment reaches back over a long aside.
	rate := p.toks[i].percent && i > 0 && p.toks[i-1].fold == "dat" && (seq(p.toks, i+1, "ke", "hoach") || seq(p.toks, i+1, "chi", "tieu"))
	// "đạt 91,2%, vượt chỉ tiêu Nghị quyết Đại hội đề ra (từ 88% trở
	// lên)": the quota a share beat, in brackets, reaches back too.
	quota := p.toks[i].percent && f.Unit == UnitPercent && p.quotaBracket(i)
	if f.sent != p.sent[i] || i-f.hi > 12 && !(rate && i-f.hi <= 40 && f.Unit == UnitCount) && !(quota && i-f.hi <= 24) {
		return nil
	}
	for j := f.hi + 1; j < i; j++ {
		if p.toks[j].brk != 0 {
			return nil
		}
	}
	if k > 0 && p.figs[k-1].sent == f.sent {
		for j := f.tok - 1; j >= 0 && j >= f.tok-4; j-- {
			if seq(p.toks, j, "tong", "so") && j > 0 && (p.toks[j-1].fold == "trong" || p.toks[j-1].fold == "tren") {
				return &p.figs[k-1]
			}
		}
	}
	return f
}

// quotaBracket reports whether the number at toks[i] opens a bracket,
// after its bound word if any, that follows a quota ("chỉ tiêu") named
// within the twelve words before it.
func (p *pass) quotaBracket(i int) bool {
	j := i - 1
	if j > 0 && p.toks[j].kind == tokWord {
		j-- // "(từ 85% trở lên)", "(trên 80%)"
	}
	if j < 0 || p.toks[j].fold != "(" {
		return false
	}
	for k := j - 1; k >= max(j-12, 0); k-- {
		if seq(p.toks, k, "chi", "tieu") {
			return true
		}
	}
	return false
}

// shareAlone reports whether the share at toks[i] is the only number of
// its sentence and no paragraph ends between it and the count at
// toks[from] ("Đạt 103,6% kế hoạch, … kết nạp 4.212" has its own count).
func (p *pass) shareAlone(from, i int) bool {
	for j := from + 1; j < i; j++ {
		if p.toks[j].kind == tokNewline && p.toks[j-1].kind == tokNewline {
			return false
		}
	}
	for j := i + 1; j < len(p.toks) && p.sent[j] == p.sent[i]; j++ {
		if t := &p.toks[j]; t.kind == tokNum && !t.year && !t.skip {
			return false
		}
	}
	return true
}

// partsTotal returns the total of the figures that end at p.figs[k]
// when at least two of them, in the sentence of the number at toks[i],
// are parts of the one before them.
func (p *pass) partsTotal(k, i int) (*found, bool) {
	if p.toks[i].percent {
		return nil, false
	}
	s := p.sent[i]
	parent := p.x.tax.parentOf(p.figs[k].mi)
	if parent < 0 {
		return nil, false
	}
	n := 0
	for ; k >= 0 && p.figs[k].sent == s && p.x.tax.parentOf(p.figs[k].mi) == parent && p.figs[k].Unit == UnitCount; k-- {
		n++
	}
	if n < 2 || k < 0 || p.figs[k].sent != s || p.figs[k].mi != parent || p.figs[k].Unit != UnitCount {
		return nil, false
	}
	return &p.figs[k], true
}

func (p *pass) afterOK(ru *rule, prev *found) bool {
	if !ru.hasAfter {
		return true
	}
	if prev == nil {
		return false
	}
	parent, looked := "", false
	for _, a := range ru.after {
		if prev.Metric == a {
			return true
		}
		if strings.HasSuffix(a, ".*") && strings.HasPrefix(prev.Metric, a[:len(a)-1]) {
			return true
		}
		if !looked {
			if pi := p.x.tax.parentOf(prev.mi); pi >= 0 {
				parent = p.x.tax.Metrics[pi].Key
			}
			looked = true
		}
		if parent == a {
			return true
		}
	}
	return false
}

// best finds the winning rule for the number at toks[i]. Bound words
// just before it ("cho gần 35.000", "kết nạp không dưới 40") are passed
// over, so rules need not spell them.
func (p *pass) best(i int) (candidate, bool) {
	c, ok := p.bestAt(i, i-1)
	if j := p.boundStart(i); j < i {
		// "kết nạp ít nhất 500 đảng viên trong khu vực kinh tế tư nhân":
		// the rule that reads past the bound words may say more.
		if c2, ok2 := p.bestAt(i, j-1); ok2 && (!ok || c2.ru != nil && c.ru != nil && c2.score > c.score) {
			return c2, true
		}
	}
	return c, ok
}

// boundStart returns the first token of the bound words right before
// toks[i] ("không dưới", "gần"), or i when there are none.
func (p *pass) boundStart(i int) int {
	if _, n := p.boundAt(i - 1); n > 0 {
		return i - n
	}
	// "thành lập mới từ 3 tổ chức cơ sở đảng trở lên": "từ" with "trở
	// lên" after the number bounds it too.
	if i > 0 && p.toks[i-1].fold == "tu" && p.orMore(i) != "" {
		return i - 1
	}
	return i
}

// boundAt finds bound words ending at token j, longest first, and returns
// their cmp and how many tokens they take.
func (p *pass) boundAt(j int) (string, int) {
	// Most words end no bound phrase.
	if j < 0 || j >= len(p.toks) || !boundLast.has(p.toks[j].id) {
		return "", 0
	}
	for n := 3; n >= 1; n-- {
		if j-n+1 < 0 {
			continue
		}
		var key [3]int32
		ok := true
		for k := 0; k < n; k++ {
			t := &p.toks[j-n+1+k]
			if t.kind != tokWord || t.id == 0 {
				ok = false
				break
			}
			key[k] = t.id
		}
		if !ok {
			continue
		}
		if c, found := boundIDs[key]; found {
			return c, n
		}
	}
	return "", 0
}

// boundIDs is boundBefore keyed by word ids.
var boundIDs = func() map[[3]int32]string {
	m := make(map[[3]int32]string, len(boundBefore))
	for phrase, c := range boundBefore {
		var key [3]int32
		copy(key[:], wordIDs(strings.Fields(phrase)))
		m[key] = c
	}
	return m
}()

// boundLast holds the last word ids of the bound phrases.
var boundLast = func() bitset {
	var b bitset
	for phrase := range boundBefore {
		ids := wordIDs(strings.Fields(phrase))
		b.set(ids[len(ids)-1])
	}
	return b
}()

// bestAt finds the winning rule for the number at toks[i], matching the
// rules' left side from toks[left] (before a range's first number).
func (p *pass) bestAt(i, left int) (candidate, bool) {
	t := &p.toks[i]
	prev := p.prevFig(i)
	// Only the rules that read the figure before (rule.prev) need prevNear.
	var near lazyNear
	var win candidate
	have := false
	var before, before2, after, after2 int32
	if left >= 0 && left < len(p.toks) {
		before = p.toks[left].id
		if left > 0 {
			before2 = p.toks[left-1].id
		}
	}
	if i+1 < len(p.toks) {
		after = p.toks[i+1].id
		if i+2 < len(p.toks) {
			after2 = p.toks[i+2].id
		}
	}
	// The candidates are the rules keyed on the words next to the number
	// and the unkeyed ones, of those the sentence's words leave.
	feas := p.sentFeasible(i)
	rs := p.x.rules
	if noSentFilter {
		feas = slices.Repeat(bitset{^uint64(0)}, len(feas))
	}
	// A new number or left: forget the remembered sides. An entry
	// could be taken for current only if gen came round to its value.
	if p.gen++; p.gen == 0 {
		clear(p.leftMemo)
		p.gen = 1
	}
	p.cand = rs.candidates(before, before2, after, after2, p.cand)
	if i+4 < len(p.toks) && p.orMoreNext(i) {
		// "90% trở lên chi bộ …": the rules of the words after the
		// bound too (try reads past it).
		p.cand2 = rs.candidates(before, before2, p.toks[i+3].id, p.toks[i+4].id, p.cand2)
		for w := range p.cand2 {
			p.cand[w] |= p.cand2[w]
		}
	}
	slotOK := rs.slotOK[0]
	if t.percent {
		slotOK = rs.slotOK[1]
	}
	// The groups before the number; a sub-pass's words have none.
	var prior []uint64
	if !p.sub && !noSentFilter {
		at := int(p.sideAt[i])
		prior = p.sides[at : at+rs.groups.width+1]
	}
	// Rules come best bound first: once the winner scores above what the
	// next rule could, no later rule can win.
	// The words of the set that hold a candidate, found without a
	// branch on each (which went either way from number to number), then
	// taken in order. A set of more than 64 words takes the plain way.
	var nonzero uint64
	if len(p.cand) <= 64 {
		for w := range p.cand {
			set := p.cand[w] & feas[w] & slotOK[w]
			p.cand[w] = set
			nonzero |= (set | -set) >> 63 << w
		}
	} else {
		for w := range p.cand {
			p.cand[w] &= feas[w] & slotOK[w]
		}
		nonzero = ^uint64(0)
	}
cands:
	for ; nonzero != 0; nonzero &= nonzero - 1 {
		w := bits.TrailingZeros64(nonzero)
		if w >= len(p.cand) {
			break
		}
		for set := p.cand[w]; set != 0; set &= set - 1 {
			k := w*64 + bits.TrailingZeros64(set)
			if have && rs.bounds[k] < win.score {
				break cands
			}
			if prior != nil && !leftOK(prior, &rs.groups.leftNeed[k]) {
				continue
			}
			p.try(k, i, left, t, prev, &near, &win, &have)
		}
	}
	// "kết nạp 11 đảng viên, trong đó 7 đồng chí là người dân tộc thiểu
	// số, đạt 110% chỉ tiêu": a rate of fulfilment is its total's, not
	// the part's read last.
	if have && win.ru.prev && win.inherit != nil && t.percent && (seq(p.toks, i+1, "chi", "tieu") || seq(p.toks, i+1, "ke", "hoach")) {
		if tot := p.totalOf(win.inherit); tot != nil {
			win.inherit = tot
		}
	}
	if p.sub {
		return win, have
	}
	// An enumeration item: "…; Hội An 110; Điện Bàn 150" takes the metric
	// of the item before it, also over a rule that only saw "với 276 đảng
	// viên" (a plain count).
	if item := p.prevOfUnit(i, prev); item != nil && (!have || win.score <= 30) && p.listItem(i, item) {
		return candidate{lo: p.listStart(i), hi: i, y: -1, inherit: item, fromList: true}, true
	}
	// "Dẫn đầu là Đảng bộ huyện Bát Xát với 168 đảng viên": a ranked
	// unit's count of admissions or badges, not its members.
	if have && win.ru.metric == "members.total" && i > 0 && p.toks[i-1].fold == "voi" {
		if c, ok := p.rankLead(i); ok {
			return c, true
		}
		if c, ok := p.rankItem(i); ok && (strings.HasPrefix(c.inherit.Metric, "admission.") || strings.HasPrefix(c.inherit.Metric, "badges.")) {
			// The units are ranked by the total, not by its last part.
			if parent := p.x.tax.parentOf(c.inherit.mi); parent >= 0 {
				for k := len(p.figs) - 1; k >= 0 && p.figs[k].sent >= p.sent[i]-2; k-- {
					if f := &p.figs[k]; f.mi == parent && f.Unit == UnitCount && f.Modality == Actual {
						c.inherit = f
						break
					}
				}
			}
			return c, true
		}
	}
	// "kết luận 118 tổ chức đảng và 436 đảng viên có vi phạm, chiếm lần
	// lượt 83,1% và 82,1%": the shares go to the counts in turn.
	if t.percent && (!have || win.ru.prev) {
		if c, ok := p.respectiveShares(i); ok {
			return c, true
		}
	}
	// "trong đó 312 đảng viên là người có đạo, chiếm 19,3%": a share whose
	// rule reads back over the count's words is the count's, whose metric
	// (admission.religious) knew more than the words (members.religious).
	if have && !win.ru.prev && !win.ru.veto && t.percent && prev != nil && prev.Unit == UnitCount && prev.sent == p.sent[i] &&
		prev.tok < i && win.lo <= prev.hi && prev.Metric != win.ru.metric && sameDetail(prev.Metric, win.ru.metric) {
		return candidate{lo: win.lo, hi: win.hi, y: -1, inherit: prev}, true
	}
	if have {
		return win, true
	}
	if c, ok := p.labelValue(i); ok {
		return c, true
	}
	if c, ok := p.fromTo(i); ok {
		return c, true
	}
	if c, ok := p.respectively(i); ok {
		return c, true
	}
	if c, ok := p.leadIn(i); ok {
		return c, true
	}
	if c, ok := p.rankItem(i); ok {
		return c, true
	}
	if c, ok := p.forwardShare(i); ok {
		return c, true
	}
	if c, ok := p.rateAfterRates(i); ok {
		return c, true
	}
	return candidate{}, false
}

// respectiveShares reads the share at toks[i] in a "lần lượt" list of
// shares after as many counts of its sentence: "kết luận 118 tổ chức
// đảng và 436 đảng viên có vi phạm, chiếm lần lượt 83,1% và 82,1% số được
// kiểm tra" gives 83,1% to the 118 and 82,1% to the 436.
func (p *pass) respectiveShares(i int) (candidate, bool) {
	// Back over the shares before it in the list.
	m, j := 0, i-1
	for j >= 1 && (p.toks[j].fold == "," || p.toks[j].fold == "va") && p.toks[j-1].kind == tokNum && p.toks[j-1].percent {
		j -= 2
		m++
	}
	if j >= 0 && p.toks[j].fold == "la" {
		j--
	}
	if j < 1 || p.toks[j].fold != "luot" || p.toks[j-1].fold != "lan" {
		return candidate{}, false
	}
	lan := j - 1
	n := m + 1
	for k := i + 1; k+1 < len(p.toks) && (p.toks[k].fold == "," || p.toks[k].fold == "va") && p.toks[k+1].kind == tokNum && p.toks[k+1].percent; k += 2 {
		n++
	}
	const most = 8
	if n < 2 || n > most {
		return candidate{}, false
	}
	// The last n counts before "lần lượt" in the sentence, last first.
	var counts [most]*found
	c := 0
	for g := len(p.figs) - 1; g >= 0 && c < n && p.figs[g].sent == p.sent[i]; g-- {
		if f := &p.figs[g]; f.tok < lan && f.Unit == UnitCount {
			counts[c] = f
			c++
		}
	}
	if c < n {
		return candidate{}, false
	}
	return candidate{lo: lan, hi: i, y: -1, inherit: counts[n-1-m]}, true
}

// sameDetail reports whether two metric keys name the same group in two
// areas: "admission.religious" and "members.religious".
func sameDetail(a, b string) bool {
	_, x, ok1 := strings.Cut(a, ".")
	_, y, ok2 := strings.Cut(b, ".")
	return ok1 && ok2 && x == y
}

// rateAfterRates reads a unit's rate of fulfilment said alone after the
// rates of others: "…, Mèo Vạc kết nạp 176 đảng viên, đạt 104%. … trong
// đó Đảng bộ Khối mới đạt 81,3%" is a rate of the same metric. The rate
// before must be one ("đạt N%"), in the sentence or the two before it,
// with no blank line between, and the number must end its clause.
func (p *pass) rateAfterRates(i int) (candidate, bool) {
	t := &p.toks[i]
	if !t.percent || i < 1 || p.toks[i-1].fold != "dat" || p.word(i-1) != "đạt" {
		return candidate{}, false
	}
	if i >= 2 && (p.toks[i-2].fold == "chua" || p.toks[i-2].fold == "khong") {
		return candidate{}, false // "9 đảng bộ chưa đạt 80% kế hoạch": a threshold
	}
	if j := i + 1; j < len(p.toks) && p.toks[j].brk == 0 && p.toks[j].fold != ")" && !seq(p.toks, j, "chi", "tieu") && !seq(p.toks, j, "ke", "hoach") {
		return candidate{}, false
	}
	for k := len(p.figs) - 1; k >= 0; k-- {
		f := &p.figs[k]
		if f.sent < p.sent[i]-2 || f.tok >= i {
			break
		}
		if f.Unit != UnitPercent || f.tok < 1 || p.toks[f.tok-1].fold != "dat" {
			continue
		}
		for j := f.tok + 1; j < i; j++ {
			if p.toks[j].kind == tokNewline && p.toks[j-1].kind == tokNewline {
				return candidate{}, false
			}
		}
		lo := i - 1
		if lo > 0 && (p.toks[lo-1].fold == "moi" || p.toks[lo-1].fold == "chi") {
			lo--
		}
		return candidate{lo: lo, hi: i, y: -1, inherit: f}, true
	}
	return candidate{}, false
}

// totalOf returns the count of the metric above f's in the taxonomy that
// f's sentence gives before it, or nil.
func (p *pass) totalOf(f *found) *found {
	parent := p.x.tax.parentOf(f.mi)
	if parent < 0 {
		return nil
	}
	for k := len(p.figs) - 1; k >= 0 && p.figs[k].sent == f.sent; k-- {
		if g := &p.figs[k]; g.mi == parent && g.tok < f.tok && g.Unit == UnitCount {
			return g
		}
	}
	return nil
}

// forwardShare reads a rate of fulfilment that comes before its count
// in the clause: "huyện Lương Tài mới đạt 29,5% chỉ tiêu (kết nạp 23
// ĐV)", "Đạt 103,6% kế hoạch, toàn tỉnh đã kết nạp 4.212 đảng viên"
// take the metric of the count's rule.
func (p *pass) forwardShare(i int) (candidate, bool) {
	t := &p.toks[i]
	if !t.percent || i < 1 || p.toks[i-1].fold != "dat" || !(seq(p.toks, i+1, "chi", "tieu") || seq(p.toks, i+1, "ke", "hoach")) {
		return candidate{}, false
	}
	for j := i + 3; j < len(p.toks) && j <= i+14 && p.sent[j] == p.sent[i]; j++ {
		u := &p.toks[j]
		if u.fold == ";" {
			break
		}
		if u.kind != tokNum || u.year || u.skip {
			continue
		}
		if u.percent {
			break
		}
		c, ok := p.bestAt(j, j-1)
		if !ok || c.ru == nil || c.ru.veto || c.ru.prev || c.ru.mod != "" {
			break
		}
		return candidate{ru: c.ru, score: c.score, lo: i - 1, hi: i + 2, y: -1}, true
	}
	return candidate{}, false
}

// rankLead reads the count of a ranked unit with the words of its
// ranking: "Dẫn đầu về số lượng kết nạp là Đảng bộ phường Quy Nhơn với
// 187 đảng viên" reads "về số lượng kết nạp 187 đảng viên".
func (p *pass) rankLead(i int) (candidate, bool) {
	lead, is := -1, -1
	for j := i - 2; j >= 1 && j >= i-20 && p.sent[j] == p.sent[i]; j-- {
		if p.toks[j].fold == "la" && is < 0 {
			is = j
		}
		if p.toks[j].fold == "dau" && p.toks[j-1].fold == "dan" {
			lead = j + 1
			break
		}
	}
	if lead < 0 && is > 0 {
		// "Các đơn vị kết nạp nhiều là Đảng bộ thị xã Vĩnh Châu với 142
		// đảng viên": a ranking said with a quantifier before "là".
		for j := is - 1; j >= 0 && p.sent[j] == p.sent[is] && !p.toks[j].clauseBreak(); j-- {
			if quantifier(p.toks, j) {
				lead = j
			}
			if lead >= 0 && (j == 0 || p.sent[j-1] != p.sent[is] || p.toks[j-1].clauseBreak()) {
				lead = j
				break
			}
		}
	}
	if lead < 0 || is <= lead {
		return candidate{}, false
	}
	s := p.spare()
	words := appendInClause(s.lead[:0], p.toks[lead:is])
	tail := append(s.tail[:0], p.toks[i])
	for k := i + 1; k < len(p.toks) && k < i+3 && p.toks[k].kind == tokWord; k++ {
		tail = append(tail, p.toks[k])
	}
	s.lead, s.tail = words, tail
	c, ok := p.readLead(words, tail, p.listStart(i), i)
	if !ok || c.ru.metric == "members.total" {
		return candidate{}, false
	}
	return c, true
}

// rankItem reads a unit and its count after a lead-in that names no
// metric as continuing the count before it, in its sentence or the one
// before: "Dẫn đầu là huyện Hải Hậu với 47 người; tiếp đến Giao Thủy 31",
// "Một số đơn vị đạt tỷ lệ cao: Đảng bộ Công an tỉnh 86 đảng viên".
func (p *pass) rankItem(i int) (candidate, bool) {
	if len(p.figs) == 0 || p.toks[i].percent {
		return candidate{}, false
	}
	lead, caps := -1, 0
	for j := i - 1; j >= 0 && j >= i-16 && p.sent[j] == p.sent[i]; j-- {
		t := &p.toks[j]
		if t.fold == ":" || t.fold == "dan" && seq(p.toks, j+1, "dau") || (t.fold == "tiep" || t.fold == "ke") && (seq(p.toks, j+1, "den") || seq(p.toks, j+1, "theo") || seq(p.toks, j+1, "tiep")) ||
			(t.fold == "xep" || t.fold == "dung") && seq(p.toks, j+1, "thu") {
			// "…; xếp thứ hai là Đảng bộ huyện Krông Pắc với 187 đảng viên".
			lead = j
			break
		}
		if t.skip && j > 0 && p.toks[j-1].fold == "thu" {
			continue // the ordinal of "xếp thứ hai"
		}
		if j == i-1 && t.fold == "(" || p.nameApostrophe(j) {
			continue // "Dẫn đầu là Đảng bộ huyện Hải Hậu (412 đảng viên)", "Cư M'gar"
		}
		if t.kind != tokWord {
			return candidate{}, false
		}
		if t.cap {
			caps++
		}
	}
	// A unit's name between ("Lượt xem: 38" names none).
	if lead < 0 || caps == 0 {
		return candidate{}, false
	}
	// The count before: its share and change after it are passed over.
	var prev *found
	for k := len(p.figs) - 1; k >= 0 && p.sent[p.figs[k].tok] >= p.sent[i]-1; k-- {
		if f := &p.figs[k]; f.tok < lead && f.Unit == UnitCount && f.Modality != Change && !f.denOnly {
			prev = f
			break
		}
	}
	if prev == nil {
		return candidate{}, false
	}
	// After the number: nothing more, or a person ("người", "đồng chí",
	// "đảng viên").
	if j := i + 1; j < len(p.toks) {
		switch f := p.toks[j].fold; {
		case f == "," || f == ";" || f == "." || f == "va" || f == "\n" || f == "(" || f == ")":
		case f == "nguoi", f == "dong" && seq(p.toks, j+1, "chi"), f == "dang" && seq(p.toks, j+1, "vien"):
		default:
			return candidate{}, false
		}
	}
	return candidate{lo: p.listStart(i), hi: i, y: -1, inherit: prev, fromList: true}, true
}

// try matches rule k at the number toks[i] and keeps it in win when it
// scores better.
func (p *pass) try(k, i, left int, t *token, prev *found, near *lazyNear, win *candidate, have *bool) {
	ru := p.x.rules.rank[k]
	if p.noVeto && ru.veto || p.noSplit && ru.ratio == "split" {
		return
	}
	if ru.prev {
		if !near.done {
			near.f, near.done = p.prevNear(i), true
		}
		if near.f == nil || near.f.Unit == UnitPercent && !t.percent {
			return
		}
		if !t.percent && p.otherNoun(i+1, near.f) {
			return // "tăng 45 đảng viên và giảm 3 chi bộ so với …"
		}
	}
	// A figure of the sentence before (prevFig: "trong đó", "Về cơ cấu")
	// leaves the sentence's own context phrase a say.
	ok := p.afterOK(ru, prev)
	if ok && ru.hasAfter && prev != nil && prev.sent == p.sent[i] {
		// "3 tổ chức đảng bị khiển trách; đối với đảng viên: khiển trách
		// 51": a context phrase after the figure before rules.
		if c := p.context(i); c != nil && c.tok > prev.tok {
			ok = p.afterOK(ru, c)
		}
	}
	if !ok && (prev != nil && prev.sent == p.sent[i] || !p.afterOK(ru, p.context(i))) {
		return
	}
	l, ok := p.leftSide(k, left, ru)
	if !ok {
		return
	}
	if ru.veto && l.lits == 1 && l.far == left && p.nameEnd(left) {
		// "xã Phúc Khoa 18 đảng viên": the cue of "khóa 18" folded, at
		// the end of a name.
		return
	}
	r, ok := side(p.toks, i+1, +1, ru.right, match{far: i, y: l.y})
	if !ok && i+3 < len(p.toks) && p.orMoreNext(i) {
		// "90% trở lên đảng viên hoàn thành tốt nhiệm vụ": the bound
		// stands between the number and its noun.
		r, ok = side(p.toks, i+3, +1, ru.right, match{far: i, y: l.y})
	}
	if !ok {
		return
	}
	score := (l.lits+r.lits)*10 - l.skipped - r.skipped + int(ru.bonus)*10
	if ru.hasAfter {
		score += 5 // a rule that knows its context is the more specific
	}
	// On a tie the rule with more words before the number wins: a verb
	// before its object says more than the words after a number.
	// Ties go to the rule first in the file.
	pos := p.x.rules.filePos[k]
	if !*have || score > win.score || (score == win.score && (l.lits > win.leftLits || l.lits == win.leftLits && pos < win.pos)) {
		*win = candidate{ru: ru, score: score, lo: l.far, hi: r.far, y: r.y, leftLits: l.lits, pos: pos}
		if ru.prev {
			win.inherit = near.f
		}
		*have = true
	}
}

// otherNoun reports whether the noun at toks[k], after a count, counts
// another kind of unit than the figure f: organisations or classes after a
// count of members, members or classes after one of organisations, members
// or organisations after one of classes. Such a count is no change or
// share of f.
func (p *pass) otherNoun(k int, f *found) bool {
	if k >= len(p.toks) || f.mi < 0 || int(f.mi) >= len(p.x.tax.Metrics) {
		return false
	}
	org := seq(p.toks, k, "chi", "bo") || seq(p.toks, k, "dang", "bo") || seq(p.toks, k, "to", "chuc")
	member := seq(p.toks, k, "dang", "vien") || seq(p.toks, k, "dong", "chi") || seq(p.toks, k, "quan", "chung") || seq(p.toks, k, "hoc", "vien")
	class := p.toks[k].fold == "lop"
	switch p.x.tax.Metrics[f.mi].Counts {
	case "member", "person", "person-visit":
		return org || class
	case "organisation", "committee":
		return member || class
	case "class":
		return org || member
	}
	return false
}

// nameEnd reports whether toks[j] is a capitalized word (not in capitals)
// after another in its sentence: the last word of a name.
func (p *pass) nameEnd(j int) bool {
	if j < 1 || p.sent[j-1] != p.sent[j] {
		return false
	}
	t, b := &p.toks[j], &p.toks[j-1]
	if t.kind != tokWord || b.kind != tokWord || !t.cap || !b.cap {
		return false
	}
	s, st := p.nt.Norm[:t.end], int(t.start)
	_, n := normalize.DecodeRune(s, st)
	if st+n >= len(s) {
		return false
	}
	r, _ := normalize.DecodeRune(s, st+n)
	return !isUpperRune(r)
}

// lazyNear is prevNear of a number, found when a rule first asks.
type lazyNear struct {
	f    *found
	done bool
}

// context returns the figure that a context phrase (Rules.contexts)
// before the number at toks[i] in its sentence stands for, or nil. It is
// asked only when no figure comes before i in the sentence. A sentence is
// read once, up to the last number asked about (ctxScan), until its first
// phrase is found.
func (p *pass) context(i int) *found {
	rs := p.x.rules
	if len(rs.contexts) == 0 {
		return nil
	}
	// A paragraph keeps its topic: "Về công tác phát triển đảng viên, …
	// nữ chiếm 52,1%. Người dân tộc thiểu số có 611 người."
	if ls := p.lineOf(i); p.ctxSent != ls+1 {
		p.ctxSent, p.ctxOK, p.ctxScan = ls+1, false, p.itemsLead(ls)
	}
	// The last phrase that ends before the number rules: "Đối với tổ
	// chức đảng: khiển trách 402 … Đối với đảng viên: khiển trách 11.862".
	j := p.ctxScan
scan:
	for ; j < i; j++ {
		id := p.toks[j].id
		if !rs.ctxFirst.has(id) {
			continue
		}
		for g := range rs.ctxByFirst {
			if rs.ctxByFirst[g].first != id {
				continue
			}
			for _, k := range rs.ctxByFirst[g].cues {
				c := &rs.contexts[k]
				e, ok := idsAt(p.toks, j+1, +1, c.ids[1:])
				if !ok && len(c.ids) > 2 && j+2 < i && p.toks[j+2].kind == tokNum && p.toks[j].fold == "trong" {
					// "Trong số 35 đảng viên mới:" names its count
					// inside the phrase ("đối với 3 tổ chức đảng" is an
					// object, not "Đối với tổ chức đảng:").
					if e2, ok2 := idsAt(p.toks, j+3, +1, c.ids[2:]); ok2 && p.toks[j+1].id == c.ids[1] {
						e, ok = e2, true
					}
				}
				if ok {
					if e-1 >= i {
						break scan // read again for a later number
					}
					p.ctxFound = found{Figure: Figure{Metric: c.metric}, tok: e - 1, sent: p.sent[i], mi: p.metricIndex(c.metric)}
					p.ctxOK = true
					j = e - 1
					continue scan
				}
			}
			break
		}
	}
	p.ctxScan = max(p.ctxScan, j)
	if p.ctxOK && p.ctxFound.tok < i {
		return &p.ctxFound
	}
	return nil
}

// itemsLead returns where the context of the line at toks[ls] starts:
// the line itself, or for an item of a list ("• 22 đồng chí là nữ") the
// line over the items that ends with ':' ("Trong số 35 đảng viên mới:").
func (p *pass) itemsLead(ls int) int {
	if !bullet(&p.toks[ls]) {
		return ls
	}
	for st := ls; st > 0; {
		st = p.lineStart(st - 1)
		if bullet(&p.toks[st]) {
			continue
		}
		if e := p.lineEnd(st); e > st && p.toks[e-1].fold == ":" {
			return st
		}
		return ls
	}
	return ls
}

// lineEnd returns the index of the newline that ends the line at
// toks[st], or len(toks).
func (p *pass) lineEnd(st int) int {
	for st < len(p.toks) && p.toks[st].kind != tokNewline {
		st++
	}
	return st
}

// leftSide matches the left side of ranked rule k from toks[left],
// remembering the result for the other rules with the same side while
// the number and left stay the same (leftMemo).
func (p *pass) leftSide(k, left int, ru *rule) (match, bool) {
	id := p.x.rules.leftID[k]
	if len(p.leftMemo) != p.x.rules.lefts {
		// A new rule set (or the first number): start afresh. Entries
		// are valid for their gen only, so gen must not go back to
		// one they hold.
		p.leftMemo = make([]sideMemo, p.x.rules.lefts)
		p.gen++
	}
	if m := &p.leftMemo[id]; m.gen == p.gen {
		return m.m, m.ok
	}
	l, ok := side(p.toks, left, -1, ru.left, match{far: left + 1, y: -1})
	p.leftMemo[id] = sideMemo{gen: p.gen, m: l, ok: ok}
	return l, ok
}

// leftOK reports whether the groups before a number (appendFeasible's
// sides) hold the two of need (groupIndex.leftNeed): whether the
// phrases a rule needs on the number's left can be there. A rule whose
// phrases are in the sentence but after the number cannot match.
func leftOK(before []uint64, need *[2]uint16) bool {
	g := need
	return before[g[0]>>6]>>(g[0]&63)&(before[g[1]>>6]>>(g[1]&63))&1 != 0
}

// sideMemo is a remembered side match of generation gen.
type sideMemo struct {
	gen uint32
	ok  bool
	m   match
}

// sentFeasible returns the rules whose required phrases (groupIndex)
// can all start at words of the sentence of token i.
func (p *pass) sentFeasible(i int) bitset {
	s := p.sent[i]
	if len(p.feas) != len(p.bounds) {
		p.feas = slices.Grow(p.feas[:0], len(p.bounds))[:len(p.bounds)]
		clear(p.feas)
	}
	if b := p.feas[s]; b != nil {
		return b
	}
	if p.fw == nil {
		p.fw = new(feasWork)
	}
	// Appended to one buffer per document: slices of it made before it
	// grew still hold their words.
	n, lo, hi := len(p.arena), p.sentStart(i), p.sentEnd(i)
	p.arena = p.x.rules.groups.appendFeasible(p.arena, p.toks[lo:hi], p.fw, &p.sides, p.sideAt[lo:hi])
	b := bitset(p.arena[n:len(p.arena):len(p.arena)])
	p.feas[s] = b
	return b
}

// prevOfUnit returns prev, or when prev is a share and the number at i a
// count, the count figure before it in the sentence: "Yên Sơn kết nạp
// 241 đồng chí (110%), Hàm Yên 198" continues the 241.
func (p *pass) prevOfUnit(i int, prev *found) *found {
	if prev == nil || prev.Unit == UnitCount || p.toks[i].percent {
		return prev
	}
	for k := len(p.figs) - 1; k >= 0 && p.figs[k].sent == p.sent[i]; k-- {
		if p.figs[k].Unit == UnitCount {
			return &p.figs[k]
		}
	}
	return prev
}

// leadIn reads the first item of a list that a clause with its activity
// introduces: "Nhiều đơn vị kết nạp đạt khá như: thị trấn A 11 đảng
// viên, xã B 9" reads "kết nạp ... 11 đảng viên" for A; B follows as a
// list item.
func (p *pass) leadIn(i int) (candidate, bool) {
	colon := -1
	for j := i - 1; j >= 0 && j >= i-12 && p.sent[j] == p.sent[i]; j-- {
		if f := p.toks[j].fold; f == ":" || (f == "nhu" || f == "la" && (p.quantified(j) || p.unitsLead(j))) && j > 0 && p.toks[j-1].kind == tokWord {
			colon = j
			break
		}
	}
	if colon < 0 {
		return candidate{}, false
	}
	// Between the colon (or "như") and the number: a name only, and
	// maybe a bracket before the number ("huyện Thuỷ Nguyên (184 ĐV)").
	for j := colon + 1; j < i; j++ {
		if p.toks[j].kind != tokWord && !(j == i-1 && p.toks[j].fold == "(" && j > colon+1) {
			return candidate{}, false
		}
	}
	if colon+1 == i {
		return candidate{}, false // "như 30 đảng viên": no name, no list
	}
	start := p.sentStart(i)
	if colon-start > 20 {
		start = colon - 20
	}
	s := p.spare()
	lead := appendInClause(s.label[:0], p.toks[start:colon])
	tail := s.tail[:0]
	for k := i; k < len(p.toks) && k < i+4 && p.toks[k].brk == 0 && (k == i || p.toks[k].kind == tokWord); k++ {
		tail = append(tail, p.toks[k])
	}
	s.label, s.tail = lead, tail
	// The number goes after each word of the lead-in ("kết nạp được |
	// nhiều đảng viên như" reads "kết nạp được 14 đảng viên"), with its
	// own words after it; the best-scoring reading wins.
	return p.readLead(lead, tail, colon+1, i)
}

// readLead reads a list's item, the number with its words after it
// (tail), with the lead-in of the list: the number goes after each word
// of the lead-in ("kết nạp được | nhiều đảng viên như" reads "kết nạp
// được 14 đảng viên"), and the best-scoring reading wins. The candidate
// spans toks[lo:hi].
func (p *pass) readLead(lead, tail []token, lo, hi int) (candidate, bool) {
	var best candidate
	have := false
	for k := len(lead); k >= 1 && k >= len(lead)-8; k-- {
		syn := append(append(p.spare().syn[:0], lead[:k]...), tail...)
		c, ok := p.subBest(syn, k)
		if ok && c.ru != nil && !c.ru.prev && !c.ru.veto && (!have || c.score > best.score) {
			best, have = candidate{ru: c.ru, score: c.score, lo: lo, hi: hi, y: -1}, true
		}
		if k < len(lead) && (len(tail) == 1 || quantifier(lead, k)) {
			// A bare count ("là: Lục Ngạn 112, ..."): the number stands
			// for the lead-in's quantifier ("kết nạp được | nhiều |
			// đảng viên" reads "kết nạp được 112 đảng viên"). So does a
			// count with its noun ("có | đông | đảng viên được nhận Huy
			// hiệu là Can Lộc với 104 đồng chí").
			syn := append(append(append(p.spare().syn[:0], lead[:k]...), tail...), lead[k+1:]...)
			c, ok := p.subBest(syn, k)
			if ok && c.ru != nil && !c.ru.prev && !c.ru.veto && (!have || c.score > best.score) {
				best, have = candidate{ru: c.ru, score: c.score, lo: lo, hi: hi, y: -1}, true
			}
		}
	}
	return best, have
}

// quantified reports whether the words of the sentence before toks[j]
// hold a quantifier ("nhiều", "đông"): "Các địa phương có nhiều đảng viên
// được tặng Huy hiệu là Hà Nội với 12.604 đồng chí" leads in with "là".
func (p *pass) quantified(j int) bool {
	for k := j - 1; k >= 0 && k >= j-16 && p.sent[k] == p.sent[j]; k-- {
		if quantifier(p.toks, k) {
			return true
		}
	}
	return false
}

// unitsLead reports whether the sentence before toks[j] ("là") opens with
// units in the plural: "Các đơn vị có tỷ lệ kết nạp cao là Đảng bộ Khối
// các cơ quan tỉnh (86 ĐV, đạt 71,7%), …".
func (p *pass) unitsLead(j int) bool {
	st := p.sentStart(j)
	if j-st > 16 {
		return false
	}
	for _, w := range [][]string{{"cac", "don", "vi"}, {"mot", "so", "don", "vi"}, {"cac", "dang", "bo"}, {"mot", "so", "dang", "bo"}, {"cac", "dia", "phuong"}, {"mot", "so", "dia", "phuong"}, {"nhung", "don", "vi"}} {
		if seq(p.toks, st, w...) {
			return true
		}
	}
	return false
}

// quantifier reports whether toks[k] is "nhiều" or "đông" before a noun
// of members.
func quantifier(toks []token, k int) bool {
	if f := toks[k].fold; f != "nhieu" && f != "dong" || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1].fold
	return n == "dang" || n == "nguoi" || n == "quan" || toks[k].fold == "nhieu" && n != "chi"
}

// labelWords may open the name of a list item in lower case.
var labelWords = map[string]bool{
	"xa": true, "phuong": true, "thi": true, "tran": true, "huyen": true, "quan": true,
	"thanh": true, "pho": true, "tp": true, "dang": true, "bo": true, "uy": true, "khoi": true,
	"xa,": true, "tx": true, "cong": true, "an": true, ".": true,
}

// listItem reports whether toks[i] is a bare "Name N" enumeration item
// after prev in the same sentence.
func (p *pass) listItem(i int, prev *found) bool {
	if p.toks[i].percent != (prev.Unit == UnitPercent) {
		return false
	}
	// What follows must end the item, or be the noun of the item before
	// ("xã Lương Phú 8 đảng viên"), or its share in brackets.
	if j := i + 1; j < len(p.toks) {
		switch p.toks[j].fold {
		case ",", ";", ".", "va", "\n", ")", "(":
		default:
			if !p.sameNoun(j, prev) && !p.sameNoun(j, p.listHead(prev)) {
				return false
			}
		}
	}
	// What precedes, back to a separator, must be a name: one to six
	// words (eight for a party organisation's), capitalised but for
	// place words ("xã", "thị trấn"), maybe followed by "với", "là" or
	// ":".
	j := i - 1
	if j >= 0 && (p.toks[j].fold == "voi" || p.toks[j].fold == "la" || p.toks[j].fold == ":" || p.toks[j].fold == "(") {
		j-- // "quận Hải An (121 ĐV)" too
	}
	if lo := p.yearItem(j); lo >= 0 && (lo == 0 || itemSep(p.toks[lo-1].fold)) {
		return true // a year of a series: "…, năm 2017: 2.381; năm 2018 là 2.452"
	}
	n, caps := 0, 0
	for ; j >= 0; j-- {
		t := &p.toks[j]
		if t.fold == ";" || t.fold == "," || t.fold == "va" || t.fold == "\n" || t.fold == "(" {
			// A long name is an organisation's: "Đảng bộ Khối các cơ
			// quan tỉnh 487".
			long := n <= 6 || seq(p.toks, j+1, "dang", "bo") || seq(p.toks, j+1, "dang", "uy") || seq(p.toks, j+1, "chi", "bo")
			return n > 0 && caps > 0 && long && (p.toks[j+1].cap || labelWords[p.toks[j+1].fold])
		}
		if p.nameApostrophe(j) {
			continue // "huyện Cư M'gar 97"
		}
		if t.kind != tokWord || n >= 8 {
			return false
		}
		if t.cap {
			caps++
		}
		n++
	}
	return false
}

// nameApostrophe reports whether toks[j] is an apostrophe inside a word
// of a name, touching the letters on both sides: "Cư M'gar", "K'Ho".
func (p *pass) nameApostrophe(j int) bool {
	t := &p.toks[j]
	return t.fold == "'" && j > 0 && j+1 < len(p.toks) && p.toks[j-1].kind == tokWord && p.toks[j+1].kind == tokWord &&
		p.toks[j-1].end == t.start && p.toks[j+1].start == t.end
}

// yearItem reports where a year that names an item of a series ends at
// toks[j] begins: "năm 2017", "6 tháng đầu năm 2020". It returns -1 for
// anything else.
func (p *pass) yearItem(j int) int {
	if j < 1 || !p.toks[j].year || p.toks[j-1].fold != "nam" {
		return -1
	}
	lo := j - 1
	// "6 tháng đầu năm", "9 tháng năm": a part of the year.
	k := lo - 1
	if k >= 0 && p.toks[k].fold == "dau" {
		k--
	}
	if k >= 1 && p.toks[k].fold == "thang" && p.toks[k-1].kind == tokNum && (p.toks[k-1].value == 6 || p.toks[k-1].value == 9) {
		lo = k - 1
	}
	return lo
}

// itemSep reports whether a token of fold f ends the item of a list
// before the next.
func itemSep(f string) bool {
	return f == "," || f == ";" || f == "(" || f == "\n" || f == ":"
}

// listHead returns the figure that opens the list whose item is prev:
// "Đảng bộ Khối Doanh nghiệp 611 đảng viên; huyện Đông Anh 487; …; Đảng
// bộ Công an thành phố 372 đảng viên" repeats the noun of the 611.
func (p *pass) listHead(prev *found) *found {
	k := len(p.figs) - 1
	for k >= 0 && &p.figs[k] != prev {
		k--
	}
	for k > 0 && p.figs[k].Rule == "=list" && p.figs[k-1].sent == p.figs[k].sent && p.figs[k-1].mi == p.figs[k].mi {
		k--
	}
	if k < 0 {
		return prev
	}
	return &p.figs[k]
}

// sameNoun reports whether the words at j repeat the noun that follows
// the number of figure prev ("đảng viên", "đồng chí", "tổ chức").
func (p *pass) sameNoun(j int, prev *found) bool {
	k := prev.tok + 1
	if k >= len(p.toks) || p.toks[k].kind != tokWord || p.toks[j].kind != tokWord {
		return false
	}
	// "kết nạp 236 người, ...; Lạng Giang 176 đảng viên": words for a
	// member are one noun.
	if p.memberNounAt(k) && p.memberNounAt(j) {
		return true
	}
	// By fold, not id: two words no rule names share the id 0.
	return p.toks[j].fold == p.toks[k].fold
}

// memberNoun holds the first words of the nouns that count members.
var memberNoun = map[string]bool{"dang": true, "nguoi": true, "dong": true, "quan": true}

// memberNounAt reports whether a noun that counts members opens at
// toks[k]: memberNoun, or "trường hợp" (cases: "40 đảng viên bị xóa tên
// …; huyện Mỹ Xuyên 15 trường hợp"), not "trường" (a school).
func (p *pass) memberNounAt(k int) bool {
	f := p.toks[k].fold
	return memberNoun[f] || f == "truong" && seq(p.toks, k+1, "hop")
}

// labelValue reads "Label: N" lines ("Kết nạp đảng viên mới: 73 đồng chí",
// "Tổng số tổ chức cơ sở đảng: 19") by matching the rules against the
// label put before the number, after it, and as "có N label".
func (p *pass) labelValue(i int) (candidate, bool) {
	j := i - 1
	bounded := false
	if b := p.boundStart(i); b < i && b >= 2 && p.toks[b-1].kind == tokWord && p.toks[b-1].fold != "la" && !comparative[p.toks[b].fold] && !(p.toks[b].fold == "hon" && comparative[p.toks[b-1].fold]) {
		// "số tổ chức cơ sở đảng của Khối không quá 60": the bound
		// stands for "là" after a label that opens with "Số".
		j, bounded = b, true
	}
	if !bounded && j >= 1 && p.toks[j].fold == "," {
		// "kiểm tra khi có dấu hiệu vi phạm: 38 tổ chức đảng, 126 đảng
		// viên": the second count of the label's pair.
		k := j - 1
		for k > 0 && p.toks[k].kind == tokWord && j-k <= 5 {
			k--
		}
		// Both counts count units or members ("hai xã, hai cách làm" in
		// a title is no pair).
		if k >= 1 && k < j-1 && p.toks[k].kind == tokNum && p.toks[k-1].fold == ":" && objectIn(p.toks[k+1:j]) != nil &&
			objectIn(p.toks[i+1:min(i+4, len(p.toks))]) != nil {
			j = k - 1
		}
	}
	if j < 0 || !bounded && p.toks[j].fold != ":" && !(p.toks[j].fold == "la" && p.word(j) == "là") {
		return candidate{}, false
	}
	isLa := bounded || p.toks[j].fold == "la"
	start := p.labelStart(j, isLa)
	if lo := p.yearItem(j - 1); lo >= 0 && lo == start && lo > 0 && p.toks[lo-1].fold == ":" {
		// "Số đảng viên kết nạp hằng năm: năm 2016: 2.207": the year
		// names the item, the line's label the metric.
		j, isLa = lo-1, false
		start = p.labelStart(j, isLa)
	}
	if start == j {
		return candidate{}, false
	}
	// "Số đảng viên không hoàn thành nhiệm vụ là 31.081 người": a label
	// with "là" opens its clause with "Số".
	if isLa && p.toks[start].fold != "so" {
		return candidate{}, false
	}
	s := p.spare()
	label := appendInClause(s.label[:0], p.toks[start:j])
	// The number with the words after it on its line (its noun, "đạt X%").
	end := i + 1
	for end < len(p.toks) && end < i+4 && p.toks[end].brk == 0 && p.toks[end].kind != tokNum && p.toks[end].fold != "," {
		end++
	}
	tail := appendInClause(s.tail[:0], p.toks[i:end])
	s.label, s.tail = label, tail
	// A unit's name ("- Đảng bộ huyện Yên Sơn: 9") takes its metric from
	// the line that opens the list ("Số đảng viên bị kỷ luật ở các đảng bộ
	// như sau:").
	if unitName(label) {
		if lo, hi, ok := p.leadLine(start); ok {
			lead := s.lead[:0]
			for k := max(lo, hi-20); k < hi; k++ {
				t := p.toks[k]
				if k > lo && leadStops[t.fold] {
					break // "ở các đảng bộ trực thuộc ...": where, not what
				}
				if t.fold == "cu" && k+1 < hi && p.toks[k+1].fold == "the" {
					// "Kết quả cụ thể như sau:", "Cụ thể:": "cụ thể"
					// (specifically) folds as "thẻ" (card) does.
					k++
					continue
				}
				t.brk = 0
				lead = append(lead, t)
			}
			s.lead = lead
			if c, ok := p.readLabel(lead, tail); ok {
				c.lo, c.hi = start, i
				return c, true
			}
			// "Một số đảng bộ cơ sở kết nạp được nhiều đảng viên:" over
			// "- Đảng bộ Phòng Cảnh sát cơ động: 11".
			if c, ok := p.readLead(lead, tail, start, i); ok {
				return c, true
			}
		}
		// "Chi bộ Tổ dân phố 5: 46 đảng viên": the unit's members.
		if membersAfter(tail) {
			if c, ok := p.readLabel(nil, tail); ok {
				c.lo, c.hi = start, i
				return c, true
			}
		}
	}
	// A group's label under a lead-in ("Trong số đảng viên mới có:" over
	// "- Nữ: 1.012 đồng chí") reads with the figure the lead-in follows.
	outer := p.prevFig(i)
	if outer == nil {
		outer = p.context(i)
	}
	if outer != nil {
		p.subOuter, p.hasOuter = *outer, true
	}
	c, ok := p.readLabel(label, tail)
	p.hasOuter = false
	c.lo, c.hi = start, i
	return c, ok
}

// comparative holds the first words of the bounds that compare with a
// figure before ("nhiều hơn 7 đơn vị"): a change, not a value.
var comparative = map[string]bool{"nhieu": true, "it": true, "cao": true, "thap": true}

// labelStart returns where the label that ends before toks[j] (':' or
// "là", isLa) begins in its clause: fourteen tokens back at most ("Kiểm
// tra việc thu, nộp, quản lý đảng phí:"), sixteen before "là".
func (p *pass) labelStart(j int, isLa bool) int {
	start, lim := j, 14
	if isLa {
		lim = 16
	}
	for start > 0 && j-start < lim {
		t := &p.toks[start-1]
		if t.brk != 0 || t.fold == "-" || t.fold == "+" || t.fold == "*" || t.fold == "•" || isLa && t.fold == "," {
			break
		}
		start--
	}
	return start
}

// fromTo reads the two ends of a count that moved, with the label that
// names it: "số tổ chức cơ sở đảng toàn tỉnh giảm từ 1.595 xuống còn
// 1.132", "số đảng viên người Mông tăng từ 312 đồng chí (năm 2010) lên
// 498 đồng chí" read as "label: 1.595" and "label: 1.132".
func (p *pass) fromTo(i int) (candidate, bool) {
	// The verb: "tăng/giảm từ" just before the first number, or before
	// the "từ A" of the clause for the second after "lên/xuống (còn)".
	verb := -1
	switch j := i - 1; {
	case j >= 1 && p.toks[j].fold == "tu" && (p.toks[j-1].fold == "tang" || p.toks[j-1].fold == "giam"):
		verb = j - 1
	case j >= 0 && (p.toks[j].fold == "len" || p.toks[j].fold == "xuong" || p.toks[j].fold == "con" && j > 0 && p.toks[j-1].fold == "xuong"):
		for k := j - 1; k >= 1 && k >= j-10 && p.toks[k].brk == 0; k-- {
			if p.toks[k].kind == tokNum && p.toks[k-1].fold == "tu" && k >= 2 && (p.toks[k-2].fold == "tang" || p.toks[k-2].fold == "giam") {
				verb = k - 2
				break
			}
		}
	}
	if b := p.boundStart(i); verb < 1 && b >= 2 && p.toks[b-1].fold == "con" && p.toks[b-2].kind == tokWord {
		// "số chi bộ thôn, bản còn 1.076 chi bộ": what is left ("còn
		// khoảng 54" past its bound).
		verb = b - 1
	}
	if verb < 1 && i >= 2 && (p.toks[i-1].fold == "tang" && p.word(i-1) != "tặng" || p.toks[i-1].fold == "giam") && p.toks[i-2].kind == tokWord {
		// "số tổ chức cơ sở đảng giảm 31": the label's count moved by
		// the number (emit makes it a change).
		verb = i - 1
	}
	if verb < 1 {
		return candidate{}, false
	}
	// The label: from "số" back in the clause to just before the verb.
	start := -1
	for k := verb - 1; k >= 0 && k >= verb-14 && p.toks[k].brk == 0 && (p.toks[k].kind == tokWord || p.toks[k].fold == ","); k-- {
		if p.toks[k].fold == "so" {
			start = k
		}
	}
	if start < 0 && verb == i-2 {
		// No label, a count before: "kết nạp 163 đảng viên, …, tăng từ
		// 118 đảng viên của năm 2022" gives the count it rose from.
		if prev := p.prevFig(i); prev != nil && prev.Unit == UnitCount && prev.Modality == Actual && !p.toks[i].percent {
			return candidate{lo: verb, hi: i, y: -1, inherit: prev}, true
		}
	}
	if start < 0 || start+1 >= verb {
		return candidate{}, false
	}
	s := p.spare()
	label := appendInClause(s.label[:0], p.toks[start:verb])
	end := i + 1
	for end < len(p.toks) && end < i+3 && p.toks[end].kind == tokWord {
		end++
	}
	tail := appendInClause(s.tail[:0], p.toks[i:end])
	s.label, s.tail = label, tail
	c, ok := p.readLabel(label, tail)
	c.lo, c.hi = start, i
	return c, ok
}

// respectively reads a number of a list after "lần lượt (là)" with the
// label of the same rank in the list before it: "các hình thức khiển
// trách, cảnh cáo, cách chức, khai trừ lần lượt là 6, 4, 1 và 3 đồng chí"
// reads 4 as "cảnh cáo 4 đồng chí".
func (p *pass) respectively(i int) (candidate, bool) {
	// Back over the numbers before i to "lần lượt [là]".
	j, rank := i-1, 0
	for j >= 0 && (p.toks[j].fold == "," || p.toks[j].fold == "va" || p.toks[j].kind == tokNum) {
		if p.toks[j].kind == tokNum {
			rank++
		}
		j--
	}
	if j >= 0 && p.toks[j].fold == "la" {
		j--
	}
	if j < 1 || !seq(p.toks, j-1, "lan", "luot") {
		return candidate{}, false
	}
	cue := j - 1
	// The numbers after the cue, and the noun after the last one (on
	// the stack: lists are short).
	var numBuf, cutBuf [16]int
	nums := numBuf[:0]
	k := j + 1
	if k < len(p.toks) && p.toks[k].fold == "la" {
		k++
	}
	for ; k < len(p.toks) && (p.toks[k].fold == "," || p.toks[k].fold == "va" || p.toks[k].kind == tokNum); k++ {
		if p.toks[k].kind == tokNum {
			nums = append(nums, k)
		}
	}
	if len(nums) < 2 || rank >= len(nums) {
		return candidate{}, false
	}
	noun := k
	for noun < len(p.toks) && noun < k+3 && p.toks[noun].kind == tokWord {
		noun++
	}
	if nums[rank] != i {
		return candidate{}, false // a number list with words in it
	}
	start, end, ok := p.rankLabel(cue, rank, len(nums), cutBuf[:0])
	s := p.spare()
	tail := append(s.tail[:0], p.toks[i])
	tail = appendInClause(tail, p.toks[k:noun])
	s.tail = tail
	if ok {
		label := appendInClause(s.label[:0], p.toks[start:end])
		s.label = label
		if c, ok := p.readLabel(label, tail); ok {
			c.lo, c.hi = i, i
			return c, true
		}
	}
	// The items are units, and the words before the cue name what is
	// counted: "huyện A, B và C, với số đảng viên bị kỷ luật lần lượt là
	// 9, 7 và 6 đồng chí", "Thành ủy A, B và Huyện ủy C giải quyết lần
	// lượt 14, 9 và 7 đơn".
	lo := cue
	for lo > 0 && cue-lo < 10 {
		t := &p.toks[lo-1]
		if t.kind != tokWord || t.brk != 0 || t.cap || t.fold == "va" {
			break
		}
		lo--
	}
	if cue-lo < 2 {
		return candidate{}, false
	}
	label := appendInClause(s.label[:0], p.toks[lo:cue])
	s.label = label
	c, ok := p.readLabel(label, tail)
	c.lo, c.hi = i, i
	return c, ok
}

// rankLabel finds the label of rank rank among n for a list of numbers
// after "lần lượt" at toks[cue]: the words before the cue back to the
// clause's start, split at commas and "và" ("khiển trách, cảnh cáo và
// khai trừ lần lượt là 6, 4 và 3"). Years before the cue name the items
// and the words before them the metric of all ("Số đảng viên bị kỷ luật
// các năm 2021, 2022 và 2023 lần lượt là 648, 612 và 587"). The label is
// toks[start:end]; cuts is scratch.
func (p *pass) rankLabel(cue, rank, n int, cuts []int) (start, end int, ok bool) {
	if y := cue - 1; y >= 0 && p.toks[y].year {
		for y >= 0 && (p.toks[y].year || p.toks[y].fold == "," || p.toks[y].fold == "va") {
			y--
		}
		if y < 1 || p.toks[y].fold != "nam" {
			return 0, 0, false
		}
		if p.toks[y-1].fold == "cac" || p.toks[y-1].fold == "trong" || p.toks[y-1].fold == "qua" {
			y--
		}
		start = y
		for start > 0 && y-start < 12 && p.toks[start-1].brk == 0 && p.toks[start-1].kind == tokWord {
			start--
		}
		return start, y, start < y && p.toks[start].fold == "so"
	}
	cuts = append(cuts, cue) // where each label ends, the last first
	lo := cue
	if lo > 0 && p.toks[lo-1].fold == "," {
		// "khiển trách và cảnh cáo, lần lượt là 7 và 2": the comma
		// before the cue ends the last label.
		lo--
		cuts[0] = lo
	}
	for lo > 0 && cue-lo < 30 {
		t := &p.toks[lo-1]
		if t.brk != 0 || t.kind == tokNum || t.fold == ":" || t.fold == ";" {
			break
		}
		if t.fold == "," || t.fold == "va" {
			cuts = append(cuts, lo-1)
			if len(cuts) > n {
				break
			}
		}
		lo--
	}
	if len(cuts) < n {
		return 0, 0, false
	}
	// cuts are the labels' ends, the last first.
	end = cuts[n-1-rank]
	start = lo
	if rank > 0 {
		start = cuts[n-rank] + 1
	}
	return start, end, start < end
}

// leadStops end the part of a list's opening line that names what is
// counted: the places and owners come after them.
var leadStops = map[string]bool{"o": true, "tai": true, "cua": true, "trong": true, "nhu": true, "theo": true}

// unitName reports whether a label names a unit rather than a metric: a
// capitalised word after its first ("Đảng bộ huyện Yên Sơn", "Xã Tân
// Lập"), where a metric's label has none ("Kết nạp đảng viên mới").
//
// A label that goes on with what the unit did, in lower case ("Ủy ban
// Kiểm tra huyện kiểm tra khi có dấu hiệu vi phạm"), is a metric's.
func unitName(label []token) bool {
	name := false
	for k := 1; k < len(label); k++ {
		t := &label[k]
		if t.cap && t.kind == tokWord {
			name = true
		}
		if name && !t.cap && k+1 < len(label) && unitDid[[2]string{t.fold, label[k+1].fold}] {
			return false
		}
	}
	return name
}

// unitDid holds the verbs of the metrics that a unit does.
var unitDid = map[[2]string]bool{
	{"kiem", "tra"}: true, {"giam", "sat"}: true, {"ket", "nap"}: true, {"ky", "luat"}: true,
	{"thi", "hanh"}: true, {"khien", "trach"}: true, {"canh", "cao"}: true, {"khai", "tru"}: true,
}

// leadLine finds the line that opens the list whose item line holds
// toks[at]: the nearest line before it that ends with ':' and holds no
// number, over item lines that hold one. It returns the line's words
// before the colon, toks[lo:hi].
func (p *pass) leadLine(at int) (lo, hi int, ok bool) {
	ls := p.lineStart(at)
	for n := 0; n < 40 && ls > 0; n++ {
		end := ls - 1 // the newline before the line
		st := p.lineStart(end)
		ls = st
		if st == end {
			continue // a blank line
		}
		if p.toks[end-1].fold == ":" && end-1 > st {
			// "… đã kết nạp 86 đảng viên mới. Một số đảng bộ cơ sở kết
			// nạp được nhiều đảng viên:": the line's last sentence leads.
			if ss := max(st, p.sentStart(end-1)); end-1 > ss && !p.hasNumber(ss, end) {
				return ss, end - 1, true
			}
		}
		if !p.hasNumber(st, end) {
			return 0, 0, false
		}
		// another item
	}
	return 0, 0, false
}

// hasNumber reports whether a number stands among toks[lo:hi].
func (p *pass) hasNumber(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if p.toks[k].kind == tokNum {
			return true
		}
	}
	return false
}

// readLabel matches the rules against a label and a number with the words
// after it (tail[0] is the number). The number goes at every place in the
// label ("Kết nạp | đảng viên mới: 73" reads "kết nạp 73 đảng viên mới";
// a table header "Kiểm tra tổ chức đảng" over 28 reads "kiểm tra 28 tổ
// chức đảng"), with the words after it or with "đảng viên" when the label
// names only the activity, and as "có N label" ("đảng viên: 1.652"); the
// best-scoring reading wins.
func (p *pass) readLabel(label, tail []token) (candidate, bool) {
	num := tail[0]
	dang := token{kind: tokWord, fold: "dang", id: labelIDs[0]}
	vien := token{kind: tokWord, fold: "vien", id: labelIDs[1]}
	co := token{kind: tokWord, fold: "co", id: labelIDs[2]}
	var best candidate
	have := false
	// "Chi bộ Tổ dân phố 5: 46 đảng viên" counts members: the label
	// names the unit, not what is counted.
	member := membersAfter(tail)
	consider := func(syn []token, at int) {
		c, ok := p.subBest(syn, at)
		if ok && c.ru != nil && !c.ru.prev && !c.ru.veto && (!have || c.score > best.score) {
			if member && p.ruleCounts(c.ru) == "organisation" {
				return
			}
			best, have = candidate{ru: c.ru, score: c.score, y: -1}, true
		}
	}
	if len(label) > 1 && label[0].fold == "so" {
		// "Số lớp: 12" reads "12 lớp": "số 12" is a document's number;
		// "Số đảng viên đang sinh hoạt là 5.847" reads "có 5.847 đảng
		// viên đang sinh hoạt".
		label = label[1:]
	}
	consider(append(append(append(p.spare().syn[:0], co, num), label...), tail[1:]...), 1)
	// The number with its noun before the label: "Hoàn thành xuất sắc
	// nhiệm vụ: 61 đồng chí (16,1%)" reads "61 đồng chí hoàn thành xuất
	// sắc nhiệm vụ".
	noun := 1
	for noun < len(tail) && tail[noun].kind == tokWord {
		noun++
	}
	if noun > 1 {
		consider(append(append(append(p.spare().syn[:0], num), tail[1:noun]...), label...), 0)
	}
	// A label that names units ("Tổ chức đảng được cấp ủy kiểm tra")
	// counts them, not members.
	afters := [][]token{tail[1:], {dang, vien}}
	if o := objectIn(label); o != nil && !(o[0].fold == "dang" && o[1].fold == "vien") {
		afters = afters[:1]
	}
	// A number with its own noun ("38 tổ chức đảng") counts that, not
	// members: "Cụ thể:" over it must not read "38 thể đảng viên".
	if len(tail) > 1 && tail[1].kind == tokWord && objectIn(tail[1:]) != nil {
		afters = afters[:1]
	}
	for k := 0; k <= len(label); k++ {
		for _, after := range afters {
			syn := p.spare().syn[:0]
			syn = append(syn, label[:k]...)
			syn = append(syn, num)
			syn = append(syn, label[k:]...)
			syn = append(syn, after...)
			consider(syn, k)
		}
	}
	return best, have
}

// membersAfter reports whether the number tail[0] counts members: "đảng
// viên" or "đồng chí" after it.
func membersAfter(tail []token) bool {
	return len(tail) > 2 && (tail[1].fold == "dang" && tail[2].fold == "vien" || tail[1].fold == "dong" && tail[2].fold == "chi")
}

// ruleCounts returns what one unit of ru's metric is (Metric.Counts), or
// "" for a metric the taxonomy lacks.
func (p *pass) ruleCounts(ru *rule) string {
	if mi := p.x.ruleMI[ru.rank]; mi >= 0 && int(mi) < len(p.x.tax.Metrics) {
		return p.x.tax.Metrics[mi].Counts
	}
	return ""
}

// committeeIDs are the ids of the words tableCell adds to a committee's
// column: "gồm", "đồng chí".
var committeeIDs = wordIDs([]string{"gom", "dong", "chi"})

// committeeHeader reports whether a table's column header names a
// committee elected or appointed: "Ban Chấp hành", "Ban Thường vụ".
func committeeHeader(h []token) bool {
	return hasFolds(h, "ban", "chap", "hanh") || hasFolds(h, "ban", "thuong", "vu") || hasFolds(h, "bch") || hasFolds(h, "btv")
}

// labelIDs are the ids of the words readLabel adds: "đảng viên", "có".
var labelIDs = wordIDs([]string{"dang", "vien", "co"})

// subScratch holds the buffers of the sub-passes of one pass.
type subScratch struct {
	syn        []token // the words put together, built by the caller
	label      []token // a label or lead-in and the number with its words
	tail       []token // (readLabel's), for the callers to build
	lead       []token // the opening line of a list (labelValue)
	unit, cell []token // a table's noun and a header cell (tableUnit)
	zeros      []int   // sentence numbers of a sub-pass: all 0
	cand       bitset
	bounds     [][2]int
	targetFrom []int
	feas       [1]bitset
	leftMemo   []sideMemo
	gen        uint32
	outer      found // the sub-pass's outer (pass.subOuter)
}

// spare returns the pass's sub-pass buffers.
func (p *pass) spare() *subScratch {
	if p.subs == nil {
		p.subs = &subScratch{}
	}
	return p.subs
}

// subBest matches the rules at syn[at] in a sub-pass over the words syn
// alone, as one sentence. syn may be spare().syn: the sub-pass does not
// touch it.
func (p *pass) subBest(syn []token, at int) (candidate, bool) {
	s := p.spare()
	if len(s.zeros) < len(syn) {
		s.zeros = make([]int, 2*len(syn))
	}
	// The words come from p's text (start and end index it), so the
	// sub-pass reads their spelling from it too.
	sub := pass{x: p.x, nt: p.nt, toks: syn, sent: s.zeros[:len(syn)], sub: true, cand: s.cand, bounds: s.bounds[:0], targetFrom: s.targetFrom, leftMemo: s.leftMemo, gen: s.gen}
	if p.hasOuter {
		s.outer = p.subOuter
		sub.outer = &s.outer
	}
	if len(syn) > 0 {
		sub.bounds = append(sub.bounds, [2]int{0, len(syn)})
	}
	sub.index()
	if p.fw == nil {
		p.fw = new(feasWork)
	}
	s.feas[0] = p.x.rules.groups.appendFeasible(s.feas[0][:0], syn, p.fw, nil, nil)
	sub.feas = s.feas[:]
	c, ok := sub.bestAt(at, at-1)
	s.cand, s.bounds, s.targetFrom, s.leftMemo, s.gen = sub.cand, sub.bounds, sub.targetFrom, sub.leftMemo, sub.gen
	if cap(syn) > cap(s.syn) {
		s.syn = syn[:0] // keep the larger buffer the caller grew
	}
	return c, ok
}

func (p *pass) listStart(i int) int {
	j := i
	if j > 0 && p.toks[j-1].fold == "(" {
		j--
	}
	for j > 0 && p.toks[j-1].kind == tokWord {
		j--
	}
	return j
}

// emit records the figure of token i from candidate c and returns its
// index in p.figs, or -1. cmp, when set, overrides the bound words.
func (p *pass) emit(i int, c candidate, cmp string) int {
	t := &p.toks[i]
	// The figure is built in the slot after the last, which is zero (figs
	// only grows while figures are read, and put clears what a document
	// used), and counted in when done: built aside and appended, it would
	// be copied as a whole, which while the collector marks costs a
	// barrier over all of it.
	n := len(p.figs)
	if n == cap(p.figs) {
		p.figs = slices.Grow(p.figs, 1)
	}
	f := &p.figs[:n+1][n]
	p.figTop = max(p.figTop, n+1) // put clears the slot, even after a panic
	f.tok, f.lo, f.hi, f.sent, f.denOnly = i, c.lo, c.hi, p.sent[i], c.denOnly
	if c.lo > i {
		f.lo = i
	}
	if c.hi < i {
		f.hi = i
	}
	f.Unit = UnitCount
	if t.percent {
		f.Unit = UnitPercent
	}
	ru := c.ru
	switch {
	case c.inherit != nil:
		f.Metric = c.inherit.Metric
		f.Rule = "=prev"
		if c.fromList {
			f.Rule = "=list"
			f.Modality = c.inherit.Modality
		}
	default:
		f.Metric = ru.metric
	}
	if c.inherit != nil {
		f.mi = c.inherit.mi // the same metric
	} else if ru != nil && p.x.ruleMI[ru.rank] != noIndex {
		f.mi = p.x.ruleMI[ru.rank]
	} else {
		f.mi = p.metricIndex(f.Metric)
	}
	prov := ""
	if c.inherit != nil {
		prov = c.inherit.provincial
	} else if ru != nil {
		prov = ru.provincial
	}
	if prov != "" {
		f.provincial = prov // most figures have none: no write to the zero slot
	}
	if ru != nil && ru.whole && c.inherit == nil {
		f.whole = true
	}
	if ru != nil {
		f.Rule = ru.id
		f.Modality = ru.mod
		// "giảm 3 đảng viên (33,3%)" changes by a share; "giảm 5,3% so
		// với năm 2022 (21,5%)" gives the year before its value.
		if ru.modPrev && c.inherit != nil && c.inherit.Modality == Change && (i < 1 || p.toks[i-1].fold != "(" || c.inherit.hi+2 >= i) {
			f.Modality, f.neg = Change, c.inherit.Value < 0
		}
	}
	if c.change {
		f.Modality, f.neg = Change, c.neg
	}
	if c.target {
		f.Modality = Target
	}
	if f.Modality == "" {
		f.Modality = p.modality(i)
		// A congress's elections under "Mục tiêu nhiệm kỳ …" are its
		// results.
		if f.Modality == Actual && !strings.HasPrefix(f.Metric, "congress.") && p.targetSection(i) {
			f.Modality = Target
		}
		if f.Modality == Actual && p.yearlyFloor(i) {
			f.Modality = Target
		}
		// "giao chỉ tiêu kết nạp đảng viên năm 2026 cho 107 đảng bộ trực
		// thuộc Tỉnh ủy": the units a plan is given to are there now.
		if f.Modality == Target && f.Metric != "org.new" && strings.HasPrefix(f.Metric, "org.") {
			if j := p.boundStart(i) - 1; j >= 0 && p.toks[j].fold == "cho" {
				f.Modality = Actual
			}
		}
		// "tỷ lệ ... tăng 1,4%", "giảm 26 đảng viên": a change of the metric.
		// Folding makes "tặng" (to give) read "tăng": check the word.
		if j := p.boundStart(i) - 1; j >= 0 && (p.toks[j].fold == "tang" && p.word(j) != "tặng" || p.toks[j].fold == "giam") {
			f.Modality = Change
			if p.toks[j].fold == "giam" && (ru == nil || !ru.neg) {
				f.neg = true
			}
		} else if g := p.joinedChange(j); g != nil {
			// "tăng 2 tổ chức cơ sở đảng và 19 đảng viên": the
			// change goes on over "và".
			f.Modality, f.neg = Change, g.Value < 0 && (ru == nil || !ru.neg)
		}
	}
	f.Value = t.value
	ratio := "den"
	if ru != nil {
		ratio = ru.ratio
	}
	if t.hasDen && (ratio == "den" || c.denOnly) {
		f.Value = t.den
	}
	if (ru != nil && ru.neg) || f.neg {
		f.Value = -f.Value
	}
	f.Value = round6(f.Value)
	f.Cmp = cmp
	if f.Cmp == "" {
		f.Cmp = p.bound(i)
	}
	// "số tổ chức đảng hoàn thành xuất sắc nhiệm vụ không vượt quá 20%":
	// a ceiling on a rating's share is a quota, a target.
	if f.Cmp == "<=" && f.Unit == UnitPercent && f.Modality == Actual && strings.HasPrefix(f.Metric, "rating.") {
		f.Modality = Target
	}
	if c.y >= 0 {
		f.Qualifiers.BadgeYears = int(p.toks[c.y].value)
		p.used[c.y] = true
	}
	if ru != nil {
		for _, q := range ru.quals {
			setQual(&f.Qualifiers, q[0], q[1])
		}
	}
	p.qualify(f)
	p.figs = p.figs[:n+1]
	p.setSpan(len(p.figs) - 1)
	if t.hasDen && ratio == "both" && !c.denOnly {
		g := p.figs[len(p.figs)-1]
		g.Value = round6(t.den)
		g.Modality = Target
		p.figs = append(p.figs, g)
		p.figTop = max(p.figTop, len(p.figs))
	}
	return len(p.figs) - 1
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// setSpan maps figure k's evidence tokens back to the original text.
func (p *pass) setSpan(k int) {
	f := &p.figs[k]
	s, e := p.nt.OrigSpan(int(p.toks[f.lo].start), int(p.toks[f.hi].end))
	f.Span = [2]int{s, e}
	f.Evidence = p.d.Text[s:e]
}

func setQual(q *Qualifiers, name, value string) {
	switch name {
	case "topic":
		q.Topic = value
	case "actor":
		q.Actor = value
	case "kind":
		q.Kind = value
	}
}

// Bound words: immediately before the number, or "trở lên" after it.
var boundBefore = map[string]string{
	"khong it hon": ">=", "ngot": "~", "tren duoi": "~", "khoang chung": "~",
	"tren": ">", "hon": ">", "vuot": ">", "gan": "~", "khoang": "~", "chung": "~",
	"xap xi": "~", "uoc": "~", "uoc tinh": "~", "duoi": "<", "it nhat": ">=",
	"khong duoi": ">=", "toi thieu": ">=", "khong qua": "<=", "toi da": "<=",
	"khong vuot qua": "<=",
}

func (p *pass) bound(i int) string {
	// Two-word cues first, then one word; "được", "là" may stand between.
	j := i - 1
	for j >= 0 && (p.toks[j].fold == "duoc" || p.toks[j].fold == "la" || p.toks[j].fold == "co") && j > i-3 {
		j--
	}
	// "Trong tổng số trên có 6 đồng chí": the number above, no bound;
	// "cao hơn 318 thẻ so với cùng kỳ": a comparison, not "more than".
	above := j > 0 && p.toks[j].fold == "tren" && p.toks[j-1].fold == "so"
	c, n := p.boundAt(j)
	comparative := n == 1 && j > 0 && p.toks[j].fold == "hon" && (p.toks[j-1].fold == "cao" || p.toks[j-1].fold == "thap" || p.toks[j-1].fold == "nhieu")
	if n > 0 && !above && !comparative {
		return c
	}
	if c := p.orMore(i); c != "" {
		return c
	}
	return "="
}

// orMoreNext reports whether "trở lên" or "trở xuống" follows the number
// at toks[i] at once, between it and its noun; toks[i+2] must exist.
func (p *pass) orMoreNext(i int) bool {
	return p.toks[i+1].fold == "tro" && (p.toks[i+2].fold == "len" || p.toks[i+2].fold == "xuong")
}

// orMore returns the bound of "trở lên" (">=") or "trở xuống" ("<=")
// after the number at toks[i] in its clause, or "".
func (p *pass) orMore(i int) string {
	for k := i + 1; k < len(p.toks) && k <= i+8; k++ {
		if p.toks[k].clauseBreak() || p.toks[k].kind == tokNum {
			break
		}
		if p.toks[k].fold == "tro" && k+1 < len(p.toks) {
			// "40 chi bộ hoàn thành tốt nhiệm vụ trở lên": "trở lên"
			// widens the rating level, not the number (ANNOTATION.md).
			if k >= 2 && p.toks[k-2].fold == "nhiem" && p.toks[k-1].fold == "vu" || k >= 1 && (p.toks[k-1].fold == "manh" || p.toks[k-1].fold == "bieu") {
				return ""
			}
			switch p.toks[k+1].fold {
			case "len":
				return ">="
			case "xuong":
				return "<="
			}
		}
	}
	return ""
}

// modality decides whether the number at i is a target: a target cue
// earlier in its sentence that is not the complement of an achievement
// ("đạt 35% chỉ tiêu").
func (p *pass) modality(i int) string {
	// A cue in brackets closed before the number ("(chỉ tiêu năm 2025
	// là 50 đảng viên); trong số này có 29 …") makes targets only inside
	// them.
	if e := p.targetEnd(p.sent[i]); e <= i && !p.doneAfter(e, i) && !p.aside(e-1, i) || p.targetList(i) || p.topicOfTargets(i) || p.namedTarget(i) {
		return Target
	}
	return Actual
}

// namedTarget reports whether the number at toks[i] is the value of a
// target named just before it, after what met it: "đạt 101,7% chỉ tiêu
// được giao là 350 đảng viên", "vượt chỉ tiêu Tỉnh ủy giao là 55".
func (p *pass) namedTarget(i int) bool {
	j := p.boundStart(i) - 1
	if j < 2 || p.toks[j].fold != "la" {
		return false
	}
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if t := &p.toks[k]; t.kind != tokWord {
			return false
		}
		if p.toks[k-1].fold == "chi" && p.toks[k].fold == "tieu" {
			return true
		}
	}
	return false
}

// joinedChange returns the change figure whose evidence ends right
// before "và" at toks[j], in the same sentence, or nil: the number after
// the "và" is a change of its own ("giảm 3 chi bộ và 12 đảng viên").
func (p *pass) joinedChange(j int) *found {
	if j < 1 || p.toks[j].fold != "va" || len(p.figs) == 0 {
		return nil
	}
	f := &p.figs[len(p.figs)-1]
	if f.Modality != Change || f.hi != j-1 || f.sent != p.sent[j] {
		return nil
	}
	return f
}

// topicOfTargets reports whether the number at toks[i] stands in a
// sentence that opens with "Về" and goes on with the targets of the
// sentence before it in its paragraph: "Đại hội đề ra 19 chỉ tiêu, trong
// đó … . Về xây dựng Đảng: hằng năm kết nạp từ 100 đảng viên trở lên".
// A "đã" before the number reports a result.
func (p *pass) topicOfTargets(i int) bool {
	s := p.sent[i]
	st := p.bounds[s][0]
	if s == 0 || p.toks[st].fold != "ve" {
		return false
	}
	for j := st; j < i; j++ {
		if p.toks[j].fold == "da" && p.word(j) == "đã" {
			return false
		}
	}
	// The cue may stand up to three sentences back in the paragraph:
	// "… thống nhất 25 chỉ tiêu chủ yếu. Trong đó, … . Về xây dựng Đảng, …".
	for b := s - 1; b >= 0 && b >= s-3; b-- {
		for j := p.bounds[b][1] - 1; j >= p.bounds[b][0]; j-- {
			if p.toks[j].kind == tokNewline {
				return false
			}
		}
		if p.targetEnd(b) <= p.bounds[b][1] {
			return true
		}
	}
	return false
}

// doneAfter reports whether a clause after a ';' or ',' between
// toks[from] and the number at toks[i] says "đã": "giao chỉ tiêu kết nạp
// 2.650 đảng viên; 5 tháng đầu năm đã kết nạp 1.081", "dù chỉ tiêu chỉ
// là 90, đã kết nạp tới 117 người" report a result.
func (p *pass) doneAfter(from, i int) bool {
	for j := from; j < i; j++ {
		if f := p.toks[j].fold; f == ";" || f == "," {
			for k := j + 1; k < i; k++ {
				if p.toks[k].fold == "da" && p.word(k) == "đã" {
					// "… rà soát các trường hợp đã học lớp …; đồng thời
					// chuẩn bị nguồn với chỉ tiêu dự kiến kết nạp 1.150":
					// a cue after the "đã" sets targets again.
					for c := k + 1; c < i; c++ {
						if end, ok := p.cueAt(c); ok && end <= i {
							return false
						}
					}
					return true
				}
			}
			return false
		}
	}
	return false
}

// targetList reports whether the number at toks[i] stands in a list
// under a line that opens with a target cue: a bulleted or numbered item
// under "Chỉ tiêu năm 2024:" ("- Kết nạp không dưới 200 đảng viên mới;")
// or under a section's heading ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016",
// then "2. Phấn đấu kết nạp ..."). A line that ends with ':' may say
// other things first: its last sentence opens with the cue.
func (p *pass) targetList(i int) bool {
	ls := p.lineOf(i)
	numbered := p.numberedItem(ls)
	if !bullet(&p.toks[ls]) && !numbered {
		// "Tổng số: 12 lớp, trên 800 học viên." after the items sums
		// them up, plans as they are.
		if (seq(p.toks, ls, "tong", "so", ":") || seq(p.toks, ls, "tong", "cong", ":")) && ls > 0 {
			for st := p.lineStart(ls - 1); st > 0; st = p.lineStart(st - 1) {
				if st == ls-1 || p.toks[st].kind == tokNewline {
					continue // a blank line
				}
				for k := st; k < len(p.toks) && p.toks[k].kind != tokNewline; k++ {
					if t := &p.toks[k]; t.kind == tokNum && !t.year && !t.skip && k > st {
						return p.targetList(k)
					}
				}
				return false
			}
		}
		return false // most numbers: no item of a list
	}
	for n := 0; n < 40 && ls > 0; n++ {
		end := ls - 1 // the newline before the line
		st := p.lineStart(end)
		ls = st
		if st == end || bullet(&p.toks[st]) || numbered && p.numberedItem(st) {
			continue // a blank line, another item
		}
		from := st
		switch {
		case p.toks[end-1].fold == ":":
			// "… về trách nhiệm nêu gương. Một số chỉ tiêu chủ yếu:": the
			// cue opens the line's last sentence.
			from = max(st, p.sentStart(end-1))
		case p.sectionHeading(st, end):
			from = st + 2 // past "IV."
		default:
			return false
		}
		// The lead line: a cue among its first words, or, in a last
		// sentence that ends with ':', a plan's verb anywhere ("Năm 2014,
		// ngành … phấn đấu thực hiện các chỉ tiêu:", "… xác định các chỉ
		// tiêu chủ yếu … như sau:") where no "kết quả" comes first.
		for j := from; j < end && j < from+4; j++ {
			if !targetFirst.has(p.toks[j].id) && !leadTargetFirst.has(p.toks[j].id) {
				continue
			}
			for _, cue := range leadTargetCues {
				if _, ok := phraseAt(p.toks, j, +1, cue); ok && !p.achievement(j) {
					return true
				}
			}
		}
		if p.toks[end-1].fold == ":" {
			for j := from; j < end; j++ {
				if seq(p.toks, j, "ket", "qua") {
					break
				}
				if seq(p.toks, j, "phan", "dau") || seq(p.toks, j, "xac", "dinh", "cac", "chi", "tieu") || seq(p.toks, j, "de", "ra", "cac", "chi", "tieu") {
					return true
				}
				// The tasks set for a period: "Nhiệm vụ năm 2022, hội
				// nghị thống nhất:", "UBKT Tỉnh ủy đề ra nhiệm vụ:",
				// "Quý IV/2023, UBKT các cấp tập trung:".
				// ("… đã tập trung:" reports what was done.) "Hội nghị thống
				// nhất một số chỉ tiêu chủ yếu năm 2017:", "Quận ủy đặt ra các
				// mục tiêu:" name targets, but
				// "… đạt 15/17 chỉ tiêu:" results.
				if (seq(p.toks, j, "nhiem", "vu") && j+2 < end && (p.toks[j+2].fold == "nam" || p.toks[j+2].fold == "quy" || p.toks[j+2].fold == ":") ||
					seq(p.toks, j, "tap", "trung", ":") || (seq(p.toks, j, "chi", "tieu") || seq(p.toks, j, "muc", "tieu")) && !p.achievement(j)) && !p.saysDone(from, end) {
					return true
				}
				// A plan announced: "Trung tâm thông báo kế hoạch mở lớp như
				// sau:", "dự kiến mở các lớp:" (not "Căn cứ kế hoạch …",
				// "Thực hiện kế hoạch …, đã …").
				if (seq(p.toks, j, "ke", "hoach") && !p.underPlan(j) || seq(p.toks, j, "du", "kien")) && !p.saysDone(from, end) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// targetSection reports whether the number at toks[i] stands in a
// paragraph under a heading of targets: a short line of its own that
// opens with "Mục tiêu", "Chỉ tiêu", "Phương hướng" or "Nhiệm vụ năm …"
// ("Mục tiêu cụ thể", "III. Phương hướng, nhiệm vụ năm 2025"), up to the
// next heading. A "đã" before the number in its sentence reports a
// result.
func (p *pass) targetSection(i int) bool {
	if p.sub {
		return false
	}
	if !p.secBuilt {
		p.buildSections()
	}
	for _, sec := range p.secs {
		if sec[0] <= i && i < sec[1] {
			return !p.saysDone(p.sentStart(i), i)
		}
	}
	return false
}

// buildSections finds the target sections of targetSection once per
// document: from a heading of targets for thirty lines at most, up to
// the next heading. Every line starts a sentence, so it looks at the
// sentences' starts and the line ends that close them, not at every
// token.
func (p *pass) buildSections() {
	p.secBuilt = true
	p.secs = p.secs[:0]
	open, left := -1, 0
	for _, b := range p.bounds {
		if st := b[0]; st == 0 || p.toks[st-1].kind == tokNewline {
			end := st
			for end < len(p.toks) && end-st <= 10 && p.toks[end].kind != tokNewline {
				end++
			}
			if st < end && end < len(p.toks) && p.toks[end].kind == tokNewline && p.headingLine(st, end) {
				if open >= 0 {
					p.secs = append(p.secs, [2]int{open, st})
					open = -1
				}
				if p.targetHeading(st, end) {
					open, left = end, 30
				}
			}
		}
		if open < 0 {
			continue
		}
		// The line ends in the breaks that close the sentence: each
		// opens a line, the thirty-first past the heading ends the
		// section.
		k := b[1]
		for k > b[0] && p.toks[k-1].brk == sentBrk {
			k--
		}
		for ; k < b[1] && open >= 0; k++ {
			if p.toks[k].kind == tokNewline && k >= open {
				if left--; left < 0 {
					p.secs = append(p.secs, [2]int{open, k + 1})
					open = -1
				}
			}
		}
	}
	if open >= 0 {
		p.secs = append(p.secs, [2]int{open, len(p.toks)})
	}
}

// targetHeading reports whether the heading line toks[st:end] opens a
// section of targets (sectionCues), past its number ("III.", "2.").
func (p *pass) targetHeading(st, end int) bool {
	from := st
	if p.sectionHeading(st, end) {
		from = st + 2 // past "III."
	} else if p.numberedItem(st) && st+1 < end && (p.toks[st+1].fold == "." || p.toks[st+1].fold == ")") {
		from = st + 2 // past "2."
	}
	if from >= end || !p.toks[from].cap {
		return false
	}
	for _, cue := range sectionCues {
		if _, ok := phraseAt(p.toks, from, +1, cue); ok {
			return true
		}
	}
	return false
}

// headingLine reports whether the line toks[st:end] is a heading: ten
// tokens at most, no number but a year, no table cells, and no full
// stop, comma or semicolon at its end.
func (p *pass) headingLine(st, end int) bool {
	if end-st > 10 {
		return false
	}
	switch p.toks[end-1].fold {
	case ".", ",", ";", "!", "?":
		return false
	}
	for k := st; k < end; k++ {
		if t := &p.toks[k]; t.kind == tokNum && !t.year && !(k == st && p.numberedItem(st)) || t.fold == "|" {
			return false // a number, or a table's row ("Chỉ tiêu | Kế hoạch | Thực hiện")
		}
	}
	return true
}

// sectionCues open the headings of sections of targets (targetSection).
var sectionCues = [][]string{
	{"muc", "tieu"}, {"chi", "tieu"}, {"phuong", "huong"}, {"ke", "hoach", "nam"},
	{"nhiem", "vu", "nam"}, {"nhiem", "vu", "thoi", "gian", "toi"}, {"nhiem", "vu", "trong", "tam"},
	{"nhiem", "vu", ",", "giai", "phap"}, {"nhiem", "vu", "va", "giai", "phap"}, {"nhiem", "vu", "quy"},
}

// underPlan reports whether the "kế hoạch" at toks[j] is a plan acted
// under ("theo kế hoạch", "thực hiện kế hoạch", "căn cứ kế hoạch"), not
// one announced.
func (p *pass) underPlan(j int) bool {
	return j >= 1 && p.toks[j-1].fold == "theo" || j >= 2 && (seq(p.toks, j-2, "thuc", "hien") || seq(p.toks, j-2, "can", "cu"))
}

// saysDone reports whether "đã" stands among toks[from:to].
func (p *pass) saysDone(from, to int) bool {
	for k := from; k < to; k++ {
		if p.toks[k].fold == "da" && p.word(k) == "đã" {
			return true
		}
	}
	return false
}

// yearlyFloor reports whether the number at toks[i] is a floor or a
// ceiling set for every year, one required ("phải có ít nhất") or one set
// for each unit (unitNorm), a target with no cue word: "mỗi năm kết nạp
// không dưới 40 đảng viên", "kết nạp ít nhất 5.500 đảng viên mỗi năm".
// "Không dưới", "ít nhất", "tối thiểu", "tối đa" and "không quá"
// prescribe; "trên" and "hơn" describe, and "hằng năm kết nạp trên 100
// đảng viên" may well be a result.
func (p *pass) yearlyFloor(i int) bool {
	j := i - 1
	if j < 1 {
		return false
	}
	a, b := p.toks[j-1].fold, p.toks[j].fold
	// A range: "mỗi chi bộ kiểm tra từ 1 đến 2 đảng viên".
	if b == "tu" {
		return p.unitNorm(i)
	}
	if b == "den" && i >= 3 && p.toks[i-3].fold == "tu" {
		return p.unitNorm(i - 2)
	}
	// A ceiling set for a year prescribes too: "mỗi năm cử tối đa 10 đồng
	// chí đi học", "không quá 2%".
	if !(a == "khong" && b == "duoi" || a == "it" && b == "nhat" || a == "toi" && b == "thieu" || a == "toi" && b == "da" || a == "khong" && b == "qua") {
		return false
	}
	for k := p.sentStart(i); k+1 < p.sentEnd(i); k++ {
		if f := p.toks[k].fold; (f == "moi" || f == "hang") && p.toks[k+1].fold == "nam" {
			return true
		}
	}
	// A floor required: "phải có ít nhất 30% là người dân tộc Khmer".
	for k := j - 2; k >= 0 && k >= j-3; k-- {
		if p.toks[k].fold == "phai" && p.word(k) == "phải" {
			return true
		}
	}
	return p.unitNorm(i)
}

// unitNorm reports whether the number at toks[i], after a floor or first
// in a range, is a norm set for each unit ("mỗi đảng ủy cơ sở kiểm tra ít
// nhất 2 tổ chức đảng", "chỉ đạo mỗi chi bộ kiểm tra từ 1 đến 2 đảng
// viên"): a quota, so a target. The unit opens its clause, at most twelve
// tokens back.
func (p *pass) unitNorm(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && p.sent[k] == p.sent[i]; k-- {
		t := &p.toks[k]
		// "Mỗi xã kết nạp được từ 2 đến 3 đảng viên": what each did.
		if t.fold == ";" || t.kind == tokNum || t.fold == "duoc" || t.fold == "da" && p.word(k) == "đã" {
			return false
		}
		if t.fold == "moi" && p.word(k) == "mỗi" && k+1 < i && normUnits[p.toks[k+1].fold] {
			return true
		}
	}
	return false
}

// normUnits are the first words of the units a norm is set for after
// "mỗi": party bodies and places, not years ("mỗi năm", see yearlyFloor)
// nor members.
var normUnits = map[string]bool{"chi": true, "dang": true, "cap": true, "to": true, "co": true, "don": true,
	"xa": true, "phuong": true, "thon": true, "ban": true, "ap": true, "huyen": true}

// lineOf is lineStart for the numbers of a pass, which come in order:
// it goes on from the number asked about before (lineAt, whose line
// starts at lineFrom), so that a paragraph of many figures is walked
// once, not once a figure.
func (p *pass) lineOf(i int) int {
	if p.lineAt == 0 || p.lineAt-1 > i {
		p.lineAt, p.lineFrom = i+1, p.lineStart(i)
		return p.lineFrom
	}
	for j := p.lineAt - 1; j < i; j++ {
		if p.toks[j].kind == tokNewline {
			p.lineFrom = j + 1
		}
	}
	p.lineAt = i + 1
	return p.lineFrom
}

// lineStart returns the first token of the line that holds toks[i] (of
// the line it ends, for a newline).
// cellsStart returns the first token of the line of toks[i] as a
// table's row: after a '|' that opens it ("| Khiển trách | 3 | 118 |",
// as tables are written in Markdown), its first cell.
func (p *pass) cellsStart(i int) int {
	ls := p.lineStart(i)
	if ls < i && p.toks[ls].fold == "|" {
		ls++
	}
	return ls
}

func (p *pass) lineStart(i int) int {
	for i > 0 && p.toks[i-1].kind != tokNewline {
		i--
	}
	return i
}

// numberedItem reports whether the line at toks[ls] opens with an item's
// number: "2.", "3)".
func (p *pass) numberedItem(ls int) bool {
	t := &p.toks[ls]
	if t.kind != tokNum || t.value < 1 || t.value > 30 || ls+1 >= len(p.toks) {
		return false
	}
	f := p.toks[ls+1].fold
	return (f == "." || f == ")") && p.toks[ls+1].start == t.end
}

// sectionHeading reports whether toks[st:end], a line, is a report's
// section heading numbered in Roman: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016".
func (p *pass) sectionHeading(st, end int) bool {
	if end-st < 3 || p.toks[st+1].fold != "." || p.toks[st].kind != tokWord {
		return false
	}
	for _, c := range p.toks[st].fold {
		if c != 'i' && c != 'v' && c != 'x' {
			return false
		}
	}
	return true
}

// bullet reports whether t marks an item of a list.
func bullet(t *token) bool {
	switch t.fold {
	case "-", "+", "•", "*": // every dash is '-' after normalize
		return true
	}
	return false
}

// leadTargetCues open a line over a list of targets: the target cues and
// "phương hướng" (the plans of a report's last part).
var leadTargetCues = append([][]string{{"phuong", "huong"}}, targetCues[1:]...)

// leadTargetFirst holds the first word ids of leadTargetCues that
// targetFirst lacks.
var leadTargetFirst = func() bitset {
	var b bitset
	b.set(wordIDs([]string{"phuong"})[0])
	return b
}()

var targetCues = [][]string{
	{"se"}, // "sẽ kiểm tra 2 tổ chức đảng": a plan
	{"phan", "dau"}, {"chi", "tieu"}, {"muc", "tieu"}, {"du", "kien"}, {"ke", "hoach", "nam"},
	{"de", "ra", "muc", "tieu"}, {"giao", "chi", "tieu"}, {"de", "ra", "ke", "hoach"},
	{"de", "ra", "chuong", "trinh"}, // "đề ra chương trình kiểm tra 10 tổ chức đảng"
	{"xac", "dinh", ":"},            // "Nghị quyết đại hội xác định: hằng năm kết nạp …"
	{"xac", "dinh", "tiep", "tuc"},  // "Năm 2012, Ủy ban Kiểm tra xác định tiếp tục …; trong đó kiểm tra 7 tổ chức đảng"
	{"yeu", "cau"},                  // "Tỉnh ủy yêu cầu … kết nạp ít nhất 760 đảng viên"
	{"theo", "ke", "hoach", ","},    // "Theo kế hoạch, trong tháng 6, Huyện ủy mở 2 lớp …"
	{"ke", "hoach", "kiem", "tra"},  // "kế hoạch kiểm tra tài chính đảng tại 14 tổ chức cơ sở đảng"
	{"ke", "hoach", "giam", "sat"},
	{"dat", "ke", "hoach"}, // "Ban Tổ chức đặt kế hoạch phát thẻ cho khoảng 2.000 đảng viên"
	{"duoc", "giao"},       // "Trung tâm được giao mở 2 lớp sơ cấp lý luận chính trị"
	{"nhiem", "vu"},        // "Nhiệm vụ 6 tháng cuối năm, Đảng ủy Khối tập trung … kết nạp 150 đảng viên"
	// "Nghị quyết đại hội đề ra mỗi năm kết nạp từ 2.000 đảng viên trở
	// lên": what "đề ra" sets out, each year or after a colon.
	{"de", "ra", "moi", "nam"}, {"de", "ra", "hang", "nam"}, {"de", "ra", ":"},
	{"ke", "hoach", "ket", "nap"}, // "Để hoàn thành kế hoạch kết nạp 1.200 đảng viên"
}

// The indexes in targetCues of the cues that cueFits looks at.
var (
	cueSe          = cueIndex("se")
	yeuCau         = cueIndex("yeu", "cau")
	keHoachKiemTra = cueIndex("ke", "hoach", "kiem", "tra")
	keHoachGiamSat = cueIndex("ke", "hoach", "giam", "sat")
	datKeHoach     = cueIndex("dat", "ke", "hoach")
	keHoachKetNap  = cueIndex("ke", "hoach", "ket", "nap")
	nhiemVu        = cueIndex("nhiem", "vu")
)

func cueIndex(words ...string) int {
	return slices.IndexFunc(targetCues, func(c []string) bool { return slices.Equal(c, words) })
}

// cueFits reports whether the target cue targetCues[c] found at toks[j]
// stands as a cue there: its words mean other things too.
func (p *pass) cueFits(c, j int) bool {
	switch c {
	case cueSe:
		// Folding makes "sẻ" of "chia sẻ" read "sẽ": check the word.
		return p.word(j) == "sẽ"
	case yeuCau:
		return p.demand(j)
	case datKeHoach:
		// "đặt kế hoạch" sets a plan; "đạt kế hoạch", folded alike, met it.
		return p.word(j) == "đặt"
	case nhiemVu:
		// The tasks of a period opening the sentence: "Nhiệm vụ 6 tháng
		// cuối năm, …", "Nhiệm vụ năm 2025, …", "Nhiệm vụ thời gian tới".
		if j != p.sentStart(j) || j+2 >= len(p.toks) {
			return false
		}
		switch n := &p.toks[j+2]; {
		case n.fold == "nam" || n.fold == "quy" || n.fold == "thoi":
			return true
		case n.kind == tokNum:
			return j+3 < len(p.toks) && p.toks[j+3].fold == "thang"
		}
		return false
	case keHoachKiemTra, keHoachGiamSat, keHoachKetNap:
		// "Thực hiện kế hoạch kiểm tra năm 2024, Ủy ban Kiểm tra kiểm tra
		// 15 tổ chức đảng" reports what was done under the plan.
		return !(j >= 1 && p.toks[j-1].fold == "theo" || j >= 2 && p.toks[j-2].fold == "thuc" && p.toks[j-1].fold == "hien")
	}
	return true
}

// demand reports whether the "yêu cầu" at toks[j] is a body's demand,
// said after its name ("Ban Thường vụ Tỉnh ủy yêu cầu", "đề ra yêu
// cầu:"): not a requirement met or followed ("đạt yêu cầu", "theo yêu
// cầu", "đáp ứng yêu cầu"), nor one of a list of things done (", yêu cầu
// truy thu 46,8 triệu đồng; giải quyết 3 đơn").
func (p *pass) demand(j int) bool {
	if j == 0 || p.toks[j-1].kind != tokWord {
		return false
	}
	switch p.toks[j-1].fold {
	case "theo", "ung", "dat", "dung", "cac", "nhung", "voi", "moi", "nhieu":
		return false
	}
	// "kiểm tra tài chính đảng 97 tổ chức đảng, qua đó yêu cầu nộp lại
	// …": what the inspection led to.
	return !(j >= 2 && p.toks[j-1].fold == "do" && p.toks[j-2].fold == "qua")
}

// word returns toks[j] as written, in lower case.
func (p *pass) word(j int) string {
	return normalize.Lower(p.nt.Norm[p.toks[j].start:p.toks[j].end])
}

// purpose reports whether "để" stands just before toks[k] ("để hoàn thành
// chỉ tiêu": a goal, not an achievement).
func (p *pass) purpose(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if p.toks[j].fold == "de" && p.word(j) == "để" {
			return true
		}
	}
	return false
}

// targetCueIDs are the target cues' word ids: a cue is found by the ids
// of the tokens (a number's is 0), not by comparing their folds.
var targetCueIDs = func() [][]int32 {
	ids := make([][]int32, len(targetCues))
	for c, cue := range targetCues {
		ids[c] = wordIDs(cue)
	}
	return ids
}()

// targetFirst holds the first word ids of the target cues.
var targetFirst = func() bitset {
	var b bitset
	for _, c := range targetCues {
		b.set(wordIDs(c[:1])[0])
	}
	return b
}()

// achievement reports whether the cue at j completes an achievement
// ("đạt 35,34% chỉ tiêu", "vượt chỉ tiêu", "hoàn thành chỉ tiêu").
func (p *pass) achievement(j int) bool {
	// Within the cue's sentence: "… chiếm 18,2%. Mục tiêu đến năm 2020"
	// sets a target.
	for k := j - 1; k >= 0 && k >= j-3 && p.sent[k] == p.sent[j]; k-- {
		t := &p.toks[k]
		// "đạt 35% chỉ tiêu", "17/19 chỉ tiêu chủ yếu đạt và vượt".
		if t.kind == tokNum && (t.percent || t.hasDen) {
			return true
		}
		switch t.fold {
		case "dat":
			// "đạt 35% chỉ tiêu", but not "đặt mục tiêu" (to set one)
			// nor "để đạt chỉ tiêu" (in order to).
			if p.word(k) != "đặt" && !p.purpose(k) {
				return true
			}
		case "thanh":
			// "hoàn thành 100% chỉ tiêu", but not "Đảng bộ thành phố phấn
			// đấu".
			if k > 0 && p.toks[k-1].fold == "hoan" && !p.purpose(k) {
				return true
			}
		case "vuot", "bang":
			return true
		case "so":
			// "so với chỉ tiêu", not "một số chỉ tiêu" (some targets).
			if k+1 < len(p.toks) && p.toks[k+1].fold == "voi" {
				return true
			}
		}
	}
	return false
}

// qualify fills the context qualifiers of inspections and classes.
func (p *pass) qualify(f *found) {
	switch f.Metric {
	case "training.classes":
		if f.Qualifiers.Topic == "" {
			f.Qualifiers.Topic = p.cue("topic", f.tok+1, p.clauseEnd(f.tok, 14))
			if f.Qualifiers.Topic == "" {
				f.Qualifiers.Topic = p.cue("topic", p.sentStart(f.tok), f.tok)
			}
			if f.Qualifiers.Topic == "" {
				f.Qualifiers.Topic = "other"
			}
		}
	case "inspection.orgs", "inspection.members":
		if f.Qualifiers.Actor == "" {
			// The actor is named before; it may be the previous sentence's
			// subject ("UBKT Tỉnh ủy đã ... . Qua đó, kiểm tra 12 ...").
			f.Qualifiers.Actor = p.nearestCue("actor", f.tok, p.sentStart(f.tok))
			if st := p.sentStart(f.tok); f.Qualifiers.Actor == "" && st > 0 {
				f.Qualifiers.Actor = p.nearestCue("actor", st, p.sentStart(st-1))
			}
		}
		if f.Qualifiers.Kind == "" {
			// The kind nearest before the number, else the first after it.
			f.Qualifiers.Kind = p.nearestCue("kind", f.tok, p.sentStart(f.tok))
			if f.Qualifiers.Kind == "" {
				f.Qualifiers.Kind = p.cue("kind", f.tok, p.clauseEnd(f.tok, 20))
			}
		}
		if f.Qualifiers.Actor == "" {
			// Inspections on signs of violation, of how inspection and
			// discipline are carried out, and of party finance are the
			// inspection commissions' by the Party's statute.
			switch f.Qualifiers.Kind {
			case "violation_signs", "task_execution", "finance":
				f.Qualifiers.Actor = "inspection_commission"
			}
		}
	}
}

func (p *pass) sentStart(i int) int { return p.bounds[p.sent[i]][0] }

func (p *pass) sentEnd(i int) int { return p.bounds[p.sent[i]][1] }

func (p *pass) clauseEnd(i, max int) int {
	j := i + 1
	for j < len(p.toks) && j < i+max && !p.toks[j].clauseBreak() {
		j++
	}
	return j
}

// cue returns the value of the first qualifier cue (in rules-file order)
// of the given name found in toks[from:to].
func (p *pass) cue(name string, from, to int) string {
	qi := p.x.rules.qualBy[name]
	if qi == nil {
		return ""
	}
	for _, q := range qi.cues {
		for j := from; j < to; j++ {
			if p.toks[j].id != q.first {
				continue
			}
			if end, ok := phraseAt(p.toks, j, +1, q.phrase); ok && end <= to && !p.schoolOf(j) {
				return q.value
			}
		}
	}
	return ""
}

// schoolOf reports whether the cue at toks[j] names a school ("Trường
// Chính trị tỉnh", "Trung tâm Chính trị huyện"), which teaches classes
// of every topic: it says none of them.
func (p *pass) schoolOf(j int) bool {
	return j >= 1 && p.toks[j-1].fold == "truong" || j >= 2 && p.toks[j-2].fold == "trung" && p.toks[j-1].fold == "tam"
}

// nearestCue returns the value of the qualifier cue nearest before toks[i]
// and not before toks[start].
func (p *pass) nearestCue(name string, i, start int) string {
	qi := p.x.rules.qualBy[name]
	if qi == nil {
		return ""
	}
	for j := i - 1; j >= start; j-- {
		if !qi.first.has(p.toks[j].id) {
			continue
		}
		for _, q := range qi.cues {
			if p.toks[j].id != q.first {
				continue
			}
			if end, ok := phraseAt(p.toks, j, +1, q.phrase); ok && end <= i {
				if name == "actor" && end < len(p.toks) && p.toks[end].fold == "vien" {
					// "cấp ủy viên", "Tỉnh ủy viên": a member of a
					// committee, no body that inspects.
					continue
				}
				// "UBKT Tỉnh ủy", "Ủy ban Kiểm tra Huyện ủy": a committee's
				// name after the commission's is the commission's.
				if name == "actor" && q.value == "committee" {
					if v := p.nearestCue(name, j, max(start, j-6)); v == "inspection_commission" {
						return v
					}
				}
				return q.value
			}
		}
	}
	return ""
}

// rounds reports whether a headline's v with bound cmp rounds the exact
// x: v a round number (a multiple of 100, or of 10 below 100) that x lies
// just above ("hơn", "trên"), just below ("gần", "dưới") or near
// ("khoảng"), within a tenth of v.
func rounds(v float64, cmp string, x float64) bool {
	if v < 10 || v != math.Trunc(v) || x == v {
		return false
	}
	if v < 100 && math.Mod(v, 10) != 0 || v >= 100 && math.Mod(v, 100) != 0 {
		return false
	}
	d := v / 10
	switch cmp {
	case ">", ">=":
		return x > v && x < v+d
	case "<", "<=":
		return x < v && x > v-d
	case "~":
		return math.Abs(x-v) < d
	}
	return false
}

// dedupe drops repeats of one statement, keeping the first occurrence:
// a figure of the headline block restated in the body (also under its
// parent or child metric: "one number gives one figure"), a sentence
// repeated word for word (a caption printed twice), and a rounded figure
// ("hơn 120%", "hơn 16 nghìn") beside the precise one (121%, 16.212).
func (p *pass) dedupe() {
	if len(p.figs) < 2 {
		return
	}
	head := p.headEnd()
	drop := make([]bool, len(p.figs))
	tax := p.x.tax
	related := func(a, b *found) bool {
		return a.mi == b.mi || tax.parentOf(a.mi) == b.mi && b.mi >= 0 || tax.parentOf(b.mi) == a.mi && a.mi >= 0
	}
	// A headline figure against every later one: the headline block is short.
	for a := range p.figs {
		fa := &p.figs[a]
		if fa.tok >= head {
			break
		}
		for b := a + 1; b < len(p.figs); b++ {
			fb := &p.figs[b]
			if !drop[b] && fb.tok >= head && fa.Value == fb.Value && fa.Unit == fb.Unit && fa.Modality == fb.Modality && related(fa, fb) {
				drop[b] = true
				if fa.mi == fb.mi {
					// The body says who inspected what the headline
					// only counts ("Quý I, kiểm tra 42 tổ chức đảng").
					fillQualifiers(&fa.Qualifiers, &fb.Qualifiers)
				}
			}
		}
	}
	// "đã có 62/64 chi bộ ...": the total of a ratio restates an earlier
	// figure. The same sentence word for word, elsewhere, restates it too
	// (one hash per sentence).
	if p.dd == nil {
		p.dd = &dedupeSets{}
	}
	dd := p.dd
	dd.reset(len(p.figs))
	lastSent, lastHash := -1, uint64(0)
	bounded := false
	// First the keys: which figures have one an earlier figure has (had),
	// and which share theirs with any other (multi). Only those can
	// restate another, so only their sentences are hashed.
	for b := range p.figs {
		f := &p.figs[b]
		k := dedupeKey{f.mi, unitCode(f.Unit), modCode(f.Modality), valueBits(f.Value)}
		dd.keys[b] = k
		h := k.hash()
		dd.hashes[b] = h
		if a := dd.first.find(h, func(a int32) bool { return dd.keys[a] == k }); a >= 0 {
			dd.had[b], dd.multi[b] = true, true
			dd.multi[dd.first.slots[a]-1] = true
			// "58/58 tổ chức cơ sở đảng đã tổ chức xong đại hội … có 58
			// tổ chức cơ sở đảng": a count equal to an earlier ratio's
			// total restates it.
			// A table's cell that repeats a figure of the text ("kết nạp
			// 418 đảng viên", then "Kết nạp đảng viên mới | 392 | 418")
			// restates it too.
			e := &p.figs[dd.first.slots[a]-1]
			if e.denOnly && !f.denOnly || p.totalRow(f.tok) || p.restatedTotal(f.tok) || p.pipes && p.tableCellAt(f.tok) && !p.tableCellAt(e.tok) {
				drop[b] = true
			}
		} else {
			dd.first.insert(h, int32(b))
		}
		if f.Cmp != "=" {
			bounded = true
		}
	}
	for b := range p.figs {
		f := &p.figs[b]
		if drop[b] || !dd.multi[b] {
			continue
		}
		k, h := dd.keys[b], dd.hashes[b]
		if dd.had[b] && f.denOnly {
			drop[b] = true
			continue
		}
		if f.sent != lastSent {
			lastSent, lastHash = f.sent, p.sentenceHash(f.tok)
		}
		dd.sents[b] = lastHash
		hs := (h ^ lastHash) * 0x9E3779B97F4A7C15
		if at := dd.seen.find(hs, func(a int32) bool { return dd.keys[a] == k && dd.sents[a] == lastHash }); at >= 0 {
			if p.figs[dd.seen.slots[at]-1].sent != f.sent {
				drop[b] = true
				continue
			}
			dd.seen.slots[at] = int32(b) + 1
			continue
		}
		dd.seen.insert(hs, int32(b))
	}
	// A rounded figure beside the precise one: compare only bounded ones,
	// which are few.
	if bounded {
		for a := range p.figs {
			fa := &p.figs[a]
			if fa.Cmp == "=" || drop[a] {
				continue
			}
			// A floor or a ceiling ("từ 2.000 đảng viên trở lên", "không
			// quá 5%") is a limit set, not a rounding: in the body it
			// stands beside a near exact figure ("giao chỉ tiêu kết nạp
			// 2.050") as a statement of its own.
			limit := fa.Cmp == ">=" || fa.Cmp == "<="
			for b := range p.figs {
				fb := &p.figs[b]
				// A headline rounds more loosely: "Kết nạp hơn 1 nghìn
				// đảng viên mới" over "kết nạp 1.078 đảng viên".
				if b != a && !drop[b] && fb.Cmp == "=" && fb.Metric == fa.Metric && fb.Unit == fa.Unit && fb.Modality == fa.Modality &&
					(near(fa.Value, fb.Value) && (!limit || fa.tok < head) || fa.tok < head && fb.tok >= head && rounds(fa.Value, fa.Cmp, fb.Value)) {
					drop[a] = true
					break
				}
			}
		}
	}
	p.figs = keepFigs(p.figs, func(k int) bool { return !drop[k] })
}

// dedupeKey is what makes two figures one statement: metric, unit,
// modality and value, as numbers so that a key hashes and compares fast.
type dedupeKey struct {
	metric         int32  // found.mi
	unit, modality uint8  // unitCode, modCode
	value          uint64 // valueBits
}

// valueBits is v's bits, the same for the equal 0 and -0: a key with no
// float in it hashes as plain memory.
func valueBits(v float64) uint64 {
	if v == 0 {
		return 0
	}
	return math.Float64bits(v)
}

// unitCode and modCode number the units and modalities.
func unitCode(u string) uint8 {
	if u == UnitPercent {
		return 1
	}
	return 0
}

func modCode(m string) uint8 {
	switch m {
	case Target:
		return 1
	case Change:
		return 2
	}
	return 0
}

// metricIndex returns the index of metric key in the taxonomy. A key not
// in it (rules made for another taxonomy) gets a negative number, the
// same for the same key within the document.
func (p *pass) metricIndex(key string) int32 {
	if i := p.x.tax.Index(key); i >= 0 {
		return int32(i)
	}
	for k := range p.figs {
		if p.figs[k].Metric == key {
			return p.figs[k].mi
		}
	}
	p.unknown--
	return p.unknown
}

// dedupeSets are dedupe's sets of figures, kept for the next document:
// first holds the first figure of each key, seen the last of each key and
// sentence (by sentenceHash); keys and sents are each figure's.
type dedupeSets struct {
	first, seen figSet
	keys        []dedupeKey
	hashes      []uint64 // the keys' hashes
	sents       []uint64
	had, multi  []bool // an earlier figure has the key; another figure has it
}

func (dd *dedupeSets) reset(n int) {
	dd.first.reset(n)
	dd.seen.reset(n)
	dd.keys = slices.Grow(dd.keys[:0], n)[:n]
	dd.hashes = slices.Grow(dd.hashes[:0], n)[:n]
	dd.sents = slices.Grow(dd.sents[:0], n)[:n]
	dd.had = append(dd.had[:0], make([]bool, n)...)
	dd.multi = append(dd.multi[:0], make([]bool, n)...)
}

// figSet is a set of figure indexes hashed by a key of the caller's: an
// open-addressing table, which costs a document's few dozen figures much
// less than a map.
type figSet struct {
	slots []int32 // figure index + 1; 0 is empty
}

// reset empties the set, with room for n figures.
func (s *figSet) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
		return
	}
	s.slots = make([]int32, size)
}

// find returns the slot of the figure with hash h that eq accepts, or -1.
func (s *figSet) find(h uint64, eq func(int32) bool) int {
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := s.slots[i]
		if v == 0 {
			return -1
		}
		if eq(v - 1) {
			return int(i)
		}
	}
}

// insert adds figure a with hash h (not in the set).
func (s *figSet) insert(h uint64, a int32) {
	mask := uint64(len(s.slots) - 1)
	i := h & mask
	for s.slots[i] != 0 {
		i = (i + 1) & mask
	}
	s.slots[i] = a + 1
}

// hash mixes the key's fields into a well-spread word.
func (k dedupeKey) hash() uint64 {
	h := uint64(uint32(k.metric)) | uint64(k.unit)<<32 | uint64(k.modality)<<40
	h = (h ^ k.value*0xff51afd7ed558ccd) * 0xc4ceb9fe1a85ec53
	return h ^ h>>29
}

// sentenceHash hashes the folded words and numbers of the sentence of
// token i (after FNV-1a, written out: the hash.Hash interface cost more
// than the rest of dedupe).
func (p *pass) sentenceHash(i int) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for k := p.sentStart(i); k < p.sentEnd(i); k++ {
		t := &p.toks[k]
		if t.brk == sentBrk {
			continue // "…giao\n" and "…giao\n\n" are the same sentence
		}
		if t.id != 0 {
			// A word a rule names has an id for its fold: one step.
			h = (h ^ uint64(t.id) | 1<<40) * prime
		} else {
			// Eight bytes a step: byte by byte, the chain of
			// multiplications was most of the hash's time.
			f := t.fold
			for ; len(f) >= 8; f = f[8:] {
				h = (h ^ load64(f)) * prime
				h ^= h >> 32
			}
			x := uint64(len(f)) << 56
			for j := 0; j < len(f); j++ {
				x |= uint64(f[j]) << (8 * j)
			}
			h = (h ^ x) * prime
		}
		if t.kind == tokNum {
			v := math.Float64bits(t.value)
			for j := 0; j < 8; j++ {
				h = (h ^ (v & 0xff)) * prime
				v >>= 8
			}
		}
		h = (h ^ 0) * prime
	}
	return h
}

// totalsOnly drops the parts of total-only metrics: shares of them, and
// counts smaller than one stated before.
func (p *pass) totalsOnly() {
	if len(p.x.rules.totalOnly) == 0 {
		return
	}
	var max map[string]float64
	p.figs = keepFigs(p.figs, func(k int) bool {
		f := &p.figs[k]
		var only bool
		if f.mi >= 0 && int(f.mi) < len(p.x.totalOnly) {
			only = p.x.totalOnly[f.mi]
		} else {
			only = p.x.rules.totalOnly[f.Metric]
		}
		if only && f.Modality == Actual && !f.whole {
			if max == nil {
				max = map[string]float64{}
			}
			if f.Unit == UnitPercent {
				return false
			}
			if m, ok := max[f.Metric]; ok && f.Value < m && !p.congressOwn(f.tok) {
				return false
			}
			max[f.Metric] = f.Value
		}
		return true
	})
}

// congressOwn reports whether the count at toks[i] is a congress's own
// count of delegates, not a part of one before: "Đại hội có 210 đại
// biểu", "đại hội diễn ra với 200 đại biểu chính thức", in a report of
// several congresses; but not "Trong số đại biểu dự đại hội có 48 đại
// biểu nữ".
func (p *pass) congressOwn(i int) bool {
	j := p.boundStart(i) - 1
	if j < 2 {
		return false
	}
	switch p.toks[j].fold {
	case "co", "voi", "tap":
	default:
		return false
	}
	for k := j - 1; k >= 1 && k >= j-10; k-- {
		if p.toks[k].kind != tokWord {
			return false
		}
		if p.toks[k-1].fold == "dai" && p.toks[k].fold == "hoi" {
			for m := p.sentStart(i); m < k; m++ {
				if p.toks[m].fold == "trong" && (p.toks[m+1].fold == "so" || p.toks[m+1].fold == "do") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// keepFigs keeps the figures that keep accepts, asked in order, moving
// only those after the first dropped one: most documents drop none, and
// a move, while the garbage collector marks, costs a barrier over it.
func keepFigs(figs []found, keep func(k int) bool) []found {
	n := 0
	for k := range figs {
		if !keep(k) {
			continue
		}
		if n != k {
			figs[n] = figs[k]
		}
		n++
	}
	return figs[:n]
}

// near reports whether a rounded value and a precise one are within 5%.
func near(a, b float64) bool {
	return a != b && a != 0 && math.Abs(a-b)/math.Abs(a) < 0.05
}

// headEnd returns the first token of the body: the headline block is the
// run of short lines at the top of the text.
func (p *pass) headEnd() int {
	if p.head > 0 {
		return p.head - 1
	}
	h := p.findHeadEnd()
	p.head = h + 1
	return h
}

func (p *pass) findHeadEnd() int {
	lineStart := 0
	words := 0
	for i := range p.toks {
		if p.toks[i].kind == tokNewline {
			if words >= 30 {
				return lineStart
			}
			words = 0
			lineStart = i + 1
			continue
		}
		words++
	}
	if words >= 30 {
		return lineStart // the last line, with no line end after it
	}
	// A brief of short lines: a first line set off by a blank line is
	// its headline ("Kết nạp 21 đảng viên", then the body's "… kết nạp
	// 21 đảng viên mới").
	for i := range p.toks {
		if p.toks[i].kind == tokNewline {
			if i > 0 && i+2 < len(p.toks) && p.toks[i+1].kind == tokNewline && p.toks[i+2].kind != tokNewline {
				return i + 2
			}
			break
		}
	}
	return 0
}

// fillQualifiers sets the qualifiers that q lacks from those of from, a
// restatement of the same figure.
func fillQualifiers(q, from *Qualifiers) {
	if q.BadgeYears == 0 {
		q.BadgeYears = from.BadgeYears
	}
	if q.Topic == "" {
		q.Topic = from.Topic
	}
	if q.Actor == "" {
		q.Actor = from.Actor
	}
	if q.Kind == "" {
		q.Kind = from.Kind
	}
}
