package extract

import (
	"bufio"
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
//	~  ~3       a gap of words only: no number, bracket, punctuation or "và"
//	'('         punctuation or words taken literally
//	!(a|b)      the next token (outwards from the number) is none of these
//	N           the number slot: a count
//	N%          the number slot: a share ("45%", "45 phần trăm")
//	N*          the number slot: either
//	Y           a second number read as the badge tier (badge_years)
//	M           a second number, matched and left to its own rules
//
// Options: id=NAME (default METRIC#K, K counting the metric's rules),
// mod=target|change|actual (fixes the modality), sign=- (a negative
// change), after=METRIC[,METRIC] (only when the figure just before in the
// sentence has one of these metrics, or a metric whose parent it is;
// "rating.orgs.*" names every metric under rating.orgs),
// ratio=num|den|both (which side of "X/Y" is the figure; den by default),
// keep=den (on a veto: a ratio's denominator is still read by the other
// rules, "9/11 đảng bộ đạt ..." keeps the 11), score=K (added to the rule's score), topic=, actor=, kind= (fixed
// qualifiers). Lines starting with '#' and blank lines are ignored.
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
	byRight, byLeft map[wordKey]bitset
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
	out.totalOnly = map[string]bool{}
	for _, rs := range []*Rules{r, base} {
		for m := range rs.totalOnly {
			out.totalOnly[m] = true
		}
	}
	out.index()
	return out
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
			if v != Actual && v != Target && v != Change {
				return nil, fmt.Errorf("mod=%s: want actual, target or change", v)
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
		case "ratio":
			if v != "num" && v != "den" && v != "both" {
				return nil, fmt.Errorf("ratio=%s: want num, den or both", v)
			}
			ru.ratio = v
		case "keep":
			if v != "den" || !ru.veto {
				return nil, fmt.Errorf("keep=%s: only a veto (-) takes keep=den", v)
			}
			ru.keepDen = true
		case "score":
			s, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("score=%s: not a whole number", v)
			}
			ru.bonus = s
		case "topic", "actor", "kind":
			ru.quals = append(ru.quals, [2]string{k, v})
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
	r.byRight, r.byLeft, r.always = map[wordKey]bitset{}, map[wordKey]bitset{}, nil
	add := func(m map[wordKey]bitset, keys []string, k int) {
		for _, w := range keys {
			key := keyOf(w)
			b := m[key]
			b.set(int32(k))
			m[key] = b
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
			add(r.byRight, ws, k)
			continue
		}
		if ws := firstWords(ru.left); ws != nil {
			add(r.byLeft, ws, k)
			continue
		}
		r.always.set(int32(k))
	}
	r.qualBy = map[string]*qualIndex{}
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

// groupIndex is the index of the rules' required phrases (Rules.groups).
// Its lists are flat arrays cut by offsets: they are read for every token
// of a sentence and every candidate rule, and compact arrays keep that in
// the cache.
type groupIndex struct {
	width int // uint64 words per set of groups
	// The groups word id w can start are groupList[groupAt[w]:groupAt[w+1]].
	groupAt   []int32
	groupList []uint16
	// The groups rule k needs are needList[needAt[k]:needAt[k+1]].
	needAt   []int32
	needList []uint16
	mask     []uint64 // per rule, bit g%64 for each group g it needs
}

func newGroupIndex(list []*rule) groupIndex {
	ids := map[string]int{}
	var members [][]int32
	gi := groupIndex{needAt: make([]int32, 1, len(list)+1), mask: make([]uint64, len(list))}
	maxID := int32(0)
	for k, ru := range list {
		for _, g := range ru.required {
			key := fmt.Sprint(g)
			gid, ok := ids[key]
			if !ok {
				gid = len(members)
				ids[key] = gid
				members = append(members, g)
				for _, id := range g {
					maxID = max(maxID, id)
				}
			}
			gi.needList = append(gi.needList, uint16(gid))
			gi.mask[k] |= 1 << (gid % 64)
		}
		gi.needAt = append(gi.needAt, int32(len(gi.needList)))
	}
	if len(members) > 1<<16 {
		panic("extract: more than 65536 distinct required phrases")
	}
	gi.width = len(members)/64 + 1
	byWord := make([][]uint16, maxID+1)
	for gid, g := range members {
		for _, id := range g {
			if n := len(byWord[id]); n == 0 || byWord[id][n-1] != uint16(gid) {
				byWord[id] = append(byWord[id], uint16(gid))
			}
		}
	}
	gi.groupAt = make([]int32, 1, len(byWord)+1)
	for _, gs := range byWord {
		gi.groupList = append(gi.groupList, gs...)
		gi.groupAt = append(gi.groupAt, int32(len(gi.groupList)))
	}
	return gi
}

// appendSat appends to dst the set of groups that one of toks can start,
// width words.
func (gi *groupIndex) appendSat(dst []uint64, toks []token) []uint64 {
	n := len(dst)
	dst = append(dst, make([]uint64, gi.width)...)
	out := dst[n:]
	last := int32(len(gi.groupAt) - 1)
	for i := range toks {
		if id := toks[i].id; id > 0 && id < last {
			for _, g := range gi.groupList[gi.groupAt[id]:gi.groupAt[id+1]] {
				out[g>>6] |= 1 << (g & 63)
			}
		}
	}
	return dst
}

// ok reports whether every group rule k needs is in sat.
func (gi *groupIndex) ok(k int, sat []uint64) bool {
	for _, g := range gi.needList[gi.needAt[k]:gi.needAt[k+1]] {
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

// keyOf turns "w" or "w1 w2" into its key.
func keyOf(w string) wordKey {
	ids := wordIDs(strings.Fields(w))
	if len(ids) == 1 {
		return wordKey{ids[0], 0}
	}
	return wordKey{ids[0], ids[1]}
}

// firstWords returns the keys (one word, or two joined by a space) one of
// which must stand next to the number for the side to match, or nil when
// the side can start anywhere. Optional phrases add their starts to those
// of what follows them.
func firstWords(side []elem) []string {
	if len(side) == 0 {
		return nil
	}
	e := side[0]
	switch e.kind {
	case eLit, eOpt:
		var out []string
		for _, a := range e.alts {
			if len(a) >= 2 && len(side) > 0 {
				out = append(out, a[0]+" "+a[1])
			} else {
				out = append(out, a[0])
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

// appendUnkeyed appends to dst the set of the rules of r.always whose
// required phrases are all in sat (sat64 its fold64).
func (r *Rules) appendUnkeyed(dst bitset, sat []uint64, sat64 uint64) bitset {
	gi := &r.groups
	n := len(dst)
	dst = append(dst, make(bitset, len(r.always))...)
	out := dst[n:]
	for w, set := range r.always {
		for ; set != 0; set &= set - 1 {
			k := w*64 + bits.TrailingZeros64(set)
			if gi.mask[k]&^sat64 == 0 && gi.ok(k, sat) {
				out[w] |= 1 << (k & 63)
			}
		}
	}
	return dst
}

// candidates returns the set of rules that can match a number between
// the words before it (nearest first) and after it, as word ids.
func (r *Rules) candidates(before, before2, after, after2 int32, buf bitset) bitset {
	buf = append(buf[:0], make(bitset, len(r.list)/64+1)...)
	or := func(b bitset) {
		for len(buf) < len(b) {
			buf = append(buf, 0)
		}
		for i, w := range b {
			buf[i] |= w
		}
	}
	if after != 0 {
		or(r.byRight[wordKey{after, 0}])
		if after2 != 0 {
			or(r.byRight[wordKey{after, after2}])
		}
	}
	if before != 0 {
		or(r.byLeft[wordKey{before, 0}])
		if before2 != 0 {
			or(r.byLeft[wordKey{before, before2}])
		}
	}
	return buf
}
