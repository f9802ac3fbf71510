package extract

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

type elemKind uint8

const (
	eLit elemKind = iota // one of alts, required
	eOpt                 // one of alts, or nothing
	eGap                 // skip up to gap tokens
	eNot                 // the next token starts none of alts
	eY                   // a number: the badge tier
	eM                   // another number, matched and left alone
	eMP                  // another number, a share ("M%"), matched and left alone
)

type elem struct {
	kind elemKind
	gap  uint8 // at most 40
	soft bool  // a "~" gap: words only, no numbers or brackets
	// ids are the phrases (eLit, eOpt, eNot) as word ids (see vocab.go),
	// in outward order, the longest first.
	ids [][]int32
	// mask has bit id&63 set for the first word id of each phrase (eLit,
	// eOpt), so that a gap can skip most positions where it cannot
	// start, and a phrase fail at once, in one test that reads nothing
	// beyond the element. (It was a set of all first ids: 87 KB of sets
	// over the rules, read at random, which a document's run left out
	// of the cache for the next.)
	mask uint64
	// firsts holds the first word id of each phrase of ids, in their
	// order: the phrases that can start at a word are found in one
	// array, without reading each phrase.
	firsts []int32
}

// starts reports whether a phrase of e can start with word id.
func (e *elem) starts(id int32) bool {
	if e.mask&(1<<(uint32(id)&63)) == 0 {
		return false
	}
	for _, f := range e.firsts {
		if f == id {
			return true
		}
	}
	return false
}

type slotKind uint8

const (
	slotCount slotKind = iota
	slotPercent
	slotAny
)

// rule is one compiled line of a rules file.
type rule struct {
	// The fields a try reads come first, within one cache line (64
	// bytes): a number tries several rules, each read once (see
	// Rules.compact). The list after goes beyond it: few rules have one,
	// and hasAfter says which.
	veto, prev bool
	keepDen    bool // a veto that leaves a ratio's denominator to other rules
	neg        bool
	modPrev    bool // mod=prev: the modality and sign of the figure read before
	hasAfter   bool // len(after) > 0
	slot       slotKind
	bonus      int32
	rank       int32  // the rule's index in Rules.rank
	right      []elem // outward from the number
	left       []elem // outward from the number: reversed
	after      []string

	id, metric string
	mod        string
	// provincial is the metric the figure takes instead when the report's
	// subject is a province's organisation (option provincial=).
	provincial string
	// whole: the figure is a total of its own, which total-only leaves
	// (option whole=yes).
	whole bool
	ratio string
	quals [][2]string
	line  int
	// required holds, for each phrase the rule cannot match without, a
	// key of each alternative: its least frequent word, and for a phrase
	// of more words that word with its rarer neighbour, as they stand in
	// the text. A sentence lacking the keys of all the alternatives is
	// passed over at once.
	required [][]reqKey
	// reqRight says of each phrase of required whether it is on the
	// number's right: a rule is tried at a number only if its phrases
	// can be on their sides of it.
	reqRight []bool
}

// require adds a phrase the rule needs, by its alternatives' keys, on
// the number's right or left.
func (ru *rule) require(keys []reqKey, right bool) {
	ru.required = append(ru.required, keys)
	ru.reqRight = append(ru.reqRight, right)
}

// reqKey is a word id (b == 0), or two word ids a, b next to each other
// in that order in the text: "mỗi đảng viên" needs "mỗi đảng", which
// "đảng viên mới" lacks though it folds "mới" to the same word.
type reqKey struct{ a, b int32 }

