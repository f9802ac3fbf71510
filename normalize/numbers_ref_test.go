package normalize

import (
	"strings"
	"unicode/utf8"
)

// tokenizeRef and wordRestRef are tokenize and wordRest as they were
// before the word loop went branch-light (commit 853d74c), reading runes
// with classAtSlow, which is the classAt of then unchanged;
// lookupUpperNumberWordRef is lookupUpperNumberWord before
// its prefilter (commit cb9b399), and lookupNumberWordRef is
// lookupNumberWord before its perfect hash of packed words, kept as they
// were (with the helpers that changed since: numberWordInitials,
// numberWordSlotsRef): TestTokenizeMatchesRef,
// TestTokenizeBytes, FuzzTokenize, TestUpperNumberWords,
// FuzzUpperNumberWord, TestLookupNumberWord and FuzzLookupNumberWord
// hold the new ones to them.
func tokenizeRef(s string, ts *tokens) {
	ts.s = s
	toks := ts.toks[:0]
	if cap(toks) == 0 {
		toks = make([]Token, 0, len(s)/5+1)
	}
	// Only toks lives in registers in the loop: the other slices grow
	// seldom and are appended to in place.
	ts.nums, ts.numAt, ts.cands = ts.nums[:0], ts.numAt[:0], ts.cands[:0]
	bits := uint8(tokNL) // tokSpace and tokNL of the next token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			bits |= tokSpace
			i++
			continue
		case c == '\n' || c == '\r':
			bits |= tokNL
			i++
			continue
		case '0' <= c && c <= '9':
			n := scanDigits(s, i)
			ts.numAt = append(ts.numAt, len(toks))
			ts.cands = append(ts.cands, len(toks))
			toks = append(toks, Token{kind: tNum, start: n.Start, end: n.End, bits: bits, num: int32(len(ts.nums))})
			ts.nums = append(ts.nums, n)
			i = n.End
		default:
			k, size := letterClass[c&0x7f], 1 // c&0x7f: in bounds; used for ASCII only
			if c >= utf8.RuneSelf {
				k, size = classAtSlow(s, i)
			}
			if k&cWord == 0 {
				toks = append(toks, Token{kind: tPunct, start: i, end: i + size, bits: bits})
				i += size
				break
			}
			first := k
			j, kw := wordRestRef(s, i+size)
			k |= kw
			w := s[i:j]
			t := Token{kind: tWord, start: i, end: j, bits: bits}
			if first&cUpper != 0 {
				t.bits |= tokUpper
			}
			if k&cUpper == 0 {
				if mayBeNumberWord(w) {
					t.nw = lookupNumberWordRef(w)
				}
			} else {
				t.bits |= tokCased
				t.num = -1 // lowered when a rule looks at it
				t.nw = lookupUpperNumberWordRef(w)
			}
			if t.nw != 0 {
				ts.cands = append(ts.cands, len(toks))
			}
			toks = append(toks, t)
			i = j
			if i+1 < len(s) && s[i] == ' ' && tokStart[s[i+1]] {
				// One space between two tokens, the common case: the
				// next token's bits without a turn of the loop.
				bits = tokSpace
				i++
				continue
			}
		}
		bits = 0
	}
	ts.toks = toks
	nums, numAt := ts.nums, ts.numAt
	// Codes: digits stuck to a letter, or to a separator and a letter.
	for _, k := range numAt {
		t := &toks[k]
		num := &nums[t.num]
		if num.Kind == Date || num.Kind == Time {
			continue
		}
		if stuckToCode(s, t.start, t.end) {
			num.Kind = Code
		}
	}
	// Day-month dates need a cue before them.
	for _, k := range numAt {
		t := &toks[k]
		num := &nums[t.num]
		if !(num.Kind == Ratio || num.Kind == Range) || !num.dayMonth() {
			if num.Kind != Plain || !isDotDayMonth(s[t.start:t.end]) {
				continue
			}
		}
		if defaultNumberRules().hasCue(ts, k, Date) {
			num.Kind, num.Denominator, num.To, num.HasAlt, num.Alt = Date, 0, 0, false, 0
			if day, _, ok := strings.Cut(s[t.start:t.end], "."); ok && num.Kind == Date {
				num.Value = float64(atoi(day))
			}
		}
	}
}

// wordRestRef is the old wordRest (see tokenizeRef).
func wordRestRef(s string, i int) (int, uint8) {
	var k uint8
	for i < len(s) {
		c := s[i]
		var kc uint8
		size := 1
		switch {
		case c < utf8.RuneSelf:
			kc = letterClass[c]
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			kc, size = letterClass[uint32(c&0x1f)<<6|uint32(s[i+1]&0x3f)], 2 // below 0x800
		case c == 0xe1 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			kc, size = letterClass[(0x1000|uint32(s[i+1]&0x3f)<<6|uint32(s[i+2]&0x3f))&(0x2000-1)], 3 // below 0x2000
		default:
			kc, size = classAtSlow(s, i)
		}
		if kc&cWord == 0 {
			break
		}
		k |= kc
		i += size
	}
	return i, k
}

// lookupUpperNumberWordRef is the old lookupUpperNumberWord (see
// tokenizeRef).
func lookupUpperNumberWordRef(w string) uint8 {
	if len(w) > 24 {
		return 0 // its lower case is longer than 7 bytes
	}
	if c := w[0]; c < utf8.RuneSelf && !numberWordInitials[c|0x20] {
		return 0 // an ASCII letter lowers to ASCII: no number word starts so
	} else if c >= utf8.RuneSelf {
		// A first rune that lowers rune by rune (lowerQuick) to a
		// non-ASCII one starts Lower(w) with that rune, which NFC keeps
		// or composes with what follows into another non-ASCII rune:
		// every number word starts with an ASCII letter ("Đ" is no
		// start).
		if r, _ := utf8.DecodeRuneInString(w); lowerQuick(r) >= utf8.RuneSelf {
			return 0
		}
	}
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		l := lowerQuick(r)
		if l < 0 {
			return lookupNumberWordRef(Lower(w))
		}
		b = utf8.AppendRune(b, l)
	}
	return lookupNumberWordRef(string(b)) // no copy: the string does not escape
}

// numberWordInitials are the first bytes of the number words, as
// lookupUpperNumberWordRef reads them.
var numberWordInitials = func() (t [utf8.RuneSelf]bool) {
	for _, e := range numberWordList[1:] {
		t[e.word[0]] = true
	}
	return t
}()

// lookupNumberWordRef is the old lookupNumberWord (see tokenizeRef).
func lookupNumberWordRef(w string) uint8 {
	if !mayBeNumberWord(w) {
		return 0
	}
	for h := numberWordHashRef(w); ; h = (h + 1) % numberWordSlotCountRef {
		e := &numberWordSlotsRef[h]
		if e.word == w || e.word == "" {
			return e.index
		}
	}
}

func numberWordHashRef(w string) uint {
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[1])*7 + uint(w[len(w)-1])) % numberWordSlotCountRef
}

const numberWordSlotCountRef = 128

// numberWordSlotsRef is the open-addressed table of numberWordList of
// lookupNumberWordRef.
var numberWordSlotsRef = func() (t [numberWordSlotCountRef]struct {
	word  string
	index uint8
}) {
	for k, e := range numberWordList[1:] {
		h := numberWordHashRef(e.word)
		for t[h].word != "" {
			h = (h + 1) % numberWordSlotCountRef
		}
		t[h].word, t[h].index = e.word, uint8(k+1)
	}
	return t
}()
