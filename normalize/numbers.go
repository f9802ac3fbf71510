package normalize

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind says what a Number is when it is not a plain quantity.
type Kind string

// The kinds of Number. Numbers returns all of them; which ones count as
// figures is the extractor's decision.
const (
	// Plain is a quantity: "288", "35,34", "hai mươi mốt", "1,5 nghìn".
	Plain Kind = ""
	// Date is a day and month, with or without a year, or a month and
	// year: "14/5/2011", "30.6.2022", "6/2022", "2023-12", and "30-6",
	// "5/9" or "1.11" after a date cue ("ngày 30-6", "đến 5/9"). Value is the first part, the whole
	// date is the span.
	Date Kind = "date"
	// Ratio is "a/b" that is not a date: "12/14" (Value 12, Denominator 14).
	Ratio Kind = "ratio"
	// Range is "a-b" that is not a date: "5-7" (Value 5, To 7).
	Range Kind = "range"
	// Year is a four-digit whole number after a year cue ("năm 2014"), or a
	// range of two years ("2020-2025": Value 2020, To 2025).
	Year Kind = "year"
	// Code is a number that is part of a document or other code:
	// "03-CT/TW", "29-QĐ/TW", "12/NQ-TU", "COVID-19", "H5N1", "5G".
	// Value is the first number; the span covers the digits and
	// separators of the code, not its letters.
	Code Kind = "code"
	// Ordinal is a number after an ordinal or label cue: "lần thứ 5",
	// "thứ hai", "Điều 30", "Trung ương 4", "quận 3".
	Ordinal Kind = "ordinal"
	// Time is a clock time: "8h30", "14:00", "8h". Value is the hour.
	Time Kind = "time"
)

// Number is one number found in a text.
type Number struct {
	// Start and End are the byte offsets of the number in the string
	// searched: its digits or words only, without a sign or a '%'.
	Start, End int
	// Value is the number read the Vietnamese way: '.' groups thousands and
	// ',' marks decimals ("3.912" = 3912, "20,9" = 20.9), a space may group
	// thousands ("3 912" = 3912), English "1,200,000" and "1,200.5" are read
	// when unambiguous, multiplier words count ("1,5 nghìn" = 1500,
	// "2 triệu" = 2e6) and so do number words ("hai mươi mốt" = 21, "một
	// trăm linh năm" = 105, "mười lăm" = 15, "hai mươi tư" = 24, "một
	// nghìn rưỡi" = 1500).
	Value float64
	// Alt is the other reading when the separator is ambiguous, and HasAlt
	// says there is one. Exactly two cases are ambiguous, a single
	// separator followed by exactly three digits after a group of one to
	// three digits not starting with 0:
	//   "1.200" → Value 1200 (thousands), Alt 1.2 (English decimal);
	//   "1,200" → Value 1.2 (Vietnamese decimal), Alt 1200 (English thousands).
	// Not ambiguous: "35.34" (35.34), "20,9" (20.9), "0,500" (0.5),
	// "1.200.000", "1,200,000", "3.912,5", "1,200.5"; nor is a number
	// followed by a multiplier word ("1,500 nghìn" is 1500, no Alt).
	Alt    float64
	HasAlt bool
	// Percent says the number is followed by "%" or "phần trăm";
	// PercentEnd is then the end of the sign or the words, and End
	// otherwise.
	Percent    bool
	PercentEnd int
	// Words says the number is written, at least partly, in words.
	Words bool
	// Kind says what the number is when it is not a plain quantity.
	Kind Kind
	// Denominator is b of a Ratio a/b.
	Denominator float64
	// To is the end of a Range or of a range of years.
	To float64
}

//go:embed data/numbers.txt
var numbersTxt string

// NumberRules are the context rules of Numbers: where a number word does not
// count, and which words before a number give its Kind. The zero value has
// no rules; DefaultNumberRules has the embedded ones (data/numbers.txt).
type NumberRules struct {
	not  []notRule
	cues []cueRule

	// The rules by the word a token must be for them to match (see
	// index): most tokens are no number word and stand before no cue
	// word, so Numbers tries a handful of rules instead of all.
	notByWord map[string][]int // not rules by their number word
	cueByLast map[string][]int // cues by their last word, in rule order
	cueAll    []int            // every cue, when one ends in a pattern (<num>, <word>, <end>)
	cueLasts  [16]uint64       // a bit for each last word of the cues by cueLastBit
}

type notRule struct {
	before []string // words before the number word, in text order
	word   string   // the number word
	after  []string // words after it
}

type cueRule struct {
	kind  Kind
	words []string
}

var defaultNumberRules = sync.OnceValue(func() *NumberRules {
	r, err := ParseNumberRules("data/numbers.txt", strings.NewReader(numbersTxt))
	if err != nil {
		panic(err)
	}
	return r
})

// DefaultNumberRules returns the embedded rules (data/numbers.txt).
func DefaultNumberRules() *NumberRules { return defaultNumberRules() }

