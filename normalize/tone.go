package normalize

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// ToneStyle is a convention for where the tone mark of a syllable goes.
// The two conventions differ only in open syllables ending in the vowel
// clusters oa, oe and uy: "hoà", "khoẻ", "thuỷ" (NewStyle) against "hòa",
// "khỏe", "thủy" (OldStyle). Both put the mark on the main vowel elsewhere:
// "hoàng", "toán", "khuyến", "quý", "già", "người".
type ToneStyle int

const (
	// NewStyle puts the mark on the second vowel of oa, oe, uy: "hoà",
	// "thuỷ", "uỷ", "khoẻ" ("kiểu mới"). It is the zero value.
	NewStyle ToneStyle = iota
	// OldStyle puts the mark on the first vowel of oa, oe, uy: "hòa",
	// "thủy", "ủy", "khỏe" ("kiểu cũ").
	OldStyle
)

// String returns "new" or "old".
func (s ToneStyle) String() string {
	if s == OldStyle {
		return "old"
	}
	return "new"
}

// The six tones; toneNone is level (thanh ngang).
const (
	toneNone = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
)

// toneMarks are the combining marks of the tones, by tone.
var toneMarks = [...]rune{0, 0x300, 0x301, 0x309, 0x303, 0x323}

// vowelBases are the twelve Vietnamese vowel letters without tone.
var vowelBases = []rune("aăâeêioôơuưy")

// A letter is one rune of a syllable taken apart: its toneless lower-case
// base, its tone and whether it was upper case.
type letter struct {
	base  rune
	tone  int
	upper bool
}

// vowelTable holds the parts of the vowel runes (both cases, all tones) of
// the two blocks Vietnamese letters live in; ok is false elsewhere.
type vowelEntry struct {
	l  letter
	ok bool
}

var (
	vowelsLatin [0x1b1]vowelEntry // U+0000..U+01B0
	vowelsExt   [0x5a]vowelEntry  // U+1EA0..U+1EF9
	// compose maps a lower-case toneless vowel and a tone to the rune.
	compose = map[[2]rune]rune{}
)

// toned returns the parts of a vowel rune.
func toned(r rune) (letter, bool) {
	switch {
	case r < 0x1b1:
		e := vowelsLatin[r]
		return e.l, e.ok
	case r >= 0x1ea0 && r <= 0x1ef9:
		e := vowelsExt[r-0x1ea0]
		return e.l, e.ok
	}
	return letter{}, false
}

func setToned(r rune, l letter) {
	switch {
	case r < 0x1b1:
		vowelsLatin[r] = vowelEntry{l, true}
	case r >= 0x1ea0 && r <= 0x1ef9:
		vowelsExt[r-0x1ea0] = vowelEntry{l, true}
	default:
		panic(fmt.Sprintf("vowel %U out of the tables", r))
	}
}

func init() {
	for _, v := range vowelBases {
		for t, mark := range toneMarks {
			s := string(v)
			if mark != 0 {
				s = norm.NFC.String(s + string(mark))
			}
			r, _ := utf8.DecodeRuneInString(s)
			u := unicode.ToUpper(r)
			setToned(r, letter{base: v, tone: t})
			setToned(u, letter{base: v, tone: t, upper: true})
			compose[[2]rune{v, rune(t)}] = r
			composed[vowelIndex(v)][t] = [2]rune{r, u}
		}
	}
}

