package extract

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/solieu/solieu/normalize"
)

// checkLex checks the lexer's contract on the normalized text s: tokens
// in order and in range, and each word's fold, read on the fly, equal to
// normalize.Fold of its text.
func checkLex(t *testing.T, name, s string) {
	t.Helper()
	toks := lex(s, nil)
	checkLexAlone(t, name, s, toks)
	// The brackets paired by the lexer's marks, as by a look at every
	// token.
	all := slices.Clone(toks)
	for k := range all {
		all[k].match = 0
	}
	matchBrackets(all, nil)
	for k := range toks {
		if toks[k].match != all[k].match {
			t.Fatalf("%s: token %d %q pairs at %d, at %d from every token", name, k, toks[k].fold, toks[k].match, all[k].match)
		}
	}
	last := 0
	for k, tk := range toks {
		if int(tk.start) < last || tk.end < tk.start || int(tk.end) > len(s) {
			t.Fatalf("%s: token %d [%d,%d) out of order or range (previous end %d, len %d)", name, k, tk.start, tk.end, last, len(s))
		}
		last = int(tk.end)
		if tk.kind == tokWord {
			if want := normalize.Fold(s[tk.start:tk.end]); tk.fold != want {
				t.Errorf("%s: word %q folds to %q, want %q", name, s[tk.start:tk.end], tk.fold, want)
			}
		}
	}
}

// checkLexAlone checks that the lexer reading words with normalize's
// tokens finds what it finds alone, on text s whose tokens are toks.
func checkLexAlone(t *testing.T, name, s string, toks []token) {
	t.Helper()
	lx := lexer{alone: true}
	want := lx.lex(s, nil)
	if !slices.Equal(toks, want) {
		for k := range min(len(toks), len(want)) {
			if toks[k] != want[k] {
				t.Fatalf("%s: token %d is %+v, alone %+v", name, k, toks[k], want[k])
			}
		}
		t.Fatalf("%s: %d tokens, alone %d", name, len(toks), len(want))
	}
}

// TestLexAlone holds the lexer on normalize's tokens to the lexer alone
// on texts that normalize's words and the lexer's differ in: spacing
// marks, digits of other scripts, letters beyond the BMP, spaces that
// normalize reads as punctuation, raw text that normalize.New would have
// cleaned.
func TestLexAlone(t *testing.T) {
	for _, s := range []string{
		"ka\u0903kb", "a\u0903", "\u0903a", "x\u0488y", "số ١٢٣ và ٤", "H5N1 và COVID-19",
		"𝐀𝐁 chi bộ 𝐂", "a\u00a0b\u2003c", "năm\r\n2024\t\tba", "đa\u0309ng vie\u0302n",
		"1,5 nghìn đảng viên (hai mươi mốt)", "5-7 chi bộ, 20,9% và 3/4", "Ba Đình, hai mươi năm",
		"\xff\xfeab", "", " ", "a", "ab1cd2", "12ab", "x.\n\n.y", strings.Repeat("dài", 40),
	} {
		var lx lexer
		checkLexAlone(t, fmt.Sprintf("%q", s), s, lx.lex(s, nil))
	}
	var runes []rune
	for r := rune(0x80); r < 0x3000; r++ {
		runes = append(runes, 'a', r, 'b', ' ', r, '5', ' ')
	}
	var lx lexer
	s := string(runes)
	checkLexAlone(t, "runes", s, lx.lex(s, nil))
}

func TestLexFold(t *testing.T) {
	files := sampleFiles(t)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkLex(t, f, normalize.New(string(b), normalize.Options{}).Norm)
	}
	for _, tc := range []struct{ name, text string }{
		{"marks", "Đảng bộ xã Ðông Hòa kết nạp 12 đảng viên"},
		{"combining", "đa\u0309ng vie\u0302n"},
		{"other scripts", "ΑΒΓ Straße İstanbul ﬁ Ⅻ 北京"},
		{"upper", "ĐẢNG VIÊN MỚI"},
	} {
		checkLex(t, tc.name, normalize.New(tc.text, normalize.Options{}).Norm)
	}
}

func FuzzLex(f *testing.F) {
	f.Add("Kết nạp 1.251 đảng viên (đạt 104%), ĐV mới")
	f.Add("ΑΒΓ Straße đa\u0309ng")
	f.Fuzz(func(t *testing.T, s string) {
		checkLex(t, "fuzz", normalize.New(s, normalize.Options{}).Norm)
		var lx lexer
		checkLexAlone(t, "fuzz raw", s, lx.lex(s, nil))
	})
}

