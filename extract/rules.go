package extract

import (
	"bufio"
	"cmp"
	_ "embed"
	"fmt"
	"io"
	"math/bits"
	"os"
	"slices"
	"strconv"
	"strings"
)

//go:embed data/rules.txt
var rulesTXT string

// A rules file holds one rule per line:
//
//	METRIC [OPTION ...]: PATTERN
//
// METRIC is a taxonomy key, "-" for a veto (the number is not a figure
// when this rule wins), or "=prev" to take the metric of the figure just
// before in the same sentence. A PATTERN is a sequence of elements around
// exactly one number slot:
//
//	word        a word, matched without case or diacritics ("dang vien"
//	            matches "đảng viên" and the typo "dảng viên")
//	(a|b c)     one of several phrases
//	[a|b c]     an optional phrase
//	…  …12      a gap of up to 6 (or 12) tokens inside the clause
//	~  ~3       a gap of words only: no number, punctuation or "và"; a
//	            bracketed group of words counts as one word
//	'('         punctuation or words taken literally, alone or among
//	            alternatives ("[co|':']")
//	!(a|b)      the next token (outwards from the number) is none of these
//	N           the number slot: a count
//	N%          the number slot: a share ("45%", "45 phần trăm")
//	N*          the number slot: either
//	Y           a second number read as the badge tier (badge_years)
//	M           a second number, matched and left to its own rules
//	M%          a second number that is a share, likewise
//
// Options: id=NAME (default METRIC#K, K counting the metric's rules),
// mod=target|change|actual (fixes the modality; mod=prev, on a =prev
// rule, takes the change and its sign from the figure read: "tăng 103
// đảng viên, tương đương 9,4%"), sign=- (a negative change),
// after=METRIC[,METRIC] (only when the figure just before in the
// sentence has one of these metrics, or a metric whose parent it is;
// "rating.orgs.*" names every metric under rating.orgs),
// ratio=num|den|both|split (which side of "X/Y" is the figure; den by
// default; both makes Y a target of the same metric; split leaves Y to
// the other rules, as a figure of its own),
// keep=den (on a veto: a ratio's denominator is still read by the other
// rules, "9/11 đảng bộ đạt ..." keeps the 11), score=K (from -1000 to
// 1000, added to the rule's score), topic=, actor=, kind= (fixed
// qualifiers), provincial=METRIC (the figure's metric when the report's
// subject is a province's or a centrally-run city's organisation and no
// other organisation is named before the number in its sentence: under
// a Tỉnh ủy, "39 đảng bộ trực thuộc" are its direct committees),
// whole=yes (the figure is a total of its own, which a total-only line
// does not drop: the delegation to a higher congress). Lines starting
// with '#' and blank lines are ignored.
//
// A line "context METRIC: PHRASE" lets a sentence that names its
// subject before its figures stand for a figure of METRIC: where PHRASE
// comes before a number in its sentence and no figure does, a rule with
// after=METRIC may match ("Trong số đảng viên mới kết nạp, nữ chiếm 54%").
//
// A line "total-only METRIC" says that only the total of METRIC is a
// figure: a later, smaller count of it in the document and any share of
// it are its parts and are dropped (congress delegates: women, ages, ...).
//
// Of all rules that match a number, the one with the most matched words
// wins, fewer skipped tokens breaking ties, then file order.

// Rules is a compiled rule set. The zero value has no rules.
type Rules struct {
	list []*rule // in file order
	// rank is list by descending bound (rule.bound), filePos and bounds
	// the file position and bound of each.
	rank    []*rule
	filePos []int
	bounds  []int
	// leftID numbers the distinct left sides of the ranked rules (lefts
	// of them): rules that share one match it once per number.
	leftID []int32
	lefts  int
	// byRight and byLeft index rules by the word (or two words) they need
	// right after or right before the number, as sets of rule indexes;
	// always holds the others.
	byRight, byLeft keyIndex
	always          bitset
	// groups indexes the rules' required phrases (rule.required), so that
	// a sentence rules out at once the rules whose phrases its words
	// cannot start.
	groups groupIndex
	// slotOK holds the rules whose number slot takes a count ([0]) or a
	// share ([1]).
	slotOK [2]bitset
	// Qualifier cue lists, by qualifier name and value.
	quals []qualCue
	// qualBy is quals by name (index).
	qualBy map[string]*qualIndex
	// totalOnly lists the metrics whose parts are not figures.
	totalOnly map[string]bool
	// contexts are the phrases that stand for a figure (context lines),
	// ctxFirst the ids of their first words, ctxByFirst the cues by
	// their first word: "đảng" opens one cue and a good part of a text.
	contexts   []contextCue
	ctxFirst   bitset
	ctxByFirst []ctxGroup
}