func (l letter) rune() rune {
	if l.base >= 0 && l.base < rune(len(vowelIndexes)) && l.tone >= 0 && l.tone < len(toneMarks) {
		if v := vowelIndexes[l.base]; v != 0 {
			return composed[v][l.tone][b2i(l.upper)] // compose without a map look-up
		}
	}
	r, ok := compose[[2]rune{l.base, rune(l.tone)}]
	if !ok {
		r = l.base
	}
	if l.upper {
		return unicode.ToUpper(r)
	}
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// composed is letter.rune of the vowels: by vowelIndex (1 to 12), tone
// and upper; init fills it with compose.
var composed [13][len(toneMarks)][2]rune

func isVowel(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}

func isShaped(r rune) bool {
	switch r {
	case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
		return true
	}
	return false
}

// maxSyllable is the most runes a Vietnamese syllable has ("nghiêng",
// "khuyếch"); longer letter runs are left alone.
const maxSyllable = 7

// onsets are the consonant onsets, longest first; gi and qu are handled
// apart because their second letter is a vowel letter.
var onsets = []string{"ngh", "ng", "gh", "kh", "nh", "ph", "th", "tr", "ch",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// clusters are the vowel clusters (nucleus with its glides) of Vietnamese
// syllables, toneless and lower case, after the onsets gi and qu, by
// clusterKey.
var clusters [1 << 12]bool

// vowelIndex numbers the twelve vowel letters from 1 (0 for others).
func vowelIndex(r rune) int {
	switch r {
	case 'a':
		return 1
	case 'ă':
		return 2
	case 'â':
		return 3
	case 'e':
		return 4
	case 'ê':
		return 5
	case 'i':
		return 6
	case 'o':
		return 7
	case 'ô':
		return 8
	case 'ơ':
		return 9
	case 'u':
		return 10
	case 'ư':
		return 11
	case 'y':
		return 12
	}
	return 0
}

// clusterKey packs up to three vowels into 12 bits; -1 for longer runs.
func clusterKey(vs []rune) int {
	if len(vs) > 3 {
		return -1
	}
	k := 0
	for _, v := range vs {
		i := 0
		if v >= 0 && v < rune(len(vowelIndexes)) {
			i = int(vowelIndexes[v])
		}
		k = k<<4 | i
	}
	return k
}

// vowelIndexes is vowelIndex of the runes up to the last vowel letter, ư.
var vowelIndexes = func() (t ['ư' + 1]uint8) {
	for r := range rune(len(t)) {
		t[r] = uint8(vowelIndex(r))
	}
	return t
}()

// isCoda reports whether rs is a consonant ending.
func isCoda(rs []rune) bool {
	switch len(rs) {
	case 0:
		return true
	case 1:
		switch rs[0] {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		return rs[1] == 'h' && (rs[0] == 'c' || rs[0] == 'n') || rs[0] == 'n' && rs[1] == 'g'
	}
	return false
}

func init() {
	for _, c := range []string{
		"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
		"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "iê", "oa",
		"oă", "oe", "oi", "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ",
		"uy", "ưa", "ưi", "ưu", "ươ", "yê",
		"iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu",
		"ươi", "ươu",
	} {
		clusters[clusterKey([]rune(c))] = true
	}
}

// A syllable is a letter run taken apart: its letters, the index of the
// one tone mark (or -1), and the vowel cluster ls[p:q] between onset and
// coda.
type syllable struct {
	ls        [maxSyllable]letter
	n, marked int
	p, q      int
	bases     [maxSyllable]rune
}

// parseSyllable takes w (a run of letters, NFC) apart. It reports false when
// w is not a well-formed Vietnamese syllable with at most one tone mark.
func parseSyllable(w string) (sy syllable, ok bool) {
	var rs [maxSyllable]rune
	n := 0
	for _, r := range w {
		if n == maxSyllable {
			sy.marked = -1
			return sy, false
		}
		rs[n] = r
		n++
	}
	return parseRunes(rs[:n])
}

// parseRunes is parseSyllable for the runes of w, at most maxSyllable.
func parseRunes(rs []rune) (sy syllable, ok bool) {
	sy.marked = -1
	for _, r := range rs {
		l, ok := letterOf(r)
		if !ok {
			return sy, false
		}
		if l.tone != toneNone {
			if sy.marked >= 0 {
				return sy, false
			}
			sy.marked = sy.n
		}
		sy.ls[sy.n] = l
		sy.bases[sy.n] = l.base
		sy.n++
	}
	n, bases := sy.n, sy.bases[:sy.n]
	if n == 0 {
		return sy, false
	}

	// Onset: gi and qu before a vowel, else the longest consonant onset.
	p := 0
	switch {
	case n > 2 && bases[0] == 'g' && bases[1] == 'i' && isVowel(bases[2]),
		n > 2 && bases[0] == 'q' && bases[1] == 'u' && isVowel(bases[2]):
		p = 2
	case bases[0] == 'q':
		return sy, false
	default:
		p = onsetLen(bases)
	}
	// Nucleus and coda.
	q := p
	for q < n && isVowel(bases[q]) {
		q++
	}
	if k := clusterKey(bases[p:q]); q == p || k < 0 || !clusters[k] || !isCoda(bases[q:]) {
		return sy, false
	}
	sy.p, sy.q = p, q
	return sy, true
}

// letterOf takes one rune of a syllable apart: a vowel letter by table,
// any other rune by its lower case, which must be ASCII or đ. It reports
// false for a rune that no syllable holds.
func letterOf(r rune) (letter, bool) {
	if l, ok := toned(r); ok {
		return l, true
	}
	return lowerLetter(r)
}

// lowerLetter is letterOf for a rune that is no vowel letter.
func lowerLetter(r rune) (letter, bool) {
	lr := r
	switch {
	case 'A' <= r && r <= 'Z':
		lr = r + ('a' - 'A')
	case r >= utf8.RuneSelf:
		if lr = lowerQuick(r); lr < 0 {
			lr = unicode.ToLower(r) // lowerQuick is unicode.ToLower where it knows r
		}
	}
	if lr >= utf8.RuneSelf && lr != 'đ' {
		return letter{}, false
	}
	return letter{base: lr, upper: lr != r}, true
}

// onsetLen returns the length in runes of the longest of onsets that
// bases starts with, or 0.
func onsetLen(bases []rune) int {
	second := rune(0)
	if len(bases) > 1 {
		second = bases[1]
	}
	switch bases[0] {
	case 'n':
		switch {
		case second == 'g' && len(bases) > 2 && bases[2] == 'h':
			return 3 // ngh
		case second == 'g' || second == 'h':
			return 2 // ng, nh
		}
		return 1
	case 'g', 'k', 'p', 'c':
		if second == 'h' {
			return 2 // gh, kh, ph, ch
		}
		return 1
	case 't':
		if second == 'h' || second == 'r' {
			return 2 // th, tr
		}
		return 1
	case 'b', 'd', 'đ', 'h', 'l', 'm', 'r', 's', 'v', 'x':
		return 1
	}
	return 0
}

// isSyllable reports whether w is a well-formed Vietnamese syllable.
func isSyllable(w string) bool {
	_, ok := parseSyllable(w)
	return ok
}

// placeTone puts the tone mark of one syllable w (a run of letters, NFC)
// where style says. It reports false, and changes nothing, when w is not a
// well-formed Vietnamese syllable with exactly one tone mark, or when the
// mark is already in place.
func placeTone(w string, style ToneStyle) (string, bool) {
	// Only a syllable with a tone mark and two vowel letters can change.
	var rs [maxSyllable]rune
	n, marks, vowels := 0, 0, 0
	for _, r := range w {
		if n == maxSyllable {
			return w, false
		}
		rs[n] = r
		n++
		if r < utf8.RuneSelf {
			switch r | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
			}
			continue
		}
		if l, ok := toned(r); ok {
			vowels++
			if l.tone != toneNone {
				marks++
			}
		}
	}
	if marks != 1 || vowels < 2 {
		return w, false
	}
	return placeToneRunes(w, rs[:n], style)
}

// placeToneRunes is placeTone for w decoded into rs, at most maxSyllable
// runes with one tone mark and two vowel letters or more.
func placeToneRunes(w string, rs []rune, style ToneStyle) (string, bool) {
	out, ok := placeToneAppend(make([]byte, 0, len(w)+2), rs, style)
	if !ok {
		return w, false
	}
	return string(out), true
}

// markTarget returns where the tone mark of a syllable of n letters
// whose vowels are [p, q) goes: the last shaped vowel (ă â ê ô ơ ư),
// shaped, when there is one (else -1); else the last vowel before a coda;
// else in an open syllable the second to last vowel, except the pairs oa,
// oe, uy (pair) in NewStyle.
func markTarget(p, q, n, shaped int, pair bool, style ToneStyle) int {
	switch {
	case shaped >= 0:
		return shaped
	case q < n || q-p == 1:
		return q - 1
	case style == NewStyle && pair:
		return q - 1
	}
	return q - 2
}

// placeToneAppend is placeToneRunes that appends the syllable with its
// mark moved to dst, so that the caller chooses where it goes; when it
// reports false it appends nothing.
func placeToneAppend(dst []byte, rs []rune, style ToneStyle) ([]byte, bool) {
	sy, ok := parseRunes(rs)
	if !ok || sy.marked < 0 {
		return dst, false
	}
	ls, n, marked, p, q, bases := &sy.ls, sy.n, sy.marked, sy.p, sy.q, sy.bases[:sy.n]

	shaped := -1
	for i := p; i < q; i++ {
		if isShaped(bases[i]) {
			shaped = i
		}
	}
	pair := q-p == 2 && (bases[p] == 'o' && (bases[p+1] == 'a' || bases[p+1] == 'e') || bases[p] == 'u' && bases[p+1] == 'y')
	target := markTarget(p, q, n, shaped, pair, style)
	if target == marked {
		return dst, false
	}
	ls[target].tone, ls[marked].tone = ls[marked].tone, toneNone
	for i := range n {
		dst = utf8.AppendRune(dst, ls[i].rune())
	}
	return dst, true
}

// isWordRune reports whether r belongs to a letter run: a letter or a
// nonspacing mark.
func isWordRune(r rune) bool {
	if r < classEnd {
		return letterClass[r]&cWord != 0
	}
	return isWordRuneSlow(r)
}

// classEnd bounds the runes letterClass holds: ASCII to General
// Punctuation, where Vietnamese text lives.
const classEnd = 0x2080

// classFitsText fails to compile unless letterClass holds every rune
// below 0x2000, which letterRun and leadRead index it with unchecked.
var _ [classEnd - 0x2000]struct{}

// The bits of letterClass.
const (
	cWord   = 1 << iota // isWordRune
	cVowel              // a vowel letter, any case and tone (toned)
	cMarked             // a vowel letter with a tone mark
	cShaped             // a vowel letter whose base is ă â ê ô ơ ư
	cUpper              // unicode.IsUpper
)

// classOf returns the letterClass bits of any rune (cWord and cUpper
// only beyond classEnd, where no vowel letter lies).
func classOf(r rune) uint8 {
	if r < classEnd {
		return letterClass[r]
	}
	return classOfSlow(r)
}

func classOfSlow(r rune) uint8 {
	var k uint8
	if isWordRuneSlow(r) {
		k |= cWord
	}
	if unicode.IsUpper(r) {
		k |= cUpper
	}
	return k
}

// letterClass holds what letterRun wants to know of each rune below
// classEnd, so that it looks each rune up once, with no branches.
var letterClass = func() (t [classEnd]uint8) {
	for r := rune(0); r < classEnd; r++ {
		t[r] = classOfSlow(r)
	}
	for _, v := range vowelBases {
		for tn, mark := range toneMarks {
			s := string(v)
			if mark != 0 {
				s = norm.NFC.String(s + string(mark))
			}
			r, _ := utf8.DecodeRuneInString(s)
			k := uint8(cVowel)
			if tn != toneNone {
				k |= cMarked
			}
			if isShaped(v) {
				k |= cShaped
			}
			t[r] |= k
			t[unicode.ToUpper(r)] |= k
		}
	}
	return t
}()

func isWordRuneSlow(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xc0 && r < 0x250:
		return r != 0xd7 && r != 0xf7 // Latin-1 and Latin Extended-A/B letters
	case r >= 0x1e00 && r < 0x1f00:
		return true // Latin Extended Additional: all letters
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the letter run of s starting at i, and the
// number of runes in it, counting at most limit+1 runes.
func wordEnd(s []byte, i, limit int) (end, n int, complete bool) {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			if !utf8.FullRune(s[i:]) {
				return i, n, false
			}
			r, size = utf8.DecodeRune(s[i:])
		}
		if !isWordRune(r) {
			return i, n, true
		}
		n++
		i += size
		if n > limit {
			return i, n, true
		}
	}
	return i, n, false
}

// wordEndString is wordEnd for a string, whose end ends the run; it also
// reports whether the run has a non-ASCII rune.
func wordEndString(s string, i, limit int) (end, n int, nonASCII bool) {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			nonASCII = true
		}
		if !isWordRune(r) {
			return i, n, nonASCII
		}
		n++
		i += size
		if n > limit {
			return i, n, nonASCII
		}
	}
	return i, n, nonASCII
}

