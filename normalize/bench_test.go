package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// benchText is a ~20 KB report-style text of our own (testdata/bench.txt):
// both tone styles, no-break spaces, CR LF, quotes and dashes.
func benchText(b *testing.B) string {
	data, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// devCorpusDir holds the real articles of the shared corpus; benchmarks
// and tests on it skip when it is absent.
const devCorpusDir = "../../shared/corpus/dev"

// devTexts returns the dev articles (*.txt), sorted by name, or nil.
func devTexts(tb testing.TB) []string {
	dir := os.Getenv("SOLIEU_DEV_CORPUS")
	if dir == "" {
		dir = devCorpusDir
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

// corpusText is the dev articles concatenated, one blank line apart.
func corpusText(b *testing.B) string {
	texts := devTexts(b)
	if len(texts) == 0 {
		b.Skip("no dev corpus at " + devCorpusDir)
	}
	return strings.Join(texts, "\n\n")
}

// sampleReportDirs hold the project's own sample reports (../testdata),
// which the extractor's throughput is measured on with the dev articles.
var sampleReportDirs = []string{"../testdata/reports", "../testdata/heldout"}

// allText is the dev articles and the sample reports concatenated, one
// blank line apart: the input of the extractor's throughput figure.
func allText(b *testing.B) string {
	texts := devTexts(b)
	if len(texts) == 0 {
		b.Skip("no dev corpus at " + devCorpusDir)
	}
	for _, dir := range sampleReportDirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	return strings.Join(texts, "\n\n")
}

// inputs are the benchmark texts by name.
var inputs = []struct {
	name string
	text func(*testing.B) string
}{
	{"bench", benchText},
	{"corpus", corpusText},
	{"all", allText},
}

func BenchmarkNew(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			s := in.text(b)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				New(s, Options{})
			}
		})
	}
}

func BenchmarkChain(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		transform.String(Chain(Options{}), s)
	}
}

func BenchmarkNumbers(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			s := String(in.text(b), Options{})
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Numbers(s)
			}
		})
	}
}

func BenchmarkExpand(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			t := New(in.text(b), Options{})
			e := NewExpander(nil)
			b.SetBytes(int64(len(t.Orig)))
			b.ReportAllocs()
			for b.Loop() {
				e.Expand(t)
			}
		})
	}
}

// BenchmarkFoldWords folds every word of the text, one call a word, as
// the extractor does.
func BenchmarkFoldWords(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			s := String(in.text(b), Options{})
			words := strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) })
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				for _, w := range words {
					Fold(w)
				}
			}
		})
	}
}

// BenchmarkFold folds the whole text in one call.
func BenchmarkFold(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			s := String(in.text(b), Options{})
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				Fold(s)
			}
		})
	}
}

// BenchmarkPipeline runs what the extractor runs per document: New,
// Expand, Numbers on the expanded Norm and Fold on every word.
func BenchmarkPipeline(b *testing.B) {
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			s := in.text(b)
			e := NewExpander(nil)
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				t := e.Expand(New(s, Options{}))
				Numbers(t.Norm)
				for _, w := range strings.FieldsFunc(t.Norm, func(r rune) bool { return !isWordRune(r) }) {
					Fold(w)
				}
			}
		})
	}
}

func BenchmarkDecodeTCVN3(b *testing.B) {
	enc, err := encodeLegacy(String(benchText(b), Options{}), TCVN3)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	for b.Loop() {
		Decode(enc)
	}
}

// allDocs are the dev articles and the sample reports, one string a
// document, as the extractor sees them.
func allDocs(b *testing.B) []string {
	docs := devTexts(b)
	if len(docs) == 0 {
		b.Skip("no dev corpus at " + devCorpusDir)
	}
	for _, dir := range sampleReportDirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(data))
		}
	}
	return docs
}

// BenchmarkDocs runs each stage of the extractor's front half one
// document at a time over allDocs (about 131 KB), as Extract does: a
// look-alike in one document costs only that document a slower New.
// NewExpand is Expand(New), which Normalize does in one go. Pipeline is
// New, Expand, Numbers on the expanded Norm and Fold on
// every word.
func BenchmarkDocs(b *testing.B) {
	docs := allDocs(b)
	size := 0
	e := NewExpander(nil)
	var texts, expanded []*Text
	for _, d := range docs {
		size += len(d)
		t := New(d, Options{})
		texts = append(texts, t)
		expanded = append(expanded, e.Expand(t))
	}
	isSep := func(r rune) bool { return !isWordRune(r) }
	var foldBuf []byte
	stages := []struct {
		name string
		run  func(i int)
	}{
		{"New", func(i int) { New(docs[i], Options{}) }},
		{"Expand", func(i int) { e.Expand(texts[i]) }},
		{"NewExpand", func(i int) { e.Expand(New(docs[i], Options{})) }},
		{"Normalize", func(i int) { e.Normalize(docs[i], Options{}) }},
		{"Numbers", func(i int) { Numbers(expanded[i].Norm) }},
		{"FoldWords", func(i int) {
			for _, w := range strings.FieldsFunc(expanded[i].Norm, isSep) {
				Fold(w)
			}
		}},
		{"AppendFoldWords", func(i int) {
			s := expanded[i].Norm
			buf := foldBuf[:0]
			for j := 0; j < len(s); {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r) {
					j += size
					continue
				}
				k := j + size
				for k < len(s) {
					r, size := utf8.DecodeRuneInString(s[k:])
					if !isWordRune(r) {
						break
					}
					k += size
				}
				buf = AppendFold(buf[:0], s[j:k])
				j = k
			}
			foldBuf = buf
		}},
		{"Pipeline", func(i int) {
			t := e.Expand(New(docs[i], Options{}))
			Numbers(t.Norm)
			for _, w := range strings.FieldsFunc(t.Norm, isSep) {
				Fold(w)
			}
		}},
		{"NewExpandNumbers", func(i int) { Numbers(e.Expand(New(docs[i], Options{})).Norm) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for i := range docs {
					st.run(i)
				}
			}
		})
	}
}