// ParseNumberRules reads number rules in the format of data/numbers.txt:
//
//	not WORDS       a number word in brackets that does not count next to
//	                the other words; <num> stands for digits, <word> for a
//	                number word, <end> for punctuation, a line end or the
//	                end of the text ("not trong [năm]")
//	cue KIND WORDS  a number after WORDS is a date, ordinal or year
//
// '#' starts a comment. Errors name the line (name:12: ...) and wrap
// ErrSyntax.
func ParseNumberRules(name string, r io.Reader) (*NumberRules, error) {
	rules := &NumberRules{}
	seen := map[string]int{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text, _, _ := strings.Cut(sc.Text(), "#")
		f := strings.Fields(Lower(String(text, Options{})))
		if len(f) == 0 {
			continue
		}
		bad := func(format string, args ...any) error {
			return &SyntaxError{Name: name, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		key := strings.Join(f, " ")
		if first, dup := seen[key]; dup {
			return nil, bad("duplicate rule (first on line %d)", first)
		}
		seen[key] = line
		switch f[0] {
		case "not":
			var nr notRule
			found := false
			for _, w := range f[1:] {
				switch {
				case strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]"):
					if found {
						return nil, bad("two bracketed words")
					}
					nr.word, found = w[1:len(w)-1], true
					if _, ok := numberWords[nr.word]; !ok {
						return nil, bad("%q is not a number word", nr.word)
					}
				case found:
					nr.after = append(nr.after, w)
				default:
					nr.before = append(nr.before, w)
				}
			}
			if !found {
				return nil, bad("no [number word] in rule")
			}
			rules.not = append(rules.not, nr)
		case "cue":
			if len(f) < 3 {
				return nil, bad("want cue KIND WORDS")
			}
			k := Kind(f[1])
			if k != Date && k != Ordinal && k != Year {
				return nil, bad("unknown kind %q (want date, ordinal or year)", f[1])
			}
			rules.cues = append(rules.cues, cueRule{kind: k, words: f[2:]})
		default:
			return nil, bad("unknown rule %q (want not or cue)", f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rules.index()
	return rules, nil
}

// index builds the look-ups of the rules by word. A not rule matches only
// its own number word; a cue matches only after a token that its last word
// matches, which for a plain word is that word in lower case. A cue whose
// last word is a pattern may match other tokens too: then every cue is
// tried (cueAll), in rule order as always.
func (rules *NumberRules) index() {
	rules.notByWord = map[string][]int{}
	for k, r := range rules.not {
		rules.notByWord[r.word] = append(rules.notByWord[r.word], k)
	}
	rules.cueByLast = map[string][]int{}
	rules.cueAll, rules.cueLasts = nil, [16]uint64{}
	wild := false
	for k, c := range rules.cues {
		last := c.words[len(c.words)-1]
		wild = wild || isPattern(last)
		rules.cueByLast[last] = append(rules.cueByLast[last], k)
		b := cueLastBit(last)
		rules.cueLasts[b>>6] |= 1 << (b & 63)
	}
	if wild {
		for k := range rules.cues {
			rules.cueAll = append(rules.cueAll, k)
		}
	}
}

// isPattern reports whether a rule word stands for a class of tokens
// rather than a word (see matchTok).
func isPattern(w string) bool { return w == "<num>" || w == "<word>" || w == "<end>" }

// cuesBefore returns the indexes of the cues that may match before
// toks[i], in rule order: none when no token that a cue could end with
// stands there, as matchBefore sees it.
func (rules *NumberRules) cuesBefore(ts *tokens, i int) []int {
	if rules.cueAll != nil {
		return rules.cueAll
	}
	if i == 0 || !ts.toks[i].space() || ts.toks[i-1].kind != tWord || len(rules.cueByLast) == 0 {
		return nil
	}
	w := ts.lower(i - 1)
	if b := cueLastBit(w); rules.cueLasts[b>>6]&(1<<(b&63)) == 0 {
		return nil // most words: no look-up of w in the map
	}
	return rules.cueByLast[w]
}

// cueLastBit is the bit of word w (not empty) in NumberRules.cueLasts,
// by its length and its first and last bytes: most words before a
// number are no cue's last word and have no cue's bit, and so need no
// look-up in cueByLast.
func cueLastBit(w string) uint {
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % (16 * 64)
}

// Numbers finds every number in s (normally a Text.Norm) with the default
// rules, left to right, not overlapping. See NumberRules.Numbers.
func Numbers(s string) []Number { return DefaultNumberRules().Numbers(s) }

// ParseNumber parses one whole number: digits ("3.912", "20,9", "1,5
// triệu") or words ("hai mươi mốt"), with spaces around allowed. It
// reports false for anything else, a percentage or a date included.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(String(s, Options{}))
	ns := (&NumberRules{}).Numbers(s)
	if len(ns) != 1 || ns[0].Start != 0 || ns[0].End != len(s) || ns[0].Kind != Plain {
		return 0, false
	}
	return ns[0].Value, true
}

// The roles of number words.
type wordRole int

const (
	roleDigit    wordRole = iota + 1 // một … chín
	roleUnit                         // mốt, tư, lăm, nhăm: a units digit only after mươi/mười
	roleTen                          // mười
	roleTens                         // mươi
	roleHundred                      // trăm
	roleScale                        // nghìn, ngàn, vạn, triệu, tỷ, tỉ
	roleDozen                        // chục
	roleZeroTens                     // linh, lẻ
	roleHalf                         // rưỡi
	roleZero                         // không (only in "không trăm")
)

type numberWord struct {
	role  wordRole
	value float64
}

// numberWords is the grammar's lexicon: a closed class of Vietnamese.
var numberWords = map[string]numberWord{
	"không": {roleZero, 0},
	"một":   {roleDigit, 1}, "hai": {roleDigit, 2}, "ba": {roleDigit, 3},
	"bốn": {roleDigit, 4}, "năm": {roleDigit, 5}, "sáu": {roleDigit, 6},
	"bảy": {roleDigit, 7}, "bẩy": {roleDigit, 7}, "tám": {roleDigit, 8},
	"chín": {roleDigit, 9},
	"mốt":  {roleUnit, 1}, "tư": {roleUnit, 4}, "lăm": {roleUnit, 5}, "nhăm": {roleUnit, 5},
	"mười": {roleTen, 10}, "mươi": {roleTens, 10},
	"trăm":  {roleHundred, 100},
	"nghìn": {roleScale, 1e3}, "ngàn": {roleScale, 1e3}, "vạn": {roleScale, 1e4},
	"triệu": {roleScale, 1e6}, "tỷ": {roleScale, 1e9}, "tỉ": {roleScale, 1e9},
	"chục": {roleDozen, 10},
	"linh": {roleZeroTens, 0}, "lẻ": {roleZeroTens, 0},
	"rưỡi": {roleHalf, 0},
}

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// The bits of Token.bits.
const (
	tokUpper = 1 << iota // the word starts with an upper-case letter
	tokSpace             // one or more spaces (not a newline) right before
	tokNL                // a newline before, or the start of the text
	tokCased             // the word has an upper-case letter: its lower case is not s[start:end]
)

// A Token is one token of a text as Numbers reads it (see
// AppendNumbersTokens): a word (a run of letters and nonspacing marks), a
// number in digits, or one other character; spaces ('\t' included) and
// line ends ('\n', '\r') lie between tokens, and nothing else does. Its
// text is s[t.Start():t.End()] of the text s it was read from. It holds
// no pointer, so that the pooled token slices are nothing for the garbage
// collector to scan.
type Token struct {
	start, end int
	// num indexes tokens.nums for a tNum. For a tokCased word it indexes
	// tokens.lowered once the word was lowered (see tokens.lower), and is
	// -1 before.
	num  int32
	kind tokKind
	bits uint8
	nw   uint8 // the index of the word in numberWordList; 0 for other words and tokens
}

// Start and End are the token's byte offsets in the text.
func (t *Token) Start() int { return t.start }

// End is the end of the token (see Start).
func (t *Token) End() int { return t.end }

// IsWord says the token is a word.
func (t *Token) IsWord() bool { return t.kind == tWord }

func (t *Token) upper() bool { return t.bits&tokUpper != 0 }
func (t *Token) space() bool { return t.bits&tokSpace != 0 }
func (t *Token) nl() bool    { return t.bits&tokNL != 0 }

// word returns the number word that t is; its role is 0 when t is none.
func (t *Token) word() numberWord { return numberWordList[t.nw].nw }

func isNumberWordTok(t *Token) bool { return t.nw != 0 }

// tokens are the tokens of a text s with the numbers in digits they hold
// (the num of a tNum token indexes nums) and the lower case of the words
// with upper-case letters that a rule looked at.
type tokens struct {
	s       string
	toks    []Token
	nums    []Number
	numAt   []int // the index in toks of each of nums
	cands   []int // the indexes of the tNum and number-word tokens, in order
	lowered []string
	// lowerOf is Lower of the words with upper-case letters seen, kept
	// with the pooled tokens from one text to the next: the same few
	// names and sentence starts come again and again.
	lowerOf map[string]string
	found   []Number // the numbers of Numbers, before they are copied out
}

// maxLowerOf bounds tokens.lowerOf: when it is full, it starts again.
const maxLowerOf = 1 << 12

// lower returns the word toks[i] in lower case, lowering it once: a word
// without upper-case letters is its own text.
func (ts *tokens) lower(i int) string {
	t := &ts.toks[i]
	w := ts.s[t.start:t.end]
	if t.bits&tokCased == 0 {
		return w
	}
	if t.num < 0 {
		l, ok := ts.lowerOf[w]
		if !ok {
			if len(ts.lowerOf) >= maxLowerOf {
				clear(ts.lowerOf)
			}
			if ts.lowerOf == nil {
				ts.lowerOf = map[string]string{}
			}
			l = Lower(w)
			ts.lowerOf[strings.Clone(w)] = l // not w: it would keep the text
		}
		t.num = int32(len(ts.lowered))
		ts.lowered = append(ts.lowered, l)
	}
	return ts.lowered[t.num]
}

// text returns the text of toks[i] as written.
func (ts *tokens) text(i int) string { return ts.s[ts.toks[i].start:ts.toks[i].end] }

// tokensPool keeps the token slices of Numbers for the next call.
var tokensPool = sync.Pool{New: func() any { return new(tokens) }}

// Numbers finds every number in s, left to right, not overlapping, reading
// digits, number words and the multiplier words after digits, and marking
// dates, ratios, ranges, years, codes, ordinals and times by Kind. A
// number word standing alone counts only where the rules do not exclude it
// and it is not a capitalized word inside a sentence ("quận Ba Đình"). A
// leading sign is never part of a number.
func (rules *NumberRules) Numbers(s string) []Number {
	ts := tokensPool.Get().(*tokens)
	// The numbers go to a pooled slice first and are copied out once at
	// the end: one allocation of the right size.
	out := rules.collect(ts, s, ts.found[:0])
	ts.found = out
	var res []Number
	if len(out) > 0 {
		res = slices.Clone(out) // before ts goes back to the pool
	}
	putTokens(ts)
	return res
}

// AppendNumbers appends the numbers of s (see Numbers) to dst and returns
// the extended slice: Numbers without allocating its result, for a
// caller that reuses dst from one text to the next.
func (rules *NumberRules) AppendNumbers(dst []Number, s string) []Number {
	ts := tokensPool.Get().(*tokens)
	dst = rules.collect(ts, s, dst)
	putTokens(ts)
	return dst
}

// AppendNumbersTokens is AppendNumbers that also returns the tokens it
// read s as, in the storage of toks (whose contents it replaces), for a
// caller that reads the words of s too.
func (rules *NumberRules) AppendNumbersTokens(dst []Number, toks []Token, s string) ([]Number, []Token) {
	ts := tokensPool.Get().(*tokens)
	pooled := ts.toks
	ts.toks = toks[:0]
	dst = rules.collect(ts, s, dst)
	toks = ts.toks
	ts.toks = pooled
	putTokens(ts)
	return dst, toks
}

// putTokens returns ts to the pool, letting go of the text.
func putTokens(ts *tokens) {
	clear(ts.lowered) // let the strings go
	ts.s, ts.lowered, ts.found = "", ts.lowered[:0], ts.found[:0]
	tokensPool.Put(ts)
}

// collect tokenizes s into ts and appends its numbers to out.
func (rules *NumberRules) collect(ts *tokens, s string, out []Number) []Number {
	tokenize(s, ts)
	toks := ts.toks
	next := 0 // the first token not yet taken by a number
	// Only numbers in digits and number words start a number: the loop
	// goes from one to the next.
	for _, i := range ts.cands {
		if i < next {
			continue
		}
		t := &toks[i]
		if t.kind == tNum && ts.nums[t.num].Kind != Plain {
			n := ts.nums[t.num]
			n.PercentEnd = n.End
			out = append(out, n)
			continue
		}
		var n Number
		var j int
		if t.kind == tNum && !numberWordAfter(toks, i) {
			// A number in digits that no number word follows, the
			// common case: parsePhrase would take it alone as it is
			// (TestLoneNumbers), and return it by value twice.
			n, j = ts.nums[t.num], i
		} else {
			var ok bool
			if n, j, ok = parsePhrase(ts, i); !ok {
				continue
			}
		}
		if n.Words && j == i && !rules.counts(ts, i) {
			continue
		}
		n.PercentEnd = n.End
		if k := j + 1; k < len(toks) {
			switch {
			case toks[k].kind == tPunct && s[toks[k].start] == '%':
				n.Percent, n.PercentEnd = true, toks[k].end
			case toks[k].kind == tWord && ts.lower(k) == "phần" && k+1 < len(toks) &&
				toks[k+1].kind == tWord && ts.lower(k+1) == "trăm" && toks[k+1].space():
				n.Percent, n.PercentEnd = true, toks[k+1].end
			}
		}
		if n.Kind == Plain {
			n.Kind = rules.cueKind(ts, i, n)
		}
		out = append(out, n)
		next = j + 1
	}
	return out
}

// numberWordAfter reports whether a number word follows toks[i] on its
// line, one or more spaces after it: the one way parsePhrase takes more
// than a number in digits.
func numberWordAfter(toks []Token, i int) bool {
	k := i + 1
	return k < len(toks) && toks[k].nw != 0 && toks[k].space() && !toks[k].nl()
}

// counts reports whether the lone number word toks[i] counts.
func (rules *NumberRules) counts(ts *tokens, i int) bool {
	toks := ts.toks
	t := &toks[i]
	if t.upper() && !t.nl() && i > 0 && !isSentenceEnd(ts, i-1) {
		return false // a name: "quận Ba Đình", "Hai Bà Trưng"
	}
	if i > 0 && t.space() && (toks[i-1].kind == tWord && isNumberWordTok(&toks[i-1])) {
		return false // the tail of a number phrase that did not take it
	}
	for _, k := range rules.notByWord[ts.lower(i)] {
		r := &rules.not[k]
		if matchBefore(ts, i, r.before) && matchAfter(ts, i, r.after) {
			return false
		}
	}
	return true
}

// lookupNumberWord is the index in numberWordList of the number word w
// (0 when w is none), found without hashing all of w or comparing
// strings: every number word is 2 to 7 bytes long, and is one number
// (numberWordKey) in a perfect hash table (numberWordKeys). (The open
// addressing of strings it replaced, lookupNumberWordRef, spent most of
// its time in the calls that compare them.)
func lookupNumberWord(w string) uint8 {
	if !mayBeNumberWord(w) {
		return 0
	}
	return numberWordAt(numberWordKey(w))
}

// numberWordKey is w, 2 to 7 bytes long, as one number: its bytes, the
// first in the low byte, with its length in the top byte. It reads w
// as two runs of four bytes (of two below four) that overlap where w is
// shorter than eight: the bytes they share are the same.
func numberWordKey(w string) uint64 {
	n := len(w)
	var k uint64
	if n >= 4 {
		lo := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		hi := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		k = lo | hi<<(8*(n-4)&63)
	} else {
		lo := uint64(w[0]) | uint64(w[1])<<8
		hi := uint64(w[n-2]) | uint64(w[n-1])<<8
		k = lo | hi<<(8*(n-2)&63)
	}
	return k | uint64(n)<<56
}

// numberWordAt is the index in numberWordList of the number word whose
// numberWordKey is k, 0 when there is none: the one slot of
// numberWordKeys that k may be in holds k or another key.
func numberWordAt(k uint64) uint8 {
	e := &numberWordKeys.slots[k*numberWordKeys.mult>>(64-numberWordKeyBits)]
	if e.key == k {
		return e.index
	}
	return 0
}

// numberWordKeyBits is the log2 of the slots of numberWordKeys: 128 for
// the 28 number words.
const numberWordKeyBits = 7

// numberWordKeys is a perfect hash table of the numberWordKeys of the
// number words: key k is in slot k*mult>>(64-numberWordKeyBits) (mult
// is the first of a fixed sequence of odd numbers that gives each of
// them a slot of its own). An empty slot has key 0, which no word has:
// its length is in the top byte.
var numberWordKeys = func() (t struct {
	mult  uint64
	slots [1 << numberWordKeyBits]struct {
		key   uint64
		index uint8
	}
}) {
	x := uint64(0)
next:
	for range 1 << 16 {
		// splitmix64, made odd
		x += 0x9e3779b97f4a7c15
		m := (x ^ x>>30) * 0xbf58476d1ce4e5b9
		m = (m ^ m>>27) * 0x94d049bb133111eb
		m = (m ^ m>>31) | 1
		clear(t.slots[:])
		for k, e := range numberWordList[1:] {
			w := e.word
			if len(w) < 2 || len(w) > 7 {
				panic("normalize: number word " + w + " out of lookupNumberWord's lengths")
			}
			key := numberWordKey(w)
			h := key * m >> (64 - numberWordKeyBits)
			if t.slots[h].key != 0 {
				continue next
			}
			t.slots[h].key, t.slots[h].index = key, uint8(k+1)
		}
		t.mult = m
		return t
	}
	panic("normalize: no perfect hash of the number words")
}()

// numberWordEntry is a number word with its reading.
type numberWordEntry struct {
	word string
	nw   numberWord
}

// numberWordList is numberWords as a list sorted by word, after an empty
// entry 0 that stands for "no number word".
var numberWordList = func() []numberWordEntry {
	list := []numberWordEntry{{}}
	for w, nw := range numberWords {
		list = append(list, numberWordEntry{w, nw})
	}
	slices.SortFunc(list[1:], func(a, b numberWordEntry) int { return strings.Compare(a.word, b.word) })
	return list
}()

// mayBeNumberWord is a quick test that w (lower case) is no number word:
// it reports false unless some number word has the length, the first
// byte and the last byte (modulo 64) of w. Most words fail it, with a
// few instructions and no call.
func mayBeNumberWord(w string) bool {
	n := len(w)
	return n >= 2 && n <= 7 && w[0] >= 'a' && w[0] <= 'z' &&
		numberWordShapes[n][w[0]-'a']&(1<<(w[n-1]&63)) != 0
}

// numberWordShapes are the shapes of the number words for
// mayBeNumberWord: by length and first letter, a bit for each last byte
// modulo 64.
var numberWordShapes = func() (shapes [8][26]uint64) {
	for _, e := range numberWordList[1:] {
		w := e.word
		if c := w[0]; c < 'a' || c > 'z' || len(w) < 2 || len(w) > 7 {
			panic("normalize: number word " + w + " starts with no ASCII letter or is out of 2 to 7 bytes")
		}
		shapes[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] & 63)
	}
	return shapes
}()

// numberWordEnds holds, by the first byte of the number words (all
// ASCII letters), a bit for the last byte modulo 64 of each of them that
// ends in ASCII (a letter: bits 33 to 58), and bit 0 so that every
// first byte of one has some bit. lookupUpperNumberWord rejects most
// words with it.
var numberWordEnds = func() (t [utf8.RuneSelf]uint64) {
	for _, e := range numberWordList[1:] {
		w := e.word
		t[w[0]] |= 1
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			t[w[0]] |= 1 << (c & 63)
		}
	}
	return t
}()

// upperMayBeNumberWord is the test that lookupUpperNumberWord starts
// with, by numberWordEnds, for tokenize: false only when that rejects w
// (and lookupUpperNumberWord returns 0). It lets through a word that
// starts with a non-ASCII byte, and tests the last byte only when that is
// ASCII, with masks where lookupUpperNumberWord branches: one branch, not
// three whose ways change from word to word, and no call for most words.
// (In-process A/B: tokenize 0.983; inlining lookupUpperNumberWord's
// branches as they are had measured 0.994.)
func upperMayBeNumberWord(w string) bool {
	c, e := w[0], w[len(w)-1]
	return (numberWordEnds[(c|0x20)&0x7f]|-uint64(c>>7))&(1<<((e|0x20)&63)|-uint64(e>>7)) != 0
}

// lookupUpperNumberWord is lookupNumberWord(Lower(w)) for a word with
// upper-case letters, lowered on the stack when its runes allow.
func lookupUpperNumberWord(w string) uint8 {
	if len(w) > 24 {
		return 0 // its lower case is longer than 7 bytes
	}
	if c := w[0]; c < utf8.RuneSelf {
		// An ASCII letter lowers to ASCII and stays where it is, first
		// or last, in Lower(w) (NFC composes it only with what follows,
		// and a composed rune is no ASCII): its lower case (c|0x20) must
		// start, and the last byte of w when ASCII end, some number
		// word. Any other ASCII byte is its own lower case, which no
		// number word starts or ends with (bit 0 only lets them through).
		ends := numberWordEnds[c|0x20]
		if ends == 0 {
			return 0
		}
		if e := w[len(w)-1]; e < utf8.RuneSelf && ends&(1<<((e|0x20)&63)) == 0 {
			return 0
		}
	} else {
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
			return lookupNumberWord(Lower(w))
		}
		b = utf8.AppendRune(b, l)
	}
	// b as a string without copying it (string(b) is a call and a copy):
	// lookupNumberWord only reads it.
	return lookupNumberWord(unsafe.String(unsafe.SliceData(b), len(b)))
}

