package normalize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// tokInputs are the texts tokenize is compared on with tokenizeRef: the
// texts of the digit scans and of the tone scan, and short byte strings
// that end in every way a rune can (cut short, bad continuation bytes,
// other three- and four-byte leads).
func tokInputs(tb testing.TB) []string {
	out := append(digitTexts(tb), toneScanInputs(tb)...)
	out = append(out, "", "a", "đ", "Đảng", "đảng viên", "ả", "\xe1\xba", "\xe1", "\xc3", "a\xe1\xba", "a\xc3",
		"x\xe1\xbaa", "x\xc3a", "\xe2\x80\x93a", "a\xf0\x9f\x98\x80b", "a\xc0\x80b", "a\xed\xa0\x80b", "Ba Mươi", "HAI MƯƠI", "MỐT", "ĐƯỢC",
		"Mười\u0301", "A\u0300", "Ａ", "İ", "K", "ẞ")
	return out
}

// runeEnds are bytes that exercise each branch of wordRest's rune step:
// ASCII letters and others, continuation bytes, two-byte leads (0xc0 and
// 0xc1 are never leads), 0xe1 and the other three- and four-byte leads,
// and bytes that are never UTF-8.
var runeEnds = []byte{'a', 'Z', ' ', '1', 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xd0, 0xdf, 0xe0, 0xe1, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff}

// diffTokenize reports how tokenize and tokenizeRef differ on s, or ""
// when they give the same tokens, numbers and candidates, and how
// wordTail and wordRestRef differ at some offset of s.
func diffTokenize(s string) string {
	for i := 0; i <= len(s); i++ {
		j, k := wordTail(s, i, 0)
		wj, wk := wordRestRef(s, i)
		if j != wj || k != wk {
			return fmt.Sprintf("wordTail at %d = %d, %b; want %d, %b", i, j, k, wj, wk)
		}
	}
	var x, y tokens
	return diffTokens(s, &x, &y)
}

// diffTokens is diffTokenize without wordTail, tokenizing into x and y.
func diffTokens(s string, x, y *tokens) string {
	tokenize(s, x)
	tokenizeRef(s, y)
	switch {
	case !slices.Equal(x.toks, y.toks):
		return fmt.Sprintf("tokens %v, want %v", x.toks, y.toks)
	case !slices.Equal(x.nums, y.nums):
		return fmt.Sprintf("numbers %v, want %v", x.nums, y.nums)
	case !slices.Equal(x.numAt, y.numAt):
		return fmt.Sprintf("number indexes %v, want %v", x.numAt, y.numAt)
	case !slices.Equal(x.cands, y.cands):
		return fmt.Sprintf("candidates %v, want %v", x.cands, y.cands)
	}
	return ""
}

func TestTokenizeMatchesRef(t *testing.T) {
	for _, s := range tokInputs(t) {
		if d := diffTokenize(s); d != "" {
			t.Fatalf("%.60q: %s", s, d)
		}
	}
}

