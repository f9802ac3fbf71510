package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
)

// run runs solieu in-process with the given standard input.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err = m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func decodeLines(t *testing.T, s string) []extract.Document {
	t.Helper()
	var docs []extract.Document
	err := extract.ReadDocuments("stdout", strings.NewReader(s), func(d *extract.Document) error {
		docs = append(docs, *d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

const sample = "Thứ hai, 03/02/2025\nNăm 2024, Đảng bộ huyện kết nạp được 57 đảng viên mới, đạt 95% chỉ tiêu.\n"

// TestExtractBadInputs: every input gets its line, in order; the broken
// ones carry an error naming the file and the reason, on stderr too; the
// good one is extracted; the run succeeds because one document was read.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("a-good.txt", []byte(sample))
	bin := write("b-binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 0, 3})
	empty := write("c-empty.txt", nil)
	big := write("d-big.txt", bytes.Repeat([]byte("kết nạp 1 đảng viên. "), (2<<20)/26+10))
	missing := filepath.Join(dir, "e-missing.txt")
	unreadable := write("f-unreadable.txt", []byte(sample))
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "g-folder")
	os.Mkdir(sub, 0o755)
	os.WriteFile(filepath.Join(sub, "x.txt"), []byte(sample), 0o644)
	os.WriteFile(filepath.Join(sub, "notes.md"), []byte("not an article"), 0o644)

	out, stderr, err := run(t, "", "extract", "-max-size", "1", good, bin, empty, big, missing, unreadable, sub)
	if err != nil {
		t.Fatalf("extract failed: %v\n%s", err, stderr)
	}
	docs := decodeLines(t, out)
	want := []struct {
		doc, errPart string
	}{
		{"a-good", ""},
		{"b-binary", "binary"},
		{"c-empty", "empty file"},
		{"d-big", "larger than 1 MiB"},
		{"e-missing", "no such file"},
		{"f-unreadable", "permission denied"},
		{"x", ""},
	}
	if os.Geteuid() == 0 {
		// root reads a file whatever its mode.
		want[5].errPart = ""
	}
	if len(docs) != len(want) {
		t.Fatalf("got %d documents, want %d:\n%s", len(docs), len(want), out)
	}
	for i, w := range want {
		d := docs[i]
		if d.Doc != w.doc {
			t.Errorf("line %d: doc %q, want %q", i+1, d.Doc, w.doc)
		}
		if w.errPart == "" {
			if len(d.Errors) != 0 || len(d.Figures) == 0 {
				t.Errorf("%s: errors %v, %d figures; want figures and no error", d.Doc, d.Errors, len(d.Figures))
			}
			continue
		}
		if len(d.Errors) != 1 || !strings.Contains(d.Errors[0], w.errPart) || !strings.Contains(d.Errors[0], d.Source) {
			t.Errorf("%s: errors %v, want one naming %s and saying %q", d.Doc, d.Errors, d.Source, w.errPart)
		}
		if !strings.Contains(stderr, w.errPart) {
			t.Errorf("stderr does not report %q:\n%s", w.errPart, stderr)
		}
	}
}

func TestExtractNothingReadable(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "empty.txt")
	os.WriteFile(p, nil, 0o644)
	out, _, err := run(t, "", "extract", p)
	if err == nil || !strings.Contains(err.Error(), "no document could be read") {
		t.Fatalf("err = %v, want 'no document could be read'", err)
	}
	if docs := decodeLines(t, out); len(docs) != 1 || len(docs[0].Errors) != 1 {
		t.Fatalf("the unreadable document must still get its line: %q", out)
	}
}

func TestExtractStdinAndText(t *testing.T) {
	out, _, err := run(t, sample, "extract", "-with-text", "-")
	if err != nil {
		t.Fatal(err)
	}
	docs := decodeLines(t, out)
	if len(docs) != 1 || docs[0].Doc != "stdin" || docs[0].Text != sample {
		t.Fatalf("got %+v", docs)
	}
	d := docs[0]
	if d.Published != "2025-02-03" || d.Period != "2024" || len(d.Figures) != 2 {
		t.Errorf("published %q period %q figures %d; want 2025-02-03, 2024, 2", d.Published, d.Period, len(d.Figures))
	}
	for _, f := range d.Figures {
		if d.Text[f.Span[0]:f.Span[1]] != f.Evidence {
			t.Errorf("span %v does not hold %q", f.Span, f.Evidence)
		}
	}
}

// TestExtractOutputFile: -o writes the file whole, and a failing run
// leaves an earlier file as it was.
func TestExtractOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(sample), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	if _, _, err := run(t, "", "extract", "-o", out, in); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(out)
	var d extract.Document
	if err := json.Unmarshal(bytes.TrimSpace(first), &d); err != nil || d.Doc != "a" {
		t.Fatalf("bad output %q: %v", first, err)
	}
	bad := filepath.Join(dir, "rules.txt")
	os.WriteFile(bad, []byte("# mine\nmembers.nope: N dang vien\n"), 0o644)
	_, _, err := run(t, "", "extract", "-o", out, "-rules", bad, in)
	if err == nil || !strings.Contains(err.Error(), "rules.txt:2: unknown metric") {
		t.Fatalf("err = %v, want the rules file's line named", err)
	}
	if now, _ := os.ReadFile(out); !bytes.Equal(now, first) {
		t.Fatal("a failed run changed the earlier output")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.*"))
	if len(left) != 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestExtractUsage(t *testing.T) {
	_, stderr, err := run(t, "", "extract", "-h")
	if err == nil || !strings.Contains(stderr, "Examples:") || !strings.Contains(stderr, "solieu extract testdata/reports") {
		t.Fatalf("usage: err %v\n%s", err, stderr)
	}
}

func TestExplain(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte(sample), 0o644)
	out, _, err := run(t, "", "explain", p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"admission.new_members = 57 count", "Kết nạp đảng viên mới / New members admitted", "»kết nạp được 57 đảng viên mới«", "rule admission.new_members#"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

// TestSafeWork: a panic while one document is extracted becomes an error
// of that document (extract, explain and scrape all run Extract so).
func TestSafeWork(t *testing.T) {
	d := &extract.Document{Source: "a.txt", Figures: []extract.Figure{{Metric: "members.total"}}}
	safeWork(func(*extract.Document) { panic("boom") }, d)
	if len(d.Figures) != 0 || len(d.Errors) != 1 || !strings.Contains(d.Errors[0], "a.txt") || !strings.Contains(d.Errors[0], "boom") {
		t.Fatalf("after a panic: figures %v, errors %q", d.Figures, d.Errors)
	}
}
