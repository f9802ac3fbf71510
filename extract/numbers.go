package extract

import (
	"strings"

	"github.com/solieu/solieu/normalize"
)

// numSpan is a number of the normalized text as the lexer needs it.
type numSpan struct {
	Start, End, PercentEnd int
	Value, Den             float64
	Percent, HasDen, Skip  bool
	Year                   bool
	YearTo                 float64 // the last year of a term "2020-2025"
}

// findNumbers appends to out the numbers of s, read with normalize's
// number rules into *buf (kept for the next call), and sets *toks to the
// tokens they read s as. Dates, codes,
// ordinals and clock times are kept as tokens that are never figures; a
// range "5-7" becomes two numbers around its dash, as "từ 5 đến 7" is.
func findNumbers(s string, out []numSpan, buf *[]normalize.Number, toks *[]normalize.Token) []numSpan {
	ns, ts := normalize.DefaultNumberRules().AppendNumbersTokens((*buf)[:0], *toks, s)
	*buf, *toks = ns, ts
	for _, n := range ns {
		v := numSpan{Start: n.Start, End: n.End, PercentEnd: n.End, Value: n.Value, Percent: n.Percent}
		if n.Percent && n.PercentEnd > n.End {
			v.PercentEnd = n.PercentEnd
		}
		// "1,200 đảng viên": a count is whole, so the comma groups thousands.
		if n.HasAlt && !n.Percent && n.Value != float64(int64(n.Value)) && n.Alt == float64(int64(n.Alt)) {
			v.Value = n.Alt
		}
		switch n.Kind {
		case normalize.Date, normalize.Code, normalize.Ordinal, normalize.Time:
			v.Skip = true
		case normalize.Year:
			v.Year, v.YearTo = true, n.To
		case normalize.Ratio:
			v.Den, v.HasDen = n.Denominator, true
		case normalize.Range:
			raw := s[n.Start:n.End]
			if k := strings.IndexAny(raw, "-–"); k > 0 {
				a := v
				a.End, a.PercentEnd, a.Percent = n.Start+k, n.Start+k, false
				b := v
				b.Start, b.Value = n.Start+k+1, n.To
				for b.Start < b.End && s[b.Start] == ' ' {
					b.Start++
				}
				out = append(out, a, b)
				continue
			}
		}
		out = append(out, v)
	}
	return out
}
