package export

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

// testNow is the export time of every test workbook, so that dumps are
// stable.
var testNow = time.Date(2025, 3, 14, 9, 30, 0, 0, time.FixedZone("ICT", 7*3600))

// readFixture reads a documents.jsonl file of testdata.
func readFixture(t testing.TB, name string) []*extract.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*extract.Document
	if err := extract.ReadDocuments(name, f, func(d *extract.Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return docs
}

// exportTo writes docs with opts into the file path and returns the stats.
func exportTo(t testing.TB, path string, opts Options, docs []*extract.Document) Stats {
	t.Helper()
	if opts.Now.IsZero() {
		opts.Now = testNow
	}
	if opts.Version == "" {
		opts.Version = "test"
	}
	out, err := CreateFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Abort()
	e, err := New(out, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := e.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := out.Commit(); err != nil {
		t.Fatal(err)
	}
	return e.Stats()
}

// exportWorkbook writes docs as a workbook in a temporary directory and
// opens it back.
func exportWorkbook(t testing.TB, opts Options, docs []*extract.Document) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.xlsx")
	exportTo(t, path, opts, docs)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

// dumpWorkbook writes every non-empty cell of f as one line:
//
//	Sheet!B3 = 0.925 [n] {[$-42A]0.0#%} ƒ HYPERLINK(...)
//
// with the raw value, the cell type, the number format and the formula.
// Invisible characters show as markers (see visible).
func dumpWorkbook(t testing.TB, f *excelize.File) string {
	t.Helper()
	var b bytes.Buffer
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		if panes, err := f.GetPanes(sheet); err == nil && panes.Freeze {
			fmt.Fprintf(&b, "panes: freeze x=%d y=%d top-left=%s\n", panes.XSplit, panes.YSplit, panes.TopLeftCell)
		}
		if tables, err := f.GetTables(sheet); err == nil {
			for _, tb := range tables {
				fmt.Fprintf(&b, "table: %s %s\n", tb.Name, tb.Range)
			}
		}
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, _ := f.GetCellFormula(sheet, cell)
				if v == "" && formula == "" {
					continue
				}
				fmt.Fprintf(&b, "%s!%s = %s [%s]", sheet, cell, visible(v), cellType(t, f, sheet, cell))
				if nf := numFmtOf(t, f, sheet, cell); nf != "" {
					fmt.Fprintf(&b, " {%s}", nf)
				}
				if formula != "" {
					fmt.Fprintf(&b, " ƒ %s", visible(formula))
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// cellType names a cell's stored type in one letter: n number, s text, f
// formula text, b boolean.
func cellType(t testing.TB, f *excelize.File, sheet, cell string) string {
	ct, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	switch ct {
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		return "n"
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString:
		return "s"
	case excelize.CellTypeFormula:
		return "f"
	case excelize.CellTypeBool:
		return "b"
	case excelize.CellTypeDate:
		return "d"
	}
	return fmt.Sprint(ct)
}

// numFmtOf returns the custom number format of a cell, if any.
func numFmtOf(t testing.TB, f *excelize.File, sheet, cell string) string {
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st == nil {
		return ""
	}
	if st.CustomNumFmt != nil {
		return *st.CustomNumFmt
	}
	return ""
}

// visible shows newlines, tabs and other invisible characters as markers,
// so that a golden file holds them in plain sight.
func visible(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString("^J")
		case r == '\r':
			b.WriteString("^M")
		case r == '\t':
			b.WriteString("^I")
		case r < 0x20 || r == 0x7f || r == 0xa0 || (r >= 0x200b && r <= 0x200f) || r == 0xfeff:
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// findRow returns the 1-based row whose column col (1-based) holds want, or
// 0.
func findRow(t testing.TB, f *excelize.File, sheet string, col int, want string) int {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if col-1 < len(r) && r[col-1] == want {
			return i + 1
		}
	}
	return 0
}

// cellAt returns the raw value of a cell.
func cellAt(t testing.TB, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	cell, _ := excelize.CoordinatesToCellName(col, row)
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}
