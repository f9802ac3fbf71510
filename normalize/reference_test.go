package normalize

// This file keeps the implementation of New, Numbers, Expand and Fold as it
// was before the fast paths (commit 85d5331), renamed with an "old"
// prefix, as the reference of TestMatchesReference: the fast code must give
// byte-identical results and identical offset maps.

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// oldNew is New as it was.
func oldNew(orig string, opts Options) *Text {
	t := &Text{Orig: orig, opts: opts}
	t.Norm = oldRunPasses(orig, opts, func(m *edits) { t.maps = append(t.maps, m) })
	return t
}

type oldTokKind int

const (
	oldTWord oldTokKind = iota + 1
	oldTNum
	oldTPunct
)

// A oldTok is one token of the text: a word, a number in digits (already read
// as a Number), or one other character.
type oldTok struct {
	kind       oldTokKind
	start, end int
	word       string  // lower case, for oldTWord
	upper      bool    // the word starts with an upper-case letter
	space      bool    // one or more spaces (not a newline) right before
	nl         bool    // a newline before, or the start of the text
	num        *Number // for oldTNum
}

// oldNumbers finds every number in s, left to right, not overlapping, reading
// digits, number words and the multiplier words after digits, and marking
// dates, ratios, ranges, years, codes, ordinals and times by Kind. A
// number word standing alone oldCounts only where the rules do not exclude it
// and it is not a capitalized word inside a sentence ("quận Ba Đình"). A
// leading sign is never part of a number.
func (rules *NumberRules) oldNumbers(s string) []Number {
	toks := oldTokenize(s)
	var out []Number
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == oldTNum && t.num.Kind != Plain {
			n := *t.num
			n.PercentEnd = n.End
			out = append(out, n)
			continue
		}
		if t.kind != oldTNum && t.kind != oldTWord {
			continue
		}
		n, j, ok := oldParsePhrase(toks, i)
		if !ok {
			continue
		}
		if n.Words && j == i && !rules.oldCounts(toks, i) {
			continue
		}
		n.PercentEnd = n.End
		if k := j + 1; k < len(toks) {
			switch {
			case toks[k].kind == oldTPunct && s[toks[k].start] == '%':
				n.Percent, n.PercentEnd = true, toks[k].end
			case toks[k].kind == oldTWord && toks[k].word == "phần" && k+1 < len(toks) &&
				toks[k+1].kind == oldTWord && toks[k+1].word == "trăm" && toks[k+1].space:
				n.Percent, n.PercentEnd = true, toks[k+1].end
			}
		}
		if n.Kind == Plain {
			n.Kind = rules.oldCueKind(toks, i, n, s[n.Start:n.End])
		}
		out = append(out, n)
		i = j
	}
	return out
}

// oldCounts reports whether the lone number word toks[i] oldCounts.
func (rules *NumberRules) oldCounts(toks []oldTok, i int) bool {
	t := toks[i]
	if t.upper && !t.nl && i > 0 && !oldIsSentenceEnd(toks[i-1]) {
		return false // a name: "quận Ba Đình", "Hai Bà Trưng"
	}
	if i > 0 && toks[i].space && (toks[i-1].kind == oldTWord && oldIsNumberWordTok(toks[i-1])) {
		return false // the tail of a number phrase that did not take it
	}
	for _, r := range rules.not {
		if r.word == t.word && oldMatchBefore(toks, i, r.before) && oldMatchAfter(toks, i, r.after) {
			return false
		}
	}
	return true
}

func oldIsNumberWordTok(t oldTok) bool {
	_, ok := numberWords[t.word]
	return ok
}

func oldIsSentenceEnd(t oldTok) bool {
	if t.kind != oldTPunct {
		return false
	}
	return t.word == "." || t.word == "!" || t.word == "?" || t.word == ":" || t.word == ";" ||
		t.word == "(" || t.word == "\""
}

// oldMatchTok matches one pattern word against a token.
func oldMatchTok(t oldTok, w string) bool {
	switch w {
	case "<num>":
		return t.kind == oldTNum
	case "<word>":
		return t.kind == oldTWord && oldIsNumberWordTok(t)
	case "<end>":
		return t.kind == oldTPunct
	}
	return t.kind == oldTWord && t.word == w
}

