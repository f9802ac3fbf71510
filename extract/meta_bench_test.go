package extract

import (
	"os"
	"path/filepath"
	"testing"

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
	var files []string
	for _, pat := range []string{"../testdata/*/*.txt", "../../shared/corpus/dev/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		tb.Skip("no sample reports")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		size += len(b)
		ps = append(ps, buildPass(x, &Document{Text: string(b)}))
	}
	return ps, size
}

// buildPass does what Extract does before it calls fillMeta.
func buildPass(x *Extractor, d *Document) *pass {
	nt := x.exp.Expand(normalize.New(d.Text, normalize.Options{}))
	toks := lex(nt.Norm, make([]token, 0, len(nt.Norm)/4+16))
	p := &pass{x: x, d: d, nt: nt, toks: toks, sent: sentences(toks)}
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
	fields := []struct {
		name string
		fn   func(p *pass)
	}{
		{"published", func(p *pass) { published(p) }},
		{"period", func(p *pass) { p.period(p.d.Published) }},
		{"province", func(p *pass) { p.province(p.d) }},
		{"subject", func(p *pass) { p.subject() }},
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
				for _, p := range ps {
					f.fn(p)
				}
			}
		})
	}
}
