package normalize

import (
	"os"
	"testing"

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

func BenchmarkNew(b *testing.B) {
	s := benchText(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		New(s, Options{})
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
	s := String(benchText(b), Options{})
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Numbers(s)
	}
}

func BenchmarkExpand(b *testing.B) {
	t := New(benchText(b), Options{})
	e := NewExpander(nil)
	b.SetBytes(int64(len(t.Orig)))
	b.ReportAllocs()
	for b.Loop() {
		e.Expand(t)
	}
}

func BenchmarkFold(b *testing.B) {
	s := String(benchText(b), Options{})
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
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
