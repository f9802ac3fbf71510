package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// exportFixture is the export package's own test input: four documents,
// one of them hostile.
const exportFixture = "../../export/testdata/docs.jsonl"

// runExport runs "solieu export args..." in-process with stdin.
func runExport(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err = m.Run(context.Background(), append([]string{"export"}, args...))
	return out.String(), errb.String(), err
}

func TestExportCommandWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.xlsx")
	_, stderr, err := runExport(t, "", "-o", path, exportFixture)
	if err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "4 documents, 19 figures, 1 check\n") {
		t.Errorf("stderr = %q, want the counts", stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Tổng hợp|So sánh|Số liệu|Kiểm tra|Tài liệu|Chỉ số" {
		t.Errorf("sheets = %s", got)
	}
	if v, _ := f.GetCellValue("Tổng hợp", "B7"); v != exportFixture {
		t.Errorf("summary names input %q, want %q", v, exportFixture)
	}
}

func TestExportCommandFlags(t *testing.T) {
	docs, err := os.ReadFile(exportFixture)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		check  func(t *testing.T, stdout string, dir string)
		errHas string
	}{
		{
			name:  "CSV on standard output from standard input",
			args:  []string{"-o", "-", "--format", "csv"},
			stdin: string(docs),
			check: func(t *testing.T, stdout, _ string) {
				if !strings.HasPrefix(stdout, "\uFEFFdoc,province,") || strings.Count(stdout, "\r\n") != 20 {
					t.Errorf("stdout = %.80q..., want a BOM, a header and 19 CRLF rows", stdout)
				}
			},
		},
		{
			name:  "JSON Lines filtered by period",
			args:  []string{"-o", "-", "--format", "jsonl", "--period", "2023-H1", "-"},
			stdin: string(docs),
			check: func(t *testing.T, stdout, _ string) {
				if n := strings.Count(stdout, "\n"); n != 1 || !strings.Contains(stdout, `"period":"2023-H1"`) {
					t.Errorf("stdout has %d lines, want the one 2023-H1 document:\n%s", n, stdout)
				}
			},
		},
		{
			name: "format from the extension, English",
			args: []string{"-o", "{dir}/figures.xlsx", "--lang", "en", "--by", "province", "--metrics", "members", exportFixture},
			check: func(t *testing.T, _ string, dir string) {
				f, err := excelize.OpenFile(filepath.Join(dir, "figures.xlsx"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if v, _ := f.GetCellValue("Comparison", "A1"); !strings.Contains(v, "by province") {
					t.Errorf("Comparison!A1 = %q", v)
				}
				rows, _ := f.GetRows("Figures")
				if len(rows) != 5 {
					t.Errorf("%d figure rows, want 4 members figures and a header", len(rows))
				}
			},
		},
		{name: "no output", args: []string{exportFixture}, errHas: "no output"},
		{name: "unknown extension", args: []string{"-o", "{dir}/r.txt", exportFixture}, errHas: "cannot tell the format of"},
		{name: "unknown format", args: []string{"-o", "-", "--format", "pdf"}, errHas: `export: unknown format "pdf"`},
		{name: "unknown grouping", args: []string{"-o", "-", "--by", "week"}, errHas: `unknown grouping "week"`},
		{name: "unknown language", args: []string{"-o", "-", "--lang", "fr"}, errHas: `unknown language "fr"`},
		{name: "unknown metric", args: []string{"-o", "-", "--metrics", "budget"}, errHas: `unknown metric "budget"`},
		{name: "missing input", args: []string{"-o", "{dir}/r.xlsx", "{dir}/nope.jsonl"}, errHas: "nope.jsonl: no such file"},
		{name: "bad line names file and line", args: []string{"-o", "{dir}/r.xlsx", "-"}, stdin: string(docs) + "{not json\n", errHas: "-:5: not a document"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			args := make([]string, len(tc.args))
			for i, a := range tc.args {
				args[i] = strings.ReplaceAll(a, "{dir}", dir)
			}
			stdout, stderr, err := runExport(t, tc.stdin, args...)
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Errorf("err = %v, want one containing %q", err, tc.errHas)
				}
				entries, _ := os.ReadDir(dir)
				if len(entries) != 0 {
					t.Errorf("a failed export left %d files behind", len(entries))
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v\n%s", err, stderr)
			}
			tc.check(t, stdout, dir)
		})
	}
}

