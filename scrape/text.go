package scrape

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// blocks are the elements that break a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Caption: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Hr: true, atom.Header: true,
	atom.Footer: true, atom.Main: true, atom.Center: true, atom.Address: true, atom.Form: true, atom.Aside: true,
	atom.Nav: true, atom.Td: true, atom.Th: true, atom.Picture: true, atom.Details: true, atom.Summary: true,
}

// skipped are the elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Title: true, atom.Select: true, atom.Option: true, atom.Textarea: true, atom.Button: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Object: true,
}

// render writes nodes as text: one block a line, whitespace collapsed
// within a line, data tables as "cell | cell | cell" rows.
func render(nodes ...*html.Node) string {
	var r renderer
	for _, n := range nodes {
		r.node(n)
		r.flush()
	}
	return strings.Join(r.lines, "\n")
}

type renderer struct {
	lines []string
	cur   strings.Builder
}

func (r *renderer) flush() {
	if s := collapse(r.cur.String()); s != "" {
		r.lines = append(r.lines, s)
	}
	r.cur.Reset()
}

func (r *renderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Table && isDataTable(n) {
			r.flush()
			r.table(n)
			return
		}
		if blocks[n.DataAtom] {
			r.flush()
			defer r.flush()
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

// table writes a data table one row a line.
func (r *renderer) table(t *html.Node) {
	for _, row := range rows(t) {
		var cells []string
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				cells = append(cells, collapse(strings.ReplaceAll(render(c), "\n", " ")))
			}
		}
		if line := strings.Join(cells, " | "); strings.Trim(line, " |") != "" {
			r.lines = append(r.lines, line)
		}
	}
}

// rows lists a table's rows (in thead, tbody, tfoot or directly inside).
func rows(t *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				out = append(out, c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			}
		}
	}
	walk(t)
	return out
}

// isDataTable tells a table of figures from a layout table: no table
// inside it, no block of prose in a cell, and at least two rows of two
// cells or more.
func isDataTable(t *html.Node) bool {
	if attr(t, "role") == "presentation" {
		return false
	}
	multi := 0
	for _, row := range rows(t) {
		cells := 0
		for c := row.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				cells++
				if has(c, atom.Table) || len(nodeText(c)) > 1000 {
					return false
				}
			}
		}
		if cells >= 2 {
			multi++
		}
	}
	return multi >= 2
}

// has reports whether n has a descendant element a.
func has(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || has(c, a)) {
			return true
		}
	}
	return false
}

// nodeText is all the text under n, skipped elements left out.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if blocks[n.DataAtom] {
				b.WriteByte(' ')
				defer b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and turns each run of white space (NBSP and the
// zero-width space included) into one space.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// nfc composes s; Vietnamese pages mix precomposed and decomposed marks.
func nfc(s string) string { return norm.NFC.String(s) }
