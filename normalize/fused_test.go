package normalize

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"
)

// checkNormalize holds e.Normalize(s, opts), and e.NormalizeInto(buf, s,
// opts) with a buffer used for other texts before, to e.Expand(New(s,
// opts)): the same Norm and the same offset maps.
func checkNormalize(t *testing.T, name string, e *Expander, buf *Buffer, s string, opts Options) {
	t.Helper()
	want := e.Expand(New(s, opts))
	for _, into := range []bool{false, true} {
		got := e.Normalize(s, opts)
		if into {
			got = e.NormalizeInto(buf, s, opts)
		}
		if got.Norm != want.Norm {
			t.Fatalf("%s (into %v): Normalize(%.60q).Norm = %.80q, Expand(New) gives %.80q", name, into, s, got.Norm, want.Norm)
		}
		if got.Orig != s || !reflect.DeepEqual(got.opts, opts) || !reflect.DeepEqual(got.maps, want.maps) {
			t.Fatalf("%s (into %v): Normalize(%.60q) has other offset maps than Expand(New)", name, into, s)
		}
	}
}

// fusedLists are abbreviation lists for Normalize: those of spell, and
// ones that Normalize must not fuse (a marked vowel, a space).
var fusedLists = func() map[string][]Abbrev {
	m := map[string][]Abbrev{
		"marked": {{"Hoà", "hoà bình"}, {"ĐV", "đảng viên"}},
		"space":  {{"Đ V", "đảng viên"}},
		"empty":  {{"ĐV", ""}, {"TP", "TP"}},
	}
	for name, list := range expanderLists {
		m[name] = list
	}
	return m
}()

func TestNormalizeFused(t *testing.T) {
	texts := append(devTexts(t), pieces...)
	texts = append(texts, "ĐV\r\n  hoà ĐV.\u00a0–ĐV “ĐV” TP.HCM\tTP. Hoà Hoà  ", "Đ V  hoà", "\u2013ĐV—TW",
		"Đa\u0309ng vie\u0302n  ĐV\r\n", "hoa\u0300\u200b ĐV\u00ad, \xffĐV\u2028TW", "\u200bĐV–Hoà\u00a0 ",
		"a\u00a0 b", "a \u00a0b", "a\u00a0\u00a0b", "“a”\u00a0b", "“a” b\t", "a–\r\nb", "a– b", "a–  b", "a\u2028 b", "“a”\u2029\u2029")
	var buf Buffer
	for name, list := range fusedLists {
		e := NewExpander(list)
		if want := name != "marked" && name != "space" && name != "three high"; e.fuses != want {
			t.Errorf("%s: fuses = %v, want %v", name, e.fuses, want)
		}
		for _, s := range texts {
			for _, style := range []ToneStyle{NewStyle, OldStyle} {
				checkNormalize(t, name, e, &buf, s, Options{Tone: style})
			}
		}
	}
}

// FuzzNormalizeFused holds Normalize to Expand(New) on any text.
func FuzzNormalizeFused(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s, false)
	}
	lists := map[string]*Expander{}
	for name, list := range fusedLists {
		lists[name] = NewExpander(list)
	}
	var buf Buffer
	f.Fuzz(func(t *testing.T, s string, old bool) {
		opts := Options{}
		if old {
			opts.Tone = OldStyle
		}
		for name, e := range lists {
			checkNormalize(t, name, e, &buf, s, opts)
		}
	})
}

// TestNormalizeIntoAllocs checks that NormalizeInto, with a buffer used
// for the same texts before, allocates next to nothing: what is left is
// inside golang.org/x/text (the NFC of a segment, the properties of rare
// runes), a few times in the dev articles and pieces.
func TestNormalizeIntoAllocs(t *testing.T) {
	texts := append(devTexts(t), pieces...)
	e := NewExpander(nil) // the default abbreviations, which fuse
	var buf Buffer
	for _, s := range texts {
		e.NormalizeInto(&buf, s, Options{})
	}
	n := testing.AllocsPerRun(5, func() {
		for _, s := range texts {
			e.NormalizeInto(&buf, s, Options{})
		}
	})
	if n > float64(len(texts))/4 {
		t.Errorf("NormalizeInto allocates %v times on %d texts it has seen", n, len(texts))
	}
}

// TestMergeChanges holds mergeChanges to what normalizeOnce did before it:
// drop the changes that write what is there, then sort by start.
func TestMergeChanges(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	const base = "abcdefghijklmnopqrstuvwxyz0123456789"
	for range 20000 {
		// Three runs in order of start, of changes that may overlap
		// (mergeChanges does not look) and may start at one place.
		var runs [3][]change
		for p := range runs {
			at := 0
			for at < len(base) && r.Intn(4) != 0 {
				at += r.Intn(6)
				if at >= len(base) {
					break
				}
				end := at + r.Intn(min(3, len(base)-at)+1)
				repl := base[at:end]
				if r.Intn(3) != 0 {
					repl = "x"
				}
				runs[p] = append(runs[p], change{at, end, repl, uint8(p)})
				at += 1 + r.Intn(3)
			}
		}
		all := slices.Concat(runs[0], runs[1], runs[2])
		want := slices.DeleteFunc(slices.Clone(all), func(c change) bool { return c.repl == base[c.start:c.end] })
		slices.SortStableFunc(want, func(a, b change) int { return a.start - b.start })
		got, ok := mergeChanges(nil, runs[0], runs[1], runs[2], base)
		tie := false
		sorted := slices.SortedFunc(slices.Values(all), func(a, b change) int { return a.start - b.start })
		for k := 1; k < len(sorted); k++ {
			tie = tie || sorted[k].start == sorted[k-1].start
		}
		switch {
		case ok == tie:
			t.Fatalf("mergeChanges(%v) ok = %v, with starts in common %v", runs, ok, tie)
		case ok && !reflect.DeepEqual(got, want) && len(got)+len(want) > 0:
			t.Fatalf("mergeChanges(%v) = %v, want %v", runs, got, want)
		}
	}
}
