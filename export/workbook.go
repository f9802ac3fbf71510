package export

import (
	"archive/zip"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

// Columns of the figures sheet. colEvidence is where comparison links land.
const (
	colEvidence = "N"
	colValue    = 9
)

// workbook is the XLSX sink. It works in two passes. While documents
// arrive it fills the comparison's compact index and spills each document
// (without its text) to a temporary documents.jsonl. At close, knowing how
// many sheets every table needs, it creates all sheets in reading order,
// streams the comparison from the index, then streams the figures, checks
// and documents from the spill; the summary and taxonomy sheets are small
// and written cell by cell. Each sheet has one writer only, and nothing
// reads a streamed sheet back: excelize's SetActiveSheet and MoveSheet
// would load every streamed sheet into memory, so they run while the
// sheets are still empty.
type workbook struct {
	w    io.Writer
	o    Options
	lang string
	lab  *Labels
	tax  *extract.Taxonomy
	f    *excelize.File
	st   *styles

	sheetSummary, sheetCompare, sheetFigures, sheetChecks, sheetDocs, sheetMetrics string

	figs, checks, docs *tableSheet
	cmp                *comparison
	// nfig counts the figures written: a figure's number locates its row.
	nfig int
	cut  string

	// spill holds the documents between the passes.
	spill    *os.File
	spillEnc *extract.Encoder
	ndocs    int
	nchecks  int
}

func newWorkbook(w io.Writer, o Options) (*workbook, error) {
	wb := &workbook{w: w, o: o, lang: o.Lang, lab: o.Labels, tax: o.Taxonomy}
	wb.cut = wb.l("text.cut")
	spill, err := os.CreateTemp(o.TmpDir, "solieu-export-*.jsonl")
	if err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	wb.spill, wb.spillEnc = spill, extract.NewEncoder(spill)
	wb.cmp = newComparison(o)
	return wb, nil
}

// open creates the workbook and all its sheets, in the order analysts read
// them, with as many parts as each table needs.
func (wb *workbook) open(cmpParts int) error {
	wb.f = excelize.NewFile(excelize.Options{TmpDir: wb.o.TmpDir})
	wb.st = newStyles(wb.f, wb.lang)
	wb.sheetSummary = wb.l("sheet.summary")
	wb.sheetCompare = wb.l("sheet.compare")
	wb.sheetFigures = wb.l("sheet.figures")
	wb.sheetChecks = wb.l("sheet.checks")
	wb.sheetDocs = wb.l("sheet.documents")
	wb.sheetMetrics = wb.l("sheet.metrics")

	wb.figs = newTableSheet(wb.f, wb.st, wb.sheetFigures, "SoLieu", []column{
		{header: wb.l("col.doc"), min: 10, max: 24},
		{header: wb.l("col.province"), min: 10, max: 18},
		{header: wb.l("col.subject"), min: 12, max: 36},
		{header: wb.l("col.period"), min: 8, max: 12},
		{header: wb.l("col.area"), min: 12, max: 26},
		{header: wb.l("col.metric"), min: 14, max: 32},
		{header: wb.l("col.label_vi"), min: 20, max: 46},
		{header: wb.l("col.label_en"), min: 20, max: 46},
		{header: wb.l("col.value"), min: 10, max: 14},
		{header: wb.l("col.unit"), min: 8, max: 10},
		{header: wb.l("col.modality"), min: 9, max: 12},
		{header: wb.l("col.cmp"), min: 6, max: 8},
		{header: wb.l("col.qualifiers"), min: 10, max: 34},
		{header: wb.l("col.evidence"), min: 30, max: 70},
		{header: wb.l("col.span"), min: 10, max: 14},
		{header: wb.l("col.rule"), min: 12, max: 28},
		{header: wb.l("col.title"), min: 20, max: 50},
		{header: wb.l("col.url"), min: 16, max: 50},
		{header: wb.l("col.published"), min: 11, max: 12},
	})
	wb.checks = newTableSheet(wb.f, wb.st, wb.sheetChecks, "KiemTra", []column{
		{header: wb.l("col.doc"), min: 10, max: 24},
		{header: wb.l("col.province"), min: 10, max: 18},
		{header: wb.l("col.subject"), min: 12, max: 36},
		{header: wb.l("col.period"), min: 8, max: 12},
		{header: wb.l("col.kind"), min: 16, max: 26},
		{header: wb.l("col.metric"), min: 14, max: 32},
		{header: wb.l("col.label"), min: 20, max: 40},
		{header: wb.l("col.value"), min: 10, max: 14},
		{header: wb.l("col.parts"), min: 24, max: 60},
		{header: wb.l("col.sum"), min: 10, max: 14},
		{header: wb.l("col.message"), min: 20, max: 40},
		{header: wb.l("col.evidence"), min: 30, max: 70},
	})
	wb.docs = newTableSheet(wb.f, wb.st, wb.sheetDocs, "TaiLieu", []column{
		{header: wb.l("col.doc"), min: 10, max: 24},
		{header: wb.l("col.title"), min: 20, max: 60},
		{header: wb.l("col.url"), min: 16, max: 50},
		{header: wb.l("col.published"), min: 11, max: 12},
		{header: wb.l("col.author"), min: 10, max: 24},
		{header: wb.l("col.subject"), min: 12, max: 36},
		{header: wb.l("col.province"), min: 10, max: 18},
		{header: wb.l("col.period"), min: 8, max: 12},
		{header: wb.l("col.figures"), min: 8, max: 10},
		{header: wb.l("col.errors"), min: 10, max: 60},
	})

	if err := wb.f.SetSheetName("Sheet1", wb.sheetSummary); err != nil {
		return fmt.Errorf("sheet %s: %w", wb.sheetSummary, err)
	}
	names := []string{}
	for i := range cmpParts {
		names = append(names, partName(wb.sheetCompare, i))
	}
	for _, t := range []struct {
		sheet *tableSheet
		rows  int
	}{{wb.figs, wb.nfig}, {wb.checks, wb.nchecks}, {wb.docs, wb.ndocs}} {
		for i := range parts(t.rows) {
			names = append(names, t.sheet.partName(i))
		}
	}
	names = append(names, wb.sheetMetrics)
	for _, name := range names {
		if _, err := wb.f.NewSheet(name); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	// Open on the comparison. SetActiveSheet reads every sheet, so it runs
	// now, while they are empty.
	if idx, err := wb.f.GetSheetIndex(wb.sheetCompare); err == nil && idx >= 0 {
		wb.f.SetActiveSheet(idx)
	}
	return nil
}

// parts returns how many sheets a table of n rows takes.
func parts(n int) int { return max(1, (n+perSheet()-1)/perSheet()) }

// l returns a label in the workbook's language.
func (wb *workbook) l(key string) string { return wb.lab.Get(wb.lang, key) }

// text returns a text cell value for s, or nil for an empty cell.
func (wb *workbook) text(s string) interface{} {
	if s == "" {
		return nil
	}
	return cellText(s, wb.cut)
}

// metricLabels returns the labels and area of a metric key; a key outside
// the taxonomy shows as itself.
func (wb *workbook) metricLabels(key string) (vi, en, area string) {
	m, ok := wb.tax.Lookup(key)
	if !ok {
		return key, key, wb.l("area.other")
	}
	return m.VI, m.EN, wb.areaLabel(m.Area())
}

// areaLabel returns an area's label, or the area itself.
func (wb *workbook) areaLabel(area string) string {
	if wb.lab.has("area." + area) {
		return wb.l("area." + area)
	}
	return area
}

// label returns the metric's label in the workbook's language.
func (wb *workbook) label(key string) string {
	vi, en, _ := wb.metricLabels(key)
	if wb.lang == LangEN {
		return en
	}
	return vi
}

// qualText says a figure's qualifiers in words.
func (wb *workbook) qualText(q extract.Qualifiers) string {
	var parts []string
	if q.BadgeYears != 0 {
		parts = append(parts, fmt.Sprintf(wb.l("qual.badge_years"), q.BadgeYears))
	}
	add := func(prefix, kind, v string) {
		if v == "" {
			return
		}
		word := v
		if wb.lab.has(prefix + "." + v) {
			word = wb.l(prefix + "." + v)
		}
		parts = append(parts, wb.l("qual."+kind)+": "+word)
	}
	add("topic", "topic", q.Topic)
	add("actor", "actor", q.Actor)
	add("kind", "kind", q.Kind)
	return strings.Join(parts, "; ")
}

// published returns a full date as a date cell and anything else as text.
func (wb *workbook) published(s string) interface{} {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return excelize.Cell{StyleID: wb.st.get("date"), Value: t}
	}
	return wb.text(s)
}

// link returns a cell that opens u, or plain text when it cannot be a link.
func (wb *workbook) link(u string) interface{} {
	if u == "" {
		return nil
	}
	if webLink(u) {
		if f, ok := linkFormula(u, u); ok {
			return excelize.Cell{StyleID: wb.st.get("link"), Formula: f, Value: u}
		}
	}
	return wb.text(u)
}

// figureRef returns the in-workbook link to the evidence of figure n.
func (wb *workbook) figureRef(n int) string {
	sheet, row := wb.figs.locate(n)
	return sheetRef(sheet, colEvidence+strconv.Itoa(row))
}

// write is the first pass: index the document for the comparison and
// spill it for the second.
func (wb *workbook) write(d *extract.Document) error {
	g := wb.cmp.group(d)
	for i := range d.Figures {
		wb.cmp.add(g, &d.Figures[i], int32(wb.nfig))
		wb.nfig++
	}
	for _, c := range d.Checks {
		if c.Kind == extract.CheckSum || c.Kind == extract.CheckPartExceeds {
			wb.cmp.flag(g, c.Parent, c.Value)
		}
	}
	wb.nchecks += len(d.Checks)
	wb.ndocs++
	return wb.spillEnc.Encode(d)
}

// writeRows is the second pass over one document: its figures, checks and
// its own row. first is the number of its first figure.
func (wb *workbook) writeRows(d *extract.Document, first int) error {
	for i := range d.Figures {
		if err := wb.writeFigure(d, &d.Figures[i]); err != nil {
			return err
		}
	}
	for i := range d.Checks {
		if err := wb.writeCheck(d, &d.Checks[i], first); err != nil {
			return err
		}
	}
	return wb.writeDoc(d, first)
}

func (wb *workbook) writeFigure(d *extract.Document, fig *extract.Figure) error {
	vi, en, area := wb.metricLabels(fig.Metric)
	unit := fig.Unit
	if wb.lab.has("unit." + unit) {
		unit = wb.l("unit." + unit)
	}
	modality := fig.Modality
	if wb.lab.has("modality." + modality) {
		modality = wb.l("modality." + modality)
	}
	value := excelize.Cell{
		StyleID: wb.st.value(valueKey{percent: fig.Unit == extract.UnitPercent, integral: integral(fig.Value), modality: fig.Modality}),
		Value:   cellNumber(fig.Value, fig.Unit),
	}
	row := []interface{}{
		wb.text(d.Doc), wb.text(d.Province), wb.text(d.Subject), wb.text(d.Period),
		wb.text(area), wb.text(fig.Metric), wb.text(vi), wb.text(en),
		value, wb.text(unit), wb.text(modality), wb.text(cmpSymbol(fig.Cmp)),
		wb.text(wb.qualText(fig.Qualifiers)), wb.text(fig.Evidence),
		wb.text(fmt.Sprintf("%d–%d", fig.Span[0], fig.Span[1])), wb.text(fig.Rule),
		wb.text(d.Title), wb.link(d.URL), wb.published(d.Published),
	}
	if err := wb.figs.add(row); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetFigures, err)
	}
	return nil
}