// TestLexAbbrevDot checks that the dot after an abbreviation ("TP. Hồ Chí
// Minh", "Th.S") does not end a sentence, and that other dots do.
func TestLexAbbrevDot(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		ends       bool
	}{
		{"city", "Đảng bộ TP. Hồ Chí Minh kết nạp 100 đảng viên", false},
		{"lower", "tp. Huế có 20 chi bộ", false},
		{"sentence", "Kết nạp 100 đảng viên. Đảng bộ có 20 chi bộ", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := lex(normalize.New(tc.text, normalize.Options{}).Norm, nil)
			for _, tk := range toks {
				if tk.fold == "." {
					if got := tk.brk == sentBrk; got != tc.ends {
						t.Errorf("dot ends sentence: %v, want %v", got, tc.ends)
					}
					return
				}
			}
			t.Fatal("no dot token")
		})
	}
}

// TestTokenSize guards the token's size: a text has a token every five
// bytes or so, and every pass over them reads each (at 64 bytes they took
// 5% more cache misses than at 56).
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(token{}); n > 56 {
		t.Errorf("token is %d bytes, want at most 56: reorder or pack its fields", n)
	}
}

// TestAppendWord checks that appendWord (appendToken) writes every field
// of the token it appends, over a slot that held another token with
// every field set.
func TestAppendWord(t *testing.T) {
	var stale token
	v := reflect.ValueOf(&stale).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
		switch f.Kind() {
		case reflect.String:
			f.SetString("stale")
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int16, reflect.Int32:
			f.SetInt(7)
		case reflect.Uint8, reflect.Uint16:
			f.SetUint(7)
		case reflect.Float64:
			f.SetFloat(7)
		default:
			t.Fatalf("token field %s of kind %s: teach the test (and appendWord) about it", v.Type().Field(i).Name, f.Kind())
		}
	}
	toks := append(make([]token, 0, 2), stale)[:0]
	got := appendWord(toks, "dang", 3, 8, true, 5)
	want := token{kind: tokWord, fold: "dang", start: 3, end: 8, cap: true, id: 5}
	if len(got) != 1 || got[0] != want {
		t.Errorf("appendWord over a used slot = %+v, want %+v", got[0], want)
	}
}

// TestWordMemo checks the lexer's word memo against the words' own fold,
// id and case: across texts, after new words get ids, past the memo's
// largest table (it starts again) and for words too long to keep.
func TestWordMemo(t *testing.T) {
	check := func(lx *lexer, s string) {
		t.Helper()
		voc := currentVocab()
		for _, tk := range lx.lex(s, nil) {
			if tk.kind != tokWord {
				continue
			}
			w := s[tk.start:tk.end]
			f := normalize.Fold(w)
			r, _ := utf8.DecodeRuneInString(w)
			if tk.fold != f || tk.id != voc.lookupString(f) || tk.cap != isUpperRune(r) {
				t.Fatalf("word %q: fold %q id %d cap %v, want %q %d %v", w, tk.fold, tk.id, tk.cap, f, voc.lookupString(f), isUpperRune(r))
			}
		}
	}
	var lx lexer
	text := "Đảng viên mới kết nạp 12 đảng viên, ĐẢNG VIÊN và nghiêncứuthựctiễn nghiêncứuthựctiễn " + strings.Repeat("dàiquá", 20)
	check(&lx, text)
	check(&lx, text)
	// A word a rule adds later gets its id in texts after.
	wordIDs([]string{"tuwmoiketnapthu"})
	check(&lx, text+" tuwmoiketnapthu Tuwmoiketnapthu")
	// More distinct words than the largest table holds.
	var b strings.Builder
	for k := range memoMaxSlots {
		b.WriteString("w")
		for ; k > 0; k /= 26 {
			b.WriteByte(byte('a' + k%26))
		}
		b.WriteString(" ")
	}
	check(&lx, b.String())
	check(&lx, text)
}

// TestWordAt checks that the memo finds a word by its key read in place
// (wordAt) in the slot where a look-up by string (word) finds it, for
// words of every length around the key's eight and sixteen bytes, words
// alike but in one byte, and words near the end of the text.
func TestWordAt(t *testing.T) {
	var m wordMemo
	m.use(currentVocab())
	words := []string{"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghX",
		"abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmnopq", "đảng", "đảngviên", "nghiêncứu", "Xabcdefgh"}
	for _, w := range words {
		for _, text := range []string{w, "xx " + w, w + " và các đảng viên khác", "một câu dài hơn tám byte " + w + "."} {
			i := strings.Index(text, w)
			got := m.wordAt(text, i, i+len(w))
			if want := m.word(w); got != want {
				t.Errorf("%q in %q: wordAt found slot %p (%q), word %p", w, text, got, text[i:i+len(w)], want)
			}
		}
	}
	// Distinct words have distinct slots.
	seen := map[*memoWord]string{}
	for _, w := range words {
		e := m.word(w)
		if o, ok := seen[e]; ok {
			t.Errorf("%q and %q share a slot", w, o)
		}
		seen[e] = w
	}
}
