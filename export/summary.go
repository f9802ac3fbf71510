package export

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

// maxListedInputs caps the inputs named one per line on the summary.
const maxListedInputs = 1000

// writeSummary fills the summary sheet: what went in, when, with what, and
// the legend of the comparison's marks, drawn with the very styles the
// comparison uses.
func (wb *workbook) writeSummary(st *Stats) error {
	f, sheet := wb.f, wb.sheetSummary
	row := 1
	set := func(col string, v interface{}, style string) error {
		cell := fmt.Sprintf("%s%d", col, row)
		if s, ok := v.(string); ok {
			if err := f.SetCellStr(sheet, cell, cellText(s, wb.cut)); err != nil {
				return err
			}
		} else if err := f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
		if style != "" {
			return f.SetCellStyle(sheet, cell, cell, wb.st.get(style))
		}
		return nil
	}
	pair := func(key string, v interface{}, style string) error {
		if err := set("A", wb.l(key), "legendMark"); err != nil {
			return err
		}
		if err := set("B", v, style); err != nil {
			return err
		}
		row++
		return nil
	}

	if err := set("A", wb.l("summary.title"), "title"); err != nil {
		return err
	}
	row += 2
	unknown := wb.l("compare.none")
	or := func(s string) string {
		if s == "" {
			return unknown
		}
		return s
	}
	if err := pair("summary.created", wb.o.Now.Format("2006-01-02 15:04:05 -0700"), "text"); err != nil {
		return err
	}
	if err := pair("summary.version", or(wb.o.Version), "text"); err != nil {
		return err
	}
	if err := pair("summary.rules", or(wb.o.RulesVersion), "text"); err != nil {
		return err
	}
	if err := pair("summary.taxonomy", fmt.Sprintf(wb.l("summary.metrics_keys"), len(wb.tax.Metrics), Fingerprint(wb.tax)), "text"); err != nil {
		return err
	}

	// Inputs, one a line.
	inputs := wb.o.Inputs
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if err := set("A", fmt.Sprintf("%s (%d)", wb.l("summary.inputs"), len(inputs)), "legendMark"); err != nil {
		return err
	}
	for i, in := range inputs {
		if i == maxListedInputs {
			if err := set("B", fmt.Sprintf(wb.l("summary.more"), len(inputs)-i), "note"); err != nil {
				return err
			}
			row++
			break
		}
		if in == "-" {
			in = wb.l("summary.stdin")
		}
		if err := set("B", in, "text"); err != nil {
			return err
		}
		row++
	}

	for _, p := range []struct {
		key string
		n   int
	}{
		{"summary.documents", st.Documents},
		{"summary.skipped", st.Skipped},
		{"summary.figures", st.Figures},
	} {
		if err := pair(p.key, p.n, "intLeft"); err != nil {
			return err
		}
	}
	total := 0
	for _, n := range st.Checks {
		total += n
	}
	if err := pair("summary.checks", total, "intLeft"); err != nil {
		return err
	}
	kinds := make([]string, 0, len(st.Checks))
	for k := range st.Checks {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		name := k
		if wb.lab.has("check." + k) {
			name = wb.l("check." + k)
		}
		if err := set("B", fmt.Sprintf("%s: %d", name, st.Checks[k]), "text"); err != nil {
			return err
		}
		row++
	}
	if err := pair("summary.errors", st.Errors, "intLeft"); err != nil {
		return err
	}
	if err := pair("summary.filters", wb.filterText(), "text"); err != nil {
		return err
	}
	if err := pair("summary.grouping", wb.byLabel(), "text"); err != nil {
		return err
	}

	// The sheets.
	row++
	if err := set("A", wb.l("summary.sheets"), "header"); err != nil {
		return err
	}
	if err := set("B", "", "header"); err != nil {
		return err
	}
	row++
	for _, s := range []struct{ name, key string }{
		{wb.sheetCompare, "summary.sheet.compare"},
		{wb.sheetFigures, "summary.sheet.figures"},
		{wb.sheetChecks, "summary.sheet.checks"},
		{wb.sheetDocs, "summary.sheet.documents"},
		{wb.sheetMetrics, "summary.sheet.metrics"},
	} {
		if err := set("A", s.name, "legendMark"); err != nil {
			return err
		}
		if err := set("B", wb.l(s.key), "wrap"); err != nil {
			return err
		}
		row++
	}

	// The legend: each mark as the comparison draws it.
	row++
	if err := set("A", wb.l("summary.legend"), "header"); err != nil {
		return err
	}
	if err := set("B", "", "header"); err != nil {
		return err
	}
	row++
	samples := []struct {
		key  valueKey
		v    float64
		text string
	}{
		{valueKey{integral: true, modality: extract.Actual, cmp: ">", marks: true}, 17985, "legend.gt"},
		{valueKey{integral: true, modality: extract.Actual, cmp: ">=", marks: true}, 50, "legend.ge"},
		{valueKey{integral: true, modality: extract.Actual, cmp: "<", marks: true}, 10, "legend.lt"},
		{valueKey{integral: true, modality: extract.Actual, cmp: "<=", marks: true}, 5, "legend.le"},
		{valueKey{integral: true, modality: extract.Actual, cmp: "~", marks: true}, 1200, "legend.approx"},
		{valueKey{integral: true, modality: extract.Target, cmp: "=", marks: true}, 300, "legend.target"},
		{valueKey{integral: true, modality: extract.Change, cmp: "=", marks: true}, -18, "legend.change"},
		{valueKey{integral: true, modality: extract.Actual, cmp: "=", marks: true, flag: flagConflict}, 3912, "legend.conflict"},
		{valueKey{integral: true, modality: extract.Actual, cmp: "=", marks: true, flag: flagCheck}, 73, "legend.check"},
		{valueKey{percent: true, modality: extract.Actual, cmp: "=", marks: true}, 35.34, "legend.percent"},
	}
	for _, s := range samples {
		unit := extract.UnitCount
		if s.key.percent {
			unit = extract.UnitPercent
		}
		cell := fmt.Sprintf("A%d", row)
		if err := f.SetCellFloat(sheet, cell, cellNumber(s.v, unit), -1, 64); err != nil {
			return err
		}
		if err := f.SetCellStyle(sheet, cell, cell, wb.st.value(s.key)); err != nil {
			return err
		}
		if err := set("B", wb.l(s.text), "wrap"); err != nil {
			return err
		}
		row++
	}
	if err := set("A", "→", "legendMark"); err != nil {
		return err
	}
	if err := set("B", wb.l("legend.link"), "wrap"); err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 30); err != nil {
		return err
	}
	return f.SetColWidth(sheet, "B", "B", 100)
}