// isSentenceEnd reports whether toks[i] is punctuation that ends a
// sentence or opens a quote or a bracket.
func isSentenceEnd(ts *tokens, i int) bool {
	if ts.toks[i].kind != tPunct {
		return false
	}
	w := ts.text(i)
	return w == "." || w == "!" || w == "?" || w == ":" || w == ";" || w == "(" || w == "\""
}

// matchTok matches one pattern word against the token toks[i].
func matchTok(ts *tokens, i int, w string) bool {
	t := &ts.toks[i]
	if w[0] != '<' {
		return t.kind == tWord && ts.lower(i) == w
	}
	switch w {
	case "<num>":
		return t.kind == tNum
	case "<word>":
		return t.kind == tWord && isNumberWordTok(t)
	case "<end>":
		return t.kind == tPunct
	}
	return t.kind == tWord && ts.lower(i) == w
}

func matchBefore(ts *tokens, i int, words []string) bool {
	for k := len(words) - 1; k >= 0; k-- {
		if !ts.toks[i].space() || i == 0 {
			return false
		}
		i--
		if !matchTok(ts, i, words[k]) {
			return false
		}
	}
	return true
}

func matchAfter(ts *tokens, i int, words []string) bool {
	toks := ts.toks
	for _, w := range words {
		i++
		if w == "<end>" && (i >= len(toks) || toks[i].nl() || toks[i].kind == tPunct) {
			return true
		}
		if i >= len(toks) || !toks[i].space() || !matchTok(ts, i, w) {
			return false
		}
	}
	return true
}

