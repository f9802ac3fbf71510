package extract

import (
	"testing"
	"time"
)

// BenchmarkOrder times the mix of BenchmarkExtract document by document,
// with different work before each document, to tell what a new document
// costs beyond its instructions (the README's Measured section). Only the
// timed document's Extract is counted: its total over the mix is the
// metric ms/mix.
//
//   - rotating: the documents in turn, as BenchmarkExtract and a batch run
//     take them;
//   - warm: each document run once just before it is timed;
//   - warm-scrambled: as warm, then a loop of data-dependent branches over
//     16 KB, which retrains the branch predictors but evicts little;
//   - warm-other: as warm, then another document of the mix;
//   - flushed: 8 MB written before each document, which evicts the caches.
func BenchmarkOrder(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts, _ := stageTexts(b)
	rnd := make([]uint32, 4096)
	seed := uint32(1)
	for i := range rnd {
		seed = seed*1664525 + 1013904223
		rnd[i] = seed
	}
	sink := 0
	scramble := func() {
		acc := 0
		for r := 0; r < 200; r++ {
			for i, v := range rnd {
				if v>>(uint(i+r)&31)&1 == 1 {
					acc += i
				} else {
					acc -= r
				}
			}
		}
		sink += acc
	}
	flush := make([]byte, 8<<20)
	run := func(k int) { x.Extract(&Document{Text: texts[k]}) }
	orders := []struct {
		name   string
		before func(k int)
	}{
		{"rotating", func(int) {}},
		{"warm", run},
		{"warm-scrambled", func(k int) { run(k); scramble() }},
		{"warm-other", func(k int) { run(k); run((k + 7) % len(texts)) }},
		{"flushed", func(int) {
			for i := range flush {
				flush[i]++
			}
		}},
	}
	for _, o := range orders {
		b.Run(o.name, func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				for k := range texts {
					o.before(k)
					t0 := time.Now()
					run(k)
					total += time.Since(t0)
				}
			}
			b.ReportMetric(total.Seconds()*1e3/float64(b.N), "ms/mix")
		})
	}
	_ = sink
}
