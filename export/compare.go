package export

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// The comparison keeps, for every figure, one compact cellRec (24 bytes):
// which row and column of the comparison it fills, its value and bound, and
// its number, which locates its row on the figures sheet. Strings live once
// per group and per row, not per figure.

// rowKey is one row of the comparison: a metric, and the variant of it a
// figure reports. The metric's main row is the zero variant (a plain count
// of actual results without qualifiers).
type rowKey struct {
	metric   int // taxonomy index; unknown keys get -1-i
	percent  bool
	modality string // "" for actual
	q        extract.Qualifiers
}

func (k rowKey) main() bool {
	return !k.percent && k.modality == "" && k.q == extract.Qualifiers{}
}

// groupKey is one column of the comparison; the fields that the grouping
// ignores stay empty.
type groupKey struct {
	province, subject, period, doc string
}

// groupInfo is what a column's header shows.
type groupInfo struct {
	groupKey
	title string
	docs  int
	figs  int
}

// cellRec is one figure placed in the comparison.
type cellRec struct {
	row, group, seq int32
	cmp             uint8
	value           float64
}

// checkKey marks a total that disagrees with its parts.
type checkKey struct {
	group  int32
	metric string
	value  float64
}

// cmps numbers the bounds so that a cellRec holds one byte.
var cmps = []string{"=", ">", ">=", "<", "<=", "~"}

func cmpCode(s string) uint8 {
	for i, c := range cmps {
		if c == s {
			return uint8(i)
		}
	}
	return 0
}

type comparison struct {
	by      By
	tax     *extract.Taxonomy
	groups  map[groupKey]int32
	info    []groupInfo
	rows    map[rowKey]int32
	rowKeys []rowKey
	unknown map[string]int
	// unknownKeys are the metric keys outside the taxonomy, by first sight.
	unknownKeys []string
	cells       []cellRec
	checks      map[checkKey]bool
}

func newComparison(o Options) *comparison {
	return &comparison{
		by:      o.By,
		tax:     o.Taxonomy,
		groups:  map[groupKey]int32{},
		rows:    map[rowKey]int32{},
		unknown: map[string]int{},
		checks:  map[checkKey]bool{},
	}
}

// group returns the column of a document, adding it when new.
func (c *comparison) group(d *extract.Document) int32 {
	var k groupKey
	switch c.by {
	case ByDoc:
		k = groupKey{province: d.Province, subject: d.Subject, period: d.Period, doc: d.Doc}
	case BySubject:
		k = groupKey{subject: d.Subject}
	case ByProvince:
		k = groupKey{province: d.Province}
	case ByPeriod:
		k = groupKey{period: d.Period}
	default:
		k = groupKey{province: d.Province, subject: d.Subject, period: d.Period}
	}
	g, ok := c.groups[k]
	if !ok {
		g = int32(len(c.info))
		c.groups[k] = g
		c.info = append(c.info, groupInfo{groupKey: k, title: d.Title})
	}
	c.info[g].docs++
	return g
}

// metricIndex returns the taxonomy index of key, or -1-i for the i-th key
// outside it.
func (c *comparison) metricIndex(key string) int {
	if i := c.tax.Index(key); i >= 0 {
		return i
	}
	i, ok := c.unknown[key]
	if !ok {
		i = len(c.unknownKeys)
		c.unknown[key] = i
		c.unknownKeys = append(c.unknownKeys, key)
	}
	return -1 - i
}

// add places figure number seq of group g.
func (c *comparison) add(g int32, fig *extract.Figure, seq int32) {
	k := rowKey{metric: c.metricIndex(fig.Metric), percent: fig.Unit == extract.UnitPercent, q: fig.Qualifiers}
	if fig.Modality != extract.Actual {
		k.modality = fig.Modality
	}
	r, ok := c.rows[k]
	if !ok {
		r = int32(len(c.rowKeys))
		c.rows[k] = r
		c.rowKeys = append(c.rowKeys, k)
	}
	c.info[g].figs++
	c.cells = append(c.cells, cellRec{row: r, group: g, seq: seq, cmp: cmpCode(fig.Cmp), value: fig.Value})
}

// flag marks the total of metric with value in group g as disagreeing with
// its parts.
func (c *comparison) flag(g int32, metric string, value float64) {
	c.checks[checkKey{g, metric, value}] = true
}

// outRow is one line of the comparison sheet before conflicts add lines.
type outRow struct {
	area  string // set on an area heading
	key   rowKey
	id    int32 // index into rowKeys, or -1 for a metric row without data
	depth int
}

