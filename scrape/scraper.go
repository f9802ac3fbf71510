package scrape

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
)

// Scraper walks sources (URLs, listings, sitemaps) with a Fetcher and
// parses the pages it gets with a Parser.
type Scraper struct {
	// Fetcher fetches; it must be set.
	Fetcher *Fetcher
	// Parser parses; nil means the zero Parser.
	Parser *Parser
}

// Run fetches and parses urls and calls fn once per URL, in the order of
// urls, with its Result and, for a page that was fetched or cached, the
// parsed Page (nil otherwise). A URL seen before is Skipped as a
// duplicate. A page that fails to parse keeps its Result status and gets
// the error in perr. fn is called from one goroutine at a time.
func (s *Scraper) Run(ctx context.Context, urls []string, fn func(res *Result, pg *Page, perr error)) {
	type out struct {
		res  *Result
		pg   *Page
		perr error
		done chan struct{}
	}
	outs := make([]*out, len(urls))
	seen := map[string]bool{}
	work := make(chan int)
	for i, u := range urls {
		o := &out{done: make(chan struct{})}
		outs[i] = o
		key := strings.TrimSpace(u)
		if seen[key] {
			o.res = &Result{URL: u, Status: Skipped, Reason: "duplicate of an earlier URL"}
			close(o.done)
			continue
		}
		seen[key] = true
	}
	var wg sync.WaitGroup
	for range s.Fetcher.opts.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				o := outs[i]
				o.res = s.Fetcher.Fetch(ctx, strings.TrimSpace(urls[i]))
				if r := o.res.Response; r != nil {
					o.pg, o.perr = s.parse(r, o.res)
				}
				close(o.done)
			}
		}()
	}
	go func() {
		defer close(work)
		for i, o := range outs {
			if o.res != nil { // duplicate, already settled
				continue
			}
			select {
			case work <- i:
			case <-ctx.Done():
				for j := i; j < len(outs); j++ {
					if outs[j].res == nil {
						outs[j].res = &Result{URL: urls[j], Status: Failed, Reason: "interrupted", Err: ctx.Err()}
						close(outs[j].done)
					}
				}
				return
			}
		}
	}()
	for _, o := range outs {
		<-o.done
		fn(o.res, o.pg, o.perr)
	}
	wg.Wait()
}

func (s *Scraper) parse(r *Response, res *Result) (*Page, error) {
	if !r.HTML() {
		return nil, fmt.Errorf("%w: %s", ErrNotHTML, r.Header.Get("Content-Type"))
	}
	pg, err := s.Parser.Parse(r.Body, r.URL, r.Header.Get("Content-Type"))
	pg.URL, pg.FinalURL, pg.Status, pg.FetchedAt = r.URL, res.FinalURL, r.Status, r.Date
	return pg, err
}

// Listing walks up to pages listing pages from start, following each
// page's "next" link (the profile's, rel=next, or a "Trang sau" / "»"
// link), and returns the article links found, in order, without
// duplicates. The listing pages' own Results are returned too, so that
// they are accounted for.
func (s *Scraper) Listing(ctx context.Context, start string, pages int) ([]string, []*Result) {
	if pages <= 0 {
		pages = 1
	}
	var links []string
	var results []*Result
	seen := map[string]bool{}
	visited := map[string]bool{}
	next := start
	for i := 0; i < pages && next != "" && !visited[next]; i++ {
		visited[next] = true
		res := s.Fetcher.Fetch(ctx, next)
		results = append(results, res)
		if res.Response == nil {
			break
		}
		ls, nx, err := s.Parser.Links(res.Response.Body, next, res.Response.Header.Get("Content-Type"))
		if err != nil {
			res.Status, res.Reason, res.Err = Failed, err.Error(), err
			break
		}
		for _, l := range ls {
			if !seen[l] {
				seen[l] = true
				links = append(links, l)
			}
		}
		next = nx
	}
	return links, results
}

