package normalize

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Encoding names a character encoding of input bytes.
type Encoding string

// The encodings Decode recognizes.
const (
	UTF8        Encoding = "utf-8"
	UTF8BOM     Encoding = "utf-8-bom"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1258 Encoding = "windows-1258"
	TCVN3       Encoding = "tcvn3"
	VNI         Encoding = "vni"
	Windows1252 Encoding = "windows-1252"
)

// ErrBinary is returned by Decode for bytes that are not text: NUL bytes
// (outside UTF-16) or many other control bytes.
var ErrBinary = errors.New("normalize: binary content, not text")

// ErrEncoding is returned by DecodeAs for an Encoding it does not know.
var ErrEncoding = errors.New("normalize: unknown encoding")

// labels maps lower-case charset labels to encodings.
var labels = map[string]Encoding{
	"utf-8": UTF8, "utf8": UTF8, "unicode-1-1-utf-8": UTF8, "x-unicode20utf8": UTF8,
	"utf-8-bom": UTF8BOM, "utf-8-sig": UTF8BOM,
	"utf-16le": UTF16LE, "utf-16": UTF16LE, "unicode": UTF16LE, "ucs-2": UTF16LE, "utf16le": UTF16LE,
	"utf-16be": UTF16BE, "unicodefffe": UTF16BE, "utf16be": UTF16BE,
	"windows-1258": Windows1258, "cp1258": Windows1258, "x-cp1258": Windows1258, "1258": Windows1258,
	"tcvn3": TCVN3, "tcvn": TCVN3, "tcvn-5712": TCVN3, "tcvn5712": TCVN3, "tcvn5712-1": TCVN3,
	"tcvn5712-1:1993": TCVN3, "tcvn-3": TCVN3, "abc": TCVN3, "vn3": TCVN3, "x-viet-tcvn5712": TCVN3,
	"vni": VNI, "vni-win": VNI, "vni-windows": VNI, "x-viet-vni": VNI,
	"windows-1252": Windows1252, "cp1252": Windows1252, "x-cp1252": Windows1252,
	"iso-8859-1": Windows1252, "iso8859-1": Windows1252, "latin1": Windows1252, "l1": Windows1252,
	"iso_8859-1": Windows1252, "us-ascii": Windows1252, "ascii": Windows1252, "ansi_x3.4-1968": Windows1252,
}

// LookupEncoding maps a charset label from HTTP or a meta tag
// ("windows-1258", "cp1258", "tcvn3", "tcvn-5712", "vni", "vni-win",
// "utf-8", "utf8", "iso-8859-1", ...; case and surrounding spaces and
// quotes ignored) to an Encoding. ISO-8859-1 and ASCII map to Windows1252,
// as browsers do.
func LookupEncoding(label string) (Encoding, bool) {
	e, ok := labels[strings.ToLower(strings.Trim(label, " \t\r\n\"'"))]
	return e, ok
}

// DecodeAs decodes b as enc. UTF-8 is returned as is (a BOM stripped only
// for UTF8BOM); the legacy encodings come out NFC-composed.
func DecodeAs(b []byte, enc Encoding) (string, error) {
	switch enc {
	case UTF8:
		return string(b), nil
	case UTF8BOM:
		return string(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))), nil
	case UTF16LE:
		return decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), b)
	case UTF16BE:
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), b)
	case Windows1258:
		s, err := decodeWith(charmap.Windows1258, b)
		return norm.NFC.String(s), err
	case Windows1252:
		s, err := decodeWith(charmap.Windows1252, b)
		return norm.NFC.String(s), err
	case TCVN3:
		return decodeTCVN3(b), nil
	case VNI:
		return decodeVNI(b), nil
	}
	return "", fmt.Errorf("%w: %q", ErrEncoding, enc)
}

func decodeWith(e encoding.Encoding, b []byte) (string, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	return strings.TrimPrefix(string(out), "\ufeff"), nil
}