// layout returns the comparison's rows: per area in order of first
// appearance, each selected metric in taxonomy order followed by its
// variants, parts indented under their totals; metrics outside the
// taxonomy come last.
func (c *comparison) layout(keep func(string) bool) []outRow {
	variants := map[int][]int32{}
	for id, k := range c.rowKeys {
		if !k.main() {
			variants[k.metric] = append(variants[k.metric], int32(id))
		}
	}
	for m, ids := range variants {
		sort.Slice(ids, func(i, j int) bool { return variantLess(c.rowKeys[ids[i]], c.rowKeys[ids[j]]) })
		variants[m] = ids
	}
	rowFor := func(metric, depth int) []outRow {
		k := rowKey{metric: metric}
		id, ok := c.rows[k]
		if !ok {
			id = -1
		}
		out := []outRow{{key: k, id: id, depth: depth}}
		for _, v := range variants[metric] {
			out = append(out, outRow{key: c.rowKeys[v], id: v, depth: depth + 1})
		}
		return out
	}

	var areas []string
	byArea := map[string][]int{}
	for i, m := range c.tax.Metrics {
		if !keep(m.Key) {
			continue
		}
		a := m.Area()
		if _, seen := byArea[a]; !seen {
			areas = append(areas, a)
		}
		byArea[a] = append(byArea[a], i)
	}
	var out []outRow
	for _, a := range areas {
		out = append(out, outRow{area: a, id: -1})
		for _, i := range byArea[a] {
			out = append(out, rowFor(i, c.depth(i))...)
		}
	}
	if len(c.unknownKeys) > 0 {
		out = append(out, outRow{area: "other", id: -1})
		for i := range c.unknownKeys {
			out = append(out, rowFor(-1-i, 0)...)
		}
	}
	return out
}

// depth counts the parents of metric i.
func (c *comparison) depth(i int) int {
	d := 0
	for m := c.tax.Metrics[i]; m.Parent != "" && d < 10; d++ {
		m, _ = c.tax.Lookup(m.Parent)
	}
	return d
}

// variantLess orders the variants of one metric: results before targets
// before changes, counts before shares, then by qualifier.
func variantLess(a, b rowKey) bool {
	rank := map[string]int{"": 0, extract.Target: 1, extract.Change: 2}
	if ra, rb := rank[a.modality], rank[b.modality]; ra != rb {
		return ra < rb
	}
	if a.percent != b.percent {
		return !a.percent
	}
	if a.q.BadgeYears != b.q.BadgeYears {
		return a.q.BadgeYears < b.q.BadgeYears
	}
	return a.q.Topic+"\x00"+a.q.Actor+"\x00"+a.q.Kind < b.q.Topic+"\x00"+b.q.Actor+"\x00"+b.q.Kind
}

// columns returns the groups that have figures in column order: by
// province, then period, then subject, then document, in Vietnamese
// alphabetical order with empty values last.
func (c *comparison) columns() []int32 {
	col := collate.New(language.Vietnamese)
	cmpText := func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "":
			return 1
		case b == "":
			return -1
		}
		if r := col.CompareString(a, b); r != 0 {
			return r
		}
		return strings.Compare(a, b)
	}
	order := make([]int32, 0, len(c.info))
	for i, g := range c.info {
		if g.figs > 0 {
			order = append(order, int32(i))
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := c.info[order[i]], c.info[order[j]]
		if r := cmpText(a.province, b.province); r != 0 {
			return r < 0
		}
		if r := cmpText(a.period, b.period); r != 0 {
			return r < 0
		}
		if r := cmpText(a.subject, b.subject); r != 0 {
			return r < 0
		}
		return cmpText(a.doc, b.doc) < 0
	})
	return order
}

// distinct is one value of one comparison cell.
type distinct struct {
	value float64
	cmp   uint8
	seq   int32
}

// headerRows are the header lines of the comparison for a grouping.
func (wb *workbook) headerRows() []string {
	switch wb.o.By {
	case ByDoc:
		return []string{"col.doc", "col.title", "col.province", "col.subject", "col.period"}
	case BySubject:
		return []string{"col.subject", "col.docs"}
	case ByProvince:
		return []string{"col.province", "col.docs"}
	case ByPeriod:
		return []string{"col.period", "col.docs"}
	}
	return []string{"col.province", "col.subject", "col.period", "col.docs"}
}

// byLabel names the grouping in words.
func (wb *workbook) byLabel() string {
	if wb.o.By == ByDefault {
		return wb.l("compare.by.default")
	}
	return wb.l("compare.by." + string(wb.o.By))
}