func oldMatchBefore(toks []oldTok, i int, words []string) bool {
	for k := len(words) - 1; k >= 0; k-- {
		if !toks[i].space || i == 0 {
			return false
		}
		i--
		if !oldMatchTok(toks[i], words[k]) {
			return false
		}
	}
	return true
}

func oldMatchAfter(toks []oldTok, i int, words []string) bool {
	for _, w := range words {
		i++
		if w == "<end>" && (i >= len(toks) || toks[i].nl || toks[i].kind == oldTPunct) {
			return true
		}
		if i >= len(toks) || !toks[i].space || !oldMatchTok(toks[i], w) {
			return false
		}
	}
	return true
}

// oldCueKind returns the Kind that the words before toks[i] give number n.
func (rules *NumberRules) oldCueKind(toks []oldTok, i int, n Number, text string) Kind {
	for _, c := range rules.cues {
		if !oldMatchBefore(toks, i, c.words) {
			continue
		}
		switch c.kind {
		case Ordinal:
			if n.Value < 1000 && !strings.ContainsAny(text, ".,") {
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

// oldHasCue reports whether a cue of kind k stands before toks[i].
func (rules *NumberRules) oldHasCue(toks []oldTok, i int, k Kind) bool {
	for _, c := range rules.cues {
		if c.kind == k && oldMatchBefore(toks, i, c.words) {
			return true
		}
	}
	return false
}

// Phrase parser states: what the last token taken was.
const (
	oldPDigit    = iota + 1 // a digit word, waiting for mươi/trăm/chục/a scale
	oldPNum                 // a number in digits
	oldPTen                 // mười
	oldPTens                // X mươi
	oldPUnits               // the units digit of a group
	oldPHundred             // X trăm
	oldPZeroTens            // linh/lẻ
	oldPScale               // a scale word
	oldPDozen               // X chục
	oldPEnd                 // rưỡi: nothing may follow
)

// oldParsePhrase reads the number phrase starting at toks[i] and returns it
// with the index of its last token.
func oldParsePhrase(toks []oldTok, i int) (n Number, last int, ok bool) {
	var total, group, lastScale float64
	pending := -1.0
	state := 0
	t := toks[i]
	switch {
	case t.kind == oldTNum:
		pending, state = t.num.Value, oldPNum
		n = *t.num
	case t.kind == oldTWord:
		w, isNum := numberWords[t.word]
		switch {
		case !isNum:
			return n, i, false
		case w.role == roleDigit:
			pending, state = w.value, oldPDigit
		case w.role == roleTen:
			group, state = 10, oldPTen
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
		if k >= len(toks) || toks[k].kind != oldTWord || !toks[k].space {
			return numberWord{}, false
		}
		w, ok := numberWords[toks[k].word]
		return w, ok
	}
	hasPending := func() bool { return pending >= 0 }
loop:
	for k := i + 1; k < len(toks) && state != oldPEnd; k++ {
		t := toks[k]
		if !t.space || t.nl {
			break
		}
		if t.kind == oldTNum {
			// "2 triệu 500 nghìn": digits after a scale, before a smaller one.
			next, ok := peek(k + 1)
			if state != oldPScale || t.num.Kind != Plain || !ok || next.role != roleScale || next.value >= lastScale {
				break
			}
			pending, state = t.num.Value, oldPNum
			last = k
			continue
		}
		if t.kind != oldTWord {
			break
		}
		w, isNum := numberWords[t.word]
		if !isNum {
			break
		}
		switch w.role {
		case roleTens:
			if state != oldPDigit || pending < 2 {
				break loop
			}
			group += pending * 10
			pending, state = -1, oldPTens
		case roleHundred:
			if !(state == oldPDigit || state == oldPNum && pending == math.Trunc(pending) && pending < 1000) {
				break loop
			}
			group += pending * 100
			pending, state = -1, oldPHundred
		case roleDozen:
			if state != oldPDigit && state != oldPNum {
				break loop
			}
			group += pending * 10
			pending, state = -1, oldPDozen
		case roleScale:
			if state == oldPZeroTens || state == 0 || (!hasPending() && group == 0) {
				break loop
			}
			if state == oldPNum && t.word == "vạn" {
				break loop
			}
			v := group + max(pending, 0)
			if lastScale == 0 || w.value < lastScale {
				total += v * w.value
			} else {
				total = (total + v) * w.value
			}
			group, pending, lastScale, state = 0, -1, w.value, oldPScale
		case roleDigit, roleUnit:
			d := w.value
			switch state {
			case oldPTens:
				if t.word == "năm" {
					break loop // "hai mươi năm" is twenty years
				}
				group += d
				state = oldPUnits
			case oldPTen:
				if t.word == "năm" || t.word == "mốt" {
					break loop
				}
				group += d
				state = oldPUnits
			case oldPZeroTens:
				if w.role == roleUnit && t.word != "tư" {
					break loop
				}
				group += d
				state = oldPUnits
			case oldPHundred, oldPScale:
				next, ok := peek(k + 1)
				if w.role != roleDigit || !ok || !(next.role == roleTens || next.role == roleHundred ||
					next.role == roleDozen || next.role == roleScale && next.value < lastScale) {
					break loop
				}
				pending, state = d, oldPDigit
			default:
				break loop
			}
		case roleTen:
			if state != oldPHundred && state != oldPScale {
				break loop
			}
			group += 10
			state = oldPTen
		case roleZeroTens:
			next, ok := peek(k + 1)
			if (state != oldPHundred && state != oldPScale) || !ok || (next.role != roleDigit && next.role != roleUnit) {
				break loop
			}
			state = oldPZeroTens
		case roleHalf:
			switch state {
			case oldPHundred:
				group += 50
			case oldPScale:
				total += lastScale / 2
			case oldPDozen:
				group += 5
			default:
				break loop
			}
			state = oldPEnd
		case roleZero:
			next, ok := peek(k + 1)
			if state != oldPScale || !ok || next.role != roleHundred {
				break loop
			}
			pending, state = 0, oldPDigit
		}
		last = k
		n.End = t.end
		n.Words = true
	}
	if state == oldPZeroTens {
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

// oldTokenize splits s into words, numbers in digits and other characters.
func oldTokenize(s string) []oldTok {
	toks := make([]oldTok, 0, len(s)/5+1)
	space, nl := false, true
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			space = true
			i++
			continue
		case c == '\n' || c == '\r':
			nl = true
			i++
			continue
		case '0' <= c && c <= '9':
			n := oldScanDigits(s, i)
			toks = append(toks, oldTok{kind: oldTNum, start: n.Start, end: n.End, space: space, nl: nl, num: &n})
			i = n.End
		default:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if !oldIsWordRune(r) {
				toks = append(toks, oldTok{kind: oldTPunct, start: i, end: i + size, word: s[i : i+size], space: space, nl: nl})
				i += size
				break
			}
			j := i + size
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !oldIsWordRune(r) {
					break
				}
				j += size
			}
			w := s[i:j]
			lw := w
			if unicode.IsUpper(r) || oldHasUpper(w[size:]) {
				lw = Lower(w)
			}
			toks = append(toks, oldTok{kind: oldTWord, start: i, end: j, word: lw, upper: unicode.IsUpper(r), space: space, nl: nl})
			i = j
		}
		space, nl = false, false
	}
	// Codes: digits stuck to a letter, or to a separator and a letter.
	for k := range toks {
		t := &toks[k]
		if t.kind != oldTNum || t.num.Kind == Date || t.num.Kind == Time {
			continue
		}
		if oldStuckToCode(s, t.start, t.end) {
			t.num.Kind = Code
		}
	}
	// Day-month dates need a cue before them.
	for k := range toks {
		t := &toks[k]
		if t.kind != oldTNum || !(t.num.Kind == Ratio || t.num.Kind == Range) || !t.num.dayMonth() {
			if t.kind != oldTNum || t.num.Kind != Plain || !oldIsDotDayMonth(s[t.start:t.end]) {
				continue
			}
		}
		if defaultNumberRules().oldHasCue(toks, k, Date) {
			t.num.Kind, t.num.Denominator, t.num.To, t.num.HasAlt, t.num.Alt = Date, 0, 0, false, 0
			if day, _, ok := strings.Cut(s[t.start:t.end], "."); ok && t.num.Kind == Date {
				t.num.Value = float64(oldAtoi(day))
			}
		}
	}
	return toks
}

// oldIsDotDayMonth reports whether s is d.m ("1.11", "30.6").
func oldIsDotDayMonth(s string) bool {
	d, m, ok := strings.Cut(s, ".")
	if !ok || len(d) == 0 || len(d) > 2 || len(m) == 0 || len(m) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && !oldIsDigit(s[i]) {
			return false
		}
	}
	day, month := oldAtoi(d), oldAtoi(m)
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

// oldDayMonth reports whether a Ratio or Range a/b could be a day and month.
func (n Number) oldDayMonth() bool {
	b := n.Denominator
	if n.Kind == Range {
		b = n.To
	}
	return oldIsInt(n.Value) && oldIsInt(b) && n.Value >= 1 && n.Value <= 31 && b >= 1 && b <= 12
}

func oldIsInt(v float64) bool { return v == math.Trunc(v) }

func oldHasUpper(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return true
			}
		} else if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func oldIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// oldStuckToCode reports whether the digits s[start:end] belong to a code:
// a letter right before them ("H5", "F0"), an upper-case letter right after
// ("5G"), or '-' or '/' between them and an upper-case letter ("03-CT",
// "QĐ-29", "COVID-19").
func oldStuckToCode(s string, start, end int) bool {
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

// oldScanDigits reads the number in digits at s[i]: a time, a date, or a
// quantity possibly followed by "/b" (ratio) or "-b" (range).
func oldScanDigits(s string, i int) Number {
	if n, ok := oldScanTime(s, i); ok {
		return n
	}
	if n, ok := oldScanDate(s, i); ok {
		return n
	}
	n := oldScanQuantity(s, i)
	if n.End+1 < len(s) && (s[n.End] == '/' || s[n.End] == '-') && oldIsDigit(s[n.End+1]) {
		sep := s[n.End]
		m := oldScanQuantity(s, n.End+1)
		if m.End+1 < len(s) && (s[m.End] == '/' || s[m.End] == '-') && oldIsDigit(s[m.End+1]) {
			// Three or more parts that are no date: a code ("1-2-3").
			end := m.End
			for end < len(s) && (oldIsDigit(s[end]) || s[end] == '/' || s[end] == '-' || s[end] == '.') {
				end++
			}
			for end > n.Start && !oldIsDigit(s[end-1]) {
				end--
			}
			return Number{Start: i, End: end, Value: n.Value, Kind: Code}
		}
		out := Number{Start: i, End: m.End, Value: n.Value}
		a, b := n.Value, m.Value
		lenA, lenB := n.End-n.Start, m.End-m.Start
		switch {
		case lenB == 4 && oldIsInt(a) && a >= 1 && a <= 12 && oldIsInt(b) && b >= 1900 && b <= 2100 && lenA <= 2:
			out.Kind = Date // tháng 6/2022
		case sep == '-' && lenA == 4 && lenB == 2 && oldIsInt(a) && a >= 1900 && a <= 2100 && oldIsInt(b) && b >= 1 && b <= 12:
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

// oldScanTime reads "8h30", "8h", "14:00".
func oldScanTime(s string, i int) (Number, bool) {
	j := i
	for j < len(s) && oldIsDigit(s[j]) && j-i < 3 {
		j++
	}
	if j-i > 2 || j >= len(s) || (s[j] != 'h' && s[j] != ':') {
		return Number{}, false
	}
	hour := oldAtoi(s[i:j])
	if hour > 24 {
		return Number{}, false
	}
	k := j + 1
	for k < len(s) && oldIsDigit(s[k]) && k-j-1 < 3 {
		k++
	}
	switch {
	case k-j-1 == 2 && oldAtoi(s[j+1:k]) < 60 && (k == len(s) || !oldIsDigit(s[k])):
		// 8h30, 14:00
	case k == j+1 && s[j] == 'h':
		// 8h: not followed by a letter ("8ha" is hectares).
		if k < len(s) {
			r, _ := utf8.DecodeRuneInString(s[k:])
			if oldIsWordRune(r) || oldIsDigit(s[k]) {
				return Number{}, false
			}
		}
	default:
		return Number{}, false
	}
	return Number{Start: i, End: k, Value: float64(hour), Kind: Time}, true
}

// oldScanDate reads d/m/yyyy, d-m-yyyy, d.m.yyyy (two-digit years too).
func oldScanDate(s string, i int) (Number, bool) {
	var parts [3]int
	var lens [3]int
	j := i
	var sep byte
	for p := 0; p < 3; p++ {
		k := j
		for k < len(s) && oldIsDigit(s[k]) && k-j < 5 {
			k++
		}
		if k == j {
			return Number{}, false
		}
		parts[p], lens[p] = oldAtoi(s[j:k]), k-j
		j = k
		if p < 2 {
			if j+1 >= len(s) || !oldIsDigit(s[j+1]) {
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
	if j < len(s) && (oldIsDigit(s[j]) || (s[j] == sep && j+1 < len(s) && oldIsDigit(s[j+1]))) {
		return Number{}, false
	}
	if lens[0] > 2 || lens[1] > 2 || (lens[2] != 2 && lens[2] != 4) ||
		parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12 {
		return Number{}, false
	}
	return Number{Start: i, End: j, Value: float64(parts[0]), Kind: Date}, true
}

func oldAtoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e9 {
			return n
		}
	}
	return n
}

// oldScanQuantity reads digits with '.', ',' and ' ' separators at s[i].
func oldScanQuantity(s string, i int) Number {
	type group struct {
		sep        byte // the separator before the group (0 for the first)
		start, end int
	}
	var gs []group
	j := i
	for j < len(s) && oldIsDigit(s[j]) {
		j++
	}
	gs = append(gs, group{0, i, j})
	for j+1 < len(s) {
		sep := s[j]
		if (sep != '.' && sep != ',' && sep != ' ') || !oldIsDigit(s[j+1]) {
			break
		}
		k := j + 1
		for k < len(s) && oldIsDigit(s[k]) {
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
		if n, ok := oldReadGroups(seps, ds); ok {
			n.Start, n.End = i, gs[len(gs)-1].end
			return n
		}
		gs = gs[:len(gs)-1]
	}
	return Number{Start: i, End: j, Value: float64(oldAtoi(s[i:j]))}
}

// oldReadGroups reads digit groups ds, each after its separator seps[k]
// (seps[0] is 0).
func oldReadGroups(seps []byte, ds []string) (Number, bool) {
	if len(ds) == 1 {
		return Number{Value: oldParseFloat(ds[0], "")}, true
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
			return Number{Value: oldParseFloat(first+ds[1], ""), Alt: oldParseFloat(first, ds[1]), HasAlt: true}, true
		}
		return Number{Value: oldParseFloat(first, ds[1])}, true
	case len(ds) == 2 && seps[1] == ',':
		if thousandsHead && len(ds[1]) == 3 {
			return Number{Value: oldParseFloat(first, ds[1]), Alt: oldParseFloat(first+ds[1], ""), HasAlt: true}, true
		}
		return Number{Value: oldParseFloat(first, ds[1])}, true
	case !thousandsHead:
		return Number{}, false
	case sameSep(1, len(ds), '.') && all3(1, len(ds)),
		sameSep(1, len(ds), ',') && all3(1, len(ds)),
		sameSep(1, len(ds), ' ') && all3(1, len(ds)):
		return Number{Value: oldParseFloat(join(0, len(ds)), "")}, true
	case (sameSep(1, last, '.') || sameSep(1, last, ' ')) && seps[last] == ',' && all3(1, last):
		return Number{Value: oldParseFloat(join(0, last), ds[last])}, true // 3.912,5
	case sameSep(1, last, ',') && seps[last] == '.' && all3(1, last):
		return Number{Value: oldParseFloat(join(0, last), ds[last])}, true // 1,200.5
	}
	return Number{}, false
}

// oldParseFloat reads whole and fraction digits.
func oldParseFloat(whole, frac string) float64 {
	if frac != "" {
		whole += "." + frac
	}
	v, _ := strconv.ParseFloat(whole, 64)
	return v
}

// oldRunPasses runs the oldPasses of Chain(opts) over s and hands each offset map that
// is not the identity to keep.
func oldRunPasses(s string, opts Options, keep func(*edits)) string {
	changed := false
	for k, pass := range oldPasses(opts) {
		if k == oldSecondNFC && !changed {
			continue // Invisible kept everything: s is NFC already
		}
		var m *edits
		s, m = pass(s)
		changed = m != nil
		if m != nil && keep != nil {
			keep(m)
		}
	}
	return s
}

// oldSecondNFC is the index in oldPasses of the NFC after Invisible.
const oldSecondNFC = 2

// oldPasses returns the stages of Chain(opts) as offset-tracking oldPasses.
func oldPasses(opts Options) []func(string) (string, *edits) {
	la := opts.lookAlikes()
	return []func(string) (string, *edits){
		oldNfcPass,
		func(s string) (string, *edits) { return oldRunePass(s, invisible) },
		oldNfcPass,
		func(s string) (string, *edits) { return oldRunePass(s, oldLookAlike(la)) },
		func(s string) (string, *edits) { return oldTonePass(s, opts.Tone) },
		oldSpacesPass,
	}
}

// oldString returns the normalized form of s: New(s, opts).Norm, without the
// offset map.
func oldString(s string, opts Options) string {
	return oldRunPasses(s, opts, nil)
}

// oldTonePass is the offset-tracking form of Tone: each syllable whose mark
// moves is one replaced chunk, from its first changed rune to its last.
func oldTonePass(s string, style ToneStyle) (string, *edits) {
	b := newBuilder(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !oldIsWordRune(r) {
			i += size
			continue
		}
		end, n, nonASCII := oldWordEndString(s, i, maxSyllable)
		if n > maxSyllable {
			// A long run: skip it whole.
			for end < len(s) {
				r, size := utf8.DecodeRuneInString(s[end:])
				if !oldIsWordRune(r) {
					break
				}
				end += size
			}
			i = end
			continue
		}
		if !nonASCII {
			i = end // no tone mark: nothing to move
			continue
		}
		if out, ok := oldPlaceTone(s[i:end], style); ok {
			a, z := diffRange(s[i:end], out)
			b.keep(i + a)
			b.replace(end-z, out[a:len(out)-z])
		}
		i = end
	}
	return b.finish()
}

// oldWordEndString is wordEnd for a string, whose end ends the run; it also
// reports whether the run has a non-ASCII rune.
func oldWordEndString(s string, i, limit int) (end, n int, nonASCII bool) {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			nonASCII = true
		}
		if !oldIsWordRune(r) {
			return i, n, nonASCII
		}
		n++
		i += size
		if n > limit {
			return i, n, nonASCII
		}
	}
	return i, n, nonASCII
}

// oldPlaceTone puts the tone mark of one syllable w (a run of letters, NFC)
// where style says. It reports false, and changes nothing, when w is not a
// well-formed Vietnamese syllable with exactly one tone mark, or when the
// mark is already in place.
func oldPlaceTone(w string, style ToneStyle) (string, bool) {
	// Only a syllable with a tone mark and two vowel letters can change.
	marks, vowels := 0, 0
	for _, r := range w {
		if r < utf8.RuneSelf {
			switch r | 0x20 {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
			}
			continue
		}
		if l, ok := toned(r); ok {
			vowels++
			if l.tone != toneNone {
				marks++
			}
		}
	}
	if marks != 1 || vowels < 2 {
		return w, false
	}
	sy, ok := oldParseSyllable(w)
	if !ok || sy.marked < 0 {
		return w, false
	}
	ls, n, marked, p, q, bases := &sy.ls, sy.n, sy.marked, sy.p, sy.q, sy.bases[:sy.n]

	// Where the mark goes: the last shaped vowel (ă â ê ô ơ ư); else the
	// last vowel before a coda; else in an open syllable the second to last
	// vowel, except oa, oe, uy in NewStyle.
	target := -1
	for i := p; i < q; i++ {
		if isShaped(bases[i]) {
			target = i
		}
	}
	switch c := string(bases[p:q]); {
	case target >= 0:
	case q < n || q-p == 1:
		target = q - 1
	case style == NewStyle && (c == "oa" || c == "oe" || c == "uy"):
		target = q - 1
	default:
		target = q - 2
	}
	if target == marked {
		return w, false
	}
	ls[target].tone, ls[marked].tone = ls[marked].tone, toneNone
	buf := make([]byte, 0, len(w)+2)
	for i := range n {
		buf = utf8.AppendRune(buf, ls[i].rune())
	}
	return string(buf), true
}

// oldParseSyllable takes w (a run of letters, NFC) apart. It reports false when
// w is not a well-formed Vietnamese syllable with at most one tone mark.
func oldParseSyllable(w string) (sy syllable, ok bool) {
	sy.marked = -1
	for _, r := range w {
		if sy.n == maxSyllable {
			return sy, false
		}
		l, ok := toned(r)
		if !ok {
			lr := unicode.ToLower(r)
			if lr >= utf8.RuneSelf && lr != 'đ' {
				return sy, false
			}
			l = letter{base: lr, upper: lr != r}
		}
		if l.tone != toneNone {
			if sy.marked >= 0 {
				return sy, false
			}
			sy.marked = sy.n
		}
		sy.ls[sy.n] = l
		sy.bases[sy.n] = l.base
		sy.n++
	}
	n, bases := sy.n, sy.bases[:sy.n]
	if n == 0 {
		return sy, false
	}

	// Onset: gi and qu before a vowel, else the longest consonant onset.
	p := 0
	switch {
	case n > 2 && bases[0] == 'g' && bases[1] == 'i' && isVowel(bases[2]),
		n > 2 && bases[0] == 'q' && bases[1] == 'u' && isVowel(bases[2]):
		p = 2
	case bases[0] == 'q':
		return sy, false
	default:
		for _, o := range onsets {
			if hasPrefixRunes(bases, o) {
				p = utf8.RuneCountInString(o)
				break
			}
		}
	}
	// Nucleus and coda.
	q := p
	for q < n && isVowel(bases[q]) {
		q++
	}
	if k := clusterKey(bases[p:q]); q == p || k < 0 || !clusters[k] || !isCoda(bases[q:]) {
		return sy, false
	}
	sy.p, sy.q = p, q
	return sy, true
}

// oldIsWordRune reports whether r belongs to a letter run: a letter or a
// nonspacing mark.
func oldIsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0xc0 && r < 0x250:
		return r != 0xd7 && r != 0xf7 // Latin-1 and Latin Extended-A/B letters
	case r >= 0x1e00 && r < 0x1f00:
		return true // Latin Extended Additional: all letters
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// oldRunePass is the offset-tracking form of a runeFunc. The runeFuncs of this
// package keep printable ASCII, which it skips without calling them.
func oldRunePass(s string, f runeFunc) (string, *edits) {
	b := newBuilder(s)
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		m := f(r)
		switch {
		case m < 0:
			b.keep(i)
			b.replace(i+size, "")
		case m == r && r != utf8.RuneError:
		case m == r && size == 3:
			// A real U+FFFD stays.
		default:
			b.keep(i)
			n := utf8.EncodeRune(buf[:], m)
			b.replace(i+size, string(buf[:n]))
		}
		i += size
	}
	return b.finish()
}

func oldLookAlike(m map[rune]rune) runeFunc {
	// A bitmap of the BMP keys saves most map look-ups.
	var bmp [0x10000 / 64]uint64
	for r := range m {
		if r < 0x10000 {
			bmp[r/64] |= 1 << (r % 64)
		}
	}
	return func(r rune) rune {
		if r < utf8.RuneSelf || r < 0x10000 && bmp[r/64]&(1<<(r%64)) == 0 {
			return r
		}
		if v, ok := m[r]; ok {
			return v
		}
		return r
	}
}

// oldNfcPass is the offset-tracking form of norm.NFC: each segment between two
// NFC boundaries that changes is one replaced chunk.
func oldNfcPass(s string) (string, *edits) {
	n := norm.NFC.QuickSpanString(s)
	if n == len(s) {
		return s, nil
	}
	// QuickSpan stops at a boundary: normalize segment by segment from there.
	b := newBuilder(s)
	i := n
	b.keep(i)
	for i < len(s) {
		k := norm.NFC.NextBoundaryInString(s[i:], true)
		if k <= 0 {
			k = len(s) - i
		}
		seg := s[i : i+k]
		if !norm.NFC.IsNormalString(seg) {
			b.keep(i)
			b.replace(i+k, norm.NFC.String(seg))
		}
		i += k
	}
	return b.finish()
}

// oldSpacesPass is the offset-tracking form of Spaces.
func oldSpacesPass(s string) (string, *edits) {
	b := newBuilder(s)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isHSpace(c):
			j := i + 1
			for j < len(s) && isHSpace(s[j]) {
				j++
			}
			repl := " "
			inLine := i > 0 && s[i-1] != '\n' && s[i-1] != '\r' && j < len(s) && s[j] != '\n' && s[j] != '\r'
			if strings.IndexByte(s[i:j], '\t') >= 0 || j-i >= fieldGap && inLine {
				repl = "\t"
			}
			if s[i:j] != repl {
				b.keep(i)
				b.replace(j, repl)
			}
			i = j
		case c == '\r':
			j := i + 1
			if j < len(s) && s[j] == '\n' {
				j++
			}
			b.keep(i)
			b.replace(j, "\n")
			i = j
		default:
			i++
		}
	}
	return b.finish()
}

// oldExpand returns a new Text whose Norm is t.Norm with the abbreviations
// spelled out (in t's tone style), and whose OrigOffset and OrigSpan still
// map to t.Orig: the span of "đảng viên" in "21 đảng viên mới" maps back to
// the "ĐV" of "21 ĐV mới". Each expansion is one chunk.
func (e *Expander) oldExpand(t *Text) *Text {
	s := t.Norm
	b := newBuilder(s)
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if cands, ok := e.byFirst[r]; ok && !oldBlocksBefore(prev) {
			for _, a := range cands {
				if strings.HasPrefix(s[i:], a.Short) && !oldBlocksAfter(s[i+len(a.Short):], strings.HasSuffix(a.Short, ".")) {
					b.keep(i)
					b.replace(i+len(a.Short), SetTone(a.Long, t.opts.Tone))
					i += len(a.Short)
					prev, _ = utf8.DecodeLastRuneInString(a.Short)
					goto next
				}
			}
		}
		prev = r
		i += size
	next:
	}
	norm, m := b.finish()
	out := &Text{Orig: t.Orig, Norm: norm, opts: t.opts, maps: t.maps}
	if m != nil {
		out.maps = append(append([]*edits(nil), t.maps...), m)
	}
	return out
}

func oldBlocksBefore(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) ||
		r == '-' || r == '/' || r == '.' || r == '_')
}

