package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
	tokNewline
)

// token is one word, number or punctuation mark of the normalized text.
type token struct {
	kind       tokKind
	id         int32  // word id of fold (vocab.go), 0 when no rule names it
	fold       string // folded form, for matching
	start, end int    // byte offsets in the normalized text
	cap        bool   // starts with an upper-case letter
	brk        uint8  // 0, clauseBrk or sentBrk
	// numbers
	value   float64
	percent bool
	year    bool    // a bare year such as 2014: never a figure
	yearTo  float64 // the term's last year: "2020-2025"
	skip    bool    // a date, code or other number that is never a figure
	den     float64
	hasDen  bool
	sep     bool // written with a thousands separator
	// match is the index+1 of the bracket that closes or opens this one,
	// so a gap can step over a bracketed group as one token.
	match int32
}

const (
	clauseBrk = 1
	sentBrk   = 2
)

func (t *token) clauseBreak() bool { return t.brk != 0 }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// abbrevDot lists folded words after which a '.' does not end a sentence.
var abbrevDot = map[string]bool{
	"tp": true, "p": true, "q": true, "h": true, "tx": true, "tt": true, "x": true,
	"ths": true, "ts": true, "gs": true, "pgs": true, "bs": true, "ks": true, "th": true,
	"c": true, "ct": true, "nxb": true, "s": true, "st": true, "mr": true, "ms": true,
}

// lex tokenizes normalized text s.
func lex(s string, toks []token) []token {
	nums := findNumbers(s)
	ni := 0
	folded := make([]byte, 0, len(s))
	var spans [][3]int32
	for i := 0; i < len(s); {
		if ni < len(nums) && nums[ni].Start <= i {
			n := nums[ni]
			ni++
			if n.Start < i {
				continue
			}
			end := n.End
			if n.Percent && n.PercentEnd > end {
				end = n.PercentEnd
			}
			t := token{kind: tokNum, start: n.Start, end: end, value: n.Value, percent: n.Percent}
			numberKind(&t, n, s)
			toks = append(toks, t)
			i = end
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			toks = append(toks, token{kind: tokNewline, fold: "\n", start: i, end: i + w, brk: sentBrk})
			i += w
		case r == ' ' || r == '\t' || (r >= utf8.RuneSelf && unicode.IsSpace(r)):
			i += w
		case isWordRune(r):
			j := i + w
			for j < len(s) {
				if ni < len(nums) && nums[ni].Start == j {
					break
				}
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += w2
			}
			// Folded forms go into one buffer, made one string at the end:
			// one allocation for all the words of a text.
			fs := len(folded)
			folded = normalize.AppendFold(folded, s[i:j])
			spans = append(spans, [3]int32{int32(len(toks)), int32(fs), int32(len(folded))})
			toks = append(toks, token{kind: tokWord, start: i, end: j, cap: unicode.IsUpper(r)})
			i = j
		default:
			t := token{kind: tokPunct, fold: string(r), start: i, end: i + w}
			switch r {
			case ';', ':':
				t.brk = clauseBrk
			case '!', '?', '…':
				t.brk = sentBrk
			case '.':
				next, _ := utf8.DecodeRuneInString(s[i+w:])
				atEnd := i+w >= len(s)
				prevAbbr := len(toks) > 0 && toks[len(toks)-1].kind == tokWord && abbrevDot[toks[len(toks)-1].fold]
				if atEnd || (unicode.IsSpace(next) && !prevAbbr) || next == '.' {
					t.brk = sentBrk
				}
			}
			toks = append(toks, t)
			i += w
		}
	}
	all := string(folded)
	for _, sp := range spans {
		toks[sp[0]].fold = all[sp[1]:sp[2]]
	}
	markYears(toks)
	toks = restated(toks)
	matchBrackets(toks)
	setIDs(toks)
	return toks
}

// matchBrackets pairs round brackets inside each sentence.
func matchBrackets(toks []token) {
	var open []int
	for i := range toks {
		switch {
		case toks[i].brk == sentBrk:
			open = open[:0]
		case toks[i].fold == "(":
			open = append(open, i)
		case toks[i].fold == ")" && len(open) > 0:
			j := open[len(open)-1]
			open = open[:len(open)-1]
			toks[i].match, toks[j].match = int32(j+1), int32(i+1)
		}
	}
}

// restated folds a number restated in brackets into the number before it:
// "21 (hai mươi mốt) chi bộ", "mười lăm (15) đảng viên" read as one number
// whose token covers both.
func restated(toks []token) []token {
	// Nothing to fold in most texts: find the first case before copying.
	first := -1
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].kind == tokNum && toks[i+1].fold == "(" && toks[i+2].kind == tokNum && toks[i+2].value == toks[i].value && toks[i+3].fold == ")" {
			first = i
			break
		}
	}
	if first < 0 {
		return toks
	}
	out := toks[:first]
	toks = toks[first:]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokNum && i+3 < len(toks) && toks[i+1].fold == "(" && toks[i+2].kind == tokNum &&
			toks[i+2].value == t.value && toks[i+3].fold == ")" {
			t.end = toks[i+3].end
			out = append(out, t)
			i += 3
			continue
		}
		out = append(out, t)
	}
	return out
}

// numberKind copies what is known about a number into its token.
func numberKind(t *token, n numSpan, s string) {
	t.skip = n.Skip
	t.year, t.yearTo = n.Year, n.YearTo
	t.den, t.hasDen = n.Den, n.HasDen
	for _, r := range s[n.Start:n.End] {
		if r == '.' || r == ' ' || r == ',' {
			t.sep = true
			break
		}
	}
}

// markYears flags bare four-digit numbers that read as years.
func markYears(toks []token) {
	for i := range toks {
		t := &toks[i]
		if t.kind != tokNum || t.sep || t.percent || t.hasDen || t.value < 1900 || t.value > 2100 || t.value != float64(int(t.value)) {
			continue
		}
		t.year = true
	}
}
