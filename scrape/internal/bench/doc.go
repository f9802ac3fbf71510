// Package bench compares solieu's article extraction with go-trafilatura
// on the saved pages of ../shared/corpus/html: pass rates side by side
// (TestCompare) and body extraction speed (BenchmarkExtract).
//
// It is a module of its own so that go-trafilatura and its dependencies
// stay out of solieu's go.mod. Run it from this folder:
//
//	go test -run Compare -v
//	go test -bench . -benchmem
package bench
