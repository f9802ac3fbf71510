package normalize

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Chain returns the whole normalization of Text as one transformer:
// norm.NFC, Invisible, norm.NFC, LookAlikes (opts.LookAlikes), Tone
// (opts.Tone), Spaces. transform.String(Chain(opts), s) equals
// String(s, opts). Like every transformer it is not safe for concurrent use.
func Chain(opts Options) transform.Transformer {
	return transform.Chain(
		norm.NFC,
		Invisible(),
		norm.NFC,
		lookAlike(opts.lookAlikes()),
		Tone(opts.Tone),
		Spaces(),
	)
}

// runeFunc is a stateless transformer that maps each rune to one rune, or
// deletes it when the result is negative. Illegal input bytes are passed to
// it as utf8.RuneError, one byte at a time, and come out as U+FFFD unless
// deleted, so the output is always valid UTF-8.
type runeFunc func(r rune) rune

// Reset implements transform.Transformer.
func (runeFunc) Reset() {}

// Transform implements transform.Transformer.
func (f runeFunc) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[nSrc:])
			if r == utf8.RuneError && size == 1 && !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
		}
		m := f(r)
		switch {
		case m < 0:
			// Deleted.
		case m == r && r != utf8.RuneError:
			if nDst+size > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		default:
			if nDst+utf8.RuneLen(m) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], m)
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}

// runePass is the offset-tracking form of a runeFunc. The runeFuncs of this
// package keep printable ASCII, which it skips without calling them. It
// writes into st when not nil (see newBuilderIn).
func runePass(s string, f runeFunc, st *passStore) (string, *edits) {
	return runePassKeys(s, f, nil, st)
}

// lookAlikePass is runePass(s, la.lookAlike, st).
func lookAlikePass(s string, la *lookAlikeSet, st *passStore) (string, *edits) {
	return runePassKeys(s, la.lookAlike, &la.bmp, st)
}

// runePassKeys is runePass where f keeps every BMP rune not in the bitmap
// keys (nil: none is known to be kept), which it skips without calling f,
// as it does printable ASCII. An invalid byte is never skipped: it becomes
// U+FFFD.
func runePassKeys(s string, f runeFunc, keys *[0x10000 / 64]uint64, st *passStore) (string, *edits) {
	b := newBuilderIn(s, st)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if keys != nil && r < 0x10000 && keys[r/64]&(1<<(r%64)) == 0 && size > 1 {
			i += size // kept by f; size 1 is ASCII or an invalid byte
			continue
		}
		m := f(r)
		switch {
		case m < 0:
			b.keep(i)
			b.replace(i+size, "")
		case m == r && r != utf8.RuneError:
		case m == r && size == 3:
			// A real U+FFFD stays.
		default:
			b.keep(i)
			n := utf8.EncodeRune(buf[:], m)
			b.replace(i+size, string(buf[:n]))
		}
		i += size
	}
	return b.finish()
}

// Invisible returns a transformer that deletes invisible characters: the
// format characters (Unicode Cf: ZWSP, ZWNJ, ZWJ, WJ, BOM, soft hyphen,
// bidi controls, ...) and the C0 and C1 control characters other than
// '\t', '\n', '\v', '\f', '\r' and U+0085 (NEL, which LookAlikes turns into
// '\n'). Illegal UTF-8 bytes become U+FFFD, one per byte.
func Invisible() transform.Transformer { return invisible }

var invisible runeFunc = func(r rune) rune {
	switch {
	case r < 0x20:
		if r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
			return r
		}
		return -1
	case r < 0x7f:
		return r
	case r < 0xa0:
		if r == 0x85 {
			return r
		}
		return -1
	case r == 0xad:
		return -1
	case r < 0x600 || r >= 0x1e00 && r < 0x2000:
		return r // Latin, Greek, Cyrillic, Vietnamese: no format characters
	case unicode.Is(unicode.Cf, r):
		return -1
	}
	return r
}

// LookAlikes returns a transformer that maps look-alike characters as
// DefaultLookAlikes says: Ð (U+00D0) to Đ, ð to đ, dashes and minus signs to
// '-', curly and other quotes to ' and ", no-break and other spaces to ' ',
// line and paragraph separators to '\n', full-width digits to ASCII ones.
// The ellipsis '…' is kept.
func LookAlikes() transform.Transformer { return lookAlike(defaultLookAlikes()) }

// LookAlikesFrom returns a transformer like LookAlikes with the mapping m
// (see ParseLookAlikes); a negative value deletes the character.
func LookAlikesFrom(m map[rune]rune) transform.Transformer { return lookAlike(m) }

func lookAlike(m map[rune]rune) runeFunc { return newLookAlikeSet(m).lookAlike }

