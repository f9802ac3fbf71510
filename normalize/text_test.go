package normalize

import (
	"bytes"
	"io"
	"math/rand"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name, in, want string
		opts           Options
	}{
		{name: "plain ascii kept", in: "288 dang vien", want: "288 dang vien"},
		{name: "NFD composed", in: "Đa\u0309ng vie\u0302\u0323n", want: "Đảng viện"},
		{name: "old tone to new", in: "Ủy ban, hòa giải, khỏe", want: "Uỷ ban, hoà giải, khoẻ"},
		{name: "new tone to old", in: "Uỷ ban, hoà giải", want: "Ủy ban, hòa giải", opts: Options{Tone: OldStyle}},
		{name: "zero width removed", in: "đảng\u200b viên\u200c\u200d\u2060\ufeff", want: "đảng viên"},
		{name: "soft hyphen removed", in: "kết\u00adnạp", want: "kếtnạp"},
		{name: "invisible between base and mark", in: "a\u200b\u0301", want: "á"},
		{name: "eth to D with stroke", in: "Ðảng ðoàn", want: "Đảng đoàn"},
		{name: "dashes", in: "2020\u20132025 \u2014 ok \u2212 x", want: "2020-2025 - ok - x"},
		{name: "quotes", in: "\u201cTSVM\u201d \u2018a\u2019 \u00abb\u00bb", want: "\"TSVM\" 'a' \"b\""},
		{name: "nbsp and other spaces", in: "21\u00a0ĐV\u2009mới\u3000x", want: "21 ĐV mới x"},
		{name: "space runs collapse", in: "a \v b", want: "a b"},
		{name: "a long run inside a line parts cells", in: "Kết nạp (người)     340      362\n    x    \n", want: "Kết nạp (người)\t340\t362\n x \n"},
		{name: "a run with a tab is a tab", in: "a  \t b\t\tc\td", want: "a\tb\tc\td"},
		{name: "no number across a tab", in: "Kết nạp\t340\t362", want: "Kết nạp\t340\t362"},
		{name: "newlines kept", in: "a\r\nb\rc\n\nd", want: "a\nb\nc\n\nd"},
		{name: "line separator", in: "a\u2028b", want: "a\nb"},
		{name: "ellipsis kept", in: "v.v…", want: "v.v…"},
		{name: "case kept", in: "ĐẢNG BỘ", want: "ĐẢNG BỘ"},
		{name: "invalid utf8 replaced", in: "a\xffb\xc3", want: "a\ufffdb\ufffd"},
		{name: "real replacement char kept", in: "a\ufffdb", want: "a\ufffdb"},
		{name: "control removed", in: "a\x01b\x7fc", want: "abc"},
		{name: "full-width digits", in: "１２％", want: "12%"},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.in, tt.opts)
			if got.Norm != tt.want {
				t.Errorf("New(%q).Norm = %q, want %q", tt.in, got.Norm, tt.want)
			}
			if got.Orig != tt.in {
				t.Errorf("Orig = %q, want %q", got.Orig, tt.in)
			}
			if s := String(tt.in, tt.opts); s != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, s, tt.want)
			}
			if c, _, err := transform.String(Chain(tt.opts), tt.in); err != nil || c != tt.want {
				t.Errorf("Chain(%q) = %q, %v, want %q", tt.in, c, err, tt.want)
			}
		})
	}
}

