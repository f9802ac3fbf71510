package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "update the golden cell dumps in testdata")

// TestGolden compares a text dump of every cell (value, type, number format,
// formula) with testdata/<case>.golden.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"workbook-vi", Options{Inputs: []string{"testdata/docs.jsonl"}}},
		{"workbook-en-by-doc", Options{Lang: LangEN, By: ByDoc, Inputs: []string{"testdata/docs.jsonl"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := exportWorkbook(t, tc.opts, readFixture(t, "docs.jsonl"))
			got := dumpWorkbook(t, f)
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				have := strings.TrimSuffix(golden, ".golden") + ".have"
				os.WriteFile(have, []byte(got), 0o644)
				t.Errorf("cell dump differs from %s; wrote %s:\n%s", golden, have, lineDiff(string(want), got))
			}
		})
	}
}

// lineDiff lists the first lines that differ, (-want +got).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < max(len(w), len(g)) && n < 20; i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			b.WriteString("-" + a + "\n+" + c + "\n")
			n++
		}
	}
	return b.String()
}

func TestSheets(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang string
		want []string
	}{
		{"vietnamese by default", "", []string{"Tổng hợp", "So sánh", "Số liệu", "Kiểm tra", "Tài liệu", "Chỉ số"}},
		{"english", LangEN, []string{"Summary", "Comparison", "Figures", "Checks", "Documents", "Metrics"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _ := exportWorkbook(t, Options{Lang: tc.lang}, readFixture(t, "docs.jsonl"))
			if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sheets = %q, want %q", got, tc.want)
			}
			if got := f.GetSheetName(f.GetActiveSheetIndex()); got != tc.want[1] {
				t.Errorf("active sheet = %q, want the comparison %q", got, tc.want[1])
			}
		})
	}
}

