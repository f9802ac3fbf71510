package normalize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/abbrev.txt
var abbrevTxt string

// Abbrev is one entry of an abbreviation list: "ĐV" stands for "đảng viên".
type Abbrev struct {
	Short string // the abbreviation as written, matched case-sensitively
	Long  string // what it stands for
}

var defaultAbbrevs = sync.OnceValue(func() []Abbrev {
	list, err := ParseAbbrevs("data/abbrev.txt", strings.NewReader(abbrevTxt))
	if err != nil {
		panic(err)
	}
	return list
})

// DefaultAbbrevs returns a copy of the embedded abbreviation list
// (data/abbrev.txt): ĐV, TCCSĐ, UBKT, BCH, HTXSNV, TSVM, HĐND, UBND, ...
func DefaultAbbrevs() []Abbrev { return append([]Abbrev(nil), defaultAbbrevs()...) }

// ParseAbbrevs reads an abbreviation list: one "SHORT = long form" a line,
// '#' starting a comment. Both sides are made NFC; SHORT must be one word
// (letters and digits, a final '.' allowed, '/' between letters as in
// "đ/c") and appear once. Errors name
// the line (name:12: ...) and wrap ErrSyntax.
func ParseAbbrevs(name string, r io.Reader) ([]Abbrev, error) {
	var list []Abbrev
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		bad := func(format string, args ...any) error {
			return &SyntaxError{Name: name, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		short, long, ok := strings.Cut(text, "=")
		short = norm.NFC.String(strings.TrimSpace(short))
		long = strings.Join(strings.Fields(norm.NFC.String(long)), " ")
		switch {
		case !ok:
			return nil, bad("want SHORT = long form, have %q", text)
		case short == "" || long == "":
			return nil, bad("empty side in %q", text)
		case !isAbbrevWord(short):
			return nil, bad("%q is not one word", short)
		}
		if first, dup := seen[short]; dup {
			return nil, bad("duplicate %s (first on line %d)", short, first)
		}
		seen[short] = line
		list = append(list, Abbrev{Short: short, Long: long})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return list, nil
}

func isAbbrevWord(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" || s[0] == '/' || s[len(s)-1] == '/' || strings.Contains(s, "//") {
		return false
	}
	for _, r := range s {
		// '/' joins the letters of a contraction: "đ/c" is "đồng chí".
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '/' {
			return false
		}
	}
	return true
}

// Expander spells out abbreviations in a Text. A short form is expanded
// only as a whole word and case-sensitively ("ĐV" but not "đv" nor the
// "ĐV" of "ĐVDB" unless listed): the characters next to it must not be
// letters or digits, nor '-' or '/' (so codes like "03-CT/TW" stay), and a
// '.' after it must not be followed by a letter or digit. The longest short
// form wins. An Expander is safe for concurrent use.
type Expander struct {
	byFirst map[rune][]Abbrev       // by first rune, longest first
	ascii   [utf8.RuneSelf][]Abbrev // byFirst of the ASCII runes
	first   [256]bool               // the first bytes of the short forms
	next    [2][256]byteSet         // by first byte: the second and third bytes of the short forms
	skip    firstBytes              // a test of eight bytes for first
	fuses   bool                    // Normalize may fuse (fusable)
	slow    bool                    // a short form is empty or starts inside a UTF-8 sequence
	long    map[string]longForms    // by short form: the first one's
}

// longForms is a long form as written and in both tone styles.
type longForms struct {
	raw   string
	toned [2]string // by ToneStyle
}

// NewExpander returns an Expander for list; a nil list means
// DefaultAbbrevs().
func NewExpander(list []Abbrev) *Expander {
	if list == nil {
		list = defaultAbbrevs()
	}
	e := &Expander{byFirst: map[rune][]Abbrev{}}
	for _, a := range list {
		r, _ := utf8.DecodeRuneInString(a.Short)
		e.byFirst[r] = append(e.byFirst[r], a)
	}
	for r, as := range e.byFirst {
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].Short) > len(as[j].Short) })
		if r >= 0 && r < utf8.RuneSelf {
			e.ascii[r] = as
		}
	}
	e.long = make(map[string]longForms, len(list))
	for _, a := range list {
		if a.Short == "" || !utf8.RuneStart(a.Short[0]) {
			e.slow = true
		} else {
			e.first[a.Short[0]] = true
			c := a.Short[0]
			for k := range e.next {
				if len(a.Short) > k+1 {
					e.next[k][c].add(a.Short[k+1])
				} else {
					e.next[k][c].addAll() // a short form that ends before: no test
				}
			}
		}
		if _, dup := e.long[a.Short]; !dup {
			e.long[a.Short] = longForms{a.Long, [2]string{SetTone(a.Long, NewStyle), SetTone(a.Long, OldStyle)}}
		}
	}
	e.skip = newFirstBytes(&e.first)
	e.fuses = !e.slow
	for _, a := range list {
		e.fuses = e.fuses && fusable(a.Short)
	}
	return e
}

