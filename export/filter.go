package export

import (
	"strings"
	"unicode"

	"github.com/solieu/solieu/extract"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// filter keeps the documents and figures that Options select.
type filter struct {
	metrics   []string
	provinces map[string]bool
	periods   map[string]bool
}

func newFilter(o Options) *filter {
	f := &filter{metrics: o.Metrics}
	if len(o.Provinces) > 0 {
		f.provinces = map[string]bool{}
		for _, p := range o.Provinces {
			f.provinces[fold(p)] = true
		}
	}
	if len(o.Periods) > 0 {
		f.periods = map[string]bool{}
		for _, p := range o.Periods {
			f.periods[strings.TrimSpace(p)] = true
		}
	}
	return f
}

// apply returns d, or a copy of d with the figures and checks outside the
// selected metrics removed; ok is false when the document is left out.
func (f *filter) apply(d *extract.Document) (out *extract.Document, ok bool) {
	if f.provinces != nil && !f.provinces[fold(d.Province)] {
		return nil, false
	}
	if f.periods != nil && !f.periods[d.Period] {
		return nil, false
	}
	if f.metrics == nil {
		return d, true
	}
	c := *d
	c.Figures = nil
	for _, fig := range d.Figures {
		if f.keepMetric(fig.Metric) {
			c.Figures = append(c.Figures, fig)
		}
	}
	c.Checks = nil
	for _, ch := range d.Checks {
		if f.keepMetric(ch.Parent) {
			c.Checks = append(c.Checks, ch)
		}
	}
	return &c, true
}

// keepMetric reports whether key is selected: it equals a selected key or
// lies under a selected area or key.
func (f *filter) keepMetric(key string) bool {
	if f.metrics == nil {
		return true
	}
	for _, m := range f.metrics {
		if key == m || strings.HasPrefix(key, m+".") {
			return true
		}
	}
	return false
}

// newFold returns a transformer that strips tone and vowel marks so that
// "Hoà Bình", "Hòa Bình" and "hoa binh" compare equal. A chain holds state,
// so each caller gets its own.
func newFold() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Map(func(r rune) rune {
		switch r {
		case 'đ', 'Đ':
			return 'd'
		}
		return unicode.ToLower(r)
	}), norm.NFC)
}

// fold returns s without marks, in lower case, with spaces collapsed.
func fold(s string) string {
	out, _, err := transform.String(newFold(), s)
	if err != nil {
		out = strings.ToLower(s)
	}
	return strings.Join(strings.Fields(out), " ")
}