// lookAlikeSet is a look-alike table with a bitmap of its BMP keys, which
// saves most map look-ups.
type lookAlikeSet struct {
	m     map[rune]rune
	bmp   [0x10000 / 64]uint64
	quiet [0x10000 / 64]uint64 // quietRunes without the keys of m
	span  [0x2000]uint8        // by rune: its pairClass if in quiet, else spanStop (for quietSpan)
}

func newLookAlikeSet(m map[rune]rune) *lookAlikeSet {
	la := &lookAlikeSet{m: m, quiet: quietRunes}
	for r := range m {
		if r >= 0 && r < 0x10000 {
			la.bmp[r/64] |= 1 << (r % 64)
			la.quiet[r/64] &^= 1 << (r % 64)
		}
	}
	for r := range rune(len(la.span)) {
		la.span[r] = spanStop
		if la.quiet[r/64]&(1<<(r%64)) != 0 {
			la.span[r] = pairClass[r]
		}
	}
	return la
}

// defaultLookAlikeSet is the set of DefaultLookAlikes, built once.
var defaultLookAlikeSet = sync.OnceValue(func() *lookAlikeSet { return newLookAlikeSet(defaultLookAlikes()) })

// has reports whether r is a key of the table.
func (la *lookAlikeSet) has(r rune) bool {
	if r < 0x10000 {
		return r >= 0 && la.bmp[r/64]&(1<<(r%64)) != 0
	}
	_, ok := la.m[r]
	return ok
}

// lookAlike maps r as the table says; ASCII is kept.
func (la *lookAlikeSet) lookAlike(r rune) rune {
	if r < utf8.RuneSelf || !la.has(r) {
		return r
	}
	if v, ok := la.m[r]; ok {
		return v
	}
	return r
}

// nfcStableAt reports whether the rune at s[i] is ASCII or nfcStable.
func nfcStableAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return true
	}
	r, size := decodeRune(s, i)
	return runeNeeds(r, size)&needNFC == 0
}

// nfcPass is the offset-tracking form of norm.NFC: each segment between two
// NFC boundaries that changes is one replaced chunk.
func nfcPass(s string) (string, *edits) { return nfcPassIn(s, nil) }

// nfcPassIn is nfcPass writing into st when not nil (see newBuilderIn).
func nfcPassIn(s string, st *passStore) (string, *edits) {
	n := nfcQuickSpan(s)
	if n == len(s) {
		return s, nil
	}
	// QuickSpan stops at a boundary: normalize segment by segment from there.
	b := newBuilderIn(s, st)
	var buf []byte
	if st != nil {
		buf = st.scratch
	}
	i := n
	b.keep(i)
	var tab []string // letterMarksTable, once there is a letter with marks
	for i < len(s) {
		// A rune that is NFC on its own and never combines with the rune
		// before it (nfcStable, as ASCII is), followed by another such
		// rune or the end, is a segment of its own that NFC keeps: the
		// segment walk below would find it so and keep it.
		size := 1
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, size = decodeRune(s, i)
			if runeNeeds(r, size)&needNFC != 0 {
				size = 0
			}
		}
		if size > 0 && (i+size == len(s) || nfcStableAt(s, i+size)) {
			i += size
			continue
		}
		// A Vietnamese letter and its marks, the segments of decomposed
		// text: their NFC from a table, since AppendString allocates a
		// buffer each call.
		if j := letterMarksEnd(s, i); j > 0 {
			if tab == nil {
				tab = letterMarksTable()
			}
			if out, ok := letterMarksLookup(tab, s[i:j]); ok {
				b.keep(i)
				b.replace(j, out)
				i = j
				continue
			}
		}
		k := norm.NFC.NextBoundaryInString(s[i:], true)
		if k <= 0 {
			k = len(s) - i
		}
		// The segment's NFC, in a buffer used again: a segment that is
		// NFC already comes out the same and replaceBytes keeps it, as
		// if it had not been replaced.
		buf = norm.NFC.AppendString(buf[:0], s[i:i+k])
		b.keep(i)
		b.replaceBytes(i+k, buf)
		i += k
	}
	if st != nil {
		st.scratch = buf
	}
	return b.finish()
}

// nfcQuickSpan is norm.NFC.QuickSpanString(s), with the head of ASCII and
// NFC-stable runes of the Latin blocks skipped by table. Such a rune
// starts a segment (TestNFCStableStarts), so QuickSpan's state after it is
// the state it has after it when it starts there: it may start at the last
// of them instead of at 0.
func nfcQuickSpan(s string) int {
	last := 0 // the start of the last rune skipped
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			last = i
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if r >= latinEnd && (r < extStart || r >= extEnd) || runeNeeds(r, size)&needNFC != 0 {
			break
		}
		last = i
		i += size
	}
	return last + norm.NFC.QuickSpanString(s[last:])
}