// Sitemap reads a sitemap (urlset or sitemap index, plain or gzip) and
// returns the page URLs it lists, following an index's sitemaps up to
// three levels deep. Each sitemap's Result is returned too.
func (s *Scraper) Sitemap(ctx context.Context, loc string) ([]string, []*Result) {
	var urls []string
	var results []*Result
	seen := map[string]bool{}
	var walk func(loc string, depth int)
	walk = func(loc string, depth int) {
		if seen[loc] || depth > 3 {
			return
		}
		seen[loc] = true
		res := s.Fetcher.Fetch(ctx, loc)
		results = append(results, res)
		if res.Response == nil {
			return
		}
		sm, err := parseSitemap(res.Response.Body)
		if err != nil {
			res.Status, res.Reason, res.Err = Failed, err.Error(), err
			return
		}
		urls = append(urls, sm.URLs...)
		for _, child := range sm.Sitemaps {
			walk(child, depth+1)
		}
	}
	walk(loc, 0)
	return urls, results
}

type sitemap struct {
	URLs, Sitemaps []string
}

// parseSitemap reads sitemap XML, gunzipping it first when needed.
func parseSitemap(b []byte) (*sitemap, error) {
	if bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		if b, err = io.ReadAll(io.LimitReader(zr, 50<<20)); err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
	}
	var doc struct {
		XMLName  xml.Name
		URLs     []string `xml:"url>loc"`
		Sitemaps []string `xml:"sitemap>loc"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("sitemap: not sitemap XML: %w", err)
	}
	if doc.XMLName.Local != "urlset" && doc.XMLName.Local != "sitemapindex" {
		return nil, fmt.Errorf("sitemap: root element is <%s>, not <urlset> or <sitemapindex>", doc.XMLName.Local)
	}
	sm := &sitemap{}
	for _, u := range doc.URLs {
		sm.URLs = append(sm.URLs, strings.TrimSpace(u))
	}
	for _, u := range doc.Sitemaps {
		sm.Sitemaps = append(sm.Sitemaps, strings.TrimSpace(u))
	}
	return sm, nil
}

// articlePath is the shape of an article address on Vietnamese news
// sites: a slug of several words, usually ending in an id and .html/.htm,
// or a numeric id.
var articlePath = regexp.MustCompile(`(?i)([a-z0-9]+-){3,}[a-z0-9]*(\.s?html?|\.aspx?|\.chn|\.vn)?/?$|\d{5,}(\.s?html?|\.aspx?|\.chn)?/?$`)

// nextText is the text of a listing's "next page" link.
var nextText = regexp.MustCompile(`(?i)^\s*(trang sau|tiếp|xem tiếp|sau|next|»|›|>>|>)\s*$`)

// Links reads a listing page: the article links (by the profile's links
// selector, else every same-site link whose path looks like an article's)
// and the next page's address ("" when none).
func (p *Parser) Links(b []byte, pageURL, contentType string) (links []string, next string, err error) {
	text, _, err := Decode(b, contentType)
	if err != nil {
		return nil, "", err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return nil, "", fmt.Errorf("parse html: %w", err)
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil, "", err
	}
	prof := p.profiles().For(base.Hostname())
	abs := func(href string) string {
		u, err := base.Parse(strings.TrimSpace(href))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return ""
		}
		u.Fragment = ""
		return u.String()
	}
	seen := map[string]bool{}
	add := func(href string) {
		if l := abs(href); l != "" && !seen[l] && l != pageURL {
			seen[l] = true
			links = append(links, l)
		}
	}
	if prof != nil && prof.links != nil {
		for _, n := range prof.links.MatchAll(doc.Get(0)) {
			add(attr(n, "href"))
		}
	}
	if len(links) == 0 {
		doc.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
			href := s.AttrOr("href", "")
			u, err := base.Parse(href)
			if err != nil || !sameSite(u.Hostname(), base.Hostname()) {
				return
			}
			if articlePath.MatchString(path.Clean(u.Path)) && len(strings.Fields(s.Text())) >= 3 {
				add(href)
			}
		})
	}
	if prof != nil && prof.next != nil {
		if ns := prof.next.MatchAll(doc.Get(0)); len(ns) > 0 {
			next = abs(attr(ns[0], "href"))
		}
	}
	if next == "" {
		if s := doc.Find(`a[rel="next"], link[rel="next"]`).First(); s.Length() > 0 {
			next = abs(s.AttrOr("href", ""))
		}
	}
	if next == "" {
		doc.Find("a[href]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if nextText.MatchString(s.Text()) {
				next = abs(s.AttrOr("href", ""))
				return false
			}
			return true
		})
	}
	return links, next, nil
}

func sameSite(a, b string) bool {
	a, b = strings.TrimPrefix(a, "www."), strings.TrimPrefix(b, "www.")
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}