// cmpParts returns how many sheets the comparison takes: one per Excel's
// worth of columns.
func (wb *workbook) cmpParts() int {
	n := 0
	for _, g := range wb.cmp.info {
		if g.figs > 0 {
			n++
		}
	}
	per := maxSheetCols - 2
	return max(1, (n+per-1)/per)
}

// writeComparison streams the comparison sheet, continuing on "So sánh
// (2)" and further when the groups outnumber Excel's columns.
func (wb *workbook) writeComparison() error {
	c := wb.cmp
	order := wb.cmp.columns()
	colOf := make([]int32, len(c.info)) // group → column position
	for g := range colOf {
		colOf[g] = -1
	}
	for pos, g := range order {
		colOf[g] = int32(pos)
	}
	rows := c.layout(func(key string) bool { return wb.filterKeep(key) })

	// Sort the figures by row, column and number, and index each row's run.
	sort.Slice(c.cells, func(i, j int) bool {
		a, b := c.cells[i], c.cells[j]
		if a.row != b.row {
			return a.row < b.row
		}
		if ca, cb := colOf[a.group], colOf[b.group]; ca != cb {
			return ca < cb
		}
		return a.seq < b.seq
	})
	start := make([]int, len(c.rowKeys)+1)
	for _, r := range c.cells {
		start[r.row+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}

	per := maxSheetCols - 2
	for part := range wb.cmpParts() {
		name := partName(wb.sheetCompare, part)
		lo, hi := part*per, min((part+1)*per, len(order))
		if err := wb.writeComparisonPart(name, rows, order[lo:hi], int32(lo), colOf, start); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	return nil
}

// filterKeep reports whether the comparison shows metric key.
func (wb *workbook) filterKeep(key string) bool {
	return (&filter{metrics: wb.o.Metrics}).keepMetric(key)
}

func (wb *workbook) writeComparisonPart(name string, rows []outRow, groups []int32, lo int32, colOf []int32, start []int) error {
	c := wb.cmp
	// Print on landscape pages, one page wide. These are sheet properties,
	// set before the stream starts; no cell is written outside it.
	landscape, one, tall := "landscape", 1, 0
	if err := wb.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &[]bool{true}[0]}); err != nil {
		return err
	}
	if err := wb.f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall}); err != nil {
		return err
	}
	sw, err := wb.f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	headers := wb.headerRows()
	first := 4 + len(headers) // first data row
	ncol := 2 + len(groups)

	// Widths and panes come before the first row.
	if err := sw.SetColWidth(1, 1, 54); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 26); err != nil {
		return err
	}
	if len(groups) > 0 {
		if err := sw.SetColWidth(3, ncol, 17); err != nil {
			return err
		}
	}
	topLeft, _ := excelize.CoordinatesToCellName(3, first)
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: first - 1, TopLeftCell: topLeft, ActivePane: "bottomRight"}); err != nil {
		return err
	}

	// Title and legend.
	if err := sw.SetRow("A1", []interface{}{excelize.Cell{StyleID: wb.st.get("title"), Value: wb.l("compare.title") + " — " + wb.byLabel()}}, excelize.RowOpts{Height: 22}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []interface{}{excelize.Cell{StyleID: wb.st.get("note"), Value: wb.l("compare.legend")}}); err != nil {
		return err
	}

	// The header block: one line per grouping field.
	none := wb.l("compare.none")
	for i, h := range headers {
		line := make([]interface{}, ncol)
		line[0] = excelize.Cell{StyleID: wb.st.get("headerRight"), Value: wb.l(h)}
		line[1] = excelize.Cell{StyleID: wb.st.get("header")}
		if i == len(headers)-1 {
			line[1] = excelize.Cell{StyleID: wb.st.get("header"), Value: wb.l("col.metric")}
		}
		for j, g := range groups {
			info := c.info[g]
			var v interface{}
			switch h {
			case "col.province":
				v = info.province
			case "col.subject":
				v = info.subject
			case "col.period":
				v = info.period
			case "col.doc":
				v = info.doc
			case "col.title":
				v = info.title
			case "col.docs":
				line[2+j] = excelize.Cell{StyleID: wb.st.get("headerCount"), Value: info.docs}
				continue
			}
			s, _ := v.(string)
			if s == "" {
				s = none
			}
			line[2+j] = excelize.Cell{StyleID: wb.st.get("header"), Value: cellText(s, wb.cut)}
		}
		opts := excelize.RowOpts{}
		if h == "col.subject" || h == "col.title" {
			opts.Height = 45
		}
		if err := sw.SetRow("A"+strconv.Itoa(4+i), line, opts); err != nil {
			return err
		}
	}

	// The metric rows. A cell with two different values adds a line below
	// its row for the second, and so on; both are flagged.
	n := first
	line := make([]interface{}, ncol)
	vals := make([][]distinct, len(groups))
	for _, r := range rows {
		clear(line)
		if r.area != "" {
			line[0] = excelize.Cell{StyleID: wb.st.get("area"), Value: wb.areaLabel(r.area)}
			line[1] = excelize.Cell{StyleID: wb.st.get("area")}
			for j := range groups {
				line[2+j] = excelize.Cell{StyleID: wb.st.get("area")}
			}
			if err := sw.SetRow("A"+strconv.Itoa(n), line); err != nil {
				return err
			}
			n++
			continue
		}
		depth := 1
		for j := range vals {
			vals[j] = vals[j][:0]
		}
		if r.id >= 0 {
			for _, rec := range c.cells[start[r.id]:start[r.id+1]] {
				j := colOf[rec.group] - lo
				if j < 0 || int(j) >= len(groups) {
					continue
				}
				if !hasValue(vals[j], rec) {
					vals[j] = append(vals[j], distinct{rec.value, rec.cmp, rec.seq})
				}
				depth = max(depth, len(vals[j]))
			}
		}
		key := r.key
		metricKey := wb.rowMetricKey(key)
		for k := 0; k < depth; k++ {
			clear(line)
			label := wb.rowLabel(key)
			if k > 0 {
				label = fmt.Sprintf("%s — %s (%d)", label, wb.l("compare.conflict"), k+1)
			}
			line[0] = excelize.Cell{StyleID: wb.st.indent(r.depth, !key.main() || k > 0), Value: cellText(label, wb.cut)}
			line[1] = excelize.Cell{StyleID: wb.st.get("key"), Value: metricKey}
			for j, g := range groups {
				if k >= len(vals[j]) {
					line[2+j] = excelize.Cell{StyleID: wb.emptyStyle(key)}
					continue
				}
				v := vals[j][k]
				flag := flagNone
				switch {
				case len(vals[j]) > 1:
					flag = flagConflict
				case !key.percent && key.modality == "" && c.checks[checkKey{g, metricKey, v.value}]:
					flag = flagCheck
				}
				line[2+j] = wb.valueCell(key, v, flag)
			}
			if err := sw.SetRow("A"+strconv.Itoa(n), line); err != nil {
				return err
			}
			n++
		}
	}
	return sw.Flush()
}