func (wb *workbook) writeCheck(d *extract.Document, c *extract.Check, first int) error {
	kind := c.Kind
	if wb.lab.has("check." + kind) {
		kind = wb.l("check." + kind)
	}
	// Link the total to its figure when the document has it.
	var value interface{} = c.Value
	for i, fig := range d.Figures {
		if fig.Metric == c.Parent && fig.Value == c.Value {
			if f, ok := numberLinkFormula(wb.figureRef(first+i), c.Value); ok {
				value = excelize.Cell{StyleID: wb.st.get("intLink"), Formula: f, Value: c.Value}
			}
			break
		}
	}
	if _, isCell := value.(excelize.Cell); !isCell {
		value = excelize.Cell{StyleID: wb.st.get("int"), Value: c.Value}
	}
	var sum interface{}
	if c.Kind == extract.CheckSum || c.Sum != 0 {
		sum = excelize.Cell{StyleID: wb.st.get("int"), Value: c.Sum}
	}
	row := []interface{}{
		wb.text(d.Doc), wb.text(d.Province), wb.text(d.Subject), wb.text(d.Period),
		wb.text(kind), wb.text(c.Parent), wb.text(wb.label(c.Parent)), value,
		wb.text(wb.partsText(c.Parts)), sum, wb.text(c.Message), wb.text(c.Evidence),
	}
	if err := wb.checks.add(row); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetChecks, err)
	}
	return nil
}