// cueKind returns the Kind that the words before toks[i] give number n.
func (rules *NumberRules) cueKind(ts *tokens, i int, n Number) Kind {
	for _, k := range rules.cuesBefore(ts, i) {
		c := &rules.cues[k]
		if !matchBefore(ts, i, c.words) {
			continue
		}
		switch c.kind {
		case Ordinal:
			// "Hội nghị Trung ương 6", "quận 12": an ordinal is small and
			// has no thousands ("Đảng bộ Công an Trung ương 6.000").
			if n.Value < 1000 && !strings.ContainsAny(ts.s[n.Start:n.End], ".,") {
				return Ordinal
			}
		case Year:
			if !n.Words && n.Value >= 1000 && n.Value <= 2999 && n.Value == math.Trunc(n.Value) && n.End-n.Start == 4 {
				return Year
			}
		}
	}
	return Plain
}

// hasCue reports whether a cue of kind k stands before toks[i].
func (rules *NumberRules) hasCue(ts *tokens, i int, k Kind) bool {
	for _, j := range rules.cuesBefore(ts, i) {
		c := &rules.cues[j]
		if c.kind == k && matchBefore(ts, i, c.words) {
			return true
		}
	}
	return false
}

// Phrase parser states: what the last token taken was.
const (
	pDigit    = iota + 1 // a digit word, waiting for mươi/trăm/chục/a scale
	pNum                 // a number in digits
	pTen                 // mười
	pTens                // X mươi
	pUnits               // the units digit of a group
	pHundred             // X trăm
	pZeroTens            // linh/lẻ
	pScale               // a scale word
	pDozen               // X chục
	pEnd                 // rưỡi: nothing may follow
)

