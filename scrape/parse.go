package scrape

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Parser turns page bytes into a Page. The zero value uses the embedded
// profiles.
type Parser struct {
	// Profiles are the site profiles and generic rules; nil means
	// DefaultProfiles().
	Profiles *Profiles
	// MinBody is the shortest body text, in bytes, that a profile's body
	// selector must yield to be trusted over the generic scorer; 0 means
	// 200.
	MinBody int
}

var defaultParserProfiles = sync.OnceValue(DefaultProfiles)

func (p *Parser) profiles() *Profiles {
	if p != nil && p.Profiles != nil {
		return p.Profiles
	}
	return defaultParserProfiles()
}

// Parse decodes and parses one article page. pageURL (may be "", then the
// page's canonical or og:url address is used) picks the site profile; contentType is the HTTP header, "" for
// a saved file. A page with no body found is returned with ErrNoBody, its
// other fields filled as far as they were found.
func (p *Parser) Parse(b []byte, pageURL, contentType string) (*Page, error) {
	text, enc, err := Decode(b, contentType)
	if err != nil {
		return &Page{URL: pageURL}, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return &Page{URL: pageURL, Encoding: enc}, fmt.Errorf("parse html: %w", err)
	}
	pg := &Page{URL: pageURL, Encoding: enc}
	a := p.newArticle(doc, pageURL)
	if a.prof != nil {
		pg.Profile = a.prof.Name
	}
	if pg.URL == "" && a.base != nil {
		pg.URL = a.base.String() // a saved page's canonical address
	}
	pg.Title = a.title()
	// The date line is read before the body is cut out of the page.
	pg.Published, pg.PublishedTime = a.date()
	pg.Text = a.body()
	pg.Author = a.author()
	if strings.TrimSpace(pg.Text) == "" {
		return pg, ErrNoBody
	}
	return pg, nil
}

// article is one page being taken apart.
type article struct {
	doc   *goquery.Document
	base  *url.URL
	prof  *Profile
	gen   *Generic
	min   int
	meta  map[string]string // lower-cased name/property/itemprop -> content
	ld    ldInfo
	head  *html.Node // the headline element, once found
	bodyN []*html.Node
}

// ldInfo is what JSON-LD NewsArticle blocks say.
type ldInfo struct {
	Headline, Published string
	Author              string
}

func (p *Parser) newArticle(doc *goquery.Document, pageURL string) *article {
	ps := p.profiles()
	a := &article{doc: doc, gen: &ps.Generic, meta: map[string]string{}, min: 200}
	if p != nil && p.MinBody > 0 {
		a.min = p.MinBody
	}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		a.base = u
		a.prof = ps.For(u.Hostname())
	}
	if a.base == nil || a.prof == nil {
		// A saved page names its own address in canonical or og:url.
		for _, sel := range []string{`link[rel="canonical"]`, `meta[property="og:url"]`} {
			s := doc.Find(sel).First()
			v := s.AttrOr("href", s.AttrOr("content", ""))
			if u, err := url.Parse(strings.TrimSpace(v)); err == nil && u.Host != "" {
				if a.base == nil {
					a.base = u
				}
				if a.prof == nil {
					a.prof = ps.For(u.Hostname())
				}
				break
			}
		}
	}
	doc.Find("meta").Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		if !ok || strings.TrimSpace(content) == "" {
			return
		}
		for _, k := range []string{"property", "name", "itemprop"} {
			if v, ok := s.Attr(k); ok {
				v = strings.ToLower(strings.TrimSpace(v))
				if _, seen := a.meta[v]; !seen {
					a.meta[v] = strings.TrimSpace(content)
				}
			}
		}
	})
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		readLD(s.Text(), &a.ld)
	})
	// Drop what is never content.
	for _, sg := range a.gen.drop {
		for _, n := range sg.MatchAll(doc.Get(0)) {
			if n.Parent != nil && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
				n.Parent.RemoveChild(n)
			}
		}
	}
	removeComments(doc.Get(0))
	return a
}

func removeComments(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else {
			removeComments(c)
		}
		c = next
	}
}

// readLD reads the fields solieu uses from one JSON-LD block, which may be
// an object, a list, or an object with @graph.
func readLD(src string, out *ldInfo) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				walk(g)
			}
			t := fmt.Sprint(x["@type"])
			if !strings.Contains(t, "Article") && !strings.Contains(t, "BlogPosting") && !strings.Contains(t, "Report") {
				return
			}
			if s, ok := x["headline"].(string); ok && out.Headline == "" {
				out.Headline = html.UnescapeString(s)
			}
			if s, ok := x["datePublished"].(string); ok && out.Published == "" {
				out.Published = s
			}
			if out.Author == "" {
				out.Author = ldName(x["author"])
			}
		}
	}
	walk(v)
}

func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		if s, ok := x["name"].(string); ok {
			return s
		}
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// first returns the first node matched by sg under the document that has
// text, or nil.
func (a *article) first(sg selector, ok func(*html.Node) bool) *html.Node {
	if sg == nil {
		return nil
	}
	for _, n := range sg.MatchAll(a.doc.Get(0)) {
		if ok(n) {
			return n
		}
	}
	return nil
}