// partsText lists a check's parts in taxonomy order: "Đảng bộ cơ sở
// (org.grassroots.committees) = 31; ...".
func (wb *workbook) partsText(parts map[string]float64) string {
	keys := make([]string, 0, len(parts))
	for k := range parts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := wb.tax.Index(keys[i]), wb.tax.Index(keys[j])
		if a != b {
			return a < b
		}
		return keys[i] < keys[j]
	})
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s (%s) = %s", wb.label(k), k, formatNumber(wb.lang, parts[k]))
	}
	return b.String()
}

func (wb *workbook) writeDoc(d *extract.Document, first int) error {
	var id interface{} = wb.text(d.Doc)
	if len(d.Figures) > 0 && d.Doc != "" {
		if f, ok := linkFormula(wb.figureRef(first), d.Doc); ok {
			id = excelize.Cell{StyleID: wb.st.get("link"), Formula: f, Value: cellText(d.Doc, wb.cut)}
		}
	}
	row := []interface{}{
		id, wb.text(d.Title), wb.link(d.URL), wb.published(d.Published), wb.text(d.Author),
		wb.text(d.Subject), wb.text(d.Province), wb.text(d.Period),
		excelize.Cell{StyleID: wb.st.get("int"), Value: len(d.Figures)},
		wb.text(strings.Join(d.Errors, "; ")),
	}
	if err := wb.docs.add(row); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetDocs, err)
	}
	return nil
}

