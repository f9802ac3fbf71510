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

// paragraphs are the elements whose whole text is one paragraph (a
// caption too: a photo story tells its news in captions).
var paragraphs = map[atom.Atom]bool{atom.P: true, atom.Pre: true, atom.Td: true, atom.Blockquote: true, atom.Dd: true, atom.Figcaption: true}

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

// body finds the article body and renders it, the lead first when the
// body does not hold it.
func (a *article) body() string {
	lead := a.lead()
	text := a.mainBody()
	if lead != nil && text != "" {
		a.clean(lead, measurer{})
		if l := render(lead); l != "" && !strings.Contains(collapse(nfc(text)), collapse(nfc(l))) {
			text = l + "\n" + text
		}
	}
	return text
}

// lead finds the lead paragraph (sapo): the first element the generic
// lead selector names that follows the headline (when one was found),
// lies outside it, and is short with few links. It is nil when a
// profile's body holds the lead already.
func (a *article) lead() *html.Node {
	if a.gen.lead == nil {
		return nil
	}
	after := func(*html.Node) bool { return true }
	if a.head != nil {
		order := map[*html.Node]int{}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			order[n] = len(order)
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(a.doc.Get(0))
		after = func(n *html.Node) bool { return order[n] > order[a.head] }
	}
	m := measurer{}
	for _, n := range a.gen.lead.MatchAll(a.doc.Get(0)) {
		if n.DataAtom == atom.Meta || n.Parent == nil || a.contains(n, a.head) || a.contains(a.head, n) || !after(n) {
			continue
		}
		s := m.of(n)
		if s.text < 40 || s.text > 1500 || s.density() > 0.5 {
			continue
		}
		if a.prof != nil && a.prof.body != nil {
			inside := false
			for _, b := range a.prof.body.MatchAll(a.doc.Get(0)) {
				if a.contains(b, n) {
					inside = true
				}
			}
			if inside {
				return nil // the body holds its lead already
			}
		}
		return n
	}
	return nil
}

// mainBody finds the article body and renders it.
func (a *article) mainBody() string {
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
	case atom.A:
		// A "read also" link: ">> Title" after a paragraph.
		if a.gen.readAlso != nil && a.gen.readAlso.MatchString(collapse(nodeText(n))) {
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

// author finds the byline: the profile's selector; the byline printed
// at the end of the body (or just after it); a byline element named so;
// the page's meta author when it names a person, not the site.
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
	if s := trailingByline(a.bodyN); s != "" {
		return s
	}
	if n := a.first(bylineSel, short); n != nil {
		return cleanByline(collapse(nodeText(n)))
	}
	for _, v := range []string{a.meta["author"], a.meta["article:author"], a.ld.Author} {
		if v != "" && !strings.Contains(v, "://") && !siteName.MatchString(v) && !a.namesSite(v) {
			return collapse(v)
		}
	}
	return ""
}

// namesSite reports whether v is the site's own name (its host or
// og:site_name, spaces and case aside): "XinhXinh" on xinhxinh.com.vn.
func (a *article) namesSite(v string) bool {
	key := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(nfc(s)), "")) }
	k := key(v)
	if k == "" {
		return false
	}
	if sn := key(a.meta["og:site_name"]); sn != "" && (k == sn || strings.HasPrefix(sn, k+".")) {
		return true
	}
	if a.base != nil {
		for _, label := range strings.Split(strings.ToLower(a.base.Hostname()), ".") {
			if label == k {
				return true
			}
		}
	}
	return false
}

var (
	bylineSel = mustGroup("[class*='author'], [class*='Author'], [class*='byline'], [class*='tacgia'], [class*='tac-gia'], [itemprop='author'], [rel='author']")
	siteName  = regexp.MustCompile(`(?i)(báo|tạp chí|công nghệ|channelvn|\.vn|\.com|điện tử|dân trí|online)`)
	// byLabel is a label printed before a byline.
	byLabel = regexp.MustCompile(`(?i)^(tác giả|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|bài|tin|by|người viết)\s*:\s*|^by\s+`)
	// photoCredit is a photo credit printed after the writer's name:
	// "H.V. Ảnh: Misso".
	photoCredit = regexp.MustCompile(`(?i)\s+[-–,(]?\s*(ảnh|video|clip|đồ họa|đồ hoạ)\s*:.*$`)
	// credit is a source line: "Theo Thanh Niên", "Theo TTXVN".
	credit = regexp.MustCompile(`^(Theo|Nguồn)\s*:?\s+\p{Lu}`)
)