// SetTone returns s with the tone mark of every syllable placed as style
// says (see ToneStyle). It changes nothing else, except that a string that
// is not NFC is made NFC first. SetTone is idempotent.
func SetTone(s string, style ToneStyle) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	out, _ := tonePass(s, style)
	return out
}

// tonePass is the offset-tracking form of Tone: each syllable whose mark
// moves is one replaced chunk, from its first changed rune to its last.
func tonePass(s string, style ToneStyle) (string, *edits) {
	out, m, _, _ := toneScan(s, style, defaultLookAlikeSet(), false, nil)
	return out, m
}

// earlyNeeds are the needs of the passes that run before Tone.
const earlyNeeds = needNFC | needInvisible | needLookAlike

// lookPass is the look-alike pass as toneScan may find it on the way.
type lookPass struct {
	out  string
	m    *edits
	used bool // toneScan met a look-alike: out and m are the pass's
}

// toneMove is a syllable of toneScan whose mark moved, from start to end
// of the look-alike pass's output, its new bytes at moved[at:].
type toneMove struct {
	start, end, at int
}

// diffRange returns the lengths of the common prefix and suffix of a and b,
// in whole runes.
func diffRange(a, b string) (prefix, suffix int) {
	for prefix < len(a) && prefix < len(b) {
		ra, na := utf8.DecodeRuneInString(a[prefix:])
		rb, nb := utf8.DecodeRuneInString(b[prefix:])
		if ra != rb || na != nb {
			break
		}
		prefix += na
	}
	for suffix < len(a)-prefix && suffix < len(b)-prefix {
		ra, na := utf8.DecodeLastRuneInString(a[:len(a)-suffix])
		rb, nb := utf8.DecodeLastRuneInString(b[:len(b)-suffix])
		if ra != rb || na != nb {
			break
		}
		suffix += na
	}
	return prefix, suffix
}