func TestComparison(t *testing.T) {
	f, _ := exportWorkbook(t, Options{}, readFixture(t, "docs.jsonl"))
	const sheet = "So sánh"
	// Columns: Cần Thơ (C), then Lạng Sơn (D); the document without
	// figures makes no column.
	if got := cellAt(t, f, sheet, 3, 4); got != "Cần Thơ" {
		t.Errorf("C4 = %q, want Cần Thơ first", got)
	}
	if got := cellAt(t, f, sheet, 4, 4); got != "Lạng Sơn" {
		t.Errorf("D4 = %q, want Lạng Sơn second", got)
	}
	if got := cellAt(t, f, sheet, 5, 4); got != "" {
		t.Errorf("E4 = %q, want no column for a document without figures", got)
	}
	if got := cellAt(t, f, sheet, 4, 7); got != "2" {
		t.Errorf("D7 (documents of Lạng Sơn) = %q, want 2", got)
	}

	for _, tc := range []struct {
		name, label, value, numFmt, link string
		indent                           int // in Excel's steps, 2 a level
	}{
		{"a total", "Tổ chức cơ sở đảng", "75", "[$-42A]#,##0", "#'Số liệu'!N2", 0},
		{"a part, indented", "Đảng bộ cơ sở", "30", "[$-42A]#,##0", "#'Số liệu'!N3", 2},
		{"a lower bound is marked", "Lượt người nghe", "15240", `[$-42A]"> "#,##0`, "#'Số liệu'!N8", 0},
		{"a share is a percentage", "Kết nạp đảng viên mới — %", "0.925", "[$-42A]0.0#%", "#'Số liệu'!N11", 2},
		{"a target has its own row", "Kết nạp đảng viên mới — chỉ tiêu", "300", "[$-42A]#,##0", "#'Số liệu'!N12", 2},
		{"a change shows its sign", "Tổng số đảng viên — tăng/giảm", "-12", "[$-42A]+#,##0;-#,##0;#,##0", "#'Số liệu'!N15", 2},
		{"a qualified figure has its own row", "Trao tặng Huy hiệu Đảng — huy hiệu 30 năm tuổi Đảng", "41", "[$-42A]#,##0", "#'Số liệu'!N13", 2},
		{"a conflict keeps the first value", "Tổng số đảng viên", "4105", "[$-42A]#,##0", "#'Số liệu'!N5", 0},
		{"a conflict shows the second value below", "Tổng số đảng viên — giá trị khác (2)", "4118", "[$-42A]#,##0", "#'Số liệu'!N14", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			row := findRow(t, f, sheet, 1, tc.label)
			if row == 0 {
				t.Fatalf("no row labelled %q", tc.label)
			}
			cell, _ := excelize.CoordinatesToCellName(4, row)
			if got := cellAt(t, f, sheet, 4, row); got != tc.value {
				t.Errorf("%s = %q, want %q", cell, got, tc.value)
			}
			if got := numFmtOf(t, f, sheet, cell); got != tc.numFmt {
				t.Errorf("%s format = %q, want %q", cell, got, tc.numFmt)
			}
			formula, _ := f.GetCellFormula(sheet, cell)
			if !strings.Contains(formula, `HYPERLINK("`+tc.link+`",`) {
				t.Errorf("%s formula = %q, want a link to %s", cell, formula, tc.link)
			}
			// The value of the cell is the number itself, not text.
			if ct, _ := f.GetCellType(sheet, cell); ct == excelize.CellTypeInlineString || ct == excelize.CellTypeSharedString {
				t.Errorf("%s is text, want a number", cell)
			}
			label, _ := excelize.CoordinatesToCellName(1, row)
			id, _ := f.GetCellStyle(sheet, label)
			st, _ := f.GetStyle(id)
			if st.Alignment == nil || st.Alignment.Indent != tc.indent {
				t.Errorf("%s indent = %+v, want %d", label, st.Alignment, tc.indent)
			}
		})
	}

	// Both values of the conflict are flagged with the conflict fill; the
	// total that disagrees with its parts is flagged as a check.
	for _, tc := range []struct {
		label string
		fill  string
		font  string
	}{
		{"Tổng số đảng viên", fillConflict, ""},
		{"Tổng số đảng viên — giá trị khác (2)", fillConflict, ""},
		{"Tổ chức cơ sở đảng", "", fontCheck},
		{"Đảng bộ cơ sở", "", ""},
	} {
		cell, _ := excelize.CoordinatesToCellName(4, findRow(t, f, sheet, 1, tc.label))
		id, _ := f.GetCellStyle(sheet, cell)
		st, _ := f.GetStyle(id)
		var fill, font string
		if len(st.Fill.Color) > 0 {
			fill = st.Fill.Color[0]
		}
		if st.Font != nil {
			font = st.Font.Color
		}
		if !strings.EqualFold(fill, tc.fill) || !strings.EqualFold(font, tc.font) {
			t.Errorf("%s (%s): fill %q font %q, want fill %q font %q", cell, tc.label, fill, font, tc.fill, tc.font)
		}
	}

	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.XSplit != 2 || panes.YSplit != 7 {
		t.Errorf("panes = %+v, %v; want frozen at C8", panes, err)
	}
}

func TestFigures(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	f, _ := exportWorkbook(t, Options{}, docs)
	const sheet = "Số liệu"
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Figures)
	}
	if len(rows) != n+1 {
		t.Fatalf("%d rows, want %d figures and a header", len(rows), n)
	}
	tables, err := f.GetTables(sheet)
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:S"+strconv.Itoa(n+1) {
		t.Errorf("tables = %+v, %v; want one over A1:S%d", tables, err, n+1)
	}
	if panes, err := f.GetPanes(sheet); err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes = %+v, %v; want the header frozen", panes, err)
	}
	if w, err := f.GetColWidth(sheet, colEvidence); err != nil || w < 30 {
		t.Errorf("evidence width = %v, %v; want a fitted width of at least 30", w, err)
	}

	// Every figure, in input order, with its value as a number.
	i := 2
	for _, d := range docs {
		for _, fig := range d.Figures {
			if got := cellAt(t, f, sheet, 6, i); got != fig.Metric {
				t.Errorf("F%d = %q, want %q", i, got, fig.Metric)
			}
			want := cellNumber(fig.Value, fig.Unit)
			if got, err := strconv.ParseFloat(cellAt(t, f, sheet, colValue, i), 64); err != nil || got != want {
				t.Errorf("I%d = %v, %v; want %v", i, got, err, want)
			}
			i++
		}
	}
	// A full date is a date; the URL is a link.
	if got := numFmtOf(t, f, sheet, "S2"); got != "dd/mm/yyyy" {
		t.Errorf("S2 format = %q, want a date", got)
	}
	if formula, _ := f.GetCellFormula(sheet, "R2"); !strings.HasPrefix(formula, `HYPERLINK("https://baomau.vn/`) {
		t.Errorf("R2 formula = %q, want a link", formula)
	}
}

