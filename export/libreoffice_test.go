package export

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

// loCSVFilter asks LibreOffice for every sheet as UTF-8 CSV with the
// values as shown ("3.912", "92,5%", "> 15.240"): field separator 44,
// quote 34, charset 76 (UTF-8), start line 1, cells as shown (token 9),
// formulas as values (token 10), all sheets (token 12 = -1).
const loCSVFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

// libreOffice converts the workbook at path to one CSV per sheet and
// returns them by sheet name. It skips the test when soffice is absent.
func libreOffice(t *testing.T, path string, sheets []string) map[string][][]string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not found: install LibreOffice (Debian: apt-get install -y libreoffice-calc-nogui) to run the real-client test")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--convert-to", loCSVFilter, "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	got := map[string][][]string{}
	for _, sheet := range sheets {
		b, err := os.ReadFile(filepath.Join(dir, base+"-"+sheet+".csv"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no CSV for sheet %s: %v", sheet, err)
		}
		r := csv.NewReader(strings.NewReader(string(b)))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		got[sheet] = recs
	}
	return got
}

// parseShown reads a number as LibreOffice shows it with the workbook's
// Vietnamese formats: "3.912", "92,5%", "> 15.240", "≥ 50", "+12", "-12".
func parseShown(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	for _, mark := range []string{">", "≥", "<", "≤", "~"} {
		if rest, ok := strings.CutPrefix(s, mark+" "); ok {
			s = rest
			break
		}
	}
	percent := strings.HasSuffix(s, "%")
	s = strings.TrimSuffix(s, "%")
	s = strings.TrimPrefix(s, "+")
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, ",", ".")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	if percent {
		// Shift in decimal, as cellNumber does.
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	}
	return v, true
}

// sameNumbers checks that every number cell excelize reads back shows in
// LibreOffice as the same number, and every text cell as the same text.
// It returns how many numbers it compared.
func sameNumbers(t *testing.T, f *excelize.File, lo map[string][][]string) int {
	t.Helper()
	numbers := 0
	for sheet, recs := range lo {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, raw := range row {
				if raw == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				shown := ""
				if r < len(recs) && c < len(recs[r]) {
					shown = recs[r][c]
				}
				ct, _ := f.GetCellType(sheet, cell)
				if ct == excelize.CellTypeInlineString || ct == excelize.CellTypeSharedString || ct == excelize.CellTypeFormula {
					// Text (a formula's text result included) shows as itself.
					if want := strings.ReplaceAll(raw, "\r\n", "\n"); shown != want {
						t.Errorf("%s!%s: LibreOffice shows %q, the file holds text %q", sheet, cell, shown, want)
					}
					continue
				}
				if strings.Contains(numFmtOf(t, f, sheet, cell), "yy") {
					continue // a date, shown as a date
				}
				want, err := strconv.ParseFloat(raw, 64)
				if err != nil {
					continue
				}
				got, ok := parseShown(shown)
				if !ok || got != want {
					t.Errorf("%s!%s: LibreOffice shows %q, the file holds %v", sheet, cell, shown, want)
				}
				numbers++
			}
		}
	}
	return numbers
}

// TestLibreOffice opens the workbook in a real spreadsheet program and
// reads every sheet back: the numbers are the same, shown the Vietnamese
// way, and text that looks like a formula stays text.
func TestLibreOffice(t *testing.T) {
	docs := readFixture(t, "docs.jsonl")
	f, path := exportWorkbook(t, Options{}, docs)
	lo := libreOffice(t, path, f.GetSheetList())
	if n := sameNumbers(t, f, lo); n < 40 {
		t.Errorf("compared only %d numbers", n)
	}

	// The comparison, as an analyst sees it.
	cmp := lo["So sánh"]
	shown := func(label string, col int) string {
		for _, r := range cmp {
			if len(r) > col && r[0] == label {
				return r[col]
			}
		}
		t.Errorf("LibreOffice shows no row %q", label)
		return ""
	}
	for _, tc := range []struct{ label, want string }{
		{"Tổng số đảng viên", "4.105"},
		{"Tổng số đảng viên — giá trị khác (2)", "4.118"},
		{"Tổng số đảng viên — tăng/giảm", "-12"},
		{"Lượt người nghe", "> 15.240"},
		{"Kết nạp đảng viên mới — %", "92,5%"},
		{"Kết nạp đảng viên mới — chỉ tiêu", "300"},
	} {
		if got := shown(tc.label, 3); got != tc.want {
			t.Errorf("So sánh %q = %q, want %q", tc.label, got, tc.want)
		}
	}
	// The hostile article's texts are text, not formulas LibreOffice ran.
	hostile := docs[2]
	found := false
	for _, r := range lo["Số liệu"] {
		if len(r) > 16 && r[13] == hostile.Figures[0].Evidence && r[16] == strings.TrimSuffix(hostile.Title, "\u0007") {
			found = true
		}
	}
	if !found {
		t.Errorf("the =HYPERLINK( evidence and title did not come back as text")
	}
}