// longForm returns the long form of a in style.
func (e *Expander) longForm(a Abbrev, style ToneStyle) string {
	if l, ok := e.long[a.Short]; ok && l.raw == a.Long && (style == NewStyle || style == OldStyle) {
		return l.toned[style]
	}
	return SetTone(a.Long, style)
}

// Expand returns a new Text whose Norm is t.Norm with the abbreviations
// spelled out (in t's tone style), and whose OrigOffset and OrigSpan still
// map to t.Orig: the span of "đảng viên" in "21 đảng viên mới" maps back to
// the "ĐV" of "21 ĐV mới". Each expansion is one chunk.
func (e *Expander) Expand(t *Text) *Text {
	b := newBuilder(t.Norm)
	e.spell(t.Norm, t.opts.Tone, func(start, end int, long string) {
		b.keep(start)
		b.replace(end, long)
	})
	return e.expanded(t, &b)
}

// spell calls put, in order, for each abbreviation of s that Expand spells
// out: s[start:end] is the short form, long its long form in style.
func (e *Expander) spell(s string, style ToneStyle, put func(start, end int, long string)) {
	if e.slow {
		e.spellRunes(s, style, put)
		return
	}
	// Every short form starts with a byte that starts a rune, and every
	// such byte of s starts a rune of the rune-by-rune walk of
	// spellRunes: testing the bytes in first finds the same places,
	// and the rune before a place is the one that walk saw last.
	//
	// Most places are a capital letter inside a word or after a space, or
	// the lead byte of Đ, đ or ă, and start no short form. Eight bytes at
	// a time, the places that the test of eight bytes lets through are
	// taken one by one from its mask, not by leaving the loop at each,
	// and tested with one branch for the byte before and the two after
	// (mayStart), not one for each: which way those go changes from place
	// to place. (Against a branch on each test and a new load of eight
	// bytes after each place, the two measured 0.85 of spell's time.)
	i := 0
	if e.skip.ok {
		skip := e.skip // in registers
		for i+8 <= len(s) {
			m := skip.mask(load64(s, i))
			for m != 0 {
				j := i + bits.TrailingZeros64(m)/8
				m &= m - 1
				if j > 0 && j+2 < len(s) {
					// mayStart: next[0][c] is empty when c is no first byte.
					c := s[j]
					if e.next[0][c].bit(s[j+1])&e.next[1][c].bit(s[j+2])&^byteBlocksBefore[s[j-1]] == 0 {
						continue
					}
				} else if !e.mayStart(s, j) {
					continue
				}
				if n := e.spellAt(s, j, style, put); n > 0 {
					i = j + n
					goto next // on after the short form
				}
			}
			i += 8
		next:
		}
	}
	for i < len(s) {
		if e.mayStart(s, i) {
			if n := e.spellAt(s, i, style, put); n > 0 {
				i += n
				continue
			}
		}
		i++
	}
}

// mayStart reports whether a short form may start at s[i], by its byte,
// the byte before and the two after: most places that hold a first byte
// ("Đảng", "Công", the đ of "đã") do not pass.
func (e *Expander) mayStart(s string, i int) bool {
	c := s[i]
	if !e.first[c] || i > 0 && s[i-1] < utf8.RuneSelf && asciiBlocksBefore[s[i-1]] {
		return false
	}
	return (i+1 >= len(s) || e.next[0][c].has(s[i+1])) && (i+2 >= len(s) || e.next[1][c].has(s[i+2]))
}

// spellAt calls put for the abbreviation of s at i that Expand spells out,
// if there is one, and returns the length of its short form, else 0.
func (e *Expander) spellAt(s string, i int, style ToneStyle, put func(start, end int, long string)) int {
	// The short forms of an ASCII first byte are found without the map.
	c := s[i]
	var cands []Abbrev
	if c < utf8.RuneSelf {
		cands = e.ascii[c]
	} else {
		r, _ := utf8.DecodeRuneInString(s[i:])
		cands = e.byFirst[r]
	}
	if len(cands) == 0 {
		return 0
	}
	prev := rune(-1)
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(s[:i])
	}
	if blocksBefore(prev) {
		return 0
	}
	for _, a := range cands {
		// The last byte first: most short forms of a first byte differ
		// there from the text.
		if n := len(a.Short); len(s)-i < n || s[i+n-1] != a.Short[n-1] {
			continue
		}
		if strings.HasPrefix(s[i:], a.Short) && !blocksAfter(s[i+len(a.Short):], strings.HasSuffix(a.Short, ".")) {
			put(i, i+len(a.Short), e.longForm(a, style))
			return len(a.Short)
		}
	}
	return 0
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) addAll()         { *b = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} }
func (b *byteSet) has(c byte) bool { return b[c>>6]>>(c&63)&1 != 0 }

