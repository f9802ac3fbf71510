package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// BenchSets names the folders of the benchmarks' mix: the dev corpus and
// the sample sets the throughput has been measured on since they were
// written. The sample sets written later (heldout6 on) are tested, not
// timed, so that one session's MB/s compares with another's. (Declared
// in a test file, for this package's external tests too.)
var BenchSets = map[string]bool{"dev": true, "reports": true, "heldout": true, "heldout2": true, "heldout3": true, "heldout4": true, "heldout5": true}

// sampleFiles returns the files BenchmarkExtract reads: the dev articles
// and the sample reports of BenchSets.
func sampleFiles(tb testing.TB) []string {
	tb.Helper()
	var files []string
	for _, pat := range []string{"../testdata/*/*.txt", "../../shared/corpus/dev/*.txt"} {
		m, _ := filepath.Glob(pat)
		for _, f := range m {
			if BenchSets[filepath.Base(filepath.Dir(f))] {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		tb.Skip("no sample reports")
	}
	return files
}

// stageTexts returns the texts of sampleFiles and their total size.
func stageTexts(tb testing.TB) ([]string, int) {
	tb.Helper()
	files := sampleFiles(tb)
	var out []string
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
		n += len(b)
	}
	return out, n
}

// BenchmarkStages splits BenchmarkExtract's time by stage, each over the
// whole mix (MB/s of original text): normalization with the abbreviations
// (Normalize, into a reused buffer as Extract does it), numbers, the
// tokenizer (numbers included), and Extract without the document fields
// (they are preset, so fillMeta has nothing to do).
func BenchmarkStages(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts, n := stageTexts(b)
	var expanded []*normalize.Text
	for _, t := range texts {
		expanded = append(expanded, x.exp.Normalize(t, normalize.Options{}))
	}
	run := func(name string, f func()) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				f()
			}
		})
	}
	var buf normalize.Buffer
	run("Normalize", func() {
		for _, t := range texts {
			x.exp.NormalizeInto(&buf, t, normalize.Options{})
		}
	})
	run("Numbers", func() {
		for _, t := range expanded {
			normalize.Numbers(t.Norm)
		}
	})
	var lx lexer
	var toks []token
	run("lex", func() {
		for _, t := range expanded {
			toks = lx.lex(t.Norm, toks[:0])
			lx.reset()
		}
	})
	run("Extract-no-fields", func() {
		for _, t := range texts {
			x.Extract(&Document{Text: t, Published: "-", Period: "-", Province: "-", Subject: "-"})
		}
	})
}