func oldBlocksAfter(rest string, endsWithDot bool) bool {
	if rest == "" {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	if r == '.' && !endsWithDot {
		r2, _ := utf8.DecodeRuneInString(rest[size:])
		return size < len(rest) && (unicode.IsLetter(r2) || unicode.IsDigit(r2))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '/' || r == '_'
}

// oldFold returns an accent-insensitive, lower-case key of s: NFD, combining
// marks (Mn) removed, đ/Đ (and the look-alikes ð/Ð) to d, lower case, NFC.
// "Đảng Viên" and "dảng viên" both fold to "dang vien". Nothing else
// changes: spaces, punctuation and digits stay. For an NFC Vietnamese text
// oldFold keeps one rune per rune (each letter loses its marks, no letter
// disappears), so rune offsets, though not byte offsets, carry over. oldFold
// is idempotent.
func oldFold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	nonLatin := false
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		f, ok := oldFoldTable()[r]
		if !ok {
			f = oldFoldRune(r)
			nonLatin = nonLatin || f >= 0x300
		}
		if f >= 0 {
			b.WriteRune(f)
		}
	}
	out := b.String()
	if nonLatin && !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

// oldFoldRune folds one rune: its first rune under NFD, lower case; -1 for a
// nonspacing mark.
func oldFoldRune(r rune) rune {
	switch r {
	case 'đ', 'Đ', 'ð', 'Ð':
		return 'd'
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	d := norm.NFD.String(string(r))
	f, _ := utf8.DecodeRuneInString(d)
	return unicode.ToLower(f)
}

// oldFoldTable holds oldFoldRune of the Latin letters Vietnamese uses.
var oldFoldTable = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for _, rng := range [][2]rune{{0x80, 0x24f}, {0x300, 0x36f}, {0x1e00, 0x1eff}} {
		for r := rng[0]; r <= rng[1]; r++ {
			m[r] = oldFoldRune(r)
		}
	}
	return m
})

func hasPrefixRunes(rs []rune, prefix string) bool {
	i := 0
	for _, r := range prefix {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}