// contextCue is a "context METRIC: PHRASE" line.
type contextCue struct {
	metric string
	ids    []int32 // PHRASE's word ids
}

// ctxGroup lists the contexts (by index) whose phrases open with first.
type ctxGroup struct {
	first int32
	cues  []int
}

// Len reports the number of rules.
func (r *Rules) Len() int { return len(r.list) }

type qualCue struct {
	name, value string
	phrase      []string
	first       int32 // the id of phrase[0]
	line        int
}

// qualIndex holds the cues of one qualifier name, in file order, and the
// ids of their first words, so that a position no cue can start at is
// passed over at once.
type qualIndex struct {
	cues  []qualCue
	first bitset
}

// RuleError is a problem in a rules file.
type RuleError struct {
	File string
	Line int
	Err  error
}

func (e *RuleError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *RuleError) Unwrap() error { return e.Err }

// ParseRules reads a rules file. name is used in errors, which name the
// line. tax checks metric keys; nil means DefaultTaxonomy.
func ParseRules(name string, r io.Reader, tax *Taxonomy) (*Rules, error) {
	if tax == nil {
		tax = DefaultTaxonomy()
	}
	rs := &Rules{}
	counts := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "total-only ") {
			m := strings.TrimSpace(strings.TrimPrefix(line, "total-only "))
			if _, ok := tax.Lookup(m); !ok {
				return nil, &RuleError{name, n, fmt.Errorf("total-only: unknown metric %q", m)}
			}
			if rs.totalOnly == nil {
				rs.totalOnly = map[string]bool{}
			}
			rs.totalOnly[m] = true
			continue
		}
		if strings.HasPrefix(line, "context ") {
			c, err := parseContext(strings.TrimPrefix(line, "context "), tax)
			if err != nil {
				return nil, &RuleError{name, n, err}
			}
			rs.contexts = append(rs.contexts, c)
			continue
		}
		if strings.HasPrefix(line, "qualifier ") {
			q, err := parseQualifier(strings.TrimPrefix(line, "qualifier "))
			if err != nil {
				return nil, &RuleError{name, n, err}
			}
			q.line = n
			rs.quals = append(rs.quals, q)
			continue
		}
		ru, err := parseRule(line, tax)
		if err != nil {
			return nil, &RuleError{name, n, err}
		}
		ru.line = n
		if ru.id == "" {
			counts[ru.metric]++
			ru.id = fmt.Sprintf("%s#%d", ru.metric, counts[ru.metric])
		}
		rs.list = append(rs.list, ru)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rs.index()
	return rs, nil
}

// LoadRules reads a rules file from disk.
func LoadRules(path string, tax *Taxonomy) (*Rules, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseRules(path, f, tax)
}

var defaultRules = func() *Rules {
	rs, err := ParseRules("rules.txt", strings.NewReader(rulesTXT), nil)
	if err != nil {
		panic("extract: embedded rules: " + err.Error())
	}
	return rs
}()

// DefaultRules returns the rules built into solieu. Callers must not
// modify them.
func DefaultRules() *Rules { return defaultRules }

// Merge returns a rule set holding r's rules and then base's, leaving out
// base rules whose id r redefines. Earlier rules win ties, so r's rules
// take precedence: this is how a user file extends the built-in rules.
func (r *Rules) Merge(base *Rules) *Rules {
	out := &Rules{}
	ids := map[string]bool{}
	for _, ru := range r.list {
		ids[ru.id] = true
		out.list = append(out.list, ru)
	}
	for _, ru := range base.list {
		if !ids[ru.id] {
			out.list = append(out.list, ru)
		}
	}
	out.quals = append(append(out.quals, r.quals...), base.quals...)
	out.contexts = append(append(out.contexts, r.contexts...), base.contexts...)
	out.totalOnly = map[string]bool{}
	for _, rs := range []*Rules{r, base} {
		for m := range rs.totalOnly {
			out.totalOnly[m] = true
		}
	}
	out.index()
	return out
}

// maxBonus bounds a rule's score=K either way: a rule's score is ten
// points a matched word, and a bonus beyond this would drown them all.
const maxBonus = 1000

// parseContext reads "METRIC: PHRASE".
func parseContext(s string, tax *Taxonomy) (contextCue, error) {
	head, phrase, ok := strings.Cut(s, ":")
	if !ok {
		return contextCue{}, fmt.Errorf("context: want \"context METRIC: PHRASE\"")
	}
	m := strings.TrimSpace(head)
	if _, ok := tax.Lookup(m); !ok {
		return contextCue{}, fmt.Errorf("context: unknown metric %q", m)
	}
	words := phraseWords(phrase)
	if len(words) == 0 {
		return contextCue{}, fmt.Errorf("context: empty phrase")
	}
	return contextCue{metric: m, ids: wordIDs(words)}, nil
}