// TestHostileText feeds an article whose texts start with =, +, - and @:
// every one stays text, none becomes a formula, and control characters are
// dropped.
func TestHostileText(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	f, _ := exportWorkbook(t, Options{}, docs)
	hostile := docs[2]
	formulas := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, _ := f.GetCellFormula(sheet, cell)
				if formula != "" {
					formulas++
					if !strings.HasPrefix(formula, "HYPERLINK(") || strings.Contains(formula, "evil.example") || strings.Contains(formula, "javascript:") {
						t.Errorf("%s!%s: unexpected formula %q", sheet, cell, formula)
					}
				}
				if strings.ContainsRune(v, '\u0007') {
					t.Errorf("%s!%s keeps a control character: %q", sheet, cell, v)
				}
				if strings.HasPrefix(v, "=") || strings.HasPrefix(v, "+") || strings.HasPrefix(v, "@") || (strings.HasPrefix(v, "-") && formula == "") {
					if _, err := strconv.ParseFloat(v, 64); err == nil {
						continue // a negative number
					}
					if ct, _ := f.GetCellType(sheet, cell); ct != excelize.CellTypeInlineString && ct != excelize.CellTypeSharedString {
						t.Errorf("%s!%s = %q is stored as %v, want text", sheet, cell, v, ct)
					}
				}
			}
		}
	}
	if formulas == 0 {
		t.Fatal("no links at all; the test reads nothing")
	}
	row := findRow(t, f, "Số liệu", 1, hostile.Doc)
	if row == 0 {
		t.Fatalf("no figure row for %q", hostile.Doc)
	}
	if got := cellAt(t, f, "Số liệu", 14, row); got != hostile.Figures[0].Evidence {
		t.Errorf("evidence = %q, want it verbatim %q", got, hostile.Figures[0].Evidence)
	}
	if got := cellAt(t, f, "Số liệu", 17, row); got != strings.TrimSuffix(hostile.Title, "\u0007") {
		t.Errorf("title = %q, want the control character dropped", got)
	}
	if got := cellAt(t, f, "Số liệu", 18, row); got != hostile.URL {
		t.Errorf("URL = %q, want %q as text", got, hostile.URL)
	}
}

func TestChecks(t *testing.T) {
	f, _ := exportWorkbook(t, Options{}, readFixture(t, "docs.jsonl"))
	const sheet = "Kiểm tra"
	row := findRow(t, f, sheet, 6, "org.grassroots")
	if row == 0 {
		t.Fatal("no check of org.grassroots")
	}
	for _, tc := range []struct {
		col  int
		want string
	}{
		{1, "khoi-2014"},
		{5, "Tổng không khớp"},
		{7, "Tổ chức cơ sở đảng"},
		{8, "75"},
		{9, "Đảng bộ cơ sở (org.grassroots.committees) = 30; Chi bộ cơ sở (org.grassroots.cells) = 44"},
		{10, "74"},
		{12, "75 tổ chức cơ sở đảng"},
	} {
		if got := cellAt(t, f, sheet, tc.col, row); got != tc.want {
			t.Errorf("column %d = %q, want %q", tc.col, got, tc.want)
		}
	}
	if formula, _ := f.GetCellFormula(sheet, "H"+strconv.Itoa(row)); !strings.Contains(formula, "'Số liệu'!N2") {
		t.Errorf("total's formula = %q, want a link to its figure", formula)
	}
}

func TestDocuments(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	f, _ := exportWorkbook(t, Options{}, docs)
	const sheet = "Tài liệu"
	for i, d := range docs {
		row := i + 2
		if got := cellAt(t, f, sheet, 1, row); got != cellText(d.Doc, "") {
			t.Errorf("A%d = %q, want %q", row, got, d.Doc)
		}
		if got := cellAt(t, f, sheet, 9, row); got != strconv.Itoa(len(d.Figures)) {
			t.Errorf("I%d = %q, want %d figures", row, got, len(d.Figures))
		}
		if got := cellAt(t, f, sheet, 10, row); got != strings.Join(d.Errors, "; ") {
			t.Errorf("J%d = %q, want the errors", row, got)
		}
	}
}

