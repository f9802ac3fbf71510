package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// seeds returns the golden inputs (markers decoded) and the random-test
// pieces, to seed the fuzzers.
func seeds(f *testing.F) []string {
	out := append([]string(nil), pieces...)
	files, _ := filepath.Glob("testdata/*.input")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		s, err := decode(string(data))
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, s)
		out = append(out, strings.Split(s, "\n")...)
	}
	return out
}

func FuzzNormalize(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, old bool) {
		opts := Options{}
		if old {
			opts.Tone = OldStyle
		}
		x := New(s, opts)
		checkOffsets(t, x)
		if c, _, err := transform.String(Chain(opts), s); err != nil || c != x.Norm {
			t.Errorf("Chain(%q) = %q, %v; New gives %q", s, c, err, x.Norm)
		}
		e := NewExpander(nil).Expand(x)
		checkOffsets(t, e)
		if f := Fold(x.Norm); Fold(f) != f || !utf8.ValidString(f) {
			t.Errorf("Fold(%q) = %q is not a fixed point", x.Norm, f)
		}
	})
}

func FuzzNumbers(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	for _, s := range []string{"3.912", "1,200", "hai mươi mốt", "1,5 nghìn", "03-CT/TW", "30.6.2022", "12/14", "8h30", "2 tỷ 500 triệu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = String(s, Options{})
		prevEnd := 0
		for _, n := range Numbers(s) {
			if n.Start < prevEnd || n.Start >= n.End || n.End > len(s) || n.PercentEnd < n.End || n.PercentEnd > len(s) {
				t.Fatalf("Numbers(%q): bad span %+v after %d", s, n, prevEnd)
			}
			if !utf8.ValidString(s[n.Start:n.End]) {
				t.Fatalf("Numbers(%q): span %+v cuts UTF-8", s, n)
			}
			if n.Value < 0 || n.Value != n.Value {
				t.Fatalf("Numbers(%q): bad value %+v", s, n)
			}
			if n.Kind == Plain && !n.Words && !n.HasAlt {
				if v, ok := ParseNumber(s[n.Start:n.End]); !ok || v != n.Value {
					t.Errorf("Numbers(%q) gives %v for %q but ParseNumber gives %v, %v", s, n.Value, s[n.Start:n.End], v, ok)
				}
			}
			prevEnd = n.PercentEnd
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add([]byte(s))
		for _, enc := range []Encoding{Windows1258, TCVN3, VNI} {
			if b, err := encodeLegacy(s, enc); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("\xff\xfea\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b)
		if err != nil {
			return
		}
		switch enc {
		case UTF8:
			if s != string(b) {
				t.Errorf("UTF-8 input changed: %q → %q", b, s)
			}
		case UTF8BOM:
		case Windows1258, TCVN3, VNI, Windows1252:
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
				t.Errorf("%s decoding of %q is not valid NFC: %q", enc, b, s)
			}
		}
		x := New(s, Options{})
		checkOffsets(t, x)
	})
}