// parsePhrase reads the number phrase starting at toks[i] and returns it
// with the index of its last token.
func parsePhrase(ts *tokens, i int) (n Number, last int, ok bool) {
	toks := ts.toks
	var total, group, lastScale float64
	pending := -1.0
	state := 0
	t := &toks[i]
	switch {
	case t.kind == tNum:
		pending, state = ts.nums[t.num].Value, pNum
		n = ts.nums[t.num]
	case t.kind == tWord:
		w, isNum := t.word(), t.nw != 0
		switch {
		case !isNum:
			return n, i, false
		case w.role == roleDigit:
			pending, state = w.value, pDigit
		case w.role == roleTen:
			group, state = 10, pTen
		default:
			return n, i, false
		}
		n.Words = true
	default:
		return n, i, false
	}
	n.Start, n.End = t.start, t.end
	last = i
	peek := func(k int) (numberWord, bool) {
		if k >= len(toks) || toks[k].kind != tWord || !toks[k].space() {
			return numberWord{}, false
		}
		return toks[k].word(), toks[k].nw != 0
	}
	hasPending := func() bool { return pending >= 0 }
loop:
	for k := i + 1; k < len(toks) && state != pEnd; k++ {
		t := &toks[k]
		if !t.space() || t.nl() {
			break
		}
		if t.kind == tNum {
			// "2 triệu 500 nghìn": digits after a scale, before a smaller one.
			next, ok := peek(k + 1)
			num := &ts.nums[t.num]
			if state != pScale || num.Kind != Plain || !ok || next.role != roleScale || next.value >= lastScale {
				break
			}
			pending, state = num.Value, pNum
			last = k
			continue
		}
		if t.kind != tWord {
			break
		}
		w := t.word()
		if w.role == 0 {
			break
		}
		switch w.role {
		case roleTens:
			if state != pDigit || pending < 2 {
				break loop
			}
			group += pending * 10
			pending, state = -1, pTens
		case roleHundred:
			if !(state == pDigit || state == pNum && pending == math.Trunc(pending) && pending < 1000) {
				break loop
			}
			group += pending * 100
			pending, state = -1, pHundred
		case roleDozen:
			if state != pDigit && state != pNum {
				break loop
			}
			group += pending * 10
			pending, state = -1, pDozen
		case roleScale:
			if state == pZeroTens || state == 0 || (!hasPending() && group == 0) {
				break loop
			}
			if state == pNum && ts.lower(k) == "vạn" {
				break loop
			}
			// "hằng năm tỷ lệ nữ …": the "tỷ" of "tỷ lệ" (a rate) is no
			// billion.
			if lw := ts.lower(k); (lw == "tỷ" || lw == "tỉ") && k+1 < len(toks) && toks[k+1].kind == tWord && ts.lower(k+1) == "lệ" {
				break loop
			}
			v := group + max(pending, 0)
			if lastScale == 0 || w.value < lastScale {
				total += v * w.value
			} else {
				total = (total + v) * w.value
			}
			group, pending, lastScale, state = 0, -1, w.value, pScale
		case roleDigit, roleUnit:
			d := w.value
			switch state {
			case pTens:
				if ts.lower(k) == "năm" {
					break loop // "hai mươi năm" is twenty years
				}
				group += d
				state = pUnits
			case pTen:
				if lw := ts.lower(k); lw == "năm" || lw == "mốt" {
					break loop
				}
				group += d
				state = pUnits
			case pZeroTens:
				if w.role == roleUnit && ts.lower(k) != "tư" {
					break loop
				}
				group += d
				state = pUnits
			case pHundred, pScale:
				next, ok := peek(k + 1)
				if w.role != roleDigit || !ok || !(next.role == roleTens || next.role == roleHundred ||
					next.role == roleDozen || next.role == roleScale && next.value < lastScale) {
					break loop
				}
				pending, state = d, pDigit
			default:
				break loop
			}
		case roleTen:
			if state != pHundred && state != pScale {
				break loop
			}
			group += 10
			state = pTen
		case roleZeroTens:
			next, ok := peek(k + 1)
			if (state != pHundred && state != pScale) || !ok || (next.role != roleDigit && next.role != roleUnit) {
				break loop
			}
			state = pZeroTens
		case roleHalf:
			switch state {
			case pHundred:
				group += 50
			case pScale:
				total += lastScale / 2
			case pDozen:
				group += 5
			default:
				break loop
			}
			state = pEnd
		case roleZero:
			next, ok := peek(k + 1)
			if state != pScale || !ok || next.role != roleHundred {
				break loop
			}
			pending, state = 0, pDigit
		}
		last = k
		n.End = t.end
		n.Words = true
	}
	if state == pZeroTens {
		// "linh" without its digit was not taken.
		return n, last, false
	}
	value := total + group + max(pending, 0)
	if last > i {
		n.HasAlt, n.Alt = false, 0
	}
	n.Value = value
	return n, last, true
}