// filterText says the filters in words, or "none".
func (wb *workbook) filterText() string {
	var parts []string
	if len(wb.o.Metrics) > 0 {
		parts = append(parts, wb.l("filter.metrics")+": "+strings.Join(wb.o.Metrics, ", "))
	}
	if len(wb.o.Provinces) > 0 {
		parts = append(parts, wb.l("filter.provinces")+": "+strings.Join(wb.o.Provinces, ", "))
	}
	if len(wb.o.Periods) > 0 {
		parts = append(parts, wb.l("filter.periods")+": "+strings.Join(wb.o.Periods, ", "))
	}
	if len(parts) == 0 {
		return wb.l("summary.nofilter")
	}
	return strings.Join(parts, "; ")
}

// writeMetrics fills the taxonomy sheet, one row per metric, as a table.
func (wb *workbook) writeMetrics() error {
	f, sheet := wb.f, wb.sheetMetrics
	headers := []string{"col.key", "col.label_vi", "col.label_en", "col.area", "col.counts", "col.parent", "col.sums", "col.note"}
	widths := []float64{34, 46, 46, 24, 14, 28, 12, 70}
	for i, h := range headers {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, cell, wb.l(h)); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, col, col, widths[i]); err != nil {
			return err
		}
	}
	for i, m := range wb.tax.Metrics {
		counts := m.Counts
		if wb.lab.has("counts." + counts) {
			counts = wb.l("counts." + counts)
		}
		sums := ""
		if m.Parent != "" {
			sums = wb.l("no")
			if m.Sums {
				sums = wb.l("yes")
			}
		}
		values := []string{m.Key, m.VI, m.EN, wb.areaLabel(m.Area()), counts, m.Parent, sums, strings.TrimSpace(m.Note)}
		for j, v := range values {
			if v == "" {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, i+2)
			if err := f.SetCellStr(sheet, cell, cellText(v, wb.cut)); err != nil {
				return err
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(headers), max(len(wb.tax.Metrics)+1, 2))
	if err := f.AddTable(sheet, &excelize.Table{Range: "A1:" + last, Name: "ChiSo", StyleName: "TableStyleLight9"}); err != nil {
		return err
	}
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
}

// Fingerprint returns a short hash of a taxonomy's keys, parents and labels,
// so that two workbooks say whether they were made with the same metrics.
func Fingerprint(t *extract.Taxonomy) string {
	h := sha256.New()
	for _, m := range t.Metrics {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%v\n", m.Key, m.Parent, m.VI, m.EN, m.Sums)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