// Decode turns input bytes into UTF-8 text and says which encoding it took
// them for. Valid UTF-8 is returned as is (a BOM stripped, not NFC
// normalized: spans index this text). UTF-16 with a BOM, or without one
// when every other byte is NUL, is decoded. Bytes that are not valid UTF-8
// are decoded as the most plausible of Windows-1258, TCVN3 and VNI, scored
// by how many of their words are Vietnamese syllables (common ones from
// data/syllables.txt count most), and the result is NFC-composed; when no
// decoding gives Vietnamese words at all, Windows-1252 is taken. NUL bytes
// or many control bytes give ErrBinary.
func Decode(b []byte) (text string, enc Encoding, err error) {
	switch {
	case len(b) == 0:
		return "", UTF8, nil
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		s, _ := DecodeAs(b, UTF8BOM)
		return s, UTF8BOM, nil
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		s, err := DecodeAs(b[2:], UTF16LE)
		return s, UTF16LE, err
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		s, err := DecodeAs(b[2:], UTF16BE)
		return s, UTF16BE, err
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if enc, ok := bomlessUTF16(b); ok {
			s, err := DecodeAs(b, enc)
			return s, enc, err
		}
		return "", "", ErrBinary
	}
	controls := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			controls++
		}
	}
	if controls > 0 && controls*100 > len(b) {
		return "", "", ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), UTF8, nil
	}
	best, bestScore := Windows1252, 0
	var bestText string
	for _, enc := range []Encoding{Windows1258, TCVN3, VNI} {
		s, err := DecodeAs(b, enc)
		if err != nil {
			continue
		}
		if score := vietnameseScore(s); score > bestScore {
			best, bestScore, bestText = enc, score, s
		}
	}
	if bestScore == 0 {
		s, err := DecodeAs(b, Windows1252)
		return s, Windows1252, err
	}
	return bestText, best, nil
}

// bomlessUTF16 recognizes UTF-16 without a BOM: text whose high bytes
// (ASCII and most Vietnamese letters have few) are NUL at every other
// position.
func bomlessUTF16(b []byte) (Encoding, bool) {
	if len(b)%2 != 0 || len(b) < 4 {
		return "", false
	}
	var even, odd int
	for i := 0; i < len(b); i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := len(b) / 2
	switch {
	case odd*10 >= pairs*3 && even == 0:
		return UTF16LE, true
	case even*10 >= pairs*3 && odd == 0:
		return UTF16BE, true
	}
	return "", false
}

//go:embed data/syllables.txt
var syllablesTxt string

var commonSyllables = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(syllablesTxt, "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			m[SetTone(w, NewStyle)] = true
		}
	}
	return m
})

// vietnameseScore rates how Vietnamese a decoded text looks: each word
// holding a non-ASCII letter scores 3 when it is a common syllable, 1 when
// it is a well-formed syllable and -2 otherwise; each non-ASCII symbol stuck
// to a letter scores -2. Negative totals count as 0.
func vietnameseScore(s string) int {
	common := commonSyllables()
	score := 0
	prevLetter := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			if r >= 0x80 && (prevLetter || (i+size < len(s) && startsWithLetter(s[i+size:]))) &&
				!unicode.IsSpace(r) && !unicode.IsPunct(r) {
				score -= 2
			}
			prevLetter = false
			i += size
			continue
		}
		j := i
		ascii := true
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			j += size
		}
		if !ascii {
			w := SetTone(Lower(s[i:j]), NewStyle)
			switch {
			case common[w]:
				score += 3
			case isSyllable(w):
				score++
			default:
				score -= 2
			}
		}
		prevLetter = true
		i = j
	}
	return max(score, 0)
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

//go:embed data/tcvn3.txt
var tcvn3Txt string

//go:embed data/vni.txt
var vniTxt string

// A codeTable maps byte sequences of one or two bytes to runes.
type codeTable struct {
	single map[byte]rune
	pair   map[[2]byte]rune
}

var tcvn3Table = sync.OnceValue(func() codeTable { return mustTable("data/tcvn3.txt", tcvn3Txt) })
var vniTable = sync.OnceValue(func() codeTable { return mustTable("data/vni.txt", vniTxt) })

func mustTable(name, txt string) codeTable {
	t, err := parseCodeTable(name, strings.NewReader(txt))
	if err != nil {
		panic(err)
	}
	return t
}

