package normalize

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

var update = flag.Bool("update", false, "update .golden files")

// markers name the invisible characters of golden files.
var markers = map[rune]string{
	'\u00a0': "<NBSP>", '\u200b': "<ZWSP>", '\u00ad': "<SHY>", '\ufeff': "<BOM>",
	'\u200c': "<ZWNJ>", '\u200d': "<ZWJ>", '\u2060': "<WJ>", '\r': "<CR>", '\t': "<TAB>",
	'\u202f': "<NNBSP>", '\u2009': "<THINSP>", '\u3000': "<IDSP>",
}

// encode makes the invisible characters of s visible: named markers, <U+XXXX>
// for other format, space, control and combining characters, <SP> for a
// space at the end of a line.
func encode(s string) string {
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		trail := len(line) - len(strings.TrimRight(line, " "))
		for _, r := range line[:len(line)-trail] {
			switch m, ok := markers[r]; {
			case ok:
				b.WriteString(m)
			case r == '<':
				b.WriteString("<LT>")
			case r != ' ' && (unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Zs, r) ||
				unicode.IsControl(r) || unicode.Is(unicode.Mn, r)):
				fmt.Fprintf(&b, "<U+%04X>", r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteString(strings.Repeat("<SP>", trail))
		if i < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// decode is the inverse of encode.
func decode(s string) (string, error) {
	var b strings.Builder
	names := map[string]rune{"<SP>": ' ', "<LT>": '<'}
	for r, m := range markers {
		names[m] = r
	}
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, '>')
		if j < 0 {
			return "", fmt.Errorf("unclosed marker %q", s)
		}
		m := s[:j+1]
		s = s[j+1:]
		if r, ok := names[m]; ok {
			b.WriteRune(r)
			continue
		}
		hex, ok := strings.CutPrefix(m[1:len(m)-1], "U+")
		v, err := strconv.ParseUint(hex, 16, 32)
		if !ok || err != nil {
			return "", fmt.Errorf("unknown marker %q", m)
		}
		b.WriteRune(rune(v))
	}
	return b.String(), nil
}

// readInput reads a golden test input: an optional first line
// "#normalize tone=old" sets the options, markers are decoded.
func readInput(t *testing.T, path string) (string, Options) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var opts Options
	text := string(data)
	if first, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(first, "#normalize") {
		for _, f := range strings.Fields(first)[1:] {
			switch f {
			case "tone=old":
				opts.Tone = OldStyle
			case "tone=new":
			default:
				t.Fatalf("%s:1: unknown setting %q", path, f)
			}
		}
		text = rest
	}
	s, err := decode(text)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return s, opts
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if golden == in {
				t.Fatal("in == out: don't accidentally destroy input")
			}
			src, opts := readInput(t, in)
			x := New(src, opts)
			have := []byte(encode(x.Norm))
			checkOffsets(t, x)
			if *update {
				if err := os.WriteFile(golden, have, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(have, want) {
				os.WriteFile(strings.TrimSuffix(in, ".input")+".have", have, 0o644)
				t.Errorf("%s differs from %s; have written .have:\n%s", in, golden, lineDiff(string(want), string(have)))
			}
			// Idempotence: the golden normalizes to itself.
			g, err := decode(string(want))
			if err != nil {
				t.Fatal(err)
			}
			if again := String(g, opts); again != g {
				t.Errorf("golden is not a fixed point:\n%s", lineDiff(encode(g), encode(again)))
			}
		})
	}
}

// lineDiff lists the lines that differ, want first.
func lineDiff(want, have string) string {
	w, h := strings.Split(want, "\n"), strings.Split(have, "\n")
	var b strings.Builder
	for i := range max(len(w), len(h)) {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(h) {
			c = h[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n-%s\n+%s\n", i+1, a, c)
		}
	}
	return b.String()
}

func TestMarkers(t *testing.T) {
	s := "a\u00a0b\u200b<c \u0301\t \n"
	if got, err := decode(encode(s)); err != nil || got != s {
		t.Errorf("decode(encode(%q)) = %q, %v", s, got, err)
	}
	if _, err := decode("<NOPE>"); err == nil {
		t.Error("unknown marker accepted")
	}
}
