package extract

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// checks derives consistency findings from the taxonomy's parent and sums
// relations: parts stated after a total (in its sentence or the next) that
// do not add up to it, a part larger than its total, a share above 100%.
func (x *Extractor) checks(figs []found) []Check {
	var out []Check
	for a := range figs {
		tot := &figs[a]
		if tot.Unit != UnitCount {
			if tot.Unit == UnitPercent && tot.Value > 100 && tot.Modality == Actual && isShare(tot.Evidence) {
				out = append(out, Check{Kind: CheckShare, Parent: tot.Metric, Value: tot.Value,
					Message: fmt.Sprintf("share of %s%% is above 100%%", num(tot.Value)), Evidence: tot.Evidence, Span: tot.Span})
			}
			continue
		}
		// The parts, in text order, each metric once. Most totals have
		// none, and the few others a handful: a list on the stack, and a
		// map made only for a check that reports them.
		var buf [16]*found
		parts := buf[:0]
		summed := 0
		for b := a + 1; b < len(figs) && b <= a+40; b++ {
			part := &figs[b]
			if part.sent > tot.sent+1 {
				break
			}
			if part.Metric == tot.Metric {
				break // a new total of the same kind
			}
			if tot.mi < 0 || x.tax.parentOf(part.mi) != tot.mi || part.Unit != UnitCount || part.Modality != tot.Modality {
				continue
			}
			if slices.ContainsFunc(parts, func(f *found) bool { return f.Metric == part.Metric }) {
				continue
			}
			parts = append(parts, part)
			if x.tax.Metrics[part.mi].Sums {
				summed++
			}
			if part.Value > tot.Value {
				out = append(out, Check{Kind: CheckPartExceeds, Parent: tot.Metric, Value: tot.Value,
					Parts:    map[string]float64{part.Metric: part.Value},
					Message:  fmt.Sprintf("part %s = %s is larger than its total %s = %s", part.Metric, num(part.Value), tot.Metric, num(tot.Value)),
					Evidence: tot.Evidence, Span: tot.Span})
			}
		}
		if summed < 2 {
			continue
		}
		var sum float64
		for _, part := range parts {
			if x.tax.Metrics[part.mi].Sums {
				sum += part.Value
			}
		}
		// Only when every summing child is there can a sum below the
		// total be called wrong.
		if math.Abs(sum-tot.Value) > 1e-9 && (sum > tot.Value || summed == x.tax.summing[tot.mi]) {
			values := make(map[string]float64, summed)
			var terms []string
			for _, part := range parts {
				if x.tax.Metrics[part.mi].Sums {
					values[part.Metric] = part.Value
					terms = append(terms, num(part.Value))
				}
			}
			out = append(out, Check{Kind: CheckSum, Parent: tot.Metric, Value: tot.Value, Parts: values, Sum: sum,
				Message:  fmt.Sprintf("%s = %s, not %s", strings.Join(terms, " + "), num(sum), num(tot.Value)),
				Evidence: tot.Evidence, Span: tot.Span})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span[0] < out[j].Span[0] })
	return out
}

func isShare(evidence string) bool {
	e := strings.ToLower(evidence)
	return strings.Contains(e, "chiếm") || strings.Contains(e, "tỷ lệ") || strings.Contains(e, "tỉ lệ")
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
