package export

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Sheet limits of Excel; variables so that tests can reach them cheaply.
var (
	maxSheetRows = excelize.TotalRows
	maxSheetCols = excelize.MaxColumns
)

// measureRows is how many rows a table buffers to fit its column widths
// before it starts streaming.
const measureRows = 1000

// column is one column of a table sheet.
type column struct {
	header string
	// min and max bound the fitted width, in characters.
	min, max float64
}

// tableSheet streams rows under a header row, as an Excel table with a
// frozen header and fitted column widths. Past the sheet's last row it
// continues on a new sheet named "<name> (2)", and so on. Each part is
// written by its own StreamWriter and by nothing else.
type tableSheet struct {
	f         *excelize.File
	st        *styles
	name      string
	tableName string
	cols      []column

	// parts are the sheet names written so far.
	parts []string
	sw    *excelize.StreamWriter
	// row is the last row written on the current part.
	row int
	// buf holds the first rows until the widths are fitted.
	buf    [][]interface{}
	widths []float64
}

func newTableSheet(f *excelize.File, st *styles, name, tableName string, cols []column) *tableSheet {
	return &tableSheet{f: f, st: st, name: name, tableName: tableName, cols: cols}
}

// perSheet is the number of data rows one part holds.
func perSheet() int { return maxSheetRows - 1 }

// partName returns the name of part i (0-based) of the table.
func (t *tableSheet) partName(i int) string { return partName(t.name, i) }

// partName returns the name of part i (0-based) of a sheet: "Số liệu",
// "Số liệu (2)", ...
func partName(name string, i int) string {
	if i == 0 {
		return name
	}
	return fmt.Sprintf("%s (%d)", name, i+1)
}

// locate returns the sheet and row of the n-th data row (0-based).
func (t *tableSheet) locate(n int) (sheet string, row int) {
	return t.partName(n / perSheet()), n%perSheet() + 2
}

// add appends one row.
func (t *tableSheet) add(cells []interface{}) error {
	if t.widths == nil {
		t.buf = append(t.buf, cells)
		if len(t.buf) < measureRows {
			return nil
		}
		return t.startStreaming()
	}
	return t.put(cells)
}

// startStreaming fits the widths to the buffered rows and writes them.
func (t *tableSheet) startStreaming() error {
	t.widths = make([]float64, len(t.cols))
	for i, c := range t.cols {
		t.widths[i] = max(c.min, textWidth(c.header)+2)
	}
	for _, r := range t.buf {
		for i, v := range r {
			if i < len(t.widths) {
				t.widths[i] = max(t.widths[i], valueWidth(v)+1)
			}
		}
	}
	for i, c := range t.cols {
		if c.max > 0 {
			t.widths[i] = min(t.widths[i], c.max)
		}
	}
	buf := t.buf
	t.buf = nil
	if err := t.newPart(); err != nil {
		return err
	}
	for _, r := range buf {
		if err := t.put(r); err != nil {
			return err
		}
	}
	return nil
}

// newPart opens the next sheet and writes its header.
func (t *tableSheet) newPart() error {
	if t.sw != nil {
		if err := t.finishPart(); err != nil {
			return err
		}
	}
	name := t.partName(len(t.parts))
	idx, err := t.f.GetSheetIndex(name)
	if err != nil {
		return err
	}
	if idx < 0 {
		if _, err := t.f.NewSheet(name); err != nil {
			return fmt.Errorf("sheet %s: %w", name, err)
		}
	}
	sw, err := t.f.NewStreamWriter(name)
	if err != nil {
		return fmt.Errorf("sheet %s: %w", name, err)
	}
	t.sw, t.row = sw, 0
	t.parts = append(t.parts, name)
	// Column widths and the frozen header must come before the first row.
	for i, w := range t.widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]interface{}, len(t.cols))
	hs := t.st.get("header")
	for i, c := range t.cols {
		header[i] = excelize.Cell{StyleID: hs, Value: c.header}
	}
	t.row = 1
	return sw.SetRow("A1", header, excelize.RowOpts{Height: 30})
}

// put streams one row, opening a new part when the sheet is full.
func (t *tableSheet) put(cells []interface{}) error {
	if t.sw == nil || t.row >= maxSheetRows {
		if err := t.newPart(); err != nil {
			return err
		}
	}
	t.row++
	return t.sw.SetRow("A"+strconv.Itoa(t.row), cells)
}

// finishPart adds the table over the part's rows and flushes it.
func (t *tableSheet) finishPart() error {
	last, err := excelize.CoordinatesToCellName(len(t.cols), max(t.row, 2))
	if err != nil {
		return err
	}
	name := t.tableName
	if n := len(t.parts); n > 1 {
		name += strconv.Itoa(n)
	}
	if err := t.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: name, StyleName: "TableStyleLight9"}); err != nil {
		return fmt.Errorf("table %s: %w", name, err)
	}
	if err := t.sw.Flush(); err != nil {
		return err
	}
	t.sw = nil
	return nil
}

// close writes what is buffered and finishes the last part.
func (t *tableSheet) close() error {
	if t.widths == nil {
		if err := t.startStreaming(); err != nil {
			return err
		}
	}
	if t.sw == nil {
		return nil
	}
	return t.finishPart()
}

// textWidth estimates the display width of s in characters of the default
// font: Vietnamese letters with marks are as wide as plain ones.
func textWidth(s string) float64 {
	n := utf8.RuneCountInString(s)
	return float64(n) * 1.1
}

// valueWidth estimates the display width of a cell value.
func valueWidth(v interface{}) float64 {
	switch v := v.(type) {
	case excelize.Cell:
		return valueWidth(v.Value)
	case string:
		return textWidth(v)
	case float64:
		return float64(len(strconv.FormatFloat(v, 'f', -1, 64))) * 1.3
	case int:
		return float64(len(strconv.Itoa(v))) * 1.3
	}
	return 8
}