func TestFilters(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	for _, tc := range []struct {
		name      string
		opts      Options
		docs      int
		figures   int
		noCompare string // a comparison label that must be gone
	}{
		{"no filter", Options{}, 4, 19, ""},
		{"an area", Options{Metrics: []string{"members"}}, 4, 4, "Tổ chức cơ sở đảng"},
		{"a key and an area", Options{Metrics: []string{"members.total", "discipline"}}, 4, 5, "Đảng viên chính thức"},
		{"a province without marks", Options{Provinces: []string{"lang son"}}, 2, 14, ""},
		{"a period", Options{Periods: []string{"2023-H1"}}, 1, 5, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "r.xlsx")
			st := exportTo(t, path, tc.opts, docs)
			if st.Documents != tc.docs || st.Figures != tc.figures {
				t.Errorf("stats = %+v, want %d documents and %d figures", st, tc.docs, tc.figures)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, _ := f.GetRows("Số liệu")
			if len(rows)-1 != tc.figures {
				t.Errorf("%d figure rows, want %d", len(rows)-1, tc.figures)
			}
			if tc.noCompare != "" && findRow(t, f, "So sánh", 1, tc.noCompare) != 0 {
				t.Errorf("comparison still shows %q", tc.noCompare)
			}
		})
	}
	if _, err := New(&bytes.Buffer{}, Options{Metrics: []string{"budget"}}); !errors.Is(err, ErrMetric) {
		t.Errorf("unknown metric: err = %v, want ErrMetric", err)
	}
}

// TestContinuation shrinks Excel's limits so that the figures continue on
// "Số liệu (2)" and the columns on "So sánh (2)", in place, with links that
// land on the right part.
func TestContinuation(t *testing.T) {
	defer func(r, c int) { maxSheetRows, maxSheetCols = r, c }(maxSheetRows, maxSheetCols)
	maxSheetRows, maxSheetCols = 6, 3 // 5 figures a part, 1 group a part
	docs := readFixture(t, "docs.jsonl")
	f, _ := exportWorkbook(t, Options{}, docs)
	want := []string{"Tổng hợp", "So sánh", "So sánh (2)", "Số liệu", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)", "Kiểm tra", "Tài liệu", "Chỉ số"}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	// Figure 11 (0-based 10, the target 300) is the first row of part 3.
	if got := cellAt(t, f, "Số liệu (3)", 9, 2); got != "300" {
		t.Errorf("Số liệu (3)!I2 = %q, want 300", got)
	}
	for _, sheet := range []string{"Số liệu", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)"} {
		if got, _ := f.GetCellValue(sheet, "A1"); got != "Tài liệu" {
			t.Errorf("%s!A1 = %q, want the header", sheet, got)
		}
	}
	row := findRow(t, f, "So sánh (2)", 1, "Kết nạp đảng viên mới — chỉ tiêu")
	formula, _ := f.GetCellFormula(sheet2Cell("So sánh (2)", 3, row))
	if !strings.Contains(formula, "'Số liệu (3)'!N2") {
		t.Errorf("target link = %q, want Số liệu (3)!N2", formula)
	}
}

func sheet2Cell(sheet string, col, row int) (string, string) {
	cell, _ := excelize.CoordinatesToCellName(col, row)
	return sheet, cell
}

func TestCellText(t *testing.T) {
	long := strings.Repeat("đảng viên ", 4000) // 40,000 characters
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "Tổng số đảng viên là 3.912", "Tổng số đảng viên là 3.912"},
		{"a formula stays as written", "=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"},
		{"controls dropped, tab and newline kept", "a\x00b\x07c\td\ne\x1f", "abc\td\ne"},
		{"non-characters dropped", "a\uFFFEb\uFFFFc", "abc"},
		{"invalid UTF-8 dropped", "a\xffb\xc3", "ab"},
		{"emoji kept", "đạt 100% 🎉", "đạt 100% 🎉"},
		{"long text cut with the mark", long, long[:cutAt(long, maxCellChars-utf16Len("…[cắt]"))] + "…[cắt]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := cellText(tc.in, "…[cắt]")
			if got != tc.want {
				t.Errorf("cellText(%.40q) = %.60q (len %d), want %.60q (len %d)", tc.in, got, len(got), tc.want, len(tc.want))
			}
			if n := utf16Len(got); n > maxCellChars {
				t.Errorf("%d characters, over Excel's %d", n, maxCellChars)
			}
		})
	}
	// Astral characters count twice; a cut never splits one.
	astral := strings.Repeat("𝔸", maxCellChars)
	got := cellText(astral, "…")
	if n := utf16Len(got); n > maxCellChars || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "𝔸") {
		t.Errorf("astral cut: %d units, suffix %q", n, got[len(got)-3:])
	}
}