// TestExportCommandKeepsEarlierFile fails an export half way: the workbook
// of an earlier run stays as it was.
func TestExportCommandKeepsEarlierFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.xlsx")
	if _, stderr, err := runExport(t, "", "-o", path, exportFixture); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	before, _ := os.ReadFile(path)
	docs, _ := os.ReadFile(exportFixture)
	if _, _, err := runExport(t, string(docs)+"{broken", "-o", path, "-"); err == nil {
		t.Fatal("export of a broken input succeeded")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the earlier workbook changed")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("%d files in the directory, want only the earlier workbook", len(entries))
	}
}

func TestExportCommandUsage(t *testing.T) {
	_, stderr, err := runExport(t, "", "-h")
	if !errors.Is(err, flag.ErrHelp) {
		t.Errorf("err = %v, want flag.ErrHelp", err)
	}
	for _, want := range []string{"Usage:", "-o FILE", "--lang en", "--by doc", "--metrics discipline,inspection", "Examples:", "solieu extract testdata/ | solieu export -o report.xlsx"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("usage lacks %q", want)
		}
	}
}

// TestExtractThenExport runs the main job in-process: a saved page whose
// title starts with "=HYPERLINK(" and whose byline starts with "@" goes
// through extract and export, and those texts stay text in the workbook.
func TestExtractThenExport(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "hostile.html")
	page := `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>=HYPERLINK("http://evil.example/","Tin nóng")</title>
<meta name="author" content="@admin">
<meta property="article:published_time" content="2015-01-20T08:00:00+07:00">
</head><body><article><h1>=HYPERLINK("http://evil.example/","Tin nóng")</h1>
<p>Năm 2014, Đảng bộ Khối các cơ quan tỉnh có 75 tổ chức cơ sở đảng, gồm 30 đảng bộ cơ sở
và 44 chi bộ cơ sở. Toàn Đảng bộ có 4.105 đảng viên.</p>
<p>Trong năm kết nạp được 276 đảng viên mới, đạt 92,5% kế hoạch.</p>
</article></body></html>
`
	if err := os.WriteFile(article, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	var jsonl, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &jsonl, Stderr: &errb}
	if err := m.Run(context.Background(), []string{"extract", "--with-text", article}); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	path := filepath.Join(dir, "report.xlsx")
	if _, stderr, err := runExport(t, jsonl.String(), "-o", path); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	found := 0
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		for r, row := range rows {
			for c, v := range row {
				if !strings.HasPrefix(v, "=HYPERLINK(") && !strings.HasPrefix(v, "@admin") {
					continue
				}
				found++
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s became a formula: %q", sheet, cell, formula)
				}
				if ct, _ := f.GetCellType(sheet, cell); ct != excelize.CellTypeInlineString && ct != excelize.CellTypeSharedString {
					t.Errorf("%s!%s = %q is not text (%v)", sheet, cell, v, ct)
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("neither the hostile title nor the byline reached the workbook; the test checks nothing")
	}
	// The figures arrived too, as numbers.
	rows, _ := f.GetRows("Số liệu", excelize.Options{RawCellValue: true})
	if len(rows) < 2 {
		t.Errorf("%d rows on Số liệu, want the figures of the page", len(rows))
	}
}

func TestCounted(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
		want string
	}{
		{"none", 0, "0 checks"},
		{"one", 1, "1 check"},
		{"several", 294, "294 checks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := counted(tc.n, "check"); got != tc.want {
				t.Errorf("counted(%d) = %q, want %q", tc.n, got, tc.want)
			}
		})
	}
}
