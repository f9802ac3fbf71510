package normalize

import (
	"math/rand"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStableStarts checks what letterMarksEnd relies on: an NFC-stable
// rune of the Latin blocks starts a segment for
// norm.NFC.NextBoundaryInString, even right after combining marks. (Not
// every NFC-stable rune does: the Hangul compatibility jamo do not.)
func TestNFCStableStarts(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < extEnd; r++ {
		if r >= latinEnd && r < extStart || runeNeeds(r, utf8.RuneLen(r))&needNFC != 0 {
			continue
		}
		if s := "a\u0301\u0323" + string(r); norm.NFC.NextBoundaryInString(s, true) != 5 {
			t.Fatalf("%U is NFC-stable but no segment starts at it", r)
		}
	}
}

// TestLetterMarksEnd checks that the runs letterMarksEnd finds are the
// segments norm finds, for each letter of the table and what may follow.
func TestLetterMarksEnd(t *testing.T) {
	afters := []string{"", "a", " ", "\u00e0", "\u1ea1", "\u0301", "\u0345", "\xff", "\u0300\u0301", "\u1100", "\u0f73", "\u3099"}
	for seq := range letterMarksNFC() {
		for _, after := range afters {
			for _, before := range []string{"", "x", "\u0301"} {
				s := before + seq + after
				i := len(before)
				j := letterMarksEnd(s, i)
				if j == 0 {
					continue
				}
				if k := norm.NFC.NextBoundaryInString(s[i:], true); i+k != j {
					t.Fatalf("letterMarksEnd(%+q, %d) = %d, NextBoundary says %d", s, i, j, i+k)
				}
			}
		}
	}
}

// TestNFCQuickSpan checks nfcQuickSpan against norm.NFC.QuickSpanString.
func TestNFCQuickSpan(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	ins := []string{"", "a", "\u0301", "a\u3133\u0301", "\u3133\u0301", "\u00e0\u3133\u0300", "a\u0301", "\u00e0\u0301", "ab\u0301", "\u1100\u1161", "\xff", "a\xff"}
	for range 20000 {
		ins = append(ins, randomWideText(r, 1+r.Intn(8)))
	}
	for _, s := range ins {
		if got, want := nfcQuickSpan(s), norm.NFC.QuickSpanString(s); got != want {
			t.Fatalf("nfcQuickSpan(%+q) = %d, want %d", s, got, want)
		}
	}
}

// TestLetterMarksTable holds letterMarksLookup to the map letterMarksNFC
// for every letter and one or two marks that letterMarksEnd may find.
func TestLetterMarksTable(t *testing.T) {
	tab := letterMarksTable()
	var bases []rune
	for r := rune(0); r < 0x800; r++ {
		bases = append(bases, r)
	}
	n := 0
	for _, base := range bases {
		for _, m1 := range vietMarks {
			for _, m2 := range append([]rune{-1}, vietMarks...) {
				seq := string(base) + string(m1)
				if m2 >= 0 {
					seq += string(m2)
				}
				want, wok := letterMarksNFC()[seq]
				got, ok := letterMarksLookup(tab, seq)
				if got != want || ok != wok {
					t.Fatalf("letterMarksLookup(%+q) = %+q, %v; the map has %+q, %v", seq, got, ok, want, wok)
				}
				if ok {
					n++
				}
			}
		}
	}
	if n != len(letterMarksNFC()) {
		t.Fatalf("%d of the map's %d keys looked up", n, len(letterMarksNFC()))
	}
}
