package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns an accent-insensitive, lower-case key of s: NFD, combining
// marks (Mn) removed, đ/Đ (and the look-alikes ð/Ð) to d, lower case, NFC.
// "Đảng Viên" and "dảng viên" both fold to "dang vien". Nothing else
// changes: spaces, punctuation and digits stay. For an NFC Vietnamese text
// Fold keeps one rune per rune (each letter loses its marks, no letter
// disappears), so rune offsets, though not byte offsets, carry over. Fold
// is idempotent.
func Fold(s string) string {
	i := foldSpan(s)
	if i == len(s) {
		return s
	}
	// Words, the common case, fold on the stack: the result is then the
	// only allocation.
	var stack [64]byte
	b := stack[:0]
	if len(s) > len(stack) {
		b = make([]byte, 0, len(s))
	}
	b, mayNotNFC := appendFold(b, s, i)
	out := string(b)
	if mayNotNFC && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// AppendFold appends Fold(s) to dst and returns the extended slice, so
// that a caller folding many words into one buffer allocates nothing a
// word.
func AppendFold(dst []byte, s string) []byte {
	i := foldSpan(s)
	if i == len(s) {
		return append(dst, s...)
	}
	start := len(dst)
	dst, mayNotNFC := appendFold(dst, s, i)
	if mayNotNFC {
		// Through a string: the norm functions would let dst escape.
		if out := string(dst[start:]); !norm.NFC.IsNormalString(out) {
			dst = append(dst[:start], norm.NFC.String(out)...)
		}
	}
	return dst
}

// foldSpan returns the length of the head of s that Fold keeps as it is:
// ASCII other than upper-case letters.
func foldSpan(s string) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	return i
}

// appendFold appends the runes of s folded to dst, s[:i] being kept as it
// is; what it appends is Fold(s) once made NFC, which it may need only
// when mayNotNFC is set.
func appendFold(dst []byte, s string, i int) (b []byte, mayNotNFC bool) {
	b = append(dst, s[:i]...)
	// mayNotNFC: a rune was kept that NFC might change.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		f, ok := foldQuick(r)
		if !ok {
			f = foldRune(r)
			// Only a rune beyond the Latin letters may be one; one that is
			// NFC-stable is not (see nfcStable).
			mayNotNFC = mayNotNFC || f >= 0x300 && (f == utf8.RuneError || runeNeeds(f, utf8.RuneLen(f))&needNFC != 0)
		}
		switch {
		case f < 0:
		case f < utf8.RuneSelf:
			b = append(b, byte(f))
		default:
			b = utf8.AppendRune(b, f)
		}
	}
	return b, mayNotNFC
}

// foldRune folds one rune: its first rune under NFD, lower case; -1 for a
// nonspacing mark.
func foldRune(r rune) rune {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		return 'd'
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	d := norm.NFD.String(string(r))
	f, _ := utf8.DecodeRuneInString(d)
	return unicode.ToLower(f)
}

// foldQuick returns foldRune(r) for the Latin letters and combining
// marks Vietnamese uses (U+0080..U+024F, U+0300..U+036F,
// U+1E00..U+1EFF), from tables; ok is false for other runes.
func foldQuick(r rune) (f rune, ok bool) {
	switch {
	case r < 0x250:
		return foldLatin[r], true // ASCII is never asked for
	case r >= 0x300 && r < 0x370:
		return -1, true // all nonspacing marks
	case r >= 0x1e00 && r < 0x1f00:
		return foldExt[r-0x1e00], true
	}
	return 0, false
}

var foldLatin, foldExt = func() (lat [0x250]rune, ext [0x100]rune) {
	for r := range rune(0x250) {
		lat[r] = foldRune(r)
	}
	for r := range rune(0x100) {
		ext[r] = foldRune(0x1e00 + r)
	}
	for r := rune(0x300); r < 0x370; r++ {
		if foldRune(r) != -1 {
			panic(fmt.Sprintf("normalize: foldQuick takes %U for a nonspacing mark", r))
		}
	}
	return lat, ext
}()

// Lower returns s in lower case. Vietnamese letters, precomposed or not,
// lower-case to their lower-case forms with the same marks; an NFC input
// gives an NFC output. Lower is idempotent.
func Lower(s string) string {
	out := strings.ToLower(s)
	if out != s && !norm.NFC.IsNormalString(out) && norm.NFC.IsNormalString(s) {
		out = norm.NFC.String(out)
	}
	return out
}