// hasValue reports whether vs already holds rec's value and bound.
func hasValue(vs []distinct, rec cellRec) bool {
	for _, v := range vs {
		if v.value == rec.value && v.cmp == rec.cmp {
			return true
		}
	}
	return false
}

// valueCell is a number of the comparison that links to its figure.
func (wb *workbook) valueCell(key rowKey, v distinct, flag int) excelize.Cell {
	modality := key.modality
	if modality == "" {
		modality = extract.Actual
	}
	unit := extract.UnitCount
	if key.percent {
		unit = extract.UnitPercent
	}
	style := wb.st.value(valueKey{
		percent: key.percent, integral: integral(v.value), modality: modality,
		cmp: cmps[v.cmp], flag: flag, marks: true,
	})
	x := cellNumber(v.value, unit)
	cell := excelize.Cell{StyleID: style, Value: x}
	if f, ok := numberLinkFormula(wb.figureRef(int(v.seq)), x); ok {
		cell.Formula = f
	}
	return cell
}

// emptyStyle keeps the fill of a target or change row on its empty cells.
func (wb *workbook) emptyStyle(key rowKey) int {
	switch key.modality {
	case extract.Target:
		return wb.st.get("fillTarget")
	case extract.Change:
		return wb.st.get("fillChange")
	}
	return wb.st.get("empty")
}

// rowMetricKey returns the metric key of a comparison row.
func (wb *workbook) rowMetricKey(k rowKey) string {
	if k.metric >= 0 {
		return wb.tax.Metrics[k.metric].Key
	}
	return wb.cmp.unknownKeys[-1-k.metric]
}

// rowLabel names a comparison row: the metric's label, then what sets the
// variant apart ("— chỉ tiêu, %").
func (wb *workbook) rowLabel(k rowKey) string {
	label := wb.label(wb.rowMetricKey(k))
	var extra []string
	if q := wb.qualText(k.q); q != "" {
		extra = append(extra, q)
	}
	if k.modality != "" {
		extra = append(extra, wb.l("modality."+k.modality))
	}
	if k.percent {
		extra = append(extra, wb.l("unit.percent"))
	}
	if len(extra) > 0 {
		label += " — " + strings.Join(extra, ", ")
	}
	return label
}
