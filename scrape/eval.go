package scrape

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is the hand-checked truth about one saved page (NAME.gold.json
// beside NAME.html).
type Gold struct {
	File        string   `json:"file"`
	URL         string   `json:"url"`
	Charset     string   `json:"charset"`
	Title       string   `json:"title"`
	Published   string   `json:"published"`
	Author      string   `json:"author"`
	MustContain []string `json:"body_must_contain"`
	MustNot     []string `json:"body_must_not_contain"`
}

// PageScore is how one page fared against its gold.
type PageScore struct {
	// Name is the page's file name without extension.
	Name string
	// Page is what Parse made of it.
	Page *Page
	// Gold is the truth.
	Gold Gold
	// Missing are the must-contain strings not in the body.
	Missing []string
	// Leaked are the must-not-contain strings found in the body.
	Leaked []string
	// TitleOK, DateOK and AuthorOK say whether those fields match.
	TitleOK, DateOK, AuthorOK bool
	// Err is the error Parse returned, if any.
	Err error
}

// Report sums up a folder of scored pages.
type Report struct {
	Pages []PageScore
	// Contain and NotContain count strings: found and absent out of all.
	Contain, ContainOf, NotContain, NotContainOf int
	// Title, Date and Author count pages whose field matches.
	Title, Date, Author int
}

// Rates returns the pass rates in [0,1]: must-contain, must-not-contain,
// title, date, author.
func (r *Report) Rates() (contain, notContain, title, date, author float64) {
	frac := func(a, b int) float64 {
		if b == 0 {
			return 1
		}
		return float64(a) / float64(b)
	}
	n := len(r.Pages)
	return frac(r.Contain, r.ContainOf), frac(r.NotContain, r.NotContainOf), frac(r.Title, n), frac(r.Date, n), frac(r.Author, n)
}

// Evaluate parses every NAME.html of dir that has a NAME.gold.json and
// scores it. Text is compared after NFC and whitespace collapsing; a date
// matches when the day is the gold's (a gold without date wants none).
func Evaluate(dir string, p *Parser) (*Report, error) {
	return EvaluateFunc(dir, func(raw []byte, g Gold) (*Page, error) { return p.Parse(raw, g.URL, "") })
}

// EvaluateFunc is Evaluate with any extractor: parse turns a saved page's
// bytes into a Page, so that other extractors are scored the same way.
func EvaluateFunc(dir string, parse func(raw []byte, g Gold) (*Page, error)) (*Report, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("%s: no *.gold.json files", dir)
	}
	sort.Strings(golds)
	r := &Report{}
	for _, gf := range golds {
		b, err := os.ReadFile(gf)
		if err != nil {
			return nil, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("%s: not a gold file: %w", gf, err)
		}
		name := strings.TrimSuffix(filepath.Base(gf), ".gold.json")
		file := g.File
		if file == "" {
			file = name + ".html"
		}
		raw, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			return nil, err
		}
		pg, perr := parse(raw, g)
		if pg == nil {
			pg = &Page{}
		}
		r.Pages = append(r.Pages, score(name, pg, perr, g))
	}
	for _, s := range r.Pages {
		r.ContainOf += len(s.Gold.MustContain)
		r.Contain += len(s.Gold.MustContain) - len(s.Missing)
		r.NotContainOf += len(s.Gold.MustNot)
		r.NotContain += len(s.Gold.MustNot) - len(s.Leaked)
		r.Title += b2i(s.TitleOK)
		r.Date += b2i(s.DateOK)
		r.Author += b2i(s.AuthorOK)
	}
	return r, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func score(name string, pg *Page, err error, g Gold) PageScore {
	s := PageScore{Name: name, Page: pg, Gold: g, Err: err}
	norm := func(x string) string { return collapse(nfc(x)) }
	body := norm(pg.Text)
	for _, c := range g.MustContain {
		if !strings.Contains(body, norm(c)) {
			s.Missing = append(s.Missing, c)
		}
	}
	for _, c := range g.MustNot {
		if strings.Contains(body, norm(c)) {
			s.Leaked = append(s.Leaked, c)
		}
	}
	s.TitleOK = norm(pg.Title) == norm(g.Title)
	want := g.Published
	if len(want) > 10 {
		want = want[:10]
	}
	s.DateOK = pg.Published == want
	s.AuthorOK = norm(pg.Author) == norm(g.Author)
	return s
}
