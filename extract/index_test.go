package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestFeasible checks the sentence-wide rule filter against its
// definition: a rule is left when every phrase it needs can start at a
// word of the sentence (groupIndex.ok), on every sentence of the sample
// reports and the dev corpus.
func TestFeasible(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	gi := &x.rules.groups
	var files []string
	for _, pat := range []string{"../testdata/*/*.txt", "../../shared/corpus/dev/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	left, sents := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks := lex(normalize.New(string(b), normalize.Options{}).Norm, nil)
		sent := sentences(toks)
		start := 0
		for i := range toks {
			if i+1 < len(toks) && sent[i+1] == sent[i] {
				continue
			}
			sat := gi.sat(toks[start:i+1], nil)
			fe := gi.feasible(sat, nil)
			for k := range x.rules.list {
				if got, want := fe.has(int32(k)), gi.ok(k, sat); got != want {
					t.Fatalf("%s: sentence at token %d: rule %s feasible %v, needs met %v", f, start, x.rules.list[k].id, got, want)
				}
				if fe.has(int32(k)) {
					left++
				}
			}
			sents++
			start = i + 1
		}
	}
	if sents == 0 {
		t.Fatal("no sentences")
	}
	t.Logf("%d sentences, %.1f of %d rules left per sentence", sents, float64(left)/float64(sents), len(x.rules.list))
}