func TestOrigSpan(t *testing.T) {
	tests := []struct {
		name     string
		orig     string
		norm     string // the part of Norm to map back (its first occurrence)
		wantOrig string
	}{
		{"identity", "kết nạp 288 đảng viên", "288", "288"},
		{"after collapsed spaces", "kết   nạp 288", "288", "288"},
		{"collapsed space maps to whole run", "a   b", " ", "   "},
		{"moved tone maps to syllable part", "Ủy ban Kiểm tra", "Uỷ", "Ủy"},
		{"moved tone whole word", "hòa bình", "hoà bình", "hòa bình"},
		{"inside moved chunk rounds out", "thủy lợi", "ỷ", "ủy"},
		{"NFD maps to its sequence", "Đa\u0309ng", "ả", "a\u0309"},
		{"deleted invisible left out at start", "x \u200bĐV mới", "ĐV", "ĐV"},
		{"deleted invisible left out at end", "ĐV\u200b mới", "ĐV", "ĐV"},
		{"nbsp maps to nbsp", "21\u00a0ĐV", " ", "\u00a0"},
		{"crlf maps to both", "a\r\nb", "\n", "\r\n"},
		{"span across edits", "Ủy\u00a0ban  Kiểm tra", "Uỷ ban Kiểm", "Ủy\u00a0ban  Kiểm"},
		{"invalid byte", "a\xffb", "\ufffd", "\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New(tt.orig, Options{})
			i := strings.Index(x.Norm, tt.norm)
			if i < 0 {
				t.Fatalf("%q not in Norm %q", tt.norm, x.Norm)
			}
			s, e := x.OrigSpan(i, i+len(tt.norm))
			if got := tt.orig[s:e]; got != tt.wantOrig {
				t.Errorf("OrigSpan(%d, %d) = Orig[%d:%d] = %q, want %q", i, i+len(tt.norm), s, e, got, tt.wantOrig)
			}
			if o := x.OrigOffset(i); o != s {
				t.Errorf("OrigOffset(%d) = %d, want %d", i, o, s)
			}
		})
	}
}

func TestOrigOffsetEnds(t *testing.T) {
	x := New("\u200bab\u200b", Options{})
	if x.Norm != "ab" {
		t.Fatalf("Norm = %q", x.Norm)
	}
	if o := x.OrigOffset(0); o != 3 {
		t.Errorf("OrigOffset(0) = %d, want 3 (after the deleted ZWSP)", o)
	}
	if o := x.OrigOffset(len(x.Norm)); o != len(x.Orig) {
		t.Errorf("OrigOffset(end) = %d, want %d", o, len(x.Orig))
	}
	if o := x.OrigOffset(-5); o != 3 {
		t.Errorf("OrigOffset(-5) = %d, want clamped 3", o)
	}
	if s, e := x.OrigSpan(0, 2); x.Orig[s:e] != "ab" {
		t.Errorf("OrigSpan(0, 2) = %q, want \"ab\"", x.Orig[s:e])
	}
	if s, e := x.OrigSpan(2, 1); s != e {
		t.Errorf("OrigSpan(2, 1) = %d, %d, want empty", s, e)
	}
}

// pieces are the parts random test inputs are made of: the tricky cases of
// every stage.
var pieces = []string{
	"a", "b", "đảng", "viên", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u200b", "\u00ad",
	"\ufeff", "hòa", "hoà", "thủy", "Ủy", "khỏe", "qúy", "gìa", "HÒA", "o\u0300a", "a\u0301",
	"\u0301", "\u0300\u0323", "e\u0302\u0301", "\u2013", "\u201c", "\u201d", "…", "Ð", "ð", "288",
	"35,34", "%", "\xff", "\xc3", "\xe1\xbb", "ĐV", "x\u200b\u0302", "\u2028", "\x01", "\ufffd",
	"nghiêng", "khuyến", "thuỷyyyyyyy", "ươ", "Ư\u031b",
}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

func TestNewMatchesChain(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 3000 {
		s := randomText(r, 1+r.Intn(20))
		for _, opts := range []Options{{}, {Tone: OldStyle}} {
			got := New(s, opts).Norm
			want, _, err := transform.String(Chain(opts), s)
			if err != nil || got != want {
				t.Fatalf("case %d: New(%q).Norm = %q, Chain gives %q (%v)", i, s, got, want, err)
			}
		}
	}
}

func TestOffsetProperties(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := range 3000 {
		s := randomText(r, 1+r.Intn(20))
		checkOffsets(t, New(s, Options{}))
		if t.Failed() {
			t.Fatalf("case %d: input %q", i, s)
		}
	}
}

