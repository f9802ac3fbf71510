package scrape

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stat is the measure of one subtree: letters of text, letters inside
// links, commas.
type stat struct{ text, link, commas int }

func (s stat) density() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// measurer memoizes subtree stats.
type measurer map[*html.Node]stat

func (m measurer) of(n *html.Node) stat {
	if s, ok := m[n]; ok {
		return s
	}
	var s stat
	switch n.Type {
	case html.TextNode:
		for _, r := range n.Data {
			if !unicode.IsSpace(r) {
				s.text++
			}
			if r == ',' {
				s.commas++
			}
		}
	case html.ElementNode, html.DocumentNode:
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			break
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := m.of(c)
			s.text += cs.text
			s.commas += cs.commas
			s.link += cs.link
		}
		if n.DataAtom == atom.A {
			s.link = s.text
		}
	}
	m[n] = s
	return s
}

// direct measures the inline content of a container: its text nodes and
// inline children, not its block children.
func (m measurer) direct(n *html.Node) stat {
	var s stat
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blocks[c.DataAtom] && c.DataAtom != atom.Br) {
			continue
		}
		cs := m.of(c)
		s.text += cs.text
		s.link += cs.link
		s.commas += cs.commas
	}
	return s
}

// paragraphs are the elements whose whole text is one paragraph.
var paragraphs = map[atom.Atom]bool{atom.P: true, atom.Pre: true, atom.Td: true, atom.Blockquote: true, atom.Dd: true}

// containers may hold paragraph text directly (text then <br>, the
// markup of older CMSes).
var containers = map[atom.Atom]bool{atom.Div: true, atom.Section: true, atom.Article: true, atom.Font: true, atom.Span: true, atom.Center: true, atom.Main: true, atom.Td: true}

var tagWeight = map[atom.Atom]float64{
	atom.Div: 5, atom.Article: 8, atom.Section: 3, atom.Pre: 3, atom.Td: 3, atom.Blockquote: 3,
	atom.Address: -3, atom.Ol: -3, atom.Ul: -3, atom.Dl: -3, atom.Dd: -3, atom.Dt: -3, atom.Li: -3, atom.Form: -3,
	atom.H1: -5, atom.H2: -5, atom.H3: -5, atom.H4: -5, atom.H5: -5, atom.H6: -5, atom.Th: -5,
}

func classID(n *html.Node) string { return attr(n, "class") + " " + attr(n, "id") }

// classWeight is +25 for a likely class or id, -25 for an unlikely one.
func (a *article) classWeight(n *html.Node) float64 {
	ci := classID(n)
	if strings.TrimSpace(ci) == "" {
		return 0
	}
	w := 0.0
	if a.gen.likely != nil && a.gen.likely.MatchString(ci) {
		w += 25
	}
	if a.gen.unlikely != nil && a.gen.unlikely.MatchString(ci) {
		w -= 25
	}
	return w
}

// unlikely reports a boilerplate block by its class or id.
func (a *article) unlikely(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom == atom.Html || n.DataAtom == atom.Body || a.gen.unlikely == nil {
		return false
	}
	ci := classID(n)
	return a.gen.unlikely.MatchString(ci) && (a.gen.likely == nil || !a.gen.likely.MatchString(ci))
}

// body finds the article body and renders it.
func (a *article) body() string {
	m := measurer{}
	if a.prof != nil && a.prof.body != nil {
		for _, n := range a.prof.body.MatchAll(a.doc.Get(0)) {
			for _, sg := range a.prof.drop {
				for _, d := range sg.MatchAll(n) {
					if d != n && d.Parent != nil {
						d.Parent.RemoveChild(d)
					}
				}
			}
			a.clean(n, measurer{})
			if t := render(n); len(t) >= a.min {
				a.bodyN = []*html.Node{n}
				return t
			}
		}
	}
	a.dropUnlikely(m)
	m = measurer{}
	nodes := a.best(m)
	if len(nodes) == 0 {
		return ""
	}
	for _, n := range nodes {
		a.clean(n, measurer{})
	}
	a.bodyN = nodes
	return render(nodes...)
}