// title finds the on-page headline: the profile's selector; else the
// heading that best matches the page's declared titles (og:title,
// JSON-LD headline, <title>); else the declared title itself.
func (a *article) title() string {
	hasText := func(n *html.Node) bool { return collapse(nodeText(n)) != "" }
	if a.prof != nil && a.prof.title != nil {
		if n := a.first(a.prof.title, hasText); n != nil {
			a.head = n
			return collapse(nodeText(n))
		}
	}
	var refs []string
	for _, r := range []string{a.meta["og:title"], a.ld.Headline, a.meta["twitter:title"], a.meta["title"], a.doc.Find("title").First().Text()} {
		if r = collapse(r); r != "" {
			refs = append(refs, r)
			if t := trimSiteName(r); t != r {
				refs = append(refs, t) // "Headline | Site" also as "Headline"
			}
		}
	}
	best, bestScore := (*html.Node)(nil), 0.0
	order := 0
	a.doc.Find("h1, h2, h3, [class*='title'], [id*='title'], [class*='Title'], [id*='Title'], [class*='headline']").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		t := collapse(nodeText(n))
		if t == "" || len(t) > 400 {
			return
		}
		order++
		score := 0.0
		for _, r := range refs {
			score = max(score, titleMatch(t, r))
		}
		switch n.DataAtom {
		case atom.H1:
			score += 0.15
		case atom.H2:
			score += 0.05
		}
		if score > bestScore {
			best, bestScore = n, score
		}
	})
	if best != nil && bestScore >= 0.6 {
		a.head = best
		return collapse(nodeText(best))
	}
	if len(refs) > 0 {
		return trimSiteName(refs[0])
	}
	if h := a.doc.Find("h1").First(); h.Length() > 0 {
		a.head = h.Get(0)
		return collapse(h.Text())
	}
	return ""
}

// titleMatch scores how well heading text t matches a declared title r:
// 1 when equal, less as r holds more than t (a site name, a slug suffix),
// 0.7 when t begins with r of three words or more (a title cut short),
// 0 when neither holds the other.
func titleMatch(t, r string) float64 {
	tl, rl := strings.ToLower(nfc(t)), strings.ToLower(nfc(r))
	if tl == rl {
		return 1
	}
	if strings.HasPrefix(rl, tl) || strings.Contains(rl, tl) {
		return float64(utf8.RuneCountInString(tl)) / float64(utf8.RuneCountInString(rl))
	}
	if strings.HasPrefix(tl, rl) && strings.Count(rl, " ") >= 2 {
		return 0.7 // a <title> cut short: "Headline begins…"
	}
	if strings.Contains(tl, rl) {
		return 0.9 * float64(utf8.RuneCountInString(rl)) / float64(utf8.RuneCountInString(tl))
	}
	return 0
}

// trimSiteName cuts " - Site name" or " | Site" off a <title>.
func trimSiteName(s string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.Index(s, sep); i > 10 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// date finds the publication date: the profile's date element; else a
// date printed near the headline; else meta tags and JSON-LD.
func (a *article) date() (string, time.Time) {
	monthFirst := a.prof != nil && a.prof.MonthFirst
	parse := func(s string) (time.Time, bool) {
		t, _, ok := ParseDate(s)
		if ok && monthFirst {
			if t2, ok2 := swapDayMonth(t); ok2 {
				return t2, true
			}
		}
		return t, ok
	}
	if a.prof != nil && a.prof.date != nil {
		var t time.Time
		n := a.first(a.prof.date, func(n *html.Node) bool {
			var ok bool
			t, ok = parse(nodeText(n) + " " + attr(n, "datetime") + " " + attr(n, "content"))
			return ok
		})
		if n != nil {
			return t.Format("2006-01-02"), t
		}
	}
	if t, ok := a.visibleDate(parse); ok {
		return t.Format("2006-01-02"), t
	}
	for _, k := range []string{"article:published_time", "datepublished", "pubdate", "publishdate", "dc.date.issued", "date", "og:published_time", "article:published"} {
		if v := a.meta[k]; v != "" {
			if t, ok := parse(v); ok {
				return t.Format("2006-01-02"), t
			}
		}
	}
	if a.ld.Published != "" {
		if t, ok := parse(a.ld.Published); ok {
			return t.Format("2006-01-02"), t
		}
	}
	var t time.Time
	if n := a.first(timeSel, func(n *html.Node) bool {
		var ok bool
		t, ok = parse(attr(n, "datetime") + " " + nodeText(n))
		return ok
	}); n != nil {
		return t.Format("2006-01-02"), t
	}
	return "", time.Time{}
}

var timeSel = mustGroup("time[datetime], [itemprop='datePublished']")

func swapDayMonth(t time.Time) (time.Time, bool) {
	if !valid(t.Year(), t.Day(), int(t.Month())) {
		return t, false
	}
	return time.Date(t.Year(), time.Month(t.Day()), int(t.Month()), t.Hour(), t.Minute(), 0, 0, Vietnam), true
}

// visibleDate looks for a date in the text just around the headline: the
// text nodes after it (the date line of most CMSes), then those before it.
func (a *article) visibleDate(parse func(string) (time.Time, bool)) (time.Time, bool) {
	if a.head == nil {
		return time.Time{}, false
	}
	var texts []string
	headAt := -1
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n == a.head {
			headAt = len(texts)
		}
		if n.Type == html.TextNode {
			if t := collapse(n.Data); t != "" {
				texts = append(texts, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(a.doc.Get(0))
	if headAt < 0 {
		return time.Time{}, false
	}
	// A date line is short; a long text node is the body.
	try := func(i int) (time.Time, bool) {
		if i < 0 || i >= len(texts) || len(texts[i]) > 160 {
			return time.Time{}, false
		}
		s := texts[i]
		if i+1 < len(texts) && len(texts[i+1]) < 40 {
			s += " " + texts[i+1] // "12/08/2022" then "10:30" in its own span
		}
		return parse(s)
	}
	for i := headAt; i < headAt+40 && i < len(texts); i++ {
		if t, ok := try(i); ok {
			return t, true
		}
	}
	for i := headAt - 1; i >= headAt-15 && i >= 0; i-- {
		if t, ok := try(i); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func mustGroup(s string) selector {
	sg, err := compile(s)
	if err != nil {
		panic(err)
	}
	return sg
}
