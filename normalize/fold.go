package normalize

import (
	"strings"
	"sync"
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
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	nonLatin := false
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		f, ok := foldTable()[r]
		if !ok {
			f = foldRune(r)
			nonLatin = nonLatin || f >= 0x300
		}
		if f >= 0 {
			b.WriteRune(f)
		}
	}
	out := b.String()
	if nonLatin && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
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

// foldTable holds foldRune of the Latin letters Vietnamese uses.
var foldTable = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, rng := range [][2]rune{{0x80, 0x24f}, {0x300, 0x36f}, {0x1e00, 0x1eff}} {
		for r := rng[0]; r <= rng[1]; r++ {
			m[r] = foldRune(r)
		}
	}
	return m
})

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
