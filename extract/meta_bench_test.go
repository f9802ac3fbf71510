package extract

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/solieu/solieu/normalize"
)

// metaPasses builds, for every sample report and dev article, the pass
// that Extract hands to fillMeta, with the document fields still empty.
func metaPasses(tb testing.TB) (ps []*pass, size int) {
	tb.Helper()
	x, err := New(Options{})
	if err != nil {
		tb.Fatal(err)
	}
	texts, size := stageTexts(tb)
	for _, t := range texts {
		ps = append(ps, buildPass(x, &Document{Text: t}))
	}
	return ps, size
}

// buildPass does what Extract does before it calls fillMeta.
func buildPass(x *Extractor, d *Document) *pass {
	nt := x.exp.Expand(normalize.New(d.Text, normalize.Options{}))
	p := &pass{}
	p.begin(x, d, nt, lex(nt.Norm, nil))
	p.index()
	p.figures()
	p.totalsOnly()
	p.dedupe()
	return p
}

// clearMeta empties the fields fillMeta fills.
func clearMeta(d *Document) {
	d.Published, d.Period, d.Province, d.Subject = "", "", "", ""
}

// TestMetaPass checks that buildPass matches Extract, so that
// BenchmarkFillMeta times the work Extract does.
func TestMetaPass(t *testing.T) {
	ps, _ := metaPasses(t)
	for _, p := range ps {
		p.x.fillMeta(p.d, p)
		d := &Document{Text: p.d.Text}
		p.x.Extract(d)
		if d.Published != p.d.Published || d.Period != p.d.Period || d.Province != p.d.Province || d.Subject != p.d.Subject {
			t.Errorf("fillMeta on buildPass = %q %q %q %q, Extract = %q %q %q %q",
				p.d.Published, p.d.Period, p.d.Province, p.d.Subject, d.Published, d.Period, d.Province, d.Subject)
		}
	}
}

// BenchmarkFillMeta times the document fields alone over the texts of
// BenchmarkExtract (MB/s of input text); the sub-benchmarks time each
// field.
func BenchmarkFillMeta(b *testing.B) {
	ps, size := metaPasses(b)
	b.Run("all", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range ps {
				clearMeta(p.d)
				p.x.fillMeta(p.d, p)
			}
		}
	})
	// The fields, each on a work indexed beforehand, and the index alone.
	fields := []struct {
		name string
		fn   func(p *pass, mw *metaWork)
	}{
		{"published", func(p *pass, mw *metaWork) { published(p) }},
		{"index", func(p *pass, mw *metaWork) { mw.build(p) }},
		{"period", func(p *pass, mw *metaWork) { p.period(p.d.Published, mw) }},
		{"province", func(p *pass, mw *metaWork) { p.province(p.d, mw) }},
		{"subject", func(p *pass, mw *metaWork) { p.subject(mw) }},
	}
	works := make([]*metaWork, len(ps))
	for k, p := range ps {
		works[k] = new(metaWork)
		works[k].build(p)
	}
	for _, f := range fields {
		b.Run(f.name, func(b *testing.B) {
			// period and province read the fields before them.
			for _, p := range ps {
				clearMeta(p.d)
				p.x.fillMeta(p.d, p)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for k, p := range ps {
					f.fn(p, works[k])
				}
			}
		})
	}
}