// parseQualifier reads "NAME VALUE: PHRASE".
func parseQualifier(s string) (qualCue, error) {
	head, phrase, ok := strings.Cut(s, ":")
	if !ok {
		return qualCue{}, fmt.Errorf("qualifier: want \"qualifier NAME VALUE: PHRASE\"")
	}
	f := strings.Fields(head)
	if len(f) != 2 {
		return qualCue{}, fmt.Errorf("qualifier: want a name and a value before ':'")
	}
	switch f[0] {
	case "topic", "actor", "kind":
	default:
		return qualCue{}, fmt.Errorf("qualifier: unknown qualifier %q (want topic, actor or kind)", f[0])
	}
	words := phraseWords(phrase)
	if len(words) == 0 {
		return qualCue{}, fmt.Errorf("qualifier: empty phrase")
	}
	return qualCue{name: f[0], value: f[1], phrase: words, first: wordIDs(words[:1])[0]}, nil
}

func parseRule(line string, tax *Taxonomy) (*rule, error) {
	head, pat, ok := strings.Cut(line, ":")
	if !ok {
		return nil, fmt.Errorf("want \"METRIC [OPTIONS]: PATTERN\"")
	}
	f := strings.Fields(head)
	if len(f) == 0 {
		return nil, fmt.Errorf("no metric before ':'")
	}
	ru := &rule{metric: f[0], ratio: "den"}
	switch {
	case ru.metric == "-":
		ru.veto = true
	case ru.metric == "=prev":
		ru.prev = true
	default:
		if _, ok := tax.Lookup(ru.metric); !ok {
			return nil, fmt.Errorf("unknown metric %q", ru.metric)
		}
	}
	for _, opt := range f[1:] {
		k, v, ok := strings.Cut(opt, "=")
		if !ok || v == "" {
			return nil, fmt.Errorf("option %q: want NAME=VALUE", opt)
		}
		switch k {
		case "id":
			ru.id = v
		case "mod":
			if v == "prev" {
				if !ru.prev {
					return nil, fmt.Errorf("mod=prev: only a =prev rule reads a figure before")
				}
				ru.modPrev = true
				break
			}
			if v != Actual && v != Target && v != Change {
				return nil, fmt.Errorf("mod=%s: want actual, target, change or prev", v)
			}
			ru.mod = v
		case "sign":
			if v != "-" {
				return nil, fmt.Errorf("sign=%s: only sign=- is known", v)
			}
			ru.neg = true
		case "after":
			for _, m := range strings.Split(v, ",") {
				if strings.HasSuffix(m, ".*") {
					if !hasPrefixMetric(tax, m[:len(m)-1]) {
						return nil, fmt.Errorf("after=%s: no metric starts with %q", v, m[:len(m)-1])
					}
					ru.after = append(ru.after, m)
					continue
				}
				if _, ok := tax.Lookup(m); !ok {
					return nil, fmt.Errorf("after=%s: unknown metric %q", v, m)
				}
				ru.after = append(ru.after, m)
			}
			ru.hasAfter = len(ru.after) > 0
		case "ratio":
			if v != "num" && v != "den" && v != "both" && v != "split" {
				return nil, fmt.Errorf("ratio=%s: want num, den, both or split", v)
			}
			ru.ratio = v
		case "keep":
			if v != "den" || !ru.veto {
				return nil, fmt.Errorf("keep=%s: only a veto (-) takes keep=den", v)
			}
			ru.keepDen = true
		case "score":
			s, err := strconv.Atoi(v)
			if err != nil || s < -maxBonus || s > maxBonus {
				return nil, fmt.Errorf("score=%s: want a whole number from %d to %d", v, -maxBonus, maxBonus)
			}
			ru.bonus = int32(s)
		case "topic", "actor", "kind":
			ru.quals = append(ru.quals, [2]string{k, v})
		case "whole":
			if v != "yes" {
				return nil, fmt.Errorf("whole=%s: only whole=yes is known", v)
			}
			ru.whole = true
		case "provincial":
			if _, ok := tax.Lookup(v); !ok {
				return nil, fmt.Errorf("provincial=%s: unknown metric %q", v, v)
			}
			if ru.veto || ru.prev {
				return nil, fmt.Errorf("provincial=%s: a rule with a metric of its own takes it, not %s", v, ru.metric)
			}
			ru.provincial = v
		default:
			return nil, fmt.Errorf("unknown option %q", k)
		}
	}
	if err := ru.compile(pat); err != nil {
		return nil, err
	}
	return ru, nil
}

func hasPrefixMetric(tax *Taxonomy, prefix string) bool {
	for _, m := range tax.Metrics {
		if strings.HasPrefix(m.Key, prefix) {
			return true
		}
	}
	return false
}