// cutAt returns the byte length of the prefix of s that holds n UTF-16
// units.
func cutAt(s string, n int) int {
	units := 0
	for i, r := range s {
		if units+utf16Len(string(r)) > n {
			return i
		}
		units += utf16Len(string(r))
	}
	return len(s)
}

func TestNumberFormats(t *testing.T) {
	st := &styles{locale: localeVI}
	for _, tc := range []struct {
		name string
		key  valueKey
		want string
	}{
		{"count", valueKey{integral: true}, "[$-42A]#,##0"},
		{"count with decimals", valueKey{}, "[$-42A]#,##0.0#"},
		{"share", valueKey{percent: true, integral: true}, "[$-42A]0%"},
		{"share with decimals", valueKey{percent: true}, "[$-42A]0.0#%"},
		{"bound marks only in the comparison", valueKey{integral: true, cmp: ">"}, "[$-42A]#,##0"},
		{"at least", valueKey{integral: true, cmp: ">=", marks: true}, `[$-42A]"≥ "#,##0`},
		{"about", valueKey{integral: true, cmp: "~", marks: true}, `[$-42A]"~ "#,##0`},
		{"a change is signed", valueKey{integral: true, modality: extract.Change, marks: true}, "[$-42A]+#,##0;-#,##0;#,##0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := st.numFmt(tc.key); got != tc.want {
				t.Errorf("numFmt = %q, want %q", got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		v    float64
		lang string
		want string
	}{
		{3912, LangVI, "3.912"},
		{1234567, LangVI, "1.234.567"},
		{35.34, LangVI, "35,34"},
		{-18, LangVI, "-18"},
		{3912, LangEN, "3,912"},
		{0.5, LangEN, "0.5"},
	} {
		if got := formatNumber(tc.lang, tc.v); got != tc.want {
			t.Errorf("formatNumber(%s, %v) = %q, want %q", tc.lang, tc.v, got, tc.want)
		}
	}
	if got := cellNumber(35.34, extract.UnitPercent); got != 0.3534 {
		t.Errorf("cellNumber(35.34%%) = %v, want 0.3534 exactly", got)
	}
}

func TestCSV(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	path := filepath.Join(t.TempDir(), "figures.csv")
	exportTo(t, path, Options{Format: CSV}, docs)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Error("no UTF-8 byte order mark")
	}
	if bytes.Count(b, []byte("\r\n")) != bytes.Count(b, []byte("\n")) {
		t.Error("line ends are not all CRLF")
	}
	records, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(records[0], ","); got != strings.Join(csvHeader, ",") {
		t.Errorf("header = %s", got)
	}
	if len(records) != 20 {
		t.Fatalf("%d records, want 19 figures and a header", len(records))
	}
	col := func(name string) int {
		for i, h := range csvHeader {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %s", name)
		return -1
	}
	for _, tc := range []struct {
		name      string
		row       int
		col, want string
	}{
		{"a count", 1, "value", "75"},
		{"a share with a decimal point", 10, "value", "92.5"},
		{"a negative change stays a number", 14, "value", "-12"},
		{"Vietnamese text", 1, "label_vi", "Tổ chức cơ sở đảng"},
		{"a formula-like doc id is guarded", 15, "doc", "'=cmd|' /C calc'!A0"},
		{"a formula-like rule is guarded", 15, "rule", "'=1+1"},
		{"a formula-like evidence is guarded", 15, "evidence", "'=HYPERLINK(\"http://evil.example/\",\"bấm vào đây\") Đảng ủy phường Tân An kỷ luật 3 đảng viên"},
		{"a plus sign is guarded", 17, "evidence", "'+7 đảng viên được kết nạp"},
		{"a minus sign is guarded", 18, "evidence", "'-5 chi bộ"},
		{"an at sign is guarded", 19, "evidence", "'@SUM(A1) 2 tổ chức đảng bị kiểm tra"},
		{"an author-like field is left alone", 19, "rule", "inspection.orgs#1"},
		{"a badge tier", 12, "badge_years", "30"},
		{"span offsets", 1, "span_start", "56"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := records[tc.row][col(tc.col)]; got != tc.want {
				t.Errorf("row %d %s = %q, want %q", tc.row, tc.col, got, tc.want)
			}
		})
	}
}

func TestJSONLPassesThrough(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	var out bytes.Buffer
	e, err := New(&out, Options{Format: JSONL})
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
	var want bytes.Buffer
	enc := extract.NewEncoder(&want)
	enc.WithText = true
	for _, d := range docs {
		enc.Encode(d)
	}
	enc.Flush()
	if out.String() != want.String() {
		t.Errorf("documents changed on the way through:\n%s", lineDiff(want.String(), out.String()))
	}
}

// TestFailedExportKeepsEarlierFile writes a workbook, then fails a second
// export to the same name: the first file is still there, unchanged, and no
// temporary file is left behind.
func TestFailedExportKeepsEarlierFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.xlsx")
	docs := readFixture(t, "docs.jsonl")
	exportTo(t, path, Options{}, docs)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	out, err := CreateFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e, err := New(out, Options{})
	if err != nil {
		t.Fatal(err)
	}
	e.Write(docs[0])
	// The input breaks half way: the caller gives up.
	e.Abort()
	out.Abort()
	if err := e.Write(docs[1]); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Abort: %v, want ErrClosed", err)
	}

	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the earlier workbook changed")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %q, want only report.xlsx", names)
	}
}

