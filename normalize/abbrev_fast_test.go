package normalize

import (
	"fmt"
	"reflect"
	"testing"
)

// spellOf returns the expansions that spell finds in s, as "start:end=long".
func spellOf(e *Expander, s string, style ToneStyle, spell func(*Expander, string, ToneStyle, func(int, int, string))) []string {
	var out []string
	spell(e, s, style, func(start, end int, long string) {
		out = append(out, fmt.Sprintf("%d:%d=%s", start, end, long))
	})
	return out
}

// expanderLists are abbreviation lists that exercise the byte tests of
// spell: the default one, one with no test of eight bytes (three
// non-ASCII first bytes), one with a non-ASCII first byte only, and one
// with a lone first byte.
var expanderLists = map[string][]Abbrev{
	"default":     nil,
	"three high":  {{"ĐV", "đảng viên"}, {"Ủy", "uỷ"}, {"ƯB", "ưu binh"}, {"CB", "cán bộ"}},
	"high only":   {{"ĐV", "đảng viên"}, {"ĐB", "đại biểu"}},
	"lone byte":   {{"\xc4", "x"}, {"TW", "trung ương"}},
	"digits, dot": {{"3K", "ba không"}, {"TP.", "thành phố"}, {"~", "khoảng"}},
}

// TestSpellBytesRunes holds the byte scan of spell, with and without its
// test of eight bytes, to the rune walk spellRunes.
func TestSpellBytesRunes(t *testing.T) {
	texts := append(devTexts(t), pieces...)
	texts = append(texts, "ĐV", "\xc4", "x\xc4", " ĐVĐV ĐV. TP.HCM TP. 3K, (CB) ~5 ĐB ƯB Ủy ĐV")
	for name, list := range expanderLists {
		e := NewExpander(list)
		plain := *e
		plain.skip.ok = false
		for _, s := range texts {
			for _, style := range []ToneStyle{NewStyle, OldStyle} {
				want := spellOf(e, s, style, (*Expander).spellRunes)
				if got := spellOf(e, s, style, (*Expander).spell); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: spell(%.40q) = %q, spellRunes gives %q", name, s, got, want)
				}
				if got := spellOf(&plain, s, style, (*Expander).spell); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: spell without the byte test (%.40q) = %q, spellRunes gives %q", name, s, got, want)
				}
			}
		}
	}
}

// TestFirstBytesMask checks that the test of eight bytes lets every first
// byte through at every place.
func TestFirstBytesMask(t *testing.T) {
	for name, list := range expanderLists {
		e := NewExpander(list)
		if !e.skip.ok {
			continue
		}
		for c := range 256 {
			for k := range 8 {
				x := uint64(0x2020202020202020)&^(0xff<<(8*k)) | uint64(c)<<(8*k)
				hit := e.skip.mask(x)>>(8*k+7)&1 != 0
				if e.first[c] && !hit {
					t.Errorf("%s: first byte %#x at %d not let through", name, c, k)
				}
				if c < 0x80 && hit != (c >= int(e.skip.lo) && c <= int(e.skip.hi)) {
					t.Errorf("%s: ASCII byte %#x at %d: mask %v", name, c, k, hit)
				}
			}
		}
	}
}

// FuzzSpell holds spell to spellRunes on any text.
func FuzzSpell(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	lists := map[string]*Expander{}
	for name, list := range expanderLists {
		lists[name] = NewExpander(list)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, e := range lists {
			want := spellOf(e, s, NewStyle, (*Expander).spellRunes)
			if got := spellOf(e, s, NewStyle, (*Expander).spell); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: spell(%q) = %q, spellRunes gives %q", name, s, got, want)
			}
		}
	})
}