// index sorts the rules by the words they need next to the number, so a
// number is tried only against the rules that can match it. A side whose
// every start has two words is keyed on both ("dang vien", not "dang").
func (r *Rules) index() {
	r.byRight, r.byLeft, r.always = keyIndex{}, keyIndex{}, nil
	add := func(x *keyIndex, keys []wordKey, k int) {
		for _, key := range keys {
			x.add(key, k)
		}
	}
	// Rules are matched best bound first (rule.bound), so that a number
	// stops at the first rule that cannot beat the winner; rank holds
	// them in that order, and every set of rules below is by rank.
	bound := make([]int, len(r.list))
	order := make([]int, len(r.list)) // file positions by rank
	for k, ru := range r.list {
		bound[k], order[k] = ru.bound(), k
	}
	slices.SortStableFunc(order, func(a, b int) int { return bound[b] - bound[a] })
	r.compact(order)
	r.rank = make([]*rule, len(order))
	r.filePos = order
	r.bounds = make([]int, len(order))
	r.leftID = make([]int32, len(order))
	lefts := map[string]int32{}
	for k, pos := range order {
		ru := r.list[pos]
		r.rank[k], r.bounds[k] = ru, bound[pos]
		key := sideKey(ru.left)
		id, ok := lefts[key]
		if !ok {
			id = int32(len(lefts))
			lefts[key] = id
		}
		r.leftID[k] = id
	}
	r.lefts = len(lefts)
	for k, ru := range r.rank {
		if ws := firstWords(ru.right); ws != nil {
			add(&r.byRight, ws, k)
			continue
		}
		if ws := firstWords(ru.left); ws != nil {
			add(&r.byLeft, ws, k)
			continue
		}
		r.always.set(int32(k))
	}
	r.qualBy = map[string]*qualIndex{}
	r.ctxFirst, r.ctxByFirst = nil, nil
	for k, c := range r.contexts {
		r.ctxFirst.set(c.ids[0])
		g := slices.IndexFunc(r.ctxByFirst, func(g ctxGroup) bool { return g.first == c.ids[0] })
		if g < 0 {
			r.ctxByFirst = append(r.ctxByFirst, ctxGroup{first: c.ids[0]})
			g = len(r.ctxByFirst) - 1
		}
		r.ctxByFirst[g].cues = append(r.ctxByFirst[g].cues, k)
	}
	for _, q := range r.quals {
		qi := r.qualBy[q.name]
		if qi == nil {
			qi = &qualIndex{}
			r.qualBy[q.name] = qi
		}
		qi.cues = append(qi.cues, q)
		qi.first.set(q.first)
	}
	r.groups = newGroupIndex(r.rank)
	r.slotOK = [2]bitset{make(bitset, len(r.list)/64+1), make(bitset, len(r.list)/64+1)}
	for k, ru := range r.rank {
		if ru.slot != slotPercent {
			r.slotOK[0].set(int32(k))
		}
		if ru.slot != slotCount {
			r.slotOK[1].set(int32(k))
		}
	}
}

// compact copies the rules into one array in the order given (rank), and
// their elements, the elements' word ids and first words into arrays
// of their own in the same order, pointing list at the copies. A number
// tries rules in rank order, reading each rule and the elements of its
// sides; as allocated while parsing, among everything else, they lie
// apart on the heap. Each slice is capped at its end, so that nothing
// appended to one could run into the next. (In-process A/B against the
// rules as parsed at start-up: 0.983 to 0.995 of the time; against rules
// parsed later, in a used heap, 0.97 to 0.98.)
func (r *Rules) compact(order []int) {
	nElem, nIDs, nAlts, nFirsts := 0, 0, 0, 0
	for _, ru := range r.list {
		for _, side := range [2][]elem{ru.left, ru.right} {
			nElem += len(side)
			for i := range side {
				nAlts += len(side[i].ids)
				nFirsts += len(side[i].firsts)
				for _, a := range side[i].ids {
					nIDs += len(a)
				}
			}
		}
	}
	rules := make([]rule, len(order))
	elems := make([]elem, 0, nElem)
	alts := make([][]int32, 0, nAlts)
	ids := make([]int32, 0, nIDs)
	firsts := make([]int32, 0, nFirsts)
	for k, pos := range order {
		ru := &rules[k]
		*ru = *r.list[pos]
		ru.rank = int32(k)
		r.list[pos] = ru
		for _, side := range [2]*[]elem{&ru.left, &ru.right} {
			start := len(elems)
			for _, e := range *side {
				a0 := len(alts)
				for _, a := range e.ids {
					i0 := len(ids)
					ids = append(ids, a...)
					alts = append(alts, ids[i0:len(ids):len(ids)])
				}
				e.ids = alts[a0:len(alts):len(alts)]
				f0 := len(firsts)
				firsts = append(firsts, e.firsts...)
				e.firsts = firsts[f0:len(firsts):len(firsts)]
				elems = append(elems, e)
			}
			*side = elems[start:len(elems):len(elems)]
		}
	}
}

