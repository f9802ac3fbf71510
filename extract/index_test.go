package extract

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestFeasible checks the per-sentence rule filter against its
// definition: a rule is left for a sentence exactly when every phrase it
// needs (rule.required) has a word in the sentence; on every sentence of
// the sample reports and the dev corpus.
func TestFeasible(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	gi := &x.rules.groups
	files := sampleFiles(t)
	var fw feasWork
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
			have := map[int32]bool{}
			for _, tk := range toks[start : i+1] {
				have[tk.id] = true
			}
			got := gi.appendFeasible(nil, toks[start:i+1], &fw)
			for k, ru := range x.rules.rank {
				want := true
				for _, g := range ru.required {
					if !slices.ContainsFunc(g, func(id int32) bool { return have[id] }) {
						want = false
					}
				}
				if got.has(int32(k)) != want {
					t.Fatalf("%s: sentence at token %d: rule %s left %v, want %v", f, start, ru.id, got.has(int32(k)), want)
				}
				if want {
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

// TestCellMemo checks that reading a table's cells with the rule found
// once per column (tableCell's memo) gives every document what reading
// each cell afresh gives, on the sample reports and the dev corpus, some
// of which hold tables.
func TestCellMemo(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	tables := 0
	for _, f := range sampleFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		memo := &Document{Text: string(b)}
		x.Extract(memo)
		noCellMemo = true
		fresh := &Document{Text: string(b)}
		x.Extract(fresh)
		noCellMemo = false
		if !reflect.DeepEqual(memo, fresh) {
			t.Errorf("%s: with the memo\n%+v\nwithout\n%+v", f, memo.Figures, fresh.Figures)
		}
		if strings.Count(memo.Text, "|") > 4 {
			tables++
		}
	}
	if tables == 0 {
		t.Fatal("no sample holds a table")
	}
}

// TestSubPassNoAlloc checks that reading a label, which runs the rules
// in sub-passes, allocates nothing once its buffers are grown: a pointer
// into a pass once moved every sub-pass to the heap, a fifth more memory
// a run and a tenth of its time.
func TestSubPassNoAlloc(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := buildPass(x, &Document{Text: "Kết quả năm 2024:\n- Kết nạp đảng viên mới: 42 đồng chí;\n"})
	at := -1
	for i := range p.toks {
		if p.toks[i].kind == tokNum && p.toks[i].value == 42 {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no 42 among the tokens")
	}
	if _, ok := p.labelValue(at); !ok {
		t.Fatal("the label was not read")
	}
	if n := testing.AllocsPerRun(20, func() { p.labelValue(at) }); n != 0 {
		t.Errorf("labelValue allocates %v times a call, want 0", n)
	}
}