// phraseKey returns the key of the phrase of folded words w, whose ids
// are ids, both in outward order: rightward (text order) when right,
// else leftward. It is a pair of the phrase's words in a row that is no
// frequent pair (data/frequent-pairs.txt), the one with the rarest word
// (rarestWord) or else the first, and without one the rarest word. A
// pair with punctuation is not used: a comma is everywhere, and a
// phrase may run into the next sentence at a full stop.
func phraseKey(w []string, ids []int32, right bool) reqKey {
	r := rarestWord(w)
	best := -1
	for j := 0; j+1 < len(w); j++ {
		a, b := w[j], w[j+1]
		if !right {
			a, b = b, a
		}
		if punctWord(a) || punctWord(b) || frequentPairs[[2]string{a, b}] {
			continue
		}
		if best < 0 || j == r || j+1 == r {
			best = j
			if j == r || j+1 == r {
				break
			}
		}
	}
	if best < 0 {
		return reqKey{a: ids[r]}
	}
	if right {
		return reqKey{a: ids[best], b: ids[best+1]}
	}
	return reqKey{a: ids[best+1], b: ids[best]} // outward leftward: reversed
}

// punctWord reports whether a folded word has no letter nor digit.
func punctWord(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

//go:embed data/frequent-pairs.txt
var frequentPairsTXT string

// frequentPairs holds the pairs of data/frequent-pairs.txt.
var frequentPairs = func() map[[2]string]bool {
	m := map[[2]string]bool{}
	for _, line := range strings.Split(frequentPairsTXT, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			m[[2]string{f[0], f[1]}] = true
		}
	}
	return m
}()

//go:embed data/frequent.txt
var frequentTXT string

// frequency ranks the most frequent words of the reports, 1 the most
// frequent (data/frequent.txt); other words are rarer than all of them.
var frequency = func() map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(frequentTXT, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			if _, ok := m[w]; !ok {
				m[w] = len(m) + 1
			}
		}
	}
	return m
}()

// rarestWord returns the index of the least frequent of the folded words
// of a phrase: the first word not in the frequency list, else the last
// ranked one. Punctuation (", " in "cán bộ, đảng viên") is commoner than
// any word.
func rarestWord(words []string) int {
	best, rank := 0, -1
	for i, w := range words {
		r, ok := frequency[w]
		if !ok && !punctWord(w) {
			return i
		}
		if r > rank {
			best, rank = i, r
		}
	}
	return best
}

// bound is the highest score a match of the rule can have (see
// pass.try): every literal word matched, no token skipped.
func (ru *rule) bound() int {
	lits := 0
	for _, side := range [][]elem{ru.left, ru.right} {
		for i := range side {
			if e := &side[i]; e.kind == eLit || e.kind == eOpt {
				n := 0
				for _, a := range e.ids {
					n = max(n, len(a))
				}
				lits += n
			}
		}
	}
	b := lits*10 + int(ru.bonus)*10
	if len(ru.after) > 0 {
		b += 5
	}
	return b
}

// defaultGap is the width of a bare "…" gap.
const defaultGap = 6