func TestLabels(t *testing.T) {
	for _, key := range []string{"sheet.summary", "col.doc", "legend.link", "text.cut", "compare.legend"} {
		if !DefaultLabels().has(key) {
			t.Errorf("no default label %q", key)
		}
	}
	// Every area of the taxonomy has a label.
	for _, m := range extract.DefaultTaxonomy().Metrics {
		if !DefaultLabels().has("area." + m.Area()) {
			t.Errorf("no label for area %q", m.Area())
		}
		if !DefaultLabels().has("counts." + m.Counts) {
			t.Errorf("no label for counts %q", m.Counts)
		}
	}
	l, err := ParseLabels("mine.tsv", strings.NewReader("# mine\nsheet.compare\tĐối chiếu\tSide by side\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := l.Get(LangVI, "sheet.compare"); got != "Đối chiếu" {
		t.Errorf("override = %q", got)
	}
	if got := l.Get(LangVI, "sheet.figures"); got != "Số liệu" {
		t.Errorf("default kept = %q", got)
	}
	for _, tc := range []struct{ name, in, want string }{
		{"unknown key", "sheet.nope\ta\tb\n", "mine.tsv:1: export: bad labels: unknown key"},
		{"two fields", "\n\nsheet.compare\ta\n", "mine.tsv:3: export: bad labels: want key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseLabels("mine.tsv", strings.NewReader(tc.in))
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, ErrLabels) {
				t.Errorf("err = %v, want %q...", err, tc.want)
			}
		})
	}
}

func TestFormatFor(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Format
	}{
		{"report.xlsx", XLSX}, {"REPORT.XLSX", XLSX}, {"a/b.csv", CSV}, {"docs.jsonl", JSONL}, {"x.txt", ""}, {"-", ""},
	} {
		if got := FormatFor(tc.name); got != tc.want {
			t.Errorf("FormatFor(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLongCell writes an evidence of 40,000 characters: the cell holds
// Excel's 32,767 at most and ends with the cut mark.
func TestLongCell(t *testing.T) {
	long := strings.Repeat("Đảng bộ có 3.912 đảng viên. ", 1500)
	d := &extract.Document{Doc: "dai", Province: "Hà Nội", Period: "2020", Figures: []extract.Figure{
		{Metric: "members.total", Value: 3912, Unit: "count", Modality: "actual", Cmp: "=", Evidence: long},
	}}
	f, _ := exportWorkbook(t, Options{}, []*extract.Document{d})
	got := cellAt(t, f, "Số liệu", 14, 2)
	if n := utf16Len(got); n > maxCellChars || n < maxCellChars-20 {
		t.Errorf("evidence of %d characters, want just under %d", n, maxCellChars)
	}
	if !strings.HasSuffix(got, DefaultLabels().Get(LangVI, "text.cut")) || !strings.HasPrefix(long, strings.TrimSuffix(got, DefaultLabels().Get(LangVI, "text.cut"))) {
		t.Errorf("cut evidence ends %q, want the text's start and the cut mark", got[len(got)-30:])
	}
}