// letterMarksEnd returns the end of a letter of one or two bytes at s[i]
// followed by one or two of vietMarks and then by the end of s or an
// NFC-stable rune of the Latin blocks (latinNeeds, extNeeds); 0 when s[i:]
// starts no such run. Those marks are no starters and the rune after them
// is one (TestNFCStableStarts): the run is the segment that
// norm.NFC.NextBoundaryInString(s[i:], true) finds, when the letter is a
// starter (as the keys of letterMarksNFC are).
func letterMarksEnd(s string, i int) int {
	j := i + 1
	if s[i] >= utf8.RuneSelf {
		if s[i] < 0xc2 || s[i] >= 0xe0 || j >= len(s) || s[j]&0xc0 != 0x80 {
			return 0
		}
		j++
	}
	marks := 0
	for marks < 2 && j+1 < len(s) && s[j] == 0xcc && isVietMarkByte[s[j+1]] {
		j += 2
		marks++
	}
	if marks == 0 {
		return 0
	}
	if j < len(s) && s[j] >= utf8.RuneSelf {
		r, size := decodeRune(s, j)
		if r >= latinEnd && (r < extStart || r >= extEnd) || runeNeeds(r, size)&needNFC != 0 {
			return 0
		}
	}
	return j
}

// isVietMarkByte says which second bytes after 0xCC are vietMarks.
var isVietMarkByte = func() (t [256]bool) {
	for _, r := range vietMarks {
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		if b[0] != 0xcc {
			panic("normalize: a Vietnamese mark out of U+0300..U+033F")
		}
		t[b[1]] = true
	}
	return t
}()

// vietMarks are the combining marks of decomposed Vietnamese: the five
// tones, and the circumflex, breve and horn of â ê ô ă ơ ư.
var vietMarks = []rune{0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b}

// letterMarksLookup returns letterMarksNFC()[seq] for a letter and its
// marks as letterMarksEnd finds them (a rune of one or two bytes and one
// or two of vietMarks), from tab, letterMarksTable, by index: a look-up
// in the map hashes and compares the string. (The NFC pass over the texts
// that need it measured 0.81 of the time it took with the map.)
func letterMarksLookup(tab []string, seq string) (string, bool) {
	k := letterMarksKey(seq)
	if k < 0 {
		return "", false
	}
	out := tab[k]
	return out, out != ""
}

// letterMarksKey returns the index in letterMarksTable of seq, a rune of
// one or two bytes and one or two of vietMarks, or -1 when its rune is
// none of letterMarkBases.
func letterMarksKey(seq string) int {
	base, n := rune(seq[0]), 1
	if base >= utf8.RuneSelf {
		base, n = rune(seq[0]&0x1f)<<6|rune(seq[1]&0x3f), 2
	}
	if base >= rune(len(letterMarkBase)) || letterMarkBase[base] == 0 {
		return -1
	}
	m2 := uint8(0)
	if len(seq) > n+2 {
		m2 = vietMarkIndex[seq[n+3]]
	}
	return (int(letterMarkBase[base]-1)*len(vietMarks)+int(vietMarkIndex[seq[n+1]]-1))*(len(vietMarks)+1) + int(m2)
}

// letterMarkBases are the letters that letterMarksNFC takes marks after.
const letterMarkBases = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYdD"

// letterMarkBase is, by rune, 1 plus the index of the rune in
// letterMarkBases, or 0 for other runes.
var letterMarkBase = func() (t [0x200]uint8) {
	k := uint8(0)
	for _, r := range letterMarkBases {
		k++
		t[r] = k
	}
	return t
}()

// vietMarkIndex is, by the second byte of a mark's UTF-8, 1 plus its
// index in vietMarks, or 0.
var vietMarkIndex = func() (t [256]uint8) {
	for k, r := range vietMarks {
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		t[b[1]] = uint8(k + 1)
	}
	return t
}()

// letterMarksTable is letterMarksNFC by letterMarksKey, "" where the map
// has no key.
var letterMarksTable = sync.OnceValue(func() []string {
	t := make([]string, utf8.RuneCountInString(letterMarkBases)*len(vietMarks)*(len(vietMarks)+1))
	for seq, out := range letterMarksNFC() {
		t[letterMarksKey(seq)] = out
	}
	return t
})

// letterMarksNFC maps each Vietnamese vowel letter (toneless, either
// case) followed by one or two of vietMarks, and d or D followed by one,
// to its NFC, which norm computes once.
var letterMarksNFC = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(seq string) { m[seq] = norm.NFC.String(seq) }
	for _, base := range letterMarkBases {
		for _, m1 := range vietMarks {
			add(string(base) + string(m1))
			if base == 'd' || base == 'D' {
				continue
			}
			for _, m2 := range vietMarks {
				add(string(base) + string(m1) + string(m2))
			}
		}
	}
	return m
})