// compile parses a pattern into the rule's elements.
func (ru *rule) compile(pat string) error {
	items, err := splitPattern(pat)
	if err != nil {
		return err
	}
	slot := -1
	var elems []part
	for _, it := range items {
		switch {
		case it == "N" || it == "N%" || it == "N*":
			if slot >= 0 {
				return fmt.Errorf("pattern has two number slots")
			}
			slot = len(elems)
			ru.slot = map[string]slotKind{"N": slotCount, "N%": slotPercent, "N*": slotAny}[it]
			elems = append(elems, part{}) // placeholder
		case it == "Y":
			elems = append(elems, part{elem: elem{kind: eY}})
		case it == "M":
			elems = append(elems, part{elem: elem{kind: eM}})
		case it == "M%":
			elems = append(elems, part{elem: elem{kind: eMP}})
		case strings.HasPrefix(it, "…") || strings.HasPrefix(it, "...") || strings.HasPrefix(it, "~"):
			soft := strings.HasPrefix(it, "~")
			w := strings.TrimLeft(it, "….~")
			g := defaultGap
			if w != "" {
				n, err := strconv.Atoi(w)
				if err != nil || n < 1 || n > 40 {
					return fmt.Errorf("gap %q: want … or …N with N from 1 to 40", it)
				}
				g = n
			}
			elems = append(elems, part{elem: elem{kind: eGap, gap: uint8(g), soft: soft}})
		case strings.HasPrefix(it, "'"):
			w := phraseWords(strings.Trim(it, "'"))
			if len(w) == 0 {
				return fmt.Errorf("empty quoted literal %q", it)
			}
			elems = append(elems, part{elem{kind: eLit}, [][]string{w}})
		case strings.HasPrefix(it, "!("):
			alts, err := parseAlts(it[2 : len(it)-1])
			if err != nil {
				return err
			}
			elems = append(elems, part{elem{kind: eNot}, alts})
		case strings.HasPrefix(it, "("):
			alts, err := parseAlts(it[1 : len(it)-1])
			if err != nil {
				return err
			}
			elems = append(elems, part{elem{kind: eLit}, alts})
		case strings.HasPrefix(it, "["):
			alts, err := parseAlts(it[1 : len(it)-1])
			if err != nil {
				return err
			}
			elems = append(elems, part{elem{kind: eOpt}, alts})
		case strings.Contains(it, "="):
			return fmt.Errorf("%q in the pattern: options go before the ':'", it)
		default:
			w := phraseWords(it)
			if len(w) == 0 {
				return fmt.Errorf("pattern element %q has no word", it)
			}
			elems = append(elems, part{elem{kind: eLit}, [][]string{w}})
		}
	}
	if slot < 0 {
		return fmt.Errorf("pattern has no number slot (N, N%% or N*)")
	}
	for i := range elems {
		// The longest phrase is tried first, so that "chi bộ trực thuộc"
		// counts all its words.
		sort.SliceStable(elems[i].alts, func(a, b int) bool { return len(elems[i].alts[a]) > len(elems[i].alts[b]) })
	}
	var left []part
	for i := slot - 1; i >= 0; i-- {
		e := elems[i]
		for j, a := range e.alts {
			r := make([]string, len(a))
			for k := range a {
				r[k] = a[len(a)-1-k]
			}
			e.alts[j] = r
		}
		left = append(left, e)
	}
	ru.left = ru.compileSide(left, false)
	ru.right = ru.compileSide(elems[slot+1:], true)
	return nil
}

// part is an element of a pattern as parsed, with its phrases as folded
// words (alts) in outward order.
type part struct {
	elem
	alts [][]string
}

// compileSide turns the parts of one side into elements, with their
// phrases as word ids, and adds their required phrases to the rule's.
// Matching reads the ids only: the words would be so many more objects
// for the garbage collector to walk. right says which side it is.
func (ru *rule) compileSide(parts []part, right bool) []elem {
	side := make([]elem, len(parts))
	for i := range parts {
		e, alts := &side[i], parts[i].alts
		*e = parts[i].elem
		e.ids = make([][]int32, len(alts))
		for j, a := range alts {
			e.ids[j] = wordIDs(a)
		}
		if e.kind == eLit || e.kind == eOpt {
			var keys []reqKey
			for j, a := range e.ids {
				e.mask |= 1 << (uint32(a[0]) & 63)
				e.firsts = append(e.firsts, a[0])
				keys = append(keys, phraseKey(alts[j], a, right))
			}
			if e.kind == eLit && !pairedRun(parts, i) {
				ru.require(keys, right)
			}
		}
	}
	// A run of literals of one phrase each ("ket nap" written as two
	// words) is matched word after word, so it is one phrase too: its
	// words are looked for as such (pairedRun left them out).
	for i := 0; i < len(parts); {
		j := i
		for j < len(parts) && single(parts[j]) {
			j++
		}
		if j-i < 2 {
			i = j + 1
			continue
		}
		var w []string
		var ids []int32
		for k := i; k < j; k++ {
			w = append(w, parts[k].alts[0]...)
			ids = append(ids, side[k].ids[0]...)
		}
		key := phraseKey(w, ids, right)
		if key.b != 0 {
			ru.require([]reqKey{key}, right)
		}
		for k := i; k < j; k++ {
			// The words of the pair need not be looked for again.
			if a := side[k].ids[0]; key.b == 0 || len(a) > 1 || a[0] != key.a && a[0] != key.b {
				ru.require([]reqKey{phraseKey(parts[k].alts[0], a, right)}, right)
			}
		}
		i = j
	}
	return side
}

