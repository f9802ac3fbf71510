package normalize

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/lookalikes.txt
var lookAlikesTxt string

// ErrSyntax is the error wrapped by every parse error of a data file
// (look-alikes, abbreviations, number words).
var ErrSyntax = errors.New("normalize: syntax error")

// SyntaxError is a problem on one line of a data file.
type SyntaxError struct {
	Name string // the file's name
	Line int    // the line, from 1
	Msg  string // what is wrong
}

// Error returns "name:line: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// Unwrap returns ErrSyntax.
func (e *SyntaxError) Unwrap() error { return ErrSyntax }

var defaultLookAlikes = sync.OnceValue(func() map[rune]rune {
	m, err := ParseLookAlikes("data/lookalikes.txt", strings.NewReader(lookAlikesTxt))
	if err != nil {
		panic(err)
	}
	return m
})

// DefaultLookAlikes returns a copy of the embedded look-alike table
// (data/lookalikes.txt) that LookAlikes and Options use by default.
func DefaultLookAlikes() map[rune]rune {
	m := make(map[rune]rune, len(defaultLookAlikes()))
	for k, v := range defaultLookAlikes() {
		m[k] = v
	}
	return m
}

// ParseLookAlikes reads a look-alike table: one mapping a line, "FROM TO",
// each a code point written U+XXXX. FROM may be a range U+XXXX..U+YYYY
// whose characters all map to TO, or onto TO when TO is a range of the
// same length; TO may be DEL to delete the character. '#' starts a comment. Errors name the line (name:12: ...) and
// wrap ErrSyntax. Mapping a character to itself is allowed; mapping ASCII
// is not (Norm relies on it).
func ParseLookAlikes(name string, r io.Reader) (map[rune]rune, error) {
	m := map[rune]rune{}
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
		if len(f) != 2 {
			return nil, bad("want FROM TO, have %q", strings.TrimSpace(text))
		}
		lo, hi := f[0], f[0]
		if a, b, ok := strings.Cut(f[0], ".."); ok {
			lo, hi = a, b
		}
		from, err := parseCodePoint(lo)
		if err != nil {
			return nil, bad("%v", err)
		}
		through, err := parseCodePoint(hi)
		if err != nil {
			return nil, bad("%v", err)
		}
		if through < from {
			return nil, bad("empty range %s", f[0])
		}
		to, step := rune(-1), rune(0)
		if f[1] != "DEL" {
			lo, hi := f[1], f[1]
			if a, b, ok := strings.Cut(f[1], ".."); ok {
				lo, hi, step = a, b, 1
			}
			if to, err = parseCodePoint(lo); err != nil {
				return nil, bad("%v", err)
			}
			toEnd, err := parseCodePoint(hi)
			if err != nil {
				return nil, bad("%v", err)
			}
			if toEnd-to != (through-from)*step {
				return nil, bad("ranges %s and %s differ in length", f[0], f[1])
			}
		}
		for c := from; c <= through; c++ {
			if c < 0x80 {
				return nil, bad("cannot map ASCII %U", c)
			}
			if _, dup := m[c]; dup {
				return nil, bad("%U mapped twice", c)
			}
			if to < 0 {
				m[c] = to
			} else {
				m[c] = to + (c-from)*step
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// parseCodePoint parses "U+XXXX".
func parseCodePoint(s string) (rune, error) {
	hex, ok := strings.CutPrefix(strings.ToUpper(s), "U+")
	if !ok {
		return 0, fmt.Errorf("%q is not U+XXXX", s)
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
		return 0, fmt.Errorf("%q is not a code point", s)
	}
	return rune(v), nil
}