// groupIndex is the index of the rules' required phrases (Rules.groups).
// A sentence's words, and its pairs of words in a row, say which phrases
// can be in it (their keys, reqKey); a rule is left for the sentence
// when all of its phrases can (appendFeasible). Its
// lists are flat arrays cut by offsets: they are read for every word of a
// sentence, and compact arrays keep that in the cache.
type groupIndex struct {
	width int // uint64 words per set of groups
	// words[w] is what word id w starts (ids past it start none): a
	// word starts groups in one or two of the set's words, so only those
	// are or'ed in. It is one record of 32 bytes, read for every word of
	// a sentence: the three arrays it was made of cost a cache miss each.
	words []wordGroups
	// groupWords holds the words' groups beyond their first two, and the
	// pairs'.
	groupWords []groupWord
	// The groups a pair of words starts (reqKey with b set) are those of
	// the pairs pairs[pairAt[a]:pairAt[a+1]] whose second word is b.
	pairAt []int32
	pairs  []pairGroups
	// needList holds the groups each rule needs, its trigger first (see
	// trigger).
	needList []uint16
	// Each rule is tested only in the sentences that start its trigger,
	// the one of its groups least likely to be there: group g triggers
	// the rules trigList[trig[g].at:trig[g].end], the groups in trigSet
	// trigger any.
	trig     []trigSpan
	trigList []trigger
	trigSet  []uint64
	// free holds the rules that need no phrase.
	free bitset
	// leftNeed holds the two least common of the groups rule k needs on
	// the number's left, padded with group width*64, which every number's
	// groups before it hold (appendFeasible): tested in two bit tests and
	// no branch (see leftOK).
	leftNeed [][2]uint16
}

// wordGroups is what a word id starts: the groups in the first two words
// of a set it has bits in (m0 at j0, m1 at j1, zero masks where it has
// fewer), those of the rest of them (groupWords[extra:extra+n]), and in
// pairs bit b&63 for the second word b of each pair it opens: the pairs
// are looked for only where the word after has its bit, which most words
// do not, whatever they are (a test on whether a word opens any pair went
// either way at every other word).
type wordGroups struct {
	m0, m1, pairs uint64
	extra         int32
	n             uint16
	j0, j1        uint8
}

// groupWord is one word of a set of groups: its index and its bits.
type groupWord struct {
	m uint64
	j int
}

// pairGroups is a pair of words after its first: the second word's id
// and the groups the pair starts, groupWords[at:end].
type pairGroups struct {
	second  int32
	at, end int32
}

// trigSpan is where the rules a group triggers lie in trigList: those
// from at to short need at most shortNeed groups besides the trigger.
type trigSpan struct {
	at, short, end int32
}