// single reports whether a part is a literal of one phrase.
func single(p part) bool { return p.kind == eLit && len(p.alts) == 1 }

// pairedRun reports whether parts[i] is a literal of one phrase next to
// another (a run compileSide keys as one phrase).
func pairedRun(parts []part, i int) bool {
	return single(parts[i]) && (i > 0 && single(parts[i-1]) || i+1 < len(parts) && single(parts[i+1]))
}

// splitPattern splits a pattern at spaces outside brackets.
func splitPattern(p string) ([]string, error) {
	var out []string
	depth := 0
	start := -1
	quoted := false
	for i, r := range p {
		if quoted {
			if r == '\'' {
				quoted = false
			}
			continue
		}
		switch {
		case r == '\'' && depth == 0:
			quoted = true
		case r == '(' || r == '[':
			if start < 0 {
				start = i
			}
			depth++
		case r == ')' || r == ']':
			depth--
			if depth < 0 {
				return nil, fmt.Errorf("unbalanced %q in pattern", r)
			}
		case unicode.IsSpace(r) && depth == 0:
			if start >= 0 {
				out = append(out, p[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if quoted {
		return nil, fmt.Errorf("unclosed quote in pattern")
	}
	if depth != 0 {
		return nil, fmt.Errorf("unclosed bracket in pattern")
	}
	if start >= 0 {
		out = append(out, p[start:])
	}
	// Split glued prefixes such as "!(" stay; a bare "!" word is an error.
	for _, it := range out {
		if it == "!" {
			return nil, fmt.Errorf("'!' must be followed by (…)")
		}
	}
	return out, nil
}

func parseAlts(s string) ([][]string, error) {
	var alts [][]string
	for _, a := range strings.Split(s, "|") {
		// A quoted alternative is a literal, as it is outside brackets:
		// "[co|':']" once read the quotes as words to match.
		if t := strings.TrimSpace(a); len(t) >= 2 && t[0] == '\'' && t[len(t)-1] == '\'' {
			a = t[1 : len(t)-1]
		}
		w := phraseWords(a)
		if len(w) == 0 {
			return nil, fmt.Errorf("empty alternative in (%s)", s)
		}
		alts = append(alts, w)
	}
	return alts, nil
}

// phraseWords tokenizes a phrase the way text is tokenized and returns the
// folded token texts.
func phraseWords(s string) []string {
	var out []string
	s = normalize.String(s, normalize.Options{})
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			out = append(out, normalize.Fold(s[i:j]))
			i = j
		default:
			out = append(out, string(r))
			i += n
		}
	}
	return out
}

// match is the state of one attempt to match a rule side.
type match struct {
	lits    int // literal tokens matched
	skipped int // tokens skipped by gaps
	far     int // the token furthest from the number that was matched
	y       int // index of the Y token, or -1
}

// side matches elems outward from toks[pos] in direction dir (+1 right,
// -1 left). It returns the first match found, trying shorter gaps and
// taking optional phrases first.
func side(toks []token, pos, dir int, elems []elem, m match) (match, bool) {
	if len(elems) == 0 {
		return m, true
	}
	e := &elems[0]
	switch e.kind {
	case eGap:
		var next *elem
		if len(elems) > 1 && elems[1].kind == eLit {
			next = &elems[1]
		}
		p := pos
		crossed, commas := 0, 0
		for k := 0; k <= int(e.gap); k++ {
			if k > 0 {
				// A gap stays in its clause, and going right it stops at
				// a number: what follows another number belongs to it.
				if p < 0 || p >= len(toks) || toks[p].clauseBreak() || (dir > 0 && toks[p].kind == tokNum) {
					break
				}
				if e.soft && (toks[p].kind != tokWord || toks[p].fold == "va") && !wordsAside(toks, p, dir) && !(toks[p].kind == tokNum && toks[p].year) {
					break
				}
				// A number passed over makes the match weaker: the words
				// beyond it more likely belong to it ("chuyển sinh hoạt cho
				// 968 trường hợp, xóa tên 18").
				if toks[p].kind == tokNum && !toks[p].year && !toks[p].skip {
					crossed++ // a year, a date or an ordinal is no figure's
				}
				if dir > 0 && toks[p].fold == "," {
					commas++
				}
				// A bracketed group is stepped over as one token: its
				// words belong to the figures inside it.
				if t := &toks[p]; t.match != 0 && ((dir < 0 && t.fold == ")") || (dir > 0 && t.fold == "(")) {
					p += int(t.match)
				}
				p += dir
			}
			if next != nil && (p < 0 || p >= len(toks) || !next.starts(toks[p].id)) {
				continue
			}
			mm := m
			mm.skipped += k + crossed*15 + commas*commaCost
			if r, ok := side(toks, p, dir, elems[1:], mm); ok {
				return r, true
			}
		}
		return m, false
	case eNot:
		for _, a := range e.ids {
			if _, ok := idsAt(toks, pos, dir, a); ok {
				return m, false
			}
		}
		return side(toks, pos, dir, elems[1:], m)
	case eY, eM, eMP:
		if pos < 0 || pos >= len(toks) || toks[pos].kind != tokNum || toks[pos].percent != (e.kind == eMP) {
			return m, false
		}
		mm := m
		if e.kind == eY {
			mm.y = pos
		}
		mm.far = pos
		return side(toks, pos+dir, dir, elems[1:], mm)
	}
	// Most tries fail at the first word: the mask of first words says so
	// without walking the alternatives (and the walk below decides the
	// rest).
	if pos < 0 || pos >= len(toks) || e.mask&(1<<(uint32(toks[pos].id)&63)) == 0 {
		if e.kind == eOpt {
			return side(toks, pos, dir, elems[1:], m)
		}
		return m, false
	}
	id := toks[pos].id
	for j, f := range e.firsts {
		if f != id {
			continue
		}
		a := e.ids[j]
		if end, ok := idsAt(toks, pos+dir, dir, a[1:]); ok {
			mm := m
			mm.lits += len(a)
			mm.far = end - dir
			if r, ok := side(toks, end, dir, elems[1:], mm); ok {
				return r, true
			}
		}
	}
	if e.kind == eOpt {
		return side(toks, pos, dir, elems[1:], m)
	}
	return m, false
}

// commaCost is what a gap going right pays for each comma it crosses:
// what follows the comma more likely opens the next item of a list ("HTNV
// 4 tổ chức (7,7%), không HTNV 1 tổ chức").
const commaCost = 10

// wordsAside reports whether toks[p] opens, going in direction dir, a
// bracketed group of words only, which a soft gap steps over as it does
// a word: "người dân tộc thiểu số (Tày, Nùng, Dao) 21 đồng chí".
func wordsAside(toks []token, p, dir int) bool {
	t := &toks[p]
	if t.match == 0 || !(dir < 0 && t.fold == ")" || dir > 0 && t.fold == "(") {
		return false
	}
	q := p + int(t.match)
	if q < 0 || q >= len(toks) {
		return false // the partner lies outside a sub-pass's run of tokens
	}
	lo, hi := min(p, q), max(p, q)
	for k := lo + 1; k < hi; k++ {
		if toks[k].kind == tokNum || toks[k].clauseBreak() {
			return false
		}
	}
	return true
}

// idsAt reports whether the word ids a appear at toks[pos], going in
// direction dir, and returns the position after them.
func idsAt(toks []token, pos, dir int, a []int32) (int, bool) {
	p := pos
	for _, id := range a {
		if p < 0 || p >= len(toks) || toks[p].id != id {
			return 0, false
		}
		p += dir
	}
	return p, true
}

// phraseAt reports whether the folded words of a appear at toks[pos],
// going in direction dir, and returns the position after them.
func phraseAt(toks []token, pos, dir int, a []string) (int, bool) {
	p := pos
	for _, w := range a {
		if p < 0 || p >= len(toks) {
			return 0, false
		}
		t := &toks[p]
		if t.kind == tokNum || t.fold != w {
			return 0, false
		}
		p += dir
	}
	return p, true
}