// The regexps the date scanners replace: the scanners must read what they
// matched.
var (
	refStampRe = regexp.MustCompile(`^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?`)
	refDateRe  = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[^\d]|$)`)
	refIsoRe   = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)`)
	// of the period's number tokens
	refDateYearRe = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)$`)
	refDayMonthRe = regexp.MustCompile(`^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\D|$)`)
)

// refPublished is published as it was written with the regexps.
func refPublished(text string) string {
	if !strings.HasPrefix(strings.TrimLeft(text, " \t\n"), "date ") {
		// no stamp
	} else if m := refStampRe.FindStringSubmatch(text); m != nil {
		if m[3] != "" {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
		return m[1] + "-" + m[2]
	}
	if len(text) > 4096 {
		text = text[:4096]
	}
	for n, line := range strings.SplitN(text, "\n", 16) {
		if n >= 15 {
			break
		}
		if !hasYearDigits(line) || len(strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' })) > 14 {
			continue
		}
		if m := refDateRe.FindStringSubmatch(line); m != nil {
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
				return fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
			}
		}
		if m := refIsoRe.FindStringSubmatch(line); m != nil {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
	}
	return ""
}

// randomText returns a short text of digit runs, date separators, spaces,
// line breaks and letters, the stuff of date lines.
func randomText(r *rand.Rand) string {
	others := []string{" ", "\t", "\n", "\r", "\f", "a", "ă", ":", "–", "date "}
	var b strings.Builder
	switch r.IntN(4) {
	case 0:
		b.WriteString("date ")
	case 1:
		b.WriteString(" \n date ")
	}
	// Runs of digits, each ended by a separator or another character.
	for n := r.IntN(8); n >= 0; n-- {
		for d := []int{0, 1, 2, 2, 4, 4, 3, 5}[r.IntN(8)]; d > 0; d-- {
			b.WriteByte('0' + byte(r.IntN(10)))
		}
		if r.IntN(4) > 0 {
			b.WriteByte("/.-"[r.IntN(3)])
		} else {
			b.WriteString(others[r.IntN(len(others))])
		}
	}
	return b.String()
}

// TestDateScanners checks the date scanners against the regexps they
// replace, on the sample texts and on random ones.
func TestDateScanners(t *testing.T) {
	ps, _ := metaPasses(t)
	var texts []string
	for _, p := range ps {
		texts = append(texts, p.nt.Norm)
		for _, t := range p.toks {
			if t.kind == tokNum {
				texts = append(texts, p.nt.Norm[t.start:t.end])
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		texts = append(texts, randomText(r))
	}
	for _, s := range texts {
		p := &pass{nt: &normalize.Text{Norm: s}}
		if got, want := published(p), refPublished(s); got != want {
			t.Errorf("published(%q) = %q, want %q", s, got, want)
		}
		d, m, y, ok := dayFirstDate(s)
		if rm := refDateRe.FindStringSubmatch(s); (rm != nil) != ok || ok && (strconv.Itoa(d) != trimZero(rm[1]) ||
			strconv.Itoa(m) != trimZero(rm[2]) || y != rm[3]) {
			t.Errorf("dayFirstDate(%q) = %d %d %q %v, want %q", s, d, m, y, ok, rm)
		}
		i := isoDate(s)
		if rm := refIsoRe.FindStringSubmatchIndex(s); (rm != nil) != (i >= 0) || i >= 0 && i != rm[2] {
			t.Errorf("isoDate(%q) = %d, want %v", s, i, rm)
		}
		want := 0
		if rm := refDateYearRe.FindStringSubmatch(s); rm != nil {
			want, _ = strconv.Atoi(rm[1])
		}
		if got := trailingYear(s); got != want {
			t.Errorf("trailingYear(%q) = %d, want %d", s, got, want)
		}
		dd, mm, ok := dayMonth(s)
		if rm := refDayMonthRe.FindStringSubmatch(s); (rm != nil) != ok || ok && (dd != rm[1] || mm != rm[2]) {
			t.Errorf("dayMonth(%q) = %q %q %v, want %q", s, dd, mm, ok, rm)
		}
	}
}

// trimZero drops the leading zero of a two-digit number.
func trimZero(s string) string {
	if len(s) == 2 && s[0] == '0' {
		return s[1:]
	}
	return s
}

// TestIsUpperWord checks the table of isUpperWord against the unicode
// package, rune by rune.
func TestIsUpperWord(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		want := !(unicode.IsLetter(r) && !unicode.IsUpper(r))
		if got := isUpperWord(string(r)); got != want {
			t.Errorf("isUpperWord(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestWordMap checks that a wordMap finds what a map finds: the words of
// the sample texts, looked up in the place names and in a map of half of
// them.
func TestWordMap(t *testing.T) {
	ps, _ := metaPasses(t)
	words := map[string]bool{"": true, "a": true, "ab": true, "abc": true, "abcdefgh": true}
	for _, p := range ps {
		for _, tok := range p.toks {
			words[tok.fold] = true
		}
	}
	half := map[string]int{}
	for w := range words {
		if len(half) < len(words)/2 {
			half[w] = len(half) + 1
		}
	}
	wm := newWordMap(half)
	for w := range words {
		v, ok := wm.get(w)
		if want, wok := half[w]; v != want || ok != wok {
			t.Errorf("get(%q) = %d %v, want %d %v", w, v, ok, want, wok)
		}
		_, ok = places.names.get(w)
		if want := places.forms[w] != nil || places.districts[w] != nil; ok != want {
			t.Errorf("places.names.get(%q) = %v, want %v", w, ok, want)
		}
	}
}

// TestOneLine checks oneLine against strings.Fields on texts of letters,
// white space and broken UTF-8.
func TestOneLine(t *testing.T) {
	parts := []string{"a", "Đảng", " ", "  ", "\t", "\n", "\v", "\r", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "bộ", ""}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		var b strings.Builder
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}
