package extract

import (
	"fmt"
	"math"
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
		// Most totals have no parts: the maps are made for the first.
		var parts, summed map[string]float64
		var order []string
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
			if _, seen := parts[part.Metric]; seen {
				continue
			}
			if parts == nil {
				parts, summed = map[string]float64{}, map[string]float64{}
			}
			parts[part.Metric] = part.Value
			order = append(order, part.Metric)
			if x.tax.Metrics[part.mi].Sums {
				summed[part.Metric] = part.Value
			}
			if part.Value > tot.Value {
				out = append(out, Check{Kind: CheckPartExceeds, Parent: tot.Metric, Value: tot.Value,
					Parts:    map[string]float64{part.Metric: part.Value},
					Message:  fmt.Sprintf("part %s = %s is larger than its total %s = %s", part.Metric, num(part.Value), tot.Metric, num(tot.Value)),
					Evidence: tot.Evidence, Span: tot.Span})
			}
		}
		if len(summed) < 2 {
			continue
		}
		var sum float64
		var terms []string
		for _, k := range order {
			if v, ok := summed[k]; ok {
				sum += v
				terms = append(terms, num(v))
			}
		}
		if math.Abs(sum-tot.Value) > 1e-9 && (sum > tot.Value || x.allParts(tot.Metric, summed)) {
			out = append(out, Check{Kind: CheckSum, Parent: tot.Metric, Value: tot.Value, Parts: summed, Sum: sum,
				Message:  fmt.Sprintf("%s = %s, not %s", strings.Join(terms, " + "), num(sum), num(tot.Value)),
				Evidence: tot.Evidence, Span: tot.Span})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span[0] < out[j].Span[0] })
	return out
}

// allParts reports whether every summing child of parent is present:
// only then can a sum below the total be called wrong.
func (x *Extractor) allParts(parent string, have map[string]float64) bool {
	n := 0
	for _, c := range x.tax.Children(parent) {
		if c.Sums {
			n++
		}
	}
	return len(have) == n
}

func isShare(evidence string) bool {
	e := strings.ToLower(evidence)
	return strings.Contains(e, "chiếm") || strings.Contains(e, "tỷ lệ") || strings.Contains(e, "tỉ lệ")
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
