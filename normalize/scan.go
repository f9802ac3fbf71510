package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DecodeRune is utf8.DecodeRuneInString(s[i:]) with the ASCII, two-byte
// and common three-byte sequences (Vietnamese letters, punctuation)
// decoded inline; everything else, invalid bytes included, goes to utf8.
func DecodeRune(s string, i int) (rune, int) { return decodeRune(s, i) }

func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c >= 0xc2 && c < 0xe0:
		if i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			return rune(c&0x1f)<<6 | rune(s[i+1]&0x3f), 2
		}
	case c >= 0xe1 && c < 0xf0 && c != 0xed:
		// E0 and ED restrict their second byte (overlong forms,
		// surrogates); the others take any continuation byte.
		if i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			return rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// needs is what the passes of New may have to do on a string, as found by
// scanNeeds. A bit that is set means "run the pass"; a clear bit is a
// promise that the pass would hand its input back unchanged.
type needs uint8

const (
	// needNFC: a rune not known to be NFC-stable (see nfcStable).
	needNFC needs = 1 << iota
	// needInvisible: a rune that Invisible deletes, or an invalid byte.
	needInvisible
	// needLookAlike: a rune that is a key of the look-alike table.
	needLookAlike
	// needSpaces: '\t', '\v', '\f', '\r' or two horizontal spaces in a
	// row.
	needSpaces
)

// asciiNeeds classifies the ASCII bytes other than printable ones and ' '.
var asciiNeeds = func() (t [utf8.RuneSelf]needs) {
	for c := range t {
		if c < 0x20 || c == 0x7f {
			t[c] = needInvisible
		}
	}
	t['\n'] = 0
	t['\t'], t['\v'], t['\f'], t['\r'] = needSpaces, needSpaces, needSpaces, needSpaces
	return t
}()

// The rune classes of the blocks Vietnamese text lives in: Latin-1 to
// Latin Extended-B, and Latin Extended Additional to General Punctuation.
// Other runes are classified by runeNeedsSlow.
const (
	latinEnd = 0x250
	extStart = 0x1e00
	extEnd   = 0x2070
)

var latinNeeds, extNeeds = func() (lat [latinEnd]needs, ext [extEnd - extStart]needs) {
	for r := rune(utf8.RuneSelf); r < latinEnd; r++ {
		lat[r] = runeNeedsSlow(r)
	}
	for r := rune(extStart); r < extEnd; r++ {
		ext[r-extStart] = runeNeedsSlow(r)
	}
	return lat, ext
}()

// The combining diacritical marks, which decomposed Vietnamese is full
// of, have a table too.
const (
	marksStart = 0x300
	marksEnd   = 0x370
)

var marksNeeds = func() (t [marksEnd - marksStart]needs) {
	for r := rune(marksStart); r < marksEnd; r++ {
		t[r-marksStart] = runeNeedsSlow(r)
	}
	return t
}()

// nfcStable reports whether r is NFC on its own, starts a segment and
// never combines with a rune before it. A string of ASCII and NFC-stable
// runes is NFC: norm.NFC.QuickSpanString covers all of it.
func nfcStable(r rune) bool {
	// Bytes rather than string(r): the scan asks this of the rare runes
	// it has no table for, and the string forms allocated several
	// times as often.
	var buf [utf8.UTFMax]byte
	b := utf8.AppendRune(buf[:0], r)
	return norm.NFC.Properties(b).BoundaryBefore() && norm.NFC.IsNormal(b)
}

// runeNeedsSlow classifies a valid non-ASCII rune other than the
// look-alike part.
func runeNeedsSlow(r rune) needs {
	var n needs
	if !nfcStable(r) {
		n |= needNFC
	}
	if invisible(r) < 0 {
		n |= needInvisible
	}
	return n
}

// runeNeeds classifies the non-ASCII rune r decoded from size bytes.
func runeNeeds(r rune, size int) needs {
	switch {
	case r < latinEnd:
		return latinNeeds[r]
	case r >= extStart && r < extEnd:
		return extNeeds[r-extStart]
	case r >= marksStart && r < marksEnd:
		return marksNeeds[r-marksStart]
	case r == utf8.RuneError && size == 1:
		return needNFC | needInvisible
	}
	return runeNeedsSlow(r)
}

// quietRunes is a bitmap of the BMP runes whose needs are known to be
// none (runeNeeds is 0): most letters and punctuation of Vietnamese text.
// A look-alike table takes its keys out (lookAlikeSet.quiet).
var quietRunes = func() (t [0x10000 / 64]uint64) {
	for r := rune(utf8.RuneSelf); r < 0x10000; r++ {
		quiet := false
		switch {
		case r < latinEnd:
			quiet = latinNeeds[r] == 0
		case r >= extStart && r < extEnd:
			quiet = extNeeds[r-extStart] == 0
		}
		if quiet {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return t
}()

// needsOf returns the needs of the non-ASCII rune r decoded from size
// bytes, the look-alike part included.
func (la *lookAlikeSet) needsOf(r rune, size int) needs {
	if r < 0x10000 && la.quiet[r/64]&(1<<(r%64)) != 0 {
		return 0
	}
	n := runeNeeds(r, size)
	if la.has(r) {
		n |= needLookAlike
	}
	return n
}

// asciiNeedsOf returns the needs of the ASCII byte s[i].
func asciiNeedsOf(s string, i int) needs {
	switch c := s[i]; {
	case c > ' ' && c != 0x7f:
		return 0
	case c == ' ':
		if i+1 < len(s) && isHSpace(s[i+1]) {
			return needSpaces
		}
		return 0
	default:
		return asciiNeeds[c]
	}
}

// scanNeeds finds, in one pass over s, which passes of New have something
// to do on s (see needs). la is the look-alike table in use.
func scanNeeds(s string, la *lookAlikeSet) needs {
	var need needs
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c > ' ' && c != 0x7f {
				i++ // printable: no needs (asciiNeedsOf)
				continue
			}
			need |= asciiNeedsOf(s, i)
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if r >= 0x10000 || la.quiet[r/64]&(1<<(r%64)) == 0 {
			need |= la.needsOf(r, size) // quiet runes have none
		}
		i += size
	}
	return need
}

// lowerQuick returns unicode.ToLower(r) for a rune of the Latin blocks
// whose lower case keeps a string NFC (both r and its lower case are
// NFC-stable), so that lowering such runes one by one gives Lower; -1 for
// other runes.
func lowerQuick(r rune) rune {
	switch {
	case r < latinEnd:
		return lowerLatin[r]
	case r >= extStart && r < 0x1f00:
		return lowerExt[r-extStart]
	}
	return -1
}

var lowerLatin, lowerExt = func() (lat [latinEnd]rune, ext [0x1f00 - extStart]rune) {
	quick := func(r rune) rune {
		l := unicode.ToLower(r)
		if r < utf8.RuneSelf || nfcStable(r) && nfcStable(l) {
			return l
		}
		return -1
	}
	for r := range rune(latinEnd) {
		lat[r] = quick(r)
	}
	for r := rune(extStart); r < 0x1f00; r++ {
		ext[r-extStart] = quick(r)
	}
	return lat, ext
}()
