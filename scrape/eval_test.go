package scrape

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared folder of real saved pages with gold.
var corpusDir = filepath.Join("..", "..", "shared", "corpus", "html")

// TestCorpus scores the parser on the real saved pages and holds it to
// the project's targets, once with the site profiles and once without
// any ("generic"), which is how a page of a site no profile knows fares.
// It is skipped where ../shared is absent.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("no corpus at %s", corpusDir)
	}
	generic := DefaultProfiles()
	generic.Sites = nil
	for _, c := range []struct {
		name string
		p    *Parser
	}{{"profiles", &Parser{}}, {"generic", &Parser{Profiles: generic}}} {
		t.Run(c.name, func(t *testing.T) { corpus(t, c.p) })
	}
}

func corpus(t *testing.T, p *Parser) {
	r, err := Evaluate(corpusDir, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Pages {
		if len(s.Missing)+len(s.Leaked) > 0 || !s.TitleOK || !s.DateOK || !s.AuthorOK {
			t.Logf("%s: missing %d, leaked %q, title %v %q, date %v %q (want %q), author %v %q (want %q)",
				s.Name, len(s.Missing), s.Leaked, s.TitleOK, s.Page.Title, s.DateOK, s.Page.Published, s.Gold.Published, s.AuthorOK, s.Page.Author, s.Gold.Author)
			for _, m := range s.Missing {
				t.Logf("    missing: %.80s", m)
			}
		}
	}
	c, nc, ti, d, au := r.Rates()
	t.Logf("must-contain %.1f%%, must-not-contain %.1f%%, title %.1f%%, date %.1f%%, author %.1f%%", 100*c, 100*nc, 100*ti, 100*d, 100*au)
	for _, g := range []struct {
		name      string
		got, want float64
	}{{"must-contain", c, 0.95}, {"must-not-contain", nc, 0.95}, {"title", ti, 0.95}, {"date", d, 0.90}, {"author", au, 0.90}} {
		if g.got < g.want {
			t.Errorf("%s: %.1f%%, want ≥ %.0f%%", g.name, 100*g.got, 100*g.want)
		}
	}
}