// diffRangeBytes is diffRange for b as bytes.
func diffRangeBytes(a string, b []byte) (prefix, suffix int) {
	for prefix < len(a) && prefix < len(b) {
		ra, na := utf8.DecodeRuneInString(a[prefix:])
		rb, nb := utf8.DecodeRune(b[prefix:])
		if ra != rb || na != nb {
			break
		}
		prefix += na
	}
	for suffix < len(a)-prefix && suffix < len(b)-prefix {
		ra, na := utf8.DecodeLastRuneInString(a[:len(a)-suffix])
		rb, nb := utf8.DecodeLastRune(b[:len(b)-suffix])
		if ra != rb || na != nb {
			break
		}
		suffix += na
	}
	return prefix, suffix
}

// Tone returns a transformer that places tone marks as style says (see
// SetTone). Its input should be NFC: syllables holding combining marks are
// left alone.
func Tone(style ToneStyle) transform.Transformer { return &tone{style: style} }

type tone struct {
	style ToneStyle
	long  bool // inside a letter run too long to be a syllable
}

// Reset implements transform.Transformer.
func (t *tone) Reset() { t.long = false }

// Transform implements transform.Transformer.
func (t *tone) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		word := isWordRune(r)
		if t.long && !word {
			t.long = false
		}
		if t.long || !word {
			if nDst+size > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
			nSrc += size
			continue
		}
		end, n, complete := wordEnd(src, nSrc, maxSyllable)
		if !complete && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		w := src[nSrc:end]
		if n > maxSyllable {
			t.long = true
		} else if out, ok := placeTone(string(w), t.style); ok {
			w = []byte(out)
		}
		if nDst+len(w) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], w)
		nSrc = end
	}
	return nDst, nSrc, nil
}
