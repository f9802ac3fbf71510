package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestFeasible checks the rule filters against their definition: a rule
// is left when every phrase it needs can start at a word of the sentence
// (groupIndex.ok). The one-word mask never rules out such a rule, and the
// unkeyed rules left for a sentence are exactly those; on every sentence
// of the sample reports and the dev corpus.
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
			sat := gi.appendSat(nil, toks[start:i+1])
			sat64 := fold64(sat)
			unk := x.rules.appendUnkeyed(nil, sat, sat64)
			for k := range x.rules.rank {
				ok := gi.ok(k, sat)
				if ok && gi.mask[k]&^sat64 != 0 {
					t.Fatalf("%s: sentence at token %d: rule %s has its needs met but fails the mask", f, start, x.rules.rank[k].id)
				}
				if got, want := unk.has(int32(k)), ok && x.rules.always.has(int32(k)); got != want {
					t.Fatalf("%s: sentence at token %d: rule %s left %v, want %v", f, start, x.rules.rank[k].id, got, want)
				}
				if ok {
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