// dropUnlikely removes boilerplate blocks (by class or id) from the page,
// unless a block holds a large share of the page's text with few links:
// some sites name their main column "sidebar-1".
func (a *article) dropUnlikely(m measurer) {
	root := a.doc.Get(0)
	total := m.of(root).text
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if a.unlikely(c) && !a.contains(c, a.head) {
				s := m.of(c)
				if float64(s.text) < 0.25*float64(total) || s.density() > 0.5 {
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			walk(c)
			c = next
		}
	}
	walk(root)
}

func (a *article) contains(n, d *html.Node) bool {
	for ; d != nil; d = d.Parent {
		if d == n {
			return true
		}
	}
	return false
}

// best scores the page readability-style and returns the body nodes: the
// top candidate and those of its siblings that read as article too.
func (a *article) best(m measurer) []*html.Node {
	scores := map[*html.Node]float64{}
	init := func(n *html.Node) {
		if _, ok := scores[n]; !ok {
			scores[n] = tagWeight[n.DataAtom] + a.classWeight(n)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		var s stat
		self := false
		switch {
		case paragraphs[n.DataAtom]:
			s = m.of(n)
			if n.DataAtom == atom.Td && has(n, atom.Table) {
				s = m.direct(n)
				self = true
			}
		case containers[n.DataAtom]:
			s = m.direct(n)
			self = true
		}
		if s.text >= 25 && s.density() < 0.5 {
			score := 1 + float64(s.commas) + min(float64(s.text)/100, 3)
			level := 0
			start := n.Parent
			if self {
				start = n
			}
			for p := start; p != nil && p.Type == html.ElementNode && level < 5; p = p.Parent {
				init(p)
				div := 1.0
				switch {
				case level == 1:
					div = 2
				case level > 1:
					div = float64(level * 3)
				}
				scores[p] += score / div
				level++
			}
		}
		if !paragraphs[n.DataAtom] || n.DataAtom == atom.Td {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(a.doc.Get(0))
	var top *html.Node
	topScore := 0.0
	final := map[*html.Node]float64{}
	for n, sc := range scores {
		f := sc * (1 - m.of(n).density())
		final[n] = f
		if f > topScore || (f == topScore && top != nil && m.of(n).text > m.of(top).text) {
			top, topScore = n, f
		}
	}
	if top == nil {
		return nil
	}
	// A paragraph cannot be the whole body: look at its container.
	for top.Parent != nil && top.Parent.Type == html.ElementNode && (paragraphs[top.DataAtom] && top.DataAtom != atom.Td || top.DataAtom == atom.Font || top.DataAtom == atom.Span) {
		top = top.Parent
	}
	if top.Parent == nil || top.DataAtom == atom.Body {
		return []*html.Node{top}
	}
	// Siblings that read as article too join the body.
	threshold := max(10, topScore*0.2)
	var out []*html.Node
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c == top {
			out = append(out, c)
			continue
		}
		if a.contains(c, a.head) {
			continue
		}
		bonus := 0.0
		if cl := attr(top, "class"); cl != "" && attr(c, "class") == cl {
			bonus = topScore * 0.2
		}
		if final[c]+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if c.DataAtom == atom.P {
			s := m.of(c)
			t := collapse(nodeText(c))
			if (s.text > 80 && s.density() < 0.25) || (s.text > 0 && s.density() == 0 && endsSentence(t)) {
				out = append(out, c)
			}
		}
	}
	return out
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '"' || r == '”'
}

// clean removes boilerplate inside a chosen body: blocks named so, link
// lists, and the headline.
func (a *article) clean(body *html.Node, m measurer) {
	total := m.of(body).text
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && a.junk(c, m, total) {
				n.RemoveChild(c)
			} else {
				walk(c)
			}
			c = next
		}
	}
	walk(body)
}