func cleanByline(s string) string {
	s = strings.TrimSpace(byLabel.ReplaceAllString(s, ""))
	if t := strings.TrimSpace(photoCredit.ReplaceAllString(s, "")); t != "" {
		s = t
	}
	return s
}

// trailingByline returns the byline printed at the end of an article: the
// last lines of the body, then the lines just after it. A byline is short,
// not a sentence, and set apart (right-aligned, bold, or named so), or
// reads as a name or a credit ("Anh Dũng", "Theo Thanh Niên"). When a few
// such lines stand together ("Theo Minh Nguyễn/Vcamp.vn" then "Forbes"),
// the first is the writer's.
func trailingByline(body []*html.Node) string {
	if len(body) == 0 {
		return ""
	}
	var lines []*html.Node
	for _, n := range body {
		lines = append(lines, leafBlocks(n)...)
	}
	if s := bylineRun(lines, true); s != "" {
		return s
	}
	// Some CMSes print the byline just after the body's container; there
	// a line must be set apart, since menus and widgets follow too.
	var after []*html.Node
	n := 0
	for c := body[len(body)-1].NextSibling; c != nil && n < 2; c = c.NextSibling {
		if c.Type != html.ElementNode || strings.TrimSpace(nodeText(c)) == "" {
			continue
		}
		n++
		if ls := leafBlocks(c); len(ls) > 0 {
			after = append(after, ls[0])
		}
	}
	for _, l := range after {
		if isByline(l, false) {
			return cleanByline(collapse(nodeText(l)))
		}
	}
	return ""
}

// bylineRun looks at lines from the end: it skips at most two lines that
// are not bylines (a call for readers' letters, a "back" link), then
// takes the first of the run of bylines it meets.
func bylineRun(lines []*html.Node, plain bool) string {
	end := len(lines) - 1
	for skipped := 0; end >= 0 && !isByline(lines[end], plain && end == len(lines)-1) && skipped < 2; skipped++ {
		end--
	}
	if end < 0 || !isByline(lines[end], plain) {
		return ""
	}
	first := end
	for first > 0 && end-first < 2 && isByline(lines[first-1], false) {
		first--
	}
	return cleanByline(collapse(nodeText(lines[first])))
}

// leafBlocks lists the paragraphs and divs under n (n included) that hold
// text and no block of their own, in document order.
func leafBlocks(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode || skipped[n.DataAtom] {
			return
		}
		if (n.DataAtom == atom.P || n.DataAtom == atom.Div) && !has(n, atom.P) && !has(n, atom.Div) {
			if strings.TrimSpace(nodeText(n)) != "" {
				out = append(out, n)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// isByline reports a line that reads as a byline. A plain name line
// ("Anh Dũng", unmarked) counts only where plain is true: as the last
// line or the one the run ends on.
func isByline(n *html.Node, plain bool) bool {
	t := collapse(nodeText(n))
	c := utf8.RuneCountInString(t)
	if c < 2 || c > 60 || strings.Count(t, " ") > 8 || strings.HasSuffix(t, ":") {
		return false
	}
	if endsSentence(t) && !strings.Contains(t, ".") {
		return false // "Không!" or a quoted line, not initials
	}
	if m := (measurer{}).of(n); m.density() > 0.5 {
		return false // a link: a category, "Quay lại"
	}
	if credit.MatchString(t) {
		return true
	}
	style := strings.ToLower(attr(n, "style") + " " + attr(n, "align") + " " + attr(n, "class"))
	em := goquery.NewDocumentFromNode(n).Find("strong, b, i, em").Text()
	if strings.Contains(style, "right") || strings.Contains(style, "author") || strings.Contains(style, "bold") {
		return true
	}
	if collapse(em) == t && strings.Count(t, " ") <= 5 {
		return true
	}
	return plain && nameLike(t)
}

// nameLike reports a short run of capitalized words without digits: a
// person's name or initials ("K. Miên", "Nguyễn Văn A").
func nameLike(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}
