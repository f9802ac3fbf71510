package normalize

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// digitTexts are texts whose digits exercise scanDigits: the sample
// reports and dev articles of the project and edge cases of each scan.
func digitTexts(tb testing.TB) []string {
	out := []string{
		"8h30 8h 8ha 14:00 24:61 25h 8h3 123h", "14/5/2011 30.6.2022 6/2022 2023-12 30-6 1.11",
		"3.912 20,9 1,200 1,200,000 1,200.5 3 912 3 912,5 0,500 1.200.000 12 34 5678",
		"12/14 5-7 1-2-3 2020-2025 1/2/3/4 7- 7/ 7. 7, 7 ",
		"1.2345 0.123 01,234 1.234h 1,234/5 1.234-5 12,345 678 1234,567 1.234.5 1,5h 12.34:56 1.2345678901234567", "9", "1234567890123456789012", "12.", "3h", "5:",
	}
	var files []string
	for _, pat := range []string{"../testdata/*/*.txt", "../../shared/corpus/dev/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// checkScanDigits holds scanDigits to scanDigitsFull at every digit of s.
func checkScanDigits(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if got, want := scanDigits(s, i), scanDigitsFull(s, i); got != want {
			t.Fatalf("scanDigits(%q, %d) = %+v, scanDigitsFull %+v", s, i, got, want)
		}
	}
}

func TestScanDigits(t *testing.T) {
	for _, s := range digitTexts(t) {
		checkScanDigits(t, s)
	}
	// Every pair of bytes after a digit.
	for a := range 256 {
		for _, b := range []byte{'0', '5', 'h', ' ', '.', ':', 'a'} {
			checkScanDigits(t, string([]byte{'1', '2', byte(a), b, '3'}))
		}
	}
}

func FuzzScanDigits(f *testing.F) {
	for _, s := range digitTexts(f)[:10] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScanDigits(t, s) })
}

// TestAppendNumbersTokens checks that AppendNumbersTokens finds the
// numbers Numbers finds, and tokens in order with only spaces and line
// ends between them, in the storage it is given.
func TestAppendNumbersTokens(t *testing.T) {
	rules := DefaultNumberRules()
	var toks []Token
	for _, s := range digitTexts(t) {
		var ns []Number
		ns, toks = rules.AppendNumbersTokens(nil, toks, s)
		if want := rules.Numbers(s); !reflect.DeepEqual(ns, want) && (len(ns) > 0 || len(want) > 0) {
			t.Fatalf("%.40q: numbers %v, Numbers gives %v", s, ns, want)
		}
		last := 0
		for k := range toks {
			tk := &toks[k]
			if tk.Start() < last || tk.End() <= tk.Start() || tk.End() > len(s) {
				t.Fatalf("%.40q: token %d [%d,%d) after %d", s, k, tk.Start(), tk.End(), last)
			}
			if gap := strings.Trim(s[last:tk.Start()], " \t\r\n"); gap != "" {
				t.Fatalf("%.40q: %q between tokens", s, gap)
			}
			last = tk.End()
		}
		if gap := strings.Trim(s[last:], " \t\r\n"); gap != "" {
			t.Fatalf("%.40q: %q after the tokens", s, gap)
		}
	}
}

// checkLoneNumbers holds collect's reading of a number in digits that no
// number word follows (numberWordAfter) to parsePhrase's, on the tokens
// of s.
func checkLoneNumbers(t *testing.T, s string) {
	t.Helper()
	var ts tokens
	tokenize(s, &ts)
	for i := range ts.toks {
		tok := &ts.toks[i]
		if tok.kind != tNum || numberWordAfter(ts.toks, i) {
			continue
		}
		n, j, ok := parsePhrase(&ts, i)
		if want := ts.nums[tok.num]; n != want || j != i || !ok {
			t.Fatalf("%.40q: parsePhrase at %d = %+v, %d, %v; want %+v alone", s[tok.start:], i, n, j, ok, want)
		}
	}
}

func TestLoneNumbers(t *testing.T) {
	for _, s := range digitTexts(t) {
		checkLoneNumbers(t, s)
	}
	checkLoneNumbers(t, "2 triệu 500 nghìn 3\nnghìn 4,5 tỷ 7năm 1 000 8 mươi 9\tmốt 10 người")
}

func FuzzLoneNumbers(f *testing.F) {
	for _, s := range digitTexts(f)[:10] {
		f.Add(s)
	}
	f.Add("2 triệu 500 nghìn 3\nnghìn 4,5 tỷ")
	f.Fuzz(func(t *testing.T, s string) { checkLoneNumbers(t, s) })
}
