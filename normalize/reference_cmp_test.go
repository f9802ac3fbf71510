package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// referenceInputs are the texts the fast paths are compared on with the
// reference implementation: our bench text and golden inputs, the real
// articles and saved pages of the shared corpus when present (read, never
// copied), and their lines one by one.
func referenceInputs(t testing.TB) []string {
	var out []string
	add := func(s string) {
		out = append(out, s)
		out = append(out, strings.Split(s, "\n")...)
	}
	data, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		t.Fatal(err)
	}
	add(string(data))
	files, _ := filepath.Glob("testdata/*.input")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := decode(string(data))
		if err != nil {
			t.Fatal(err)
		}
		add(s)
	}
	for _, s := range devTexts(t) {
		add(s)
	}
	pages, _ := filepath.Glob(filepath.Join(devCorpusDir, "..", "html", "*.html"))
	for _, name := range pages {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		add(string(data[:min(len(data), 32<<10)])) // markup, scripts and text: enough of each
	}
	return out
}

// extraRunes widen the random inputs beyond pieces: every kind of rune a
// fast path treats apart (ASCII controls, Latin letters of both blocks,
// combining marks, look-alikes, format characters, other scripts, runes
// outside the BMP, invalid bytes).
var extraRunes = []string{
	"\x00", "\x1f", "\x7f", "\u0085", "\u009f", "\u00a0", "\u00c0", "\u00d0", "\u00d7", "\u00e0",
	"\u01a0", "\u01af", "\u01b0", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u031b",
	"\u0340", "\u0344", "\u0374", "\u0391", "\u0410", "\u0600", "\u061c", "\u0915", "\u093c",
	"\u1100", "\u1161", "\u11a8", "\u1e00", "\u1ea0", "\u1ef9", "\u1f00", "\u2000", "\u200b",
	"\u200e", "\u2011", "\u2014", "\u2019", "\u2026", "\u2028", "\u202f", "\u2060", "\u2212",
	"\u212b", "\u3000", "\uac00", "\ufeff", "\uff10", "\uff05", "\ufffd", "\U0001d400",
	"\U0001f600", "\U000e0001", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xe0\x80\xaf",
	"Đ", "đ", "ư", "ơ", "ĐV", "UBND", "HĐND.", "ĐV.", "-", "/", ".", "_", "0", "1.200", "2,5",
	"hai", "mươi", "mốt", "trăm", "linh", "nghìn", "triệu", "phần", "năm", "ngày", "tháng",
	"thứ", "lần", "%", "Hai", "Ba", "10/3", "30-6", "2020-2025", "8h30", "H5N1", "03-CT/TW",
	"quý", "giữa", "QUỐC", "Thủy", "ThuỶ", "hoạ", "uỵ",
}

func randomWideText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		if r.Intn(2) == 0 {
			b.WriteString(pieces[r.Intn(len(pieces))])
		} else {
			b.WriteString(extraRunes[r.Intn(len(extraRunes))])
		}
		if r.Intn(3) == 0 {
			b.WriteByte(" \n.,"[r.Intn(4)])
		}
	}
	return b.String()
}

// sameText reports how x and y differ, or "" when they are equal (their
// offset maps included).
func sameText(x, y *Text) string {
	switch {
	case x.Norm != y.Norm:
		return "Norm " + quote(x.Norm) + " != " + quote(y.Norm)
	case x.Orig != y.Orig:
		return "Orig differs"
	case !reflect.DeepEqual(x.maps, y.maps):
		return "offset maps differ"
	}
	return ""
}

func quote(s string) string {
	if len(s) > 200 {
		s = s[:200] + "..."
	}
	return strings.ReplaceAll(s, "\n", `\n`)
}

// compareWithReference checks New, Expand, Numbers and Fold on s against
// the reference implementation.
func compareWithReference(t *testing.T, s string) {
	t.Helper()
	custom := map[rune]rune{0x00a0: '_', 0x2013: -1, 0x0110: 0x0110, 0x1ea1: 'a', 0x10400: 'x'}
	exp := NewExpander(nil)
	for _, opts := range []Options{{}, {Tone: OldStyle}, {LookAlikes: custom}} {
		x, y := New(s, opts), oldNew(s, opts)
		if d := sameText(x, y); d != "" {
			t.Fatalf("New(%q, %+v): %s", quote(s), opts, d)
		}
		if got, want := String(s, opts), oldString(s, opts); got != want {
			t.Fatalf("String(%q) = %q, want %q", quote(s), quote(got), quote(want))
		}
		ex, ey := exp.Expand(x), exp.oldExpand(y)
		if d := sameText(ex, ey); d != "" {
			t.Fatalf("Expand(New(%q, %+v)): %s", quote(s), opts, d)
		}
		for _, in := range []string{x.Norm, ex.Norm} {
			if got, want := Numbers(in), DefaultNumberRules().oldNumbers(in); !reflect.DeepEqual(got, want) {
				t.Fatalf("Numbers(%q) = %+v, want %+v", quote(in), got, want)
			}
			if got, want := Fold(in), oldFold(in); got != want {
				t.Fatalf("Fold(%q) = %q, want %q", quote(in), quote(got), quote(want))
			}
			buf := []byte("x")
			for _, w := range strings.FieldsFunc(in, func(r rune) bool { return r == ' ' || r == '\n' }) {
				want := oldFold(w)
				if got := Fold(w); got != want {
					t.Fatalf("Fold(%q) = %q, want %q", w, got, want)
				}
				// AppendFold appends to what is there, word after word.
				n := len(buf)
				buf = AppendFold(buf, w)
				if got := string(buf[n:]); got != want || buf[0] != 'x' {
					t.Fatalf("AppendFold(%q) = %q, want %q", w, got, want)
				}
			}
			if got, want := string(AppendFold(nil, in)), oldFold(in); got != want {
				t.Fatalf("AppendFold(nil, %q) = %q, want %q", quote(in), quote(got), quote(want))
			}
		}
	}
	// Raw input too: Numbers and Fold are public and see any string.
	if got, want := Numbers(s), DefaultNumberRules().oldNumbers(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("Numbers(raw %q) = %+v, want %+v", quote(s), got, want)
	}
	if got, want := (&NumberRules{}).Numbers(s), (&NumberRules{}).oldNumbers(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("no-rules Numbers(raw %q) = %+v, want %+v", quote(s), got, want)
	}
	if got, want := Fold(s), oldFold(s); got != want {
		t.Fatalf("Fold(raw %q) = %q, want %q", quote(s), quote(got), quote(want))
	}
}

func TestMatchesReferenceCorpus(t *testing.T) {
	ins := referenceInputs(t)
	if testing.Short() && len(ins) > 400 {
		ins = ins[:400]
	}
	for _, s := range ins {
		compareWithReference(t, s)
	}
}

func TestMatchesReferenceRandom(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	n := 5000
	if testing.Short() {
		n = 500
	}
	for range n {
		compareWithReference(t, randomText(r, 1+r.Intn(20)))
		compareWithReference(t, randomWideText(r, 1+r.Intn(30)))
	}
}