// parseCodeTable reads lines "XX [YY] U+XXXX".
func parseCodeTable(name string, r io.Reader) (codeTable, error) {
	t := codeTable{single: map[byte]rune{}, pair: map[[2]byte]rune{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(text)
		if len(f) == 0 {
			continue
		}
		bad := func(format string, args ...any) error {
			return &SyntaxError{Name: name, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		if len(f) < 2 || len(f) > 3 {
			return t, bad("want XX [YY] U+XXXX")
		}
		cp, err := parseCodePoint(f[len(f)-1])
		if err != nil {
			return t, bad("%v", err)
		}
		var bs []byte
		for _, h := range f[:len(f)-1] {
			v, err := strconv.ParseUint(h, 16, 8)
			if err != nil {
				return t, bad("%q is not a hex byte", h)
			}
			bs = append(bs, byte(v))
		}
		if len(bs) == 1 {
			if _, dup := t.single[bs[0]]; dup {
				return t, bad("byte %02X mapped twice", bs[0])
			}
			t.single[bs[0]] = cp
		} else {
			k := [2]byte{bs[0], bs[1]}
			if _, dup := t.pair[k]; dup {
				return t, bad("bytes % X mapped twice", bs)
			}
			t.pair[k] = cp
		}
	}
	return t, sc.Err()
}

func decodeTCVN3(b []byte) string {
	t := tcvn3Table()
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		if r, ok := t.single[c]; ok {
			sb.WriteRune(r)
		} else {
			sb.WriteRune(rune(c)) // ASCII and controls
		}
	}
	return norm.NFC.String(sb.String())
}

func decodeVNI(b []byte) string {
	t := vniTable()
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	one := make([]byte, 1)
	for i := 0; i < len(b); i++ {
		if i+1 < len(b) {
			if r, ok := t.pair[[2]byte{b[i], b[i+1]}]; ok {
				sb.WriteRune(r)
				i++
				continue
			}
		}
		c := b[i]
		if r, ok := t.single[c]; ok {
			sb.WriteRune(r)
		} else if c < 0x80 {
			sb.WriteByte(c)
		} else {
			one[0] = c
			s, _ := charmap.Windows1252.NewDecoder().Bytes(one)
			sb.Write(s)
		}
	}
	return norm.NFC.String(sb.String())
}

// encodeLegacy encodes NFC text s in Windows-1258, TCVN3 or VNI with the same tables the
// decoders use; characters without a code are written as '?'. It is the
// inverse of the decoders for Vietnamese text.
func encodeLegacy(s string, enc Encoding) ([]byte, error) {
	var t codeTable
	switch enc {
	case Windows1258:
		return encode1258(s), nil
	case TCVN3:
		t = tcvn3Table()
	case VNI:
		t = vniTable()
	default:
		return nil, fmt.Errorf("%w: %q", ErrEncoding, enc)
	}
	rev := map[rune][]byte{}
	for c, r := range t.single {
		rev[r] = []byte{c}
	}
	for k, r := range t.pair {
		if _, ok := rev[r]; !ok {
			rev[r] = []byte{k[0], k[1]}
		}
	}
	var out []byte
	for _, r := range norm.NFC.String(s) {
		switch bs, ok := rev[r]; {
		case ok:
			out = append(out, bs...)
		case r < 0x80:
			out = append(out, byte(r))
		default:
			out = append(out, '?')
		}
	}
	return out, nil
}

// encode1258 encodes s in Windows-1258: a character it has as is, others
// as a base it has followed by the combining tone mark.
func encode1258(s string) []byte {
	enc := charmap.Windows1258
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if c, ok := enc.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		// Split off the tone mark (NFD may put it before the shape mark).
		var rest []rune
		mark := rune(0)
		for _, m := range norm.NFD.String(string(r)) {
			if mark == 0 && isToneMark(m) {
				mark = m
				continue
			}
			rest = append(rest, m)
		}
		base := []rune(norm.NFC.String(string(rest)))
		c1, ok1 := enc.EncodeRune(base[0])
		c2, ok2 := enc.EncodeRune(mark)
		if len(base) != 1 || !ok1 || !ok2 {
			out = append(out, '?')
			continue
		}
		out = append(out, c1, c2)
	}
	return out
}

func isToneMark(r rune) bool {
	for _, m := range toneMarks[1:] {
		if r == m {
			return true
		}
	}
	return false
}