// checkOffsets asserts the invariants of a Text: Norm is valid NFC and
// idempotent, OrigOffset is monotonic and in range, the OrigSpan of every
// token is valid UTF-8 when Orig is.
func checkOffsets(t *testing.T, x *Text) {
	t.Helper()
	if !utf8.ValidString(x.Norm) {
		t.Errorf("Norm %q is not valid UTF-8", x.Norm)
	}
	if !norm.NFC.IsNormalString(x.Norm) {
		t.Errorf("Norm %q is not NFC", x.Norm)
	}
	if again := String(x.Norm, x.opts); again != x.Norm {
		t.Errorf("not idempotent: %q → %q", x.Norm, again)
	}
	prev := 0
	for i := 0; i <= len(x.Norm); i++ {
		o := x.OrigOffset(i)
		if o < prev || o > len(x.Orig) {
			t.Errorf("OrigOffset(%d) = %d after %d (len %d)", i, o, prev, len(x.Orig))
		}
		prev = o
	}
	validOrig := utf8.ValidString(x.Orig)
	start := -1
	for i := 0; i <= len(x.Norm); i++ {
		sep := i == len(x.Norm) || x.Norm[i] == ' ' || x.Norm[i] == '\n'
		if !sep && start < 0 {
			start = i
		}
		if sep && start >= 0 {
			s, e := x.OrigSpan(start, i)
			if s > e || s < 0 || e > len(x.Orig) {
				t.Errorf("OrigSpan(%d, %d) = %d, %d out of order or range", start, i, s, e)
			} else if validOrig && !utf8.ValidString(x.Orig[s:e]) {
				t.Errorf("OrigSpan(%d, %d) = %q cuts UTF-8", start, i, x.Orig[s:e])
			}
			start = -1
		}
	}
}

// run drives a transformer by hand with src fed srcSize bytes at a time and
// dst of dstSize bytes, as a transform.Reader would, growing src on
// ErrShortSrc.
func run(t *testing.T, tr transform.Transformer, in string, dstSize, srcSize int) string {
	t.Helper()
	tr.Reset()
	var out bytes.Buffer
	dst := make([]byte, dstSize)
	src := []byte(in)
	pending := 0 // bytes of src made available
	for steps := 0; ; steps++ {
		if steps > 100000 {
			t.Fatalf("no progress on %q", in)
		}
		if pending < len(src) {
			pending = min(pending+srcSize, len(src))
		}
		atEOF := pending == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[:pending], atEOF)
		out.Write(dst[:nDst])
		src, pending = src[nSrc:], pending-nSrc
		switch err {
		case nil:
			if atEOF && len(src) == 0 {
				return out.String()
			}
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 && dstSize < 64 {
				dst = make([]byte, len(dst)+1) // a rune or syllable bigger than dst
				dstSize = len(dst)
			}
		case transform.ErrShortSrc:
			if atEOF {
				t.Fatalf("ErrShortSrc at EOF on %q", in)
			}
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
}

func TestTransformersSmallBuffers(t *testing.T) {
	stages := []struct {
		name string
		tr   func() transform.Transformer
		pass func(string) string
	}{
		{"Invisible", Invisible, func(s string) string { o, _ := runePass(s, invisible, nil); return o }},
		{"LookAlikes", LookAlikes, func(s string) string { o, _ := runePass(s, lookAlike(defaultLookAlikes()), nil); return o }},
		{"Tone new", func() transform.Transformer { return Tone(NewStyle) }, func(s string) string { o, _ := tonePass(s, NewStyle); return o }},
		{"Tone old", func() transform.Transformer { return Tone(OldStyle) }, func(s string) string { o, _ := tonePass(s, OldStyle); return o }},
		{"Spaces", Spaces, func(s string) string { o, _ := spacesPass(s); return o }},
		{"Chain", func() transform.Transformer { return Chain(Options{}) }, func(s string) string { return String(s, Options{}) }},
	}
	inputs := []string{
		"Ủy ban Kiểm tra Tỉnh ủy hòa\u00a0\u00a0giải \r\n khỏe",
		"\xffa\xc3\xa9\u200b b\r",
		"thuỷyyyyyyyyyyyyyyyy hòa",
		"  \t  \r\r\n\n",
		"“TSVM” – ĐV\u00admới…",
		"o\u0300a e\u0302\u0301 \u0301x",
	}
	for _, st := range stages {
		for k, in := range inputs {
			want := st.pass(in)
			for _, sz := range [][2]int{{1, 1}, {1, 3}, {2, 1}, {3, 2}, {7, 5}, {4096, 4096}} {
				if got := run(t, st.tr(), in, sz[0], sz[1]); got != want {
					t.Errorf("%s input %d dst %d src %d: got %q, want %q", st.name, k, sz[0], sz[1], got, want)
				}
			}
			r := transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), st.tr())
			got, err := io.ReadAll(r)
			if err != nil || string(got) != want {
				t.Errorf("%s input %d through NewReader: got %q, %v, want %q", st.name, k, got, err, want)
			}
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"capitals and marks", "Đảng Viên", "dang vien"},
		{"misspelled d", "dảng viên", "dang vien"},
		{"eth", "Ðoàn", "doan"},
		{"decomposed", "Đa\u0309ng", "dang"},
		{"digits and punctuation kept", "Tỉnh ủy: 20.952%", "tinh uy: 20.952%"},
		{"ascii fast path", "abc", "abc"},
		{"all tones", "àáảãạ ăằắẳẵặ âầấẩẫậ ơờớởỡợ ưừứửữự", "aaaaa aaaaaa aaaaaa oooooo uuuuuu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			if got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if Fold(got) != got {
				t.Errorf("Fold not idempotent on %q", got)
			}
			if in := norm.NFC.String(tt.in); utf8.RuneCountInString(in) != utf8.RuneCountInString(got) {
				t.Errorf("Fold(%q) changed the rune count of the NFC input", tt.in)
			}
		})
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"vietnamese capitals", "ĐẢNG ỦY", "đảng ủy"},
		{"mixed", "Ban Chấp Hành", "ban chấp hành"},
		{"already lower", "đảng viên", "đảng viên"},
		{"horn letters", "ƯỚC ƠN", "ước ơn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lower(tt.in); got != tt.want {
				t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Lower(tt.want); got != tt.want {
				t.Errorf("Lower not idempotent on %q", tt.want)
			}
		})
	}
}