// tokenize splits s into words, numbers in digits and other characters,
// into ts (whose slices it reuses).
func tokenize(s string, ts *tokens) {
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
				k, size = classAt(s, i)
			}
			if k&cWord == 0 {
				toks = append(toks, Token{kind: tPunct, start: i, end: i + size, bits: bits})
				i += size
				break
			}
			first := k
			// The rest of the word. Vietnamese words mix one-, two-
			// and three-byte runes ("đảng"): a switch on the size of
			// each rune mispredicts at every change. Besides the
			// word's end the loop keeps one branch, for ASCII, and
			// reads the two- and three-byte runes of letters all one
			// way (leadRead), without branching on their size.
			// (Reading ASCII that way too measured slower: then the
			// next rune waits for its size from the table, where the
			// predicted ASCII branch goes on at once.) Runes leadRead
			// does not read go to classAtSlow. The loop is here rather
			// than in a function: the call, and the registers saved
			// around it, measured 5% of tokenize. It reads three bytes
			// at a time; the last two bytes of s are wordTail's.
			j := i + size
			for j+2 < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					kc := letterClass[c]
					if kc&cWord == 0 {
						break
					}
					k |= kc
					j++
					continue
				}
				kc, size, ok := leadRead(c, s[j+1], s[j+2])
				if !ok {
					kc, size = classAtSlow(s, j)
				}
				if kc&cWord == 0 {
					break
				}
				k |= kc
				j += size
			}
			if j+2 >= len(s) {
				j, k = wordTail(s, j, k)
			}
			w := s[i:j]
			t := Token{kind: tWord, start: i, end: j, bits: bits}
			if first&cUpper != 0 {
				t.bits |= tokUpper
			}
			if k&cUpper == 0 {
				if mayBeNumberWord(w) {
					t.nw = lookupNumberWord(w)
				}
			} else {
				t.bits |= tokCased
				t.num = -1 // lowered when a rule looks at it
				if upperMayBeNumberWord(w) {
					t.nw = lookupUpperNumberWord(w)
				}
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
	numberKinds(ts, s, toks, ts.nums, ts.numAt)
}

// numberKinds is the end of tokenize: the numbers in digits that are
// codes, or day-month dates after a cue, in one pass over them (the
// second test reads the Kind the first one gives). Most numbers have a
// space or punctuation on both sides and are not "d.m": two byte tests
// (codeGap, mayBeDotDayMonth) pass them without decoding a rune.
func numberKinds(ts *tokens, s string, toks []Token, nums []Number, numAt []int) {
	for _, k := range numAt {
		t := &toks[k]
		num := &nums[t.num]
		// Codes: digits stuck to a letter, or to a separator and a letter.
		if num.Kind != Date && num.Kind != Time &&
			!((t.start == 0 || codeGap[s[t.start-1]]) && (t.end == len(s) || codeGap[s[t.end]])) &&
			stuckToCode(s, t.start, t.end) {
			num.Kind = Code
		}
		// Day-month dates need a cue before them.
		if !(num.Kind == Ratio || num.Kind == Range) || !num.dayMonth() {
			if num.Kind != Plain || !mayBeDotDayMonth(s[t.start:t.end]) || !isDotDayMonth(s[t.start:t.end]) {
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

// codeGap says which bytes next to digits make no code (see
// stuckToCode): the ASCII ones that are no letter, '-' or '/'.
var codeGap = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '/')
	}
	return t
}()

// mayBeDotDayMonth is a quick test for isDotDayMonth: d.m has its '.'
// second or third and is three to five bytes long.
func mayBeDotDayMonth(s string) bool {
	return len(s) >= 3 && len(s) <= 5 && (s[1] == '.' || s[2] == '.')
}

// wordTail returns the end of the letter run of s that goes on at i and
// k or'ed with the letterClass bits of its runes, reading them with
// classAt: tokenize's word loop for the last two bytes of s, which its
// own loop does not read.
func wordTail(s string, i int, k uint8) (int, uint8) {
	for i < len(s) {
		kc, size := classAt(s, i)
		if kc&cWord == 0 {
			break
		}
		k |= kc
		i += size
	}
	return i, k
}

// leadOf tells leadRead, by the first byte of a rune, how to read it
// without branching on its size, for the sizes it reads: ASCII, two
// bytes (below 0x800) and three bytes from 0xe1 (0x1000 to 0x1fff,
// where the Vietnamese letters of Latin Extended Additional are). The
// rune is lead plus the low six bits of the next two bytes, as one
// 12-bit number, shifted right by shift (12 drops both, 6 keeps the
// first); it is size bytes long; and the next two bytes (the first in
// the low eight bits) and'ed with contMask equal contWant when the
// continuation bytes it needs are there. Every other first byte has a
// contWant that no bytes give.
var leadOf = func() (t [256]struct {
	lead               uint16
	shift, size        uint8
	contMask, contWant uint16
}) {
	for c := range t {
		e := &t[c]
		switch {
		case c < utf8.RuneSelf:
			e.lead, e.shift, e.size = uint16(c), 12, 1
		case c >= 0xc2 && c < 0xe0:
			e.lead, e.shift, e.size = uint16(c&0x1f)<<6, 6, 2
			e.contMask, e.contWant = 0xc0, 0x80
		case c == 0xe1:
			e.lead, e.shift, e.size = 0x1000, 0, 3
			e.contMask, e.contWant = 0xc0c0, 0x8080
		default:
			e.contWant = 1
		}
	}
	return t
}()

// tokStart says which bytes are no space or line end for tokenize.
var tokStart = func() (t [256]bool) {
	for c := range t {
		t[c] = c != ' ' && c != '\t' && c != '\n' && c != '\r'
	}
	return t
}()

// classAt returns classOf the rune at s[i] and its size: leadRead's
// when it reads the rune, classAtSlow's otherwise.
func classAt(s string, i int) (uint8, int) {
	if i+2 < len(s) {
		if kc, size, ok := leadRead(s[i], s[i+1], s[i+2]); ok {
			return kc, size
		}
	}
	return classAtSlow(s, i)
}

// leadRead returns the letterClass bits and the size of the rune that
// starts with the bytes c, b1, b2, and whether it read it (ok): an
// ASCII rune, a valid two-byte one, or a valid three-byte one from 0xe1.
// It computes all of them the same way (see leadOf), so that a loop
// over runes of all three sizes has no branch on the size to mispredict.
func leadRead(c, b1, b2 byte) (kc uint8, size int, ok bool) {
	l := &leadOf[c]
	x := uint32(b1)&0x3f<<6 | uint32(b2)&0x3f
	r := uint32(l.lead) + x>>(l.shift&15) // below 0x2000 when ok
	return letterClass[r&(0x2000-1)], int(l.size), (uint32(b1)|uint32(b2)<<8)&uint32(l.contMask) == uint32(l.contWant)
}

// classAtSlow is classAt without leadRead: the two-byte runes and the
// three-byte ones from 0xe1 (the letters below classEnd) decoded in
// line, near the end of s too, and decodeRune for the others.
func classAtSlow(s string, i int) (uint8, int) {
	c := s[i]
	switch {
	case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
		return letterClass[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)], 2 // below 0x800
	case c == 0xe1 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
		return letterClass[0x1000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f)], 3 // below 0x2000
	}
	r, size := decodeRune(s, i)
	return classOf(r), size
}