// TestLibreOfficeDevCorpus exports the dev corpus's gold annotations (when
// ../../shared is beside the repository) and checks in LibreOffice that
// every figure of the seed report appears on Số liệu and So sánh with its
// number and label, and that Kiểm tra holds 31 + 41 ≠ 73.
func TestLibreOfficeDevCorpus(t *testing.T) {
	docs := goldDocuments(t)
	f, path := exportWorkbook(t, Options{}, docs)
	lo := libreOffice(t, path, f.GetSheetList())
	t.Logf("%d numbers the same in LibreOffice", sameNumbers(t, f, lo))

	var seed *extract.Document
	for _, d := range docs {
		if d.Doc == "seed-lso-2014" {
			seed = d
		}
	}
	if seed == nil {
		t.Fatal("no seed-lso-2014 in the dev corpus")
	}
	wb := &workbook{lang: LangVI, lab: DefaultLabels(), tax: extract.DefaultTaxonomy(), cmp: newComparison(Options{Taxonomy: extract.DefaultTaxonomy()})}
	figs, cmp := lo["Số liệu"], lo["So sánh"]
	// The seed's column on So sánh.
	col := -1
	for c := range cmp[3] {
		if cmp[3][c] == seed.Province && cmp[4][c] == seed.Subject && cmp[5][c] == seed.Period {
			col = c
		}
	}
	if col < 0 {
		t.Fatal("no So sánh column for the seed's province, subject and period")
	}
	inFigures, inCompare := 0, 0
	for _, fig := range seed.Figures {
		m, _ := extract.DefaultTaxonomy().Lookup(fig.Metric)
		want := formatNumber(LangVI, fig.Value)
		if fig.Unit == extract.UnitPercent {
			want += "%"
		}
		// Số liệu: a row of the seed with this metric, label and value.
		ok := false
		for _, r := range figs {
			if len(r) > 8 && r[0] == seed.Doc && r[5] == fig.Metric && r[6] == m.VI && r[8] == want {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Số liệu lacks %s %s = %s", fig.Metric, m.VI, want)
		} else {
			inFigures++
		}
		// So sánh: the figure's row, or one of its "other value" rows.
		k := rowKey{metric: extract.DefaultTaxonomy().Index(fig.Metric), percent: fig.Unit == extract.UnitPercent, q: fig.Qualifiers}
		if fig.Modality != extract.Actual {
			k.modality = fig.Modality
		}
		label := wb.rowLabel(k)
		ok = false
		for _, r := range cmp {
			if len(r) > col && (r[0] == label || strings.HasPrefix(r[0], label+" — giá trị khác")) {
				if v, parsed := parseShown(r[col]); parsed && v == cellNumber(fig.Value, fig.Unit) {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("So sánh lacks %q = %s in the seed's column", label, want)
		} else {
			inCompare++
		}
	}
	t.Logf("%d of %d seed figures on Số liệu, %d on So sánh, as LibreOffice shows them", inFigures, len(seed.Figures), inCompare)
	ok := false
	for _, r := range lo["Kiểm tra"] {
		if len(r) > 9 && r[0] == seed.Doc && r[5] == "org.grassroots" && r[7] == "73" && strings.Contains(r[8], "= 31") && strings.Contains(r[8], "= 41") {
			ok = true
		}
	}
	if !ok {
		t.Error("Kiểm tra lacks the seed's 31 + 41 ≠ 73")
	}
}