func TestParseLookAlikes(t *testing.T) {
	tests := []struct {
		name, in, err string
		want          map[rune]rune
	}{
		{name: "one", in: "U+00D0 U+0110 # eth\n", want: map[rune]rune{0xd0: 0x110}},
		{name: "range to one", in: "U+2018..U+2019 U+0027", want: map[rune]rune{0x2018: '\'', 0x2019: '\''}},
		{name: "range onto range", in: "U+FF10..U+FF11 U+0030..U+0031", want: map[rune]rune{0xff10: '0', 0xff11: '1'}},
		{name: "delete", in: "U+00AD DEL", want: map[rune]rune{0xad: -1}},
		{name: "comment and blank", in: "# x\n\n", want: map[rune]rune{}},
		{name: "bad field count", in: "U+00D0\n", err: "t.txt:1: want FROM TO"},
		{name: "bad code point", in: "\nU+ZZ U+0110", err: "t.txt:2: \"U+ZZ\" is not a code point"},
		{name: "ascii", in: "U+0041 U+0042", err: "t.txt:1: cannot map ASCII U+0041"},
		{name: "twice", in: "U+00D0 U+0110\nU+00D0 U+0111", err: "t.txt:2: U+00D0 mapped twice"},
		{name: "range lengths", in: "U+FF10..U+FF12 U+0030..U+0031", err: "t.txt:1: ranges"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLookAlikes("t.txt", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err = %v, want prefix %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%U → %U, want %U", k, got[k], v)
				}
			}
		})
	}
}

func TestOptionsLookAlikes(t *testing.T) {
	opts := Options{LookAlikes: map[rune]rune{'…': '.'}}
	if got := New("a…\u00a0b", opts).Norm; got != "a.\u00a0b" {
		t.Errorf("custom look-alikes: got %q", got)
	}
	m := DefaultLookAlikes()
	m['x'] = 'y'
	if _, ok := DefaultLookAlikes()['x']; ok {
		t.Error("DefaultLookAlikes returned the shared map")
	}
}