// isDotDayMonth reports whether s is d.m ("1.11", "30.6").
func isDotDayMonth(s string) bool {
	d, m, ok := strings.Cut(s, ".")
	if !ok || len(d) == 0 || len(d) > 2 || len(m) == 0 || len(m) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && !isDigit(s[i]) {
			return false
		}
	}
	day, month := atoi(d), atoi(m)
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// dayMonth reports whether a Ratio or Range a/b could be a day and month.
func (n Number) dayMonth() bool {
	b := n.Denominator
	if n.Kind == Range {
		b = n.To
	}
	return isInt(n.Value) && isInt(b) && n.Value >= 1 && n.Value <= 31 && b >= 1 && b <= 12
}

func isInt(v float64) bool { return v == math.Trunc(v) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// stuckToCode reports whether the digits s[start:end] belong to a code:
// a letter right before them ("H5", "F0"), an upper-case letter right after
// ("5G"), or '-' or '/' between them and an upper-case letter ("03-CT",
// "QĐ-29", "COVID-19").
func stuckToCode(s string, start, end int) bool {
	if start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) {
			return true
		}
		if (r == '-' || r == '/') && start-size > 0 {
			r2, _ := utf8.DecodeLastRuneInString(s[:start-size])
			if unicode.IsUpper(r2) {
				return true
			}
		}
	}
	if end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if unicode.IsUpper(r) {
			return true
		}
		if (r == '-' || r == '/') && end+size < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[end+size:])
			if unicode.IsUpper(r2) {
				return true
			}
		}
	}
	return false
}

// scanDigits reads the number in digits at s[i]: a time, a date, or a
// quantity possibly followed by "/b" (ratio) or "-b" (range).
func scanDigits(s string, i int) Number {
	// Most numbers are a run of digits that nothing goes on with: read
	// at once, they are what scanDigitsFull finds for them
	// (TestScanDigits holds the two equal). The loop reads the digits as
	// an integer m too, which is parseFloat's reading of up to 15 of them
	// (its division by 1e0 leaves it as it is).
	j := i
	var m uint64
	for j < len(s) && isDigit(s[j]) {
		m = m*10 + uint64(s[j]-'0')
		j++
	}
	if j == len(s) || !digitsGoOn(s, j) {
		if j-i > 15 {
			return Number{Start: i, End: j, Value: parseFloat(s[i:j], "")}
		}
		return Number{Start: i, End: j, Value: float64(m)}
	}
	if c := s[j]; c == '.' || c == ',' {
		// Two groups that nothing goes on with ("3.912", "20,9"), the
		// most common of the rest: no time (no 'h' or ':' after the
		// first group), no date (no third part), and a quantity of the
		// two groups, as readGroups reads them. m goes on with the
		// digits of the second.
		k := j + 1 // a digit (digitsGoOn)
		for k < len(s) && isDigit(s[k]) {
			m = m*10 + uint64(s[k]-'0')
			k++
		}
		if k == len(s) || !groupsGoOn(s, k) {
			return twoGroups(s, i, j, k, m)
		}
	}
	return scanDigitsFull(s, i)
}

// twoGroups is readGroups for the two groups s[i:j] and s[j+1:k] with
// the separator s[j], '.' or ',', as scanQuantity would call it, given
// their digits as an integer m (scanDigits).
func twoGroups(s string, i, j, k int, m uint64) Number {
	a, b := s[i:j], s[j+1:k]
	if len(a)+len(b) > 15 {
		return Number{Start: i, End: k, Value: parseFloat(a, b)} // m is not exact
	}
	if len(a) > 3 || a[0] == '0' || len(b) != 3 {
		return Number{Start: i, End: k, Value: float64(m) / float64pow10[len(b)&15]}
	}
	// Ambiguous: thousands or decimals, m or m over 1e3 as parseFloat
	// divides.
	whole := float64(m)
	frac := whole / float64pow10[3]
	if s[j] == '.' {
		return Number{Start: i, End: k, Value: whole, Alt: frac, HasAlt: true}
	}
	return Number{Start: i, End: k, Value: frac, Alt: whole, HasAlt: true}
}

// groupsGoOn reports whether the byte s[k] after two groups of digits
// may make them more: a separator of groups, dates, ratios or ranges
// before a digit.
func groupsGoOn(s string, k int) bool {
	switch s[k] {
	case '.', ',', ' ', '/', '-':
		return k+1 < len(s) && isDigit(s[k+1])
	}
	return false
}

// digitsGoOn reports whether the byte s[j] after a run of digits may
// make it more than a quantity of one group: the 'h' or ':' of a time, or
// a separator of groups, dates, ratios or ranges before a digit.
func digitsGoOn(s string, j int) bool {
	switch s[j] {
	case 'h', ':':
		return true
	case '.', ',', ' ', '/', '-':
		return j+1 < len(s) && isDigit(s[j+1])
	}
	return false
}

// scanDigitsFull is scanDigits by its three scans.
func scanDigitsFull(s string, i int) Number {
	if n, ok := scanTime(s, i); ok {
		return n
	}
	if n, ok := scanDate(s, i); ok {
		return n
	}
	n := scanQuantity(s, i)
	if n.End+1 < len(s) && (s[n.End] == '/' || s[n.End] == '-') && isDigit(s[n.End+1]) {
		sep := s[n.End]
		m := scanQuantity(s, n.End+1)
		if m.End+1 < len(s) && (s[m.End] == '/' || s[m.End] == '-') && isDigit(s[m.End+1]) {
			// Three or more parts that are no date: a code ("1-2-3").
			end := m.End
			for end < len(s) && (isDigit(s[end]) || s[end] == '/' || s[end] == '-' || s[end] == '.') {
				end++
			}
			for end > n.Start && !isDigit(s[end-1]) {
				end--
			}
			return Number{Start: i, End: end, Value: n.Value, Kind: Code}
		}
		out := Number{Start: i, End: m.End, Value: n.Value}
		a, b := n.Value, m.Value
		lenA, lenB := n.End-n.Start, m.End-m.Start
		switch {
		case lenB == 4 && isInt(a) && a >= 1 && a <= 12 && isInt(b) && b >= 1900 && b <= 2100 && lenA <= 2:
			out.Kind = Date // tháng 6/2022
		case sep == '-' && lenA == 4 && lenB == 2 && isInt(a) && a >= 1900 && a <= 2100 && isInt(b) && b >= 1 && b <= 12:
			out.Kind = Date // 2023-12
		case sep == '-' && lenA == 4 && lenB == 4 && a >= 1900 && b >= a && b <= 2100:
			out.Kind, out.To = Year, b
		case sep == '/':
			out.Kind, out.Denominator = Ratio, b
		default:
			out.Kind, out.To = Range, b
		}
		return out
	}
	return n
}

