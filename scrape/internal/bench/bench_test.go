package bench

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/solieu/solieu/scrape"
)

var corpus = filepath.Join("..", "..", "..", "..", "shared", "corpus", "html")

// extractors are the two sides of the comparison.
var extractors = []struct {
	name  string
	parse func(raw []byte, g scrape.Gold) (*scrape.Page, error)
}{
	{"solieu", func(raw []byte, g scrape.Gold) (*scrape.Page, error) {
		return (&scrape.Parser{}).Parse(raw, g.URL, "")
	}},
	{"go-trafilatura", func(raw []byte, g scrape.Gold) (*scrape.Page, error) {
		opts := trafilatura.Options{EnableFallback: true}
		if u, err := url.Parse(g.URL); err == nil && g.URL != "" {
			opts.OriginalURL = u
		}
		r, err := trafilatura.Extract(bytes.NewReader(raw), opts)
		if err != nil {
			return &scrape.Page{}, err
		}
		pg := &scrape.Page{Title: r.Metadata.Title, Author: r.Metadata.Author, Text: r.ContentText}
		if !r.Metadata.Date.IsZero() {
			pg.Published = r.Metadata.Date.In(scrape.Vietnam).Format("2006-01-02")
		}
		return pg, nil
	}},
}

func skipNoCorpus(tb testing.TB) {
	if _, err := os.Stat(corpus); err != nil {
		tb.Skipf("no corpus at %s", corpus)
	}
}

// TestCompare prints both extractors' pass rates and time on the corpus.
func TestCompare(t *testing.T) {
	skipNoCorpus(t)
	for _, x := range extractors {
		start := time.Now()
		r, err := scrape.EvaluateFunc(corpus, x.parse)
		if err != nil {
			t.Fatal(err)
		}
		c, nc, ti, d, au := r.Rates()
		t.Logf("%-15s must-contain %5.1f%%  must-not-contain %5.1f%%  title %5.1f%%  date %5.1f%%  author %5.1f%%  (%v for %d pages)",
			x.name, 100*c, 100*nc, 100*ti, 100*d, 100*au, time.Since(start).Round(time.Millisecond), len(r.Pages))
	}
}

// BenchmarkExtract measures one pass over all the corpus pages.
func BenchmarkExtract(b *testing.B) {
	skipNoCorpus(b)
	files, _ := filepath.Glob(filepath.Join(corpus, "*.html"))
	var pages [][]byte
	var size int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
		size += int64(len(raw))
	}
	for _, x := range extractors {
		b.Run(x.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, raw := range pages {
					x.parse(raw, scrape.Gold{})
				}
			}
		})
	}
}
