package export

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the characters of a cell, counted in
// UTF-16 code units.
const maxCellChars = 32767

// maxFormulaString is Excel's limit on a text literal inside a formula.
const maxFormulaString = 255

// cellText returns s fit for a workbook cell: invalid UTF-8 and characters
// XML 1.0 cannot hold (controls other than tab, newline and carriage return,
// U+FFFE, U+FFFF) are dropped, and text longer than Excel's 32,767
// characters is cut and ends with mark. The cell is always written as text,
// so a leading "=" stays text.
func cellText(s, mark string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				continue
			}
		}
		if xmlChar(r) {
			b.WriteRune(r)
		}
	}
	out := b.String()
	if utf16Len(out) <= maxCellChars {
		return out
	}
	limit := maxCellChars - utf16Len(mark)
	units := 0
	for i, r := range out {
		n := utf16.RuneLen(r)
		if units+n > limit {
			return out[:i] + mark
		}
		units += n
	}
	return out
}

// isPlain reports whether s needs no change for a cell: short enough in any
// encoding and free of invalid or XML-forbidden characters.
func isPlain(s string) bool {
	if len(s) > maxCellChars {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
		if c >= 0x80 {
			return utf8.ValidString(s[i:]) && allXML(s[i:])
		}
	}
	return true
}

func allXML(s string) bool {
	for _, r := range s {
		if !xmlChar(r) {
			return false
		}
	}
	return true
}

// xmlChar reports whether r is a Char of XML 1.0.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	case r < 0x10000:
		return false
	}
	return r <= 0x10FFFF
}

// utf16Len counts s in UTF-16 code units, the way Excel counts characters.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// csvText returns s fit for a CSV field that a spreadsheet may open: a
// field starting with =, +, -, @, tab or carriage return would be taken as
// a formula, so it gets a leading apostrophe, the mark spreadsheets use for
// "this is text". Invalid UTF-8 is dropped.
func csvText(s string) string {
	s = strings.ToValidUTF8(s, "")
	if s != "" {
		switch s[0] {
		case '=', '+', '-', '@', '\t', '\r':
			return "'" + s
		}
	}
	return s
}

// formulaString quotes s as a text literal of a formula.
func formulaString(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// formulaLike reports whether s starts the way a formula does.
func formulaLike(s string) bool {
	return s != "" && strings.ContainsRune("=+-@", rune(s[0]))
}

// linkFormula returns a HYPERLINK formula to target showing display, and
// false when Excel could not hold it (a literal over 255 characters) or
// when display looks like a formula, which is then better left plain text.
func linkFormula(target, display string) (string, bool) {
	if utf16Len(target) > maxFormulaString || utf16Len(display) > maxFormulaString || formulaLike(display) {
		return "", false
	}
	return "HYPERLINK(" + formulaString(target) + "," + formulaString(display) + ")", true
}

// numberLinkFormula returns a HYPERLINK formula to target showing the number
// v, so that the cell's value stays the number.
func numberLinkFormula(target string, v float64) (string, bool) {
	if utf16Len(target) > maxFormulaString {
		return "", false
	}
	return "HYPERLINK(" + formulaString(target) + "," + strconv.FormatFloat(v, 'f', -1, 64) + ")", true
}

// sheetRef returns the in-workbook link target of a cell: "#'Số liệu'!N5".
func sheetRef(sheet, cell string) string {
	return "#'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}

// webLink reports whether u is an address a spreadsheet may open.
func webLink(u string) bool {
	l := strings.ToLower(u)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