// scanTime reads "8h30", "8h", "14:00".
func scanTime(s string, i int) (Number, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j-i > 2 || j >= len(s) || (s[j] != 'h' && s[j] != ':') {
		return Number{}, false
	}
	hour := atoi(s[i:j])
	if hour > 24 {
		return Number{}, false
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) && k-j-1 < 3 {
		k++
	}
	switch {
	case k-j-1 == 2 && atoi(s[j+1:k]) < 60 && (k == len(s) || !isDigit(s[k])):
		// 8h30, 14:00
	case k == j+1 && s[j] == 'h':
		// 8h: not followed by a letter ("8ha" is hectares).
		if k < len(s) {
			r, _ := utf8.DecodeRuneInString(s[k:])
			if isWordRune(r) || isDigit(s[k]) {
				return Number{}, false
			}
		}
	default:
		return Number{}, false
	}
	return Number{Start: i, End: k, Value: float64(hour), Kind: Time}, true
}

// scanDate reads d/m/yyyy, d-m-yyyy, d.m.yyyy (two-digit years too).
func scanDate(s string, i int) (Number, bool) {
	var parts [3]int
	var lens [3]int
	j := i
	var sep byte
	for p := 0; p < 3; p++ {
		k := j
		for k < len(s) && isDigit(s[k]) && k-j < 5 {
			k++
		}
		if k == j {
			return Number{}, false
		}
		parts[p], lens[p] = atoi(s[j:k]), k-j
		j = k
		if p < 2 {
			if j+1 >= len(s) || !isDigit(s[j+1]) {
				return Number{}, false
			}
			switch {
			case p == 0 && (s[j] == '/' || s[j] == '-' || s[j] == '.'):
				sep = s[j]
			case p == 1 && s[j] == sep:
			default:
				return Number{}, false
			}
			j++
		}
	}
	if j < len(s) && (isDigit(s[j]) || (s[j] == sep && j+1 < len(s) && isDigit(s[j+1]))) {
		return Number{}, false
	}
	if lens[0] > 2 || lens[1] > 2 || (lens[2] != 2 && lens[2] != 4) ||
		parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12 {
		return Number{}, false
	}
	return Number{Start: i, End: j, Value: float64(parts[0]), Kind: Date}, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			return n
		}
	}
	return n
}

// scanQuantity reads digits with '.', ',' and ' ' separators at s[i].
func scanQuantity(s string, i int) Number {
	type group struct {
		sep        byte // the separator before the group (0 for the first)
		start, end int
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j+1 >= len(s) || (s[j] != '.' && s[j] != ',' && s[j] != ' ') || !isDigit(s[j+1]) {
		// One group, the common case: what the loops below find for it.
		return Number{Start: i, End: j, Value: parseFloat(s[i:j], "")}
	}
	var buf [8]group // most numbers have a few groups: no allocation
	gs := append(buf[:0], group{0, i, j})
	for j+1 < len(s) {
		sep := s[j]
		if (sep != '.' && sep != ',' && sep != ' ') || !isDigit(s[j+1]) {
			break
		}
		k := j + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if sep == ' ' {
			// A space groups thousands only after a first group of 1-3
			// digits and in runs of exactly 3 digits.
			if k-j-1 != 3 || gs[0].end-gs[0].start > 3 || gs[len(gs)-1].sep == ',' {
				break
			}
			for _, g := range gs[1:] {
				if g.sep != ' ' {
					goto done
				}
			}
		}
		gs = append(gs, group{sep, j + 1, k})
		j = k
	}
done:
	// Find the longest prefix of groups that reads as a number.
	for len(gs) > 0 {
		seps := make([]byte, len(gs))
		ds := make([]string, len(gs))
		for k, g := range gs {
			seps[k], ds[k] = g.sep, s[g.start:g.end]
		}
		if n, ok := readGroups(seps, ds); ok {
			n.Start, n.End = i, gs[len(gs)-1].end
			return n
		}
		gs = gs[:len(gs)-1]
	}
	return Number{Start: i, End: j, Value: float64(atoi(s[i:j]))}
}

// readGroups reads digit groups ds, each after its separator seps[k]
// (seps[0] is 0).
func readGroups(seps []byte, ds []string) (Number, bool) {
	if len(ds) == 1 {
		return Number{Value: parseFloat(ds[0], "")}, true
	}
	first := ds[0]
	thousandsHead := len(first) <= 3 && first[0] != '0'
	all3 := func(from, to int) bool {
		for k := from; k < to; k++ {
			if len(ds[k]) != 3 {
				return false
			}
		}
		return true
	}
	sameSep := func(from, to int, c byte) bool {
		for k := from; k < to; k++ {
			if seps[k] != c {
				return false
			}
		}
		return true
	}
	last := len(ds) - 1
	join := func(from, to int) string { return strings.Join(ds[from:to], "") }
	switch {
	case len(ds) == 2 && seps[1] == '.':
		if thousandsHead && len(ds[1]) == 3 {
			return Number{Value: parseFloat(first+ds[1], ""), Alt: parseFloat(first, ds[1]), HasAlt: true}, true
		}
		return Number{Value: parseFloat(first, ds[1])}, true
	case len(ds) == 2 && seps[1] == ',':
		if thousandsHead && len(ds[1]) == 3 {
			return Number{Value: parseFloat(first, ds[1]), Alt: parseFloat(first+ds[1], ""), HasAlt: true}, true
		}
		return Number{Value: parseFloat(first, ds[1])}, true
	case !thousandsHead:
		return Number{}, false
	case sameSep(1, len(ds), '.') && all3(1, len(ds)),
		sameSep(1, len(ds), ',') && all3(1, len(ds)),
		sameSep(1, len(ds), ' ') && all3(1, len(ds)):
		return Number{Value: parseFloat(join(0, len(ds)), "")}, true
	case (sameSep(1, last, '.') || sameSep(1, last, ' ')) && seps[last] == ',' && all3(1, last):
		return Number{Value: parseFloat(join(0, last), ds[last])}, true // 3.912,5
	case sameSep(1, last, ',') && seps[last] == '.' && all3(1, last):
		return Number{Value: parseFloat(join(0, last), ds[last])}, true // 1,200.5
	}
	return Number{}, false
}

// float64pow10 are the powers of ten that parseFloat divides by.
var float64pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseFloat reads whole and fraction digits (ASCII digits only).
//
// With 15 digits or fewer in all, the digits read as an integer are exact
// in a float64 (below 2^53), and so is the power of ten they are divided
// by: the division rounds the quotient correctly, which is what
// strconv.ParseFloat returns for "whole.frac".
func parseFloat(whole, frac string) float64 {
	if len(whole)+len(frac) <= 15 {
		var m uint64
		for i := 0; i < len(whole); i++ {
			m = m*10 + uint64(whole[i]-'0')
		}
		for i := 0; i < len(frac); i++ {
			m = m*10 + uint64(frac[i]-'0')
		}
		return float64(m) / float64pow10[len(frac)]
	}
	if frac != "" {
		whole += "." + frac
	}
	v, _ := strconv.ParseFloat(whole, 64)
	return v
}