// bit is has as 1 or 0.
func (b *byteSet) bit(c byte) uint64 { return b[c>>6] >> (c & 63) & 1 }

// firstBytes is a test of eight bytes at once for the first bytes of the
// short forms: the ASCII ones lie in [lo, hi], the other one, if any, is
// high.
type firstBytes struct {
	ok     bool // the first bytes fit such a test
	lo, hi byte
	// What mask adds to and compares with each byte, eight times over:
	// 0x80-lo, 0x7f-hi, high.
	geLo, gtHi, high uint64
}

// newFirstBytes returns the test for the set first, or one with ok false
// when the set has more than one byte from 0x80 (the default list has
// one, the lead byte of Đ).
func newFirstBytes(first *[256]bool) firstBytes {
	lo, hi := byte(0x7f), byte(0)
	var high []byte
	for c, in := range first {
		switch {
		case !in:
		case c < utf8.RuneSelf:
			lo, hi = min(lo, byte(c)), max(hi, byte(c))
		default:
			high = append(high, byte(c))
		}
	}
	if lo > hi {
		lo, hi = 0x7f, 0x7f // no ASCII first byte: DEL, which starts none
	}
	switch len(high) {
	case 0:
		high = []byte{lo}
	case 1:
	default:
		return firstBytes{}
	}
	return firstBytes{
		ok:   true,
		lo:   lo,
		hi:   hi,
		geLo: loBits * uint64(0x80-lo),
		gtHi: loBits * uint64(0x7f-hi),
		high: loBits * uint64(high[0]),
	}
}

// mask returns the top bit of each byte of x that the test lets through:
// every byte of first among them.
func (f *firstBytes) mask(x uint64) uint64 {
	// An ASCII byte b is in [lo, hi] when b+0x80-lo reaches 0x80 and
	// b+0x7f-hi does not; neither sum carries out of its byte.
	low := x & low7Bit
	ascii := (low + f.geLo) &^ (low + f.gtHi) &^ x
	return (ascii | zeroBytes(x^f.high)) & hiBits
}

// zeroBytes returns the top bit of each byte of x that is 0, and no other
// bit.
func zeroBytes(x uint64) uint64 {
	return ^((x&low7Bit + low7Bit) | x) & hiBits
}

// spellRunes is spell walking s rune by rune, for short forms that the
// byte test of spell cannot find.
func (e *Expander) spellRunes(s string, style ToneStyle, put func(start, end int, long string)) {
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if cands, ok := e.byFirst[r]; ok && !blocksBefore(prev) {
			for _, a := range cands {
				if strings.HasPrefix(s[i:], a.Short) && !blocksAfter(s[i+len(a.Short):], strings.HasSuffix(a.Short, ".")) {
					put(i, i+len(a.Short), e.longForm(a, style))
					i += len(a.Short)
					prev, _ = utf8.DecodeLastRuneInString(a.Short)
					goto next
				}
			}
		}
		prev = r
		i += size
	next:
	}
}

// expanded returns the Text of an expansion of t written by b.
func (e *Expander) expanded(t *Text, b *builder) *Text {
	norm, m := b.finish()
	out := &Text{Orig: t.Orig, Norm: norm, opts: t.opts, maps: t.maps}
	if m != nil {
		out.maps = append(append([]*edits(nil), t.maps...), m)
	}
	return out
}

// asciiBlocksBefore is blocksBefore of the ASCII runes.
var asciiBlocksBefore = func() (t [utf8.RuneSelf]bool) {
	for r := range rune(utf8.RuneSelf) {
		t[r] = blocksBefore(r)
	}
	return t
}()

// byteBlocksBefore is asciiBlocksBefore by byte, as 1 or 0, for spell's
// test without a branch: 0 from 0x80, where blocksBefore needs the rune.
var byteBlocksBefore = func() (t [256]uint64) {
	for c := range utf8.RuneSelf {
		if asciiBlocksBefore[c] {
			t[c] = 1
		}
	}
	return t
}()

func blocksBefore(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == '-' || r == '/' || r == '.' || r == '_')
}

func blocksAfter(rest string, endsWithDot bool) bool {
	if rest == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	if r == '.' && !endsWithDot {
		r2, _ := utf8.DecodeRuneInString(rest[size:])
		return size < len(rest) && (unicode.IsLetter(r2) || unicode.IsDigit(r2))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '/' || r == '_'
}