// junk decides whether an element inside the body is boilerplate.
func (a *article) junk(n *html.Node, m measurer, total int) bool {
	if n == a.head {
		return true
	}
	s := m.of(n)
	if a.unlikely(n) && float64(s.text) < 0.5*float64(total) {
		return true
	}
	switch n.DataAtom {
	case atom.Div, atom.Ul, atom.Ol, atom.Section, atom.Dl, atom.Table, atom.Aside:
		if n.DataAtom == atom.Table && isDataTable(n) {
			return s.density() > 0.5
		}
		if s.text == 0 {
			return false
		}
		ld := s.density()
		if ld > 0.5 && float64(s.text) < 0.5*float64(total) {
			return true
		}
		if a.classWeight(n) < 0 && ld > 0.2 {
			return true
		}
		// A list of links with little else: related articles.
		if ld > 0.3 && s.commas == 0 && s.text < 600 {
			return true
		}
	case atom.H2, atom.H3, atom.H4:
		if s.density() > 0.5 {
			return true
		}
	case atom.P, atom.Li, atom.Span, atom.Font, atom.Strong, atom.B, atom.Em, atom.I:
		// A paragraph that is all link is a "read also" line: ">> Title".
		if s.text > 0 && s.density() >= 0.8 {
			return true
		}
	}
	return false
}

// author finds the byline: the profile's selector; a byline element named
// so; the short last line of the body; the page's meta author.
func (a *article) author() string {
	short := func(n *html.Node) bool {
		t := collapse(nodeText(n))
		return t != "" && utf8.RuneCountInString(t) <= 80
	}
	if a.prof != nil && a.prof.author != nil {
		if n := a.first(a.prof.author, short); n != nil {
			return cleanByline(collapse(nodeText(n)))
		}
	}
	for _, n := range a.bodyN {
		if s := lastLine(n); s != "" {
			return s
		}
	}
	if n := a.first(bylineSel, short); n != nil {
		return cleanByline(collapse(nodeText(n)))
	}
	for _, v := range []string{a.meta["author"], a.meta["article:author"], a.ld.Author} {
		if v != "" && !strings.Contains(v, "://") && !siteName.MatchString(v) {
			return collapse(v)
		}
	}
	return ""
}

var (
	bylineSel = mustGroup("[class*='author'], [class*='Author'], [class*='byline'], [class*='tacgia'], [class*='tac-gia'], [itemprop='author'], [rel='author']")
	siteName  = regexp.MustCompile(`(?i)(báo|tạp chí|công nghệ|channelvn|\.vn|\.com|điện tử|dân trí|online)`)
	// byLabel is a label printed before a byline.
	byLabel = regexp.MustCompile(`(?i)^(tác giả|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|bài|tin|by|người viết)\s*:\s*|^by\s+`)
)

func cleanByline(s string) string {
	return strings.TrimSpace(byLabel.ReplaceAllString(s, ""))
}

// lastLine returns the body's last paragraph when it reads as a byline:
// short, set apart in bold or right-aligned, not a sentence.
func lastLine(body *html.Node) string {
	var last *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.P || c.DataAtom == atom.Div) && strings.TrimSpace(nodeText(c)) != "" && !has(c, atom.P) && !has(c, atom.Div) {
				last = c
			}
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(body)
	if last == nil {
		return ""
	}
	t := collapse(nodeText(last))
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 50 || strings.Count(t, " ") > 7 || strings.HasSuffix(t, ":") {
		return ""
	}
	style := strings.ToLower(attr(last, "style") + " " + attr(last, "align") + " " + attr(last, "class"))
	strong := goquery.NewDocumentFromNode(last).Find("strong, b").Text()
	marked := strings.Contains(style, "right") || strings.Contains(style, "author") || collapse(strong) == t
	if !marked {
		return ""
	}
	if endsSentence(t) && !strings.Contains(t, ".") {
		return ""
	}
	return cleanByline(t)
}
