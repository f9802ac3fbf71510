package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalHTML(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bai.html"), []byte(webPage), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"file": "bai.html", "url": "", "title": "Kết nạp 120 đảng viên mới", "published": "2022-08-12T08:15",
"author": "HẢI YẾN", "body_must_contain": ["35 cuộc kiểm tra đối với tổ chức đảng và đảng viên.", "chưa có trong bài"],
"body_must_not_contain": ["Tin liên quan một", "Bản quyền thuộc Báo Lạng Sơn"]}`
	if err := os.WriteFile(filepath.Join(dir, "bai.gold.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	m := &Main{Stdout: &out, Stderr: &out}
	if err := (&EvalHTMLCommand{Main: m}).Run(context.Background(), []string{"-v", dir}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`missing   "chưa có trong bài"`,
		"1 pages: must-contain 50.0% (1/2), must-not-contain 100.0% (2/2), title 100.0%, date 100.0%, author 100.0%",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalHTMLCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "html")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no corpus at %s", dir)
	}
	var out bytes.Buffer
	if err := (&EvalHTMLCommand{Main: &Main{Stdout: &out, Stderr: &out}}).Run(context.Background(), []string{dir}); err != nil {
		t.Fatal(err)
	}
	t.Log(strings.TrimSpace(out.String()))
}

// TestEvalHTMLGeneric checks that --generic leaves the site profiles out:
// a page whose address names a profiled site is reported under that
// profile, and under "generic" with the flag.
func TestEvalHTMLGeneric(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bai.html"), []byte(webPage), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"file": "bai.html", "url": "https://vnexpress.net/ket-nap-dang-vien-123.html", "title": "x",
"body_must_contain": ["chưa có trong bài"]}`
	if err := os.WriteFile(filepath.Join(dir, "bai.gold.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"profiles", []string{"-v", dir}, "bai (vnexpress):"},
		{"generic", []string{"-v", "--generic", dir}, "bai (generic):"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := (&EvalHTMLCommand{Main: &Main{Stdout: &out, Stderr: &out}}).Run(context.Background(), c.args); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), c.want) {
				t.Errorf("output lacks %q:\n%s", c.want, out.String())
			}
		})
	}
}
