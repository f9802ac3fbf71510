package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/solieu/solieu/normalize"
)

// TestFeasible checks the per-sentence rule filter against its
// definition: a rule is left for a sentence exactly when every phrase it
// needs (rule.required) has a key in the sentence, a word or two words
// in a row; on every sentence of the sample reports and the dev corpus.
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
			have := map[reqKey]bool{}
			for j, tk := range toks[start : i+1] {
				have[reqKey{a: tk.id}] = true
				if start+j < i {
					have[reqKey{a: tk.id, b: toks[start+j+1].id}] = true
				}
			}
			got := gi.appendFeasible(nil, toks[start:i+1], &fw, nil, nil)
			for k, ru := range x.rules.rank {
				want := true
				for _, g := range ru.required {
					if !slices.ContainsFunc(g, func(k reqKey) bool { return have[k] }) {
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

// TestSentFilter checks that the sentence filter only saves work: every
// text of testdata and the dev corpus gives the same document with it as
// with every candidate rule tried at every number.
func TestSentFilter(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/*/*.txt")
	dev, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	figures := 0
	for _, f := range append(files, dev...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		filtered := &Document{Text: string(b)}
		x.Extract(filtered)
		noSentFilter = true
		all := &Document{Text: string(b)}
		x.Extract(all)
		noSentFilter = false
		if !reflect.DeepEqual(filtered, all) {
			t.Errorf("%s: with the filter\n%+v\nwithout\n%+v", f, filtered.Figures, all.Figures)
		}
		figures += len(all.Figures)
	}
	if figures == 0 {
		t.Fatal("no figures")
	}
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

// TestPhraseKey checks the key a phrase is looked for by in a sentence
// (phraseKey): a pair of its words in a row that is no frequent pair,
// else its rarest word.
func TestPhraseKey(t *testing.T) {
	id := func(w string) int32 { return wordIDs([]string{w})[0] }
	tests := []struct {
		name   string
		phrase string // in text order
		right  bool
		want   reqKey
	}{
		{"a rare pair with the rarest word", "moi dang vien", true, reqKey{id("moi"), id("dang")}},
		{"the same phrase left of the number", "moi dang vien", false, reqKey{id("moi"), id("dang")}},
		{"frequent pairs only: the rarest word", "dang vien", true, reqKey{a: id("vien")}},
		{"one word", "khai tru", true, reqKey{id("khai"), id("tru")}},
		{"punctuation is no rare word, nor in a pair", "can bo , dang vien", true, reqKey{a: id("can")}},
		{"no pair over a sentence end", ". ket", true, reqKey{a: id("ket")}},
		{"a single word", "khien", true, reqKey{a: id("khien")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := strings.Fields(tt.phrase)
			if !tt.right {
				slices.Reverse(w) // outward from the number
			}
			if got := phraseKey(w, wordIDs(w), tt.right); got != tt.want {
				t.Errorf("phraseKey(%q) = %v, want %v", tt.phrase, got, tt.want)
			}
		})
	}
}

// TestPairFilter checks that a pair key rules a sentence out where its
// words stand apart or the other way round, and leaves it where they
// stand in a row, for a phrase and for a run of one-word literals.
func TestPairFilter(t *testing.T) {
	for _, tt := range []struct {
		name string
		rule string
		text string
		want bool
	}{
		{"a phrase in a row", "(moi dang vien|moi dong chi) ~3 N", "Mỗi đảng viên có 2 nhiệm vụ.", true},
		{"a phrase apart", "(moi dang vien|moi dong chi) ~3 N", "Kết nạp đảng viên mới 12 người.", false},
		{"a phrase the other way round", "(moi dang vien|moi dong chi) ~3 N", "Đảng mỗi năm có 3 đợt.", false},
		{"a run in a row", "moi dang ~3 N", "Mỗi đảng viên có 2 nhiệm vụ.", true},
		{"a run apart", "moi dang ~3 N", "Đảng bộ mới có 12 đảng viên.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRules("test", strings.NewReader("members.total: "+tt.rule+"\n"), nil)
			if err != nil {
				t.Fatal(err)
			}
			toks := lex(normalize.New(tt.text, normalize.Options{}).Norm, nil)
			var fw feasWork
			got := r.groups.appendFeasible(nil, toks, &fw, nil, nil).has(0)
			if got != tt.want {
				t.Errorf("%q: rule left %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestLeftOK checks the test of a rule's left phrases against the groups
// before a number: a sentence that holds them only after the number
// leaves the rule, but not at that number.
func TestLeftOK(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want bool
	}{
		{"before the number", "Chi bộ kết nạp 12 đảng viên.", true},
		{"after the number only", "Có 12 đảng viên được kết nạp.", false},
		{"a pair before the number", "Mỗi đảng viên có 3 nhiệm vụ.", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRules("test", strings.NewReader("admission.new_members: (ket nap|moi dang vien) ~4 N\n"), nil)
			if err != nil {
				t.Fatal(err)
			}
			toks := lex(normalize.New(tt.text, normalize.Options{}).Norm, nil)
			var fw feasWork
			var sides []uint64
			at := make([]int32, len(toks))
			if !r.groups.appendFeasible(nil, toks, &fw, &sides, at).has(0) {
				t.Fatalf("%q: the sentence does not leave the rule", tt.text)
			}
			num := slices.IndexFunc(toks, func(tk token) bool { return tk.kind == tokNum })
			before := sides[at[num] : int(at[num])+r.groups.width+1]
			if got := leftOK(before, &r.groups.leftNeed[0]); got != tt.want {
				t.Errorf("%q: leftOK = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