func newGroupIndex(list []*rule) groupIndex {
	if len(list) > 1<<16 {
		panic("extract: more than 65536 rules")
	}
	ids := map[string]int{}
	var members [][]reqKey
	// The groups rule k needs are needList[needAt[k]:needAt[k+1]].
	needAt := make([]int32, 1, len(list)+1)
	gi := groupIndex{free: make(bitset, len(list)/64+1)}
	maxID := int32(0)
	for k, ru := range list {
		for _, g := range ru.required {
			key := fmt.Sprint(g)
			gid, ok := ids[key]
			if !ok {
				gid = len(members)
				ids[key] = gid
				members = append(members, g)
				for _, k := range g {
					maxID = max(maxID, k.a, k.b)
				}
			}
			gi.needList = append(gi.needList, uint16(gid))
		}
		needAt = append(needAt, int32(len(gi.needList)))
		if len(ru.required) == 0 {
			gi.free.set(int32(k))
		}
	}
	if len(members) > 1<<16 {
		panic("extract: more than 65536 distinct required phrases")
	}
	members = clusterGroups(members, gi.needList)
	gi.width = len(members)/64 + 1
	sets := make([]uint64, int(maxID+1)*gi.width)
	pairSets := map[reqKey][]uint64{}
	for gid, g := range members {
		for _, k := range g {
			if k.b != 0 {
				if pairSets[k] == nil {
					pairSets[k] = make([]uint64, gi.width)
				}
				pairSets[k][gid>>6] |= 1 << (gid & 63)
				continue
			}
			sets[int(k.a)*gi.width+gid>>6] |= 1 << (gid & 63)
		}
	}
	if gi.width > 1<<8 {
		panic("extract: more than 16383 distinct required phrases")
	}
	gi.words = make([]wordGroups, maxID+1)
	for id := range gi.words {
		wg := &gi.words[id]
		wg.extra = int32(len(gi.groupWords))
		n := 0
		for j, m := range sets[id*gi.width : (id+1)*gi.width] {
			switch {
			case m == 0:
			case n == 0:
				wg.m0, wg.j0 = m, uint8(j)
			case n == 1:
				wg.m1, wg.j1 = m, uint8(j)
			default:
				gi.groupWords = append(gi.groupWords, groupWord{m: m, j: j})
			}
			if m != 0 {
				n++
			}
		}
		wg.n = uint16(len(gi.groupWords) - int(wg.extra))
	}
	// The pairs by first word, then second.
	pairs := make([]reqKey, 0, len(pairSets))
	for k := range pairSets {
		pairs = append(pairs, k)
	}
	slices.SortFunc(pairs, func(x, y reqKey) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
	gi.pairAt = make([]int32, maxID+2)
	for _, k := range pairs {
		gi.words[k.a].pairs |= 1 << (uint32(k.b) & 63)
		at := int32(len(gi.groupWords))
		for j, m := range pairSets[k] {
			if m != 0 {
				gi.groupWords = append(gi.groupWords, groupWord{m: m, j: j})
			}
		}
		gi.pairs = append(gi.pairs, pairGroups{second: k.b, at: at, end: int32(len(gi.groupWords))})
		gi.pairAt[k.a+1]++
	}
	for id := 1; id < len(gi.pairAt); id++ {
		gi.pairAt[id] += gi.pairAt[id-1]
	}
	// A group is as likely as its words are frequent (data/frequent.txt;
	// a word not listed counts as rarer than every listed one).
	words := map[int32]string{}
	vocab.Lock()
	for w, id := range vocab.ids {
		words[id] = w
	}
	vocab.Unlock()
	commonness := make([]float64, len(members))
	for gid, g := range members {
		for _, k := range g {
			// A pair is taken to be as common as its rarer word.
			c := 1 / float64(wordRank(words[k.a]))
			if k.b != 0 {
				c = min(c, 1/float64(wordRank(words[k.b])))
			}
			commonness[gid] += c
		}
	}
	// The least common groups on the left (leftNeed), from needList
	// before its trigger goes first.
	if gi.width > 1<<10-1 {
		panic("extract: too many distinct required phrases")
	}
	pad := uint16(gi.width * 64)
	for k, ru := range list {
		left := [2]uint16{pad, pad}
		for j, g := range gi.needList[needAt[k]:needAt[k+1]] {
			switch {
			case ru.reqRight[j]:
			case left[0] == pad || commonness[g] < commonness[left[0]]:
				left[0], left[1] = g, left[0]
			case left[1] == pad || commonness[g] < commonness[left[1]]:
				left[1] = g
			}
		}
		gi.leftNeed = append(gi.leftNeed, left)
	}
	byTrig := make([][]trigger, len(members))
	gi.trigSet = make([]uint64, gi.width)
	for k := range list {
		need := gi.needList[needAt[k]:needAt[k+1]]
		if len(need) == 0 {
			continue
		}
		t := 0
		for j, g := range need {
			if commonness[g] < commonness[need[t]] {
				t = j
			}
		}
		// The trigger goes first, and the rest is tested.
		need[0], need[t] = need[t], need[0]
		trig := need[0]
		byTrig[trig] = append(byTrig[trig], trigger{rule: uint16(k), n: uint16(len(need) - 1), rest: needAt[k] + 1})
		gi.trigSet[trig>>6] |= 1 << (trig & 63)
	}
	gi.trig = make([]trigSpan, 0, len(byTrig))
	for trig, ks := range byTrig {
		// The rules that need at most four more groups first, their
		// groups padded with the trigger's own: those are tested in
		// four bit tests and no branch (see appendFeasible).
		slices.SortStableFunc(ks, func(a, b trigger) int { return cmpBool(a.n > shortNeed, b.n > shortNeed) })
		short := 0
		for k := range ks {
			if ks[k].n > shortNeed {
				break
			}
			short++
			rest := gi.needList[ks[k].rest : ks[k].rest+int32(ks[k].n)]
			for j := range ks[k].g {
				ks[k].g[j] = uint16(trig)
				if j < len(rest) {
					ks[k].g[j] = rest[j]
				}
			}
		}
		at := int32(len(gi.trigList))
		gi.trigList = append(gi.trigList, ks...)
		gi.trig = append(gi.trig, trigSpan{at: at, short: at + int32(short), end: int32(len(gi.trigList))})
	}
	return gi
}

// clusterGroups numbers the groups anew so that the groups of a word lie
// together, the words with the most groups first, and renumbers need to
// match; it returns the groups in their new order. A word's groups then
// fall in one or two of a set's uint64s, where in the order they were
// met in they spread over as many as nine: the loop over them in
// appendFeasible ran a length that changed from word to word, which the
// CPU mispredicted at nearly every word.
func clusterGroups(members [][]reqKey, need []uint16) [][]reqKey {
	byWord := map[reqKey][]int{}
	for g, m := range members {
		for _, k := range m {
			if l := byWord[k]; len(l) == 0 || l[len(l)-1] != g {
				byWord[k] = append(l, g)
			}
		}
	}
	words := make([]reqKey, 0, len(byWord))
	for k := range byWord {
		words = append(words, k)
	}
	slices.SortFunc(words, func(a, b reqKey) int {
		if n := len(byWord[b]) - len(byWord[a]); n != 0 {
			return n
		}
		return cmp.Or(cmp.Compare(a.a, b.a), cmp.Compare(a.b, b.b))
	})
	perm := make([]int, len(members))
	for g := range perm {
		perm[g] = -1
	}
	next := 0
	for _, id := range words {
		for _, g := range byWord[id] {
			if perm[g] < 0 {
				perm[g] = next
				next++
			}
		}
	}
	out := make([][]reqKey, len(members))
	for g, m := range members {
		out[perm[g]] = m
	}
	for i, g := range need {
		need[i] = uint16(perm[g])
	}
	return out
}

// shortNeed is the most groups besides its trigger that a rule can need
// to be tested without a branch. appendFeasible tests four: the constant
// below fails to compile for any other value.
const shortNeed = 4

const _ = uint(shortNeed-4) + uint(4-shortNeed)

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// trigger is a rule that a group triggers, and the rest of the groups
// it needs: needList[rest:rest+n].
type trigger struct {
	rule, n uint16
	rest    int32
	// g are the groups of the rest of a short rule (n ≤ shortNeed),
	// padded with the trigger.
	g [shortNeed]uint16
}

// feasWork is the scratch of appendFeasible: the groups a sentence can
// start.
type feasWork struct {
	// sat is as long as any set can be (a width below 1<<10, see
	// newGroupIndex), so that a group's word is in it whatever the
	// group: the loop over the short rules then tests bits without a
	// bounds check on each.
	sat [1 << 10]uint64
}

// pairGroupsAt returns where in groupWords the groups of the pair of
// words first, next lie (none: at == end).
func (gi *groupIndex) pairGroupsAt(first uint, next int32) (at, end int32) {
	for _, pg := range gi.pairs[gi.pairAt[first]:gi.pairAt[first+1]] {
		if pg.second == next {
			return pg.at, pg.end
		}
	}
	return 0, 0
}

// appendFeasible appends to dst the set of rules (words uint64s) all of
// whose required phrases have a key (reqKey) in toks. When sides is not
// nil it appends to it, for each number toks[i] in turn, the groups whose
// keys lie before it (width words, and one of all ones), at sideAt[i]: a
// rule left for the sentence is tried at a number only where the phrases
// it needs on the number's left can be there (see leftOK).
func (gi *groupIndex) appendFeasible(dst bitset, toks []token, w *feasWork, sides *[]uint64, sideAt []int32) bitset {
	n := len(dst)
	dst = append(dst, gi.free...)
	out := dst[n:]
	all := &w.sat
	clear(all[:gi.width])
	sat := all[:gi.width]
	for i := range toks {
		// A number takes the groups before it (sides), and the word
		// of the padding group (leftNeed).
		if sides != nil && toks[i].kind == tokNum {
			sideAt[i] = int32(len(*sides))
			*sides = append(*sides, sat...)
			*sides = append(*sides, ^uint64(0))
		}
		id := uint(toks[i].id)
		if id >= uint(len(gi.words)) {
			continue // no rule's word
		}
		wg := &gi.words[id]
		// The pairs that open with the word and may go on with the next
		// (wordGroups.pairs).
		if i+1 < len(toks) && wg.pairs>>(uint32(toks[i+1].id)&63)&1 != 0 {
			at, end := gi.pairGroupsAt(id, toks[i+1].id)
			for _, gw := range gi.groupWords[at:end] {
				sat[gw.j] |= gw.m
			}
		}
		// The first two words with no test (see clusterGroups), the
		// rest, which few words have, in a loop.
		sat[wg.j0] |= wg.m0
		sat[wg.j1] |= wg.m1
		if wg.n != 0 {
			// Few words have more: the test spares most words the
			// slicing of groupWords.
			for _, gw := range gi.groupWords[wg.extra : wg.extra+int32(wg.n)] {
				sat[gw.j] |= gw.m
			}
		}
	}
	for j, set := range sat {
		for set &= gi.trigSet[j]; set != 0; set &= set - 1 {
			ts := gi.trig[j*64+bits.TrailingZeros64(set)]
			// The short rules: a bit test for each of their groups, and
			// no branch on whether one is missing, which goes either way
			// from rule to rule.
			for k := ts.at; k < ts.short; k++ {
				tr := &gi.trigList[k]
				g := tr.g
				m := all[g[0]>>6] >> (g[0] & 63) & (all[g[1]>>6] >> (g[1] & 63)) &
					(all[g[2]>>6] >> (g[2] & 63)) & (all[g[3]>>6] >> (g[3] & 63)) & 1
				out[tr.rule>>6] |= m << (tr.rule & 63)
			}
			if ts.short == ts.end {
				continue
			}
			for _, tr := range gi.trigList[ts.short:ts.end] {
				if has(sat, gi.needList[tr.rest:tr.rest+int32(tr.n)]) {
					out[tr.rule>>6] |= 1 << (tr.rule & 63)
				}
			}
		}
	}
	return dst
}

// has reports whether every group of need is in sat.
func has(sat []uint64, need []uint16) bool {
	for _, g := range need {
		if sat[g>>6]&(1<<(g&63)) == 0 {
			return false
		}
	}
	return true
}

// sideKey is a string that two sides share exactly when they match alike.
func sideKey(side []elem) string {
	var b strings.Builder
	for i := range side {
		e := &side[i]
		fmt.Fprintf(&b, "%d/%d/%v/%v;", e.kind, e.gap, e.soft, e.ids)
	}
	return b.String()
}

// wordKey is one word id, or two (the nearer first).
type wordKey [2]int32

// firstWords returns the keys (one word id, or two) one of which must
// stand next to the number for the side to match, or nil when the side
// can start anywhere. Optional phrases add their starts to those of what
// follows them.
func firstWords(side []elem) []wordKey {
	if len(side) == 0 {
		return nil
	}
	e := side[0]
	switch e.kind {
	case eLit, eOpt:
		var out []wordKey
		for _, a := range e.ids {
			if len(a) >= 2 {
				out = append(out, wordKey{a[0], a[1]})
			} else {
				out = append(out, wordKey{a[0], 0})
			}
		}
		if e.kind == eOpt {
			rest := firstWords(side[1:])
			if rest == nil {
				return nil
			}
			out = append(out, rest...)
		}
		return out
	}
	return nil
}

// candidates returns the set of rules that can match a number between
// the words before it (nearest first) and after it, as word ids, with
// the unkeyed rules (always).
func (r *Rules) candidates(before, before2, after, after2 int32, buf bitset) bitset {
	// The unkeyed rules are candidates at every number.
	buf = append(buf[:0], make(bitset, len(r.list)/64+1)...)
	copy(buf, r.always)
	or := func(b bitset) {
		for len(buf) < len(b) {
			buf = append(buf, 0)
		}
		for i, w := range b {
			buf[i] |= w
		}
	}
	if after != 0 {
		or(r.byRight.get(after))
		or(r.byRight.getTwo(after, after2))
	}
	if before != 0 {
		or(r.byLeft.get(before))
		or(r.byLeft.getTwo(before, before2))
	}
	return buf
}

// keyIndex holds sets of rules by the word next to the number they
// need, or the two words: by word id in arrays, as it is read for every
// number, and the rarer pairs in a map.
type keyIndex struct {
	one    []bitset // by word id
	two    map[wordKey]bitset
	hasTwo []bool // by word id: a pair starts with the word
}

func (x *keyIndex) add(key wordKey, k int) {
	grow := func(n int32) {
		for int(n) >= len(x.one) {
			x.one = append(x.one, nil)
			x.hasTwo = append(x.hasTwo, false)
		}
	}
	grow(key[0])
	if key[1] == 0 {
		x.one[key[0]].set(int32(k))
		return
	}
	if x.two == nil {
		x.two = map[wordKey]bitset{}
	}
	b := x.two[key]
	b.set(int32(k))
	x.two[key] = b
	x.hasTwo[key[0]] = true
}

// get returns the rules keyed on the word id alone.
func (x *keyIndex) get(id int32) bitset {
	if id <= 0 || int(id) >= len(x.one) {
		return nil
	}
	return x.one[id]
}

// getTwo returns the rules keyed on the words id, id2.
func (x *keyIndex) getTwo(id, id2 int32) bitset {
	if id2 == 0 || id <= 0 || int(id) >= len(x.hasTwo) || !x.hasTwo[id] {
		return nil
	}
	return x.two[wordKey{id, id2}]
}

// wordRank is the frequency rank of a folded word (data/frequent.txt),
// a word not listed counting as rarer than every listed one.
func wordRank(w string) int {
	if rank, ok := frequency[w]; ok {
		return rank
	}
	return 4 * len(frequency)
}