// TestTokenizeBytes compares tokenize with tokenizeRef on every three
// bytes after a letter, each followed by nothing, a letter or a stray
// continuation byte: every way the word loop reads (or refuses) a rune,
// at the end of the text too.
func TestTokenizeBytes(t *testing.T) {
	var x, y tokens
	for a := range 256 {
		for b := range 256 {
			for _, c := range runeEnds {
				for _, tail := range []string{"", "a", "\xbf"} {
					s := "x" + string([]byte{byte(a), byte(b), c}) + tail
					if d := diffTokens(s, &x, &y); d != "" {
						t.Fatalf("%q: %s", s, d)
					}
				}
			}
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokInputs(f) {
		if len(s) < 2000 {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := diffTokenize(s); d != "" {
			t.Errorf("%q: %s", s, d)
		}
	})
}

// BenchmarkTokenize times tokenize, and tokenizeRef for comparison, over
// the dev articles in turn (normalized first), as the extractor meets
// them: a different text each time, so that the branch predictor cannot
// learn one.
func BenchmarkTokenize(b *testing.B) {
	texts := devTexts(b)
	if len(texts) == 0 {
		b.Skip("no dev corpus at " + devCorpusDir)
	}
	n := 0
	for k, s := range texts {
		texts[k] = String(s, Options{})
		n += len(texts[k])
	}
	for _, f := range []struct {
		name     string
		tokenize func(string, *tokens)
	}{
		{"new", tokenize},
		{"ref", tokenizeRef},
	} {
		b.Run(f.name, func(b *testing.B) {
			var ts tokens
			b.SetBytes(int64(n))
			for b.Loop() {
				for _, s := range texts {
					f.tokenize(s, &ts)
				}
			}
		})
	}
}

// caseForms returns w with each of its runes in either case: every
// upper-, title- and mixed-case form of it (2^n for n runes, w itself
// included).
func caseForms(w string) []string {
	rs := []rune(w)
	var out []string
	for m := 0; m < 1<<len(rs); m++ {
		f := make([]rune, len(rs))
		for k, r := range rs {
			if m&(1<<k) != 0 {
				r = unicode.ToUpper(r)
			}
			f[k] = r
		}
		out = append(out, string(f))
	}
	return out
}

// TestUpperNumberWords checks that lookupUpperNumberWord finds every
// number word in every case form, and that it agrees with
// lookupUpperNumberWordRef on those, decomposed too, on the words of
// tokInputs and on words with runes whose lower case is ASCII or of
// another length; and that upperMayBeNumberWord lets through every word
// that lookupUpperNumberWordRef finds.
func TestUpperNumberWords(t *testing.T) {
	var words []string
	for k, e := range numberWordList[1:] {
		for _, w := range caseForms(e.word) {
			if got := lookupUpperNumberWord(w); got != uint8(k+1) {
				t.Errorf("lookupUpperNumberWord(%q) = %d, want %d (%s)", w, got, k+1, e.word)
			}
			// Decomposed (Lower leaves it so) and with runes whose
			// lower case is ASCII or shorter, before and after.
			for _, f := range []string{w, norm.NFD.String(w)} {
				words = append(words, f, f+"\u212a", "\u212a"+f, f+"\u0130", "\u0130"+f, f+"\u1e9e", "x"+f, f+"x", f[1:])
			}
		}
	}
	for _, s := range tokInputs(t) {
		var ts tokens
		tokenizeRef(s, &ts)
		for k := range ts.toks {
			if ts.toks[k].kind == tWord {
				words = append(words, ts.text(k))
			}
		}
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		checkUpperNumberWord(t, w)
	}
}

// checkUpperNumberWord holds lookupUpperNumberWord to
// lookupUpperNumberWordRef on w (not empty), and checks that
// upperMayBeNumberWord lets w through if it is a number word.
func checkUpperNumberWord(t *testing.T, w string) {
	t.Helper()
	if got, want := lookupUpperNumberWord(w), lookupUpperNumberWordRef(w); got != want {
		t.Errorf("lookupUpperNumberWord(%q) = %d, want %d", w, got, want)
	}
	if lookupUpperNumberWordRef(w) != 0 && !upperMayBeNumberWord(w) {
		t.Errorf("upperMayBeNumberWord(%q) rejects a number word", w)
	}
}

func FuzzUpperNumberWord(f *testing.F) {
	for _, e := range numberWordList[1:] {
		f.Add(strings.ToUpper(e.word))
	}
	f.Add("K\u212a")
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return
		}
		checkUpperNumberWord(t, w)
	})
}

// TestLookupNumberWord checks that lookupNumberWord finds every number
// word and agrees with lookupNumberWordRef on the words of tokInputs, in
// lower case too, and on every prefix, suffix and one-byte change of the
// number words.
func TestLookupNumberWord(t *testing.T) {
	var words []string
	for k, e := range numberWordList[1:] {
		if got := lookupNumberWord(e.word); got != uint8(k+1) {
			t.Errorf("lookupNumberWord(%q) = %d, want %d", e.word, got, k+1)
		}
		w := e.word
		for i := range len(w) + 1 {
			words = append(words, w[:i], w[i:], w[:i]+"a"+w[i:])
			if i < len(w) {
				for _, c := range []byte{0, 'a', 'n', 0x80, 0xa1, 0xbb, 0xe1, 0xff, w[i] ^ 0x20, w[i] + 1} {
					b := []byte(w)
					b[i] = c
					words = append(words, string(b))
				}
			}
		}
	}
	for _, s := range tokInputs(t) {
		var ts tokens
		tokenizeRef(s, &ts)
		for k := range ts.toks {
			if ts.toks[k].kind == tWord {
				words = append(words, ts.text(k), ts.lower(k))
			}
		}
	}
	for _, w := range words {
		if got, want := lookupNumberWord(w), lookupNumberWordRef(w); got != want {
			t.Errorf("lookupNumberWord(%q) = %d, want %d", w, got, want)
		}
	}
}

func FuzzLookupNumberWord(f *testing.F) {
	for _, e := range numberWordList[1:] {
		f.Add(e.word)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lookupNumberWord(w), lookupNumberWordRef(w); got != want {
			t.Errorf("lookupNumberWord(%q) = %d, want %d", w, got, want)
		}
	})
}