func (wb *workbook) close(stats *Stats) error {
	defer wb.abort()
	if err := wb.spillEnc.Flush(); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	if err := wb.open(wb.cmpParts()); err != nil {
		return err
	}
	if err := wb.writeComparison(); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetCompare, err)
	}

	// The second pass: figures, checks and documents from the spill.
	if _, err := wb.spill.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("spill: %w", err)
	}
	n := 0
	if err := extract.ReadDocuments(wb.spill.Name(), wb.spill, func(d *extract.Document) error {
		first := n
		n += len(d.Figures)
		return wb.writeRows(d, first)
	}); err != nil {
		return err
	}
	for _, t := range []*tableSheet{wb.figs, wb.checks, wb.docs} {
		if err := t.close(); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
	}

	if err := wb.writeSummary(stats); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetSummary, err)
	}
	if err := wb.writeMetrics(); err != nil {
		return fmt.Errorf("%s: %w", wb.sheetMetrics, err)
	}
	if wb.st.err != nil {
		return fmt.Errorf("styles: %w", wb.st.err)
	}
	if err := wb.f.SetDocProps(&excelize.DocProperties{
		Title:   wb.l("summary.title"),
		Creator: "solieu " + wb.o.Version,
		Created: wb.o.Now.UTC().Format(time.RFC3339),
	}); err != nil {
		return err
	}
	// excelize builds the whole zip in a bytes.Buffer before handing it
	// over (File.WriteTo): 130 MB for a million figures. Its zip writer
	// hook lets the archive go straight to w instead; what excelize then
	// copies from its own buffer is empty. (Its buffer is also where it
	// patches zip64 local headers, needed only for parts over 4 GB, which a
	// sheet of 1,048,576 rows does not reach.)
	wb.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(wb.w) })
	if err := wb.f.Write(wb.w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// abort releases the workbook's temporary files.
func (wb *workbook) abort() {
	if wb.f != nil {
		wb.f.Close()
		wb.f = nil
	}
	if wb.spill != nil {
		wb.spill.Close()
		os.Remove(wb.spill.Name())
		wb.spill = nil
	}
}

// formatNumber writes v the way the workbook shows numbers: 3.912 and 35,34
// in Vietnamese, 3,912 and 35.34 in English.
func formatNumber(lang string, v float64) string {
	neg := v < 0
	v = math.Abs(v)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	ip, fp, _ := strings.Cut(s, ".")
	thousands, decimal := ".", ","
	if lang == LangEN {
		thousands, decimal = ",", "."
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range ip {
		if i > 0 && (len(ip)-i)%3 == 0 {
			b.WriteString(thousands)
		}
		b.WriteRune(c)
	}
	if fp != "" {
		b.WriteString(decimal)
		b.WriteString(fp)
	}
	return b.String()
}
