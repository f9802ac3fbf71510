package extract

// TEMPORARY: a digits-only number scanner used until normalize.Numbers
// lands; it will be replaced by an adapter over normalize.Numbers.

import (
	"regexp"
	"strconv"
	"strings"
)

type numSpan struct {
	Start, End, PercentEnd int
	Value, Den             float64
	Percent, HasDen, Skip  bool
}

var tmpNumRe = regexp.MustCompile(`\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)?(?:\s?%)?`)

func findNumbers(s string) []numSpan {
	var out []numSpan
	for _, m := range tmpNumRe.FindAllStringIndex(s, -1) {
		raw := s[m[0]:m[1]]
		n := numSpan{Start: m[0], End: m[1], PercentEnd: m[1]}
		if strings.HasSuffix(raw, "%") {
			n.Percent = true
			raw = strings.TrimSpace(strings.TrimSuffix(raw, "%"))
			n.End = m[0] + len(raw)
		}
		if m[0] > 0 && (s[m[0]-1] == '/' || s[m[0]-1] == '-') {
			n.Skip = true
		}
		if m[1] < len(s) && (s[m[1]] == '-' || s[m[1]] == '/') && !n.Percent {
			n.Skip = true
		}
		num, den, hasDen := strings.Cut(raw, "/")
		n.Value = tmpParse(num)
		if hasDen {
			n.Den, n.HasDen = tmpParse(den), true
			if strings.Count(raw, "/") > 1 {
				n.Skip = true
			}
		}
		out = append(out, n)
	}
	return out
}

func tmpParse(s string) float64 {
	if i := strings.LastIndex(s, ","); i >= 0 {
		s = strings.ReplaceAll(s[:i], ".", "") + "." + s[i+1:]
	} else {
		parts := strings.Split(s, ".")
		if len(parts) > 1 && len(parts[len(parts)-1]) == 3 {
			s = strings.Join(parts, "")
		}
	}
	v, _ := strconv.ParseFloat(s, 64)
	return v
}
