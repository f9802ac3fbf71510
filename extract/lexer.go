package extract

import (
	"math"
	"slices"
	"strings"
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
// Fields are ordered by size so that the struct packs into 56 bytes: a
// text has a token for every five bytes or so, read by every pass.
type token struct {
	fold string // folded form, for matching
	// start and end are byte offsets in the normalized text: int32 keeps
	// a token at 56 bytes (Extract reads no text over maxText).
	start, end int32
	// numbers
	value float64
	den   float64
	id    int32 // word id of fold (vocab.go), 0 when no rule names it
	// match is the offset from this bracket to the one that closes or
	// opens it (0: none), so that a gap can step over a bracketed group
	// as one token. An offset keeps its meaning in a run of tokens copied
	// for a sub-pass.
	match   int16
	yearTo  uint16 // the term's last year: "2020-2025"
	kind    tokKind
	brk     uint8 // 0, clauseBrk or sentBrk
	cap     bool  // starts with an upper-case letter
	percent bool
	year    bool // a bare year such as 2014: never a figure
	skip    bool // a date, code or other number that is never a figure
	hasDen  bool
	sep     bool // written with a thousands separator
}

const (
	clauseBrk = 1
	sentBrk   = 2
)

func (t *token) clauseBreak() bool { return t.brk != 0 }

func isWordRune(r rune) bool { return wordRunes.has(r) }

func isSpaceRune(r rune) bool { return spaceRunes.has(r) }

func isUpperRune(r rune) bool { return upperRunes.has(r) }

// The rune classes of the lexer: letters, marks and digits; the spaces
// that separate tokens ('\t' and the non-ASCII ones: ' ' is tested first,
// and other control bytes are punctuation, as normalize leaves none); upper
// case.
var (
	wordRunes  = newRuneSet(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) })
	spaceRunes = newRuneSet(func(r rune) bool { return r == '\t' || r >= utf8.RuneSelf && unicode.IsSpace(r) })
	upperRunes = newRuneSet(unicode.IsUpper)
)

// runeSet is a class of runes with a bitmap of its BMP runes, so that the
// unicode tables are searched once, not for every rune of a text.
type runeSet struct {
	bmp [0x10000 / 64]uint64
	of  func(rune) bool // the class, asked for runes beyond the BMP
}

func newRuneSet(of func(rune) bool) *runeSet {
	s := &runeSet{of: of}
	for r := rune(0); r < 0x10000; r++ {
		if of(r) {
			s.bmp[r>>6] |= 1 << (r & 63)
		}
	}
	return s
}

func (s *runeSet) has(r rune) bool {
	if r < 0x10000 {
		return s.bmp[r>>6]&(1<<(r&63)) != 0
	}
	return s.of(r)
}

// abbrevDot holds the word ids of the folded abbreviations after which a
// '.' does not end a sentence ("TP.", "Q.", "ThS."): a word token's id is
// that of its fold.
var abbrevDot = func() bitset {
	var b bitset
	for _, id := range wordIDs(strings.Fields("tp p q h tx tt x ths ts gs pgs bs ks th c ct nxb s st mr ms")) {
		b.set(id)
	}
	return b
}()

// lex tokenizes normalized text s.
func lex(s string, toks []token) []token {
	var lx lexer
	return lx.lex(s, toks)
}

// lexer holds the buffers of lex, for reuse.
type lexer struct {
	memo           wordMemo
	nums           []numSpan
	raw            []normalize.Number // normalize's numbers, before findNumbers
	ntok           []normalize.Token  // the tokens normalize read the text as
	numToks, marks []int32            // byteLexer's, kept
	// alone makes lex find every word itself, as it does where
	// normalize's tokens do not help: the reference of the shared path
	// in tests.
	alone bool
	// orig, when set, is the text being lexed (its Norm): a line break's
	// wrap is told by the original's case (softWrap), a table's cells by
	// its tabs (tabCells).
	orig   *normalize.Text
	tabBuf []token
}

func (lx *lexer) reset() {
	lx.nums = lx.nums[:0]
}

// lex tokenizes s, appending to toks.
func (lx *lexer) lex(s string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(s)/5+16)
	}
	lx.nums = findNumbers(s, lx.nums[:0], &lx.raw, &lx.ntok)
	ntok := lx.ntok
	if lx.alone {
		ntok = nil
	}
	voc := currentVocab()
	lx.memo.use(voc)
	b := byteLexer{s: s, nums: lx.nums, next: len(s), voc: voc, newlineID: voc.lookupString("\n"), memo: &lx.memo,
		numToks: lx.numToks[:0], marks: lx.marks[:0]}
	if lx.orig != nil && lx.orig.Norm == s {
		b.orig = lx.orig
	}
	if len(b.nums) > 0 {
		b.next = b.nums[0].Start
	}
	// The words of normalize's tokens are words here too, up to the next
	// number and unless they go on with a rune only this lexer takes (a
	// digit, a spacing mark). Numbers, line ends, punctuation and
	// whatever else lies between those words are read byte by byte (run).
	i := 0          // the tokens before i are read
	limit := b.next // where the next number starts: words end there
	for k := range ntok {
		t := &ntok[k]
		st := t.Start()
		if st < i {
			continue // in a number, or in a word read on
		}
		if st != i && (st != i+1 || s[i] != ' ') {
			toks, i = b.run(toks, i, st)
			limit = b.next
			if st < i {
				continue
			}
		}
		if st >= limit || !t.IsWord() {
			if c := s[st]; st < limit && c < utf8.RuneSelf && asciiPunct[c] {
				// ASCII punctuation but '.', in line: what other gives it.
				toks = appendToken(toks, tokPunct, s[st:st+1], st, st+1, lx.memo.punct[c], asciiBrk[c], false)
				if c == '(' || c == ')' {
					b.brackets = true
				}
				if c == '(' || c == ')' || asciiBrk[c] == sentBrk {
					b.marks = append(b.marks, int32(len(toks)-1))
				}
				i = st + 1
				continue
			}
			toks, i = b.run(toks, st, st+1)
			limit = b.next
			continue
		}
		j := min(t.End(), limit)
		if j < limit && (s[j] >= utf8.RuneSelf || asciiFold[s[j]] != 0) && !wordEndsAt(s, j, limit) {
			j = wordEnd(s, j, limit)
		}
		// b.word in line, for the words of most tokens.
		e := lx.memo.wordAt(s, st, j)
		fold := e.fold
		if e.self {
			fold = s[st:j]
		}
		toks = appendWord(toks, fold, st, j, e.cap, e.id)
		i = j
	}
	toks, _ = b.run(toks, i, len(s))
	if b.orig != nil && strings.IndexByte(s, '\t') >= 0 {
		// Cells of a table copied with tabs, or in columns of spaces,
		// between them: normalize leaves a tab there, which the lexer
		// skips as a space.
		var n int
		if toks, n = lx.tabCells(toks, s, voc); n > 0 {
			b.numToks = b.numToks[:0]
			for k := range toks {
				if toks[k].kind == tokNum {
					b.numToks = append(b.numToks, int32(k))
				}
			}
			b.marks = b.marks[:0]
			for k := range toks {
				if f := toks[k].fold; f == "(" || f == ")" || toks[k].brk == sentBrk {
					b.marks = append(b.marks, int32(k))
				}
			}
		}
	}
	lx.marks, lx.numToks = b.marks, b.numToks
	for _, k := range b.numToks {
		if toks[k].year && countsNext(toks, int(k)) {
			toks[k].year = false
		}
	}
	if b.brackets {
		n := len(toks)
		toks = restated(toks, b.numToks)
		marks := b.marks
		if len(toks) != n {
			marks = nil // a number folded: the indexes moved
		}
		matchBrackets(toks, marks)
	}
	return toks
}

// byteLexer reads a text byte by byte where normalize's tokens do not
// give its words.
type byteLexer struct {
	s        string
	nums     []numSpan
	ni       int // the next of nums
	next     int // where it starts (len(s) after the last)
	brackets bool
	// The indexes of the tokens that restated and matchBrackets look
	// at: the numbers, and the brackets and sentence breaks.
	numToks, marks []int32
	voc            *vocabTable
	newlineID      int32
	memo           *wordMemo
	orig           *normalize.Text // the text s is the Norm of, or nil
}

// word appends the word s[i:j] to toks.
func (b *byteLexer) word(toks []token, i, j int) []token {
	s := b.s
	e := b.memo.wordAt(s, i, j)
	fold := e.fold
	if e.self {
		// A word that is its own fold ("chi", "xa") points into the text.
		fold = s[i:j]
	}
	return appendWord(toks, fold, i, j, e.cap, e.id)
}

// appendWord appends a word token (appendToken).
func appendWord(toks []token, fold string, start, end int, upper bool, id int32) []token {
	return appendToken(toks, tokWord, fold, start, end, id, 0, upper)
}

// appendToken appends a token, writing its fields in place: a token built
// aside and appended is copied as a whole, which while the garbage
// collector marks costs a barrier over the whole of it. The number fields
// are zero; the caller sets them on the last token.
func appendToken(toks []token, kind tokKind, fold string, start, end int, id int32, brk uint8, upper bool) []token {
	if len(toks) == cap(toks) {
		toks = slices.Grow(toks, 1)
	}
	toks = toks[:len(toks)+1]
	t := &toks[len(toks)-1]
	t.fold = fold
	t.start, t.end = int32(start), int32(end)
	t.value, t.den = 0, 0
	t.id, t.match, t.yearTo = id, 0, 0
	t.kind, t.brk, t.cap = kind, brk, upper
	t.percent, t.year, t.skip, t.hasDen, t.sep = false, false, false, false, false
	return toks
}

// run appends the tokens that start in s[i:stop] to toks and returns
// where the next may start: stop or after, when the last token goes on.
func (b *byteLexer) run(toks []token, i, stop int) ([]token, int) {
	s := b.s
	for i < stop && i < len(s) {
		if i >= b.next {
			n := b.nums[b.ni]
			b.ni++
			b.next = len(s)
			if b.ni < len(b.nums) {
				b.next = b.nums[b.ni].Start
			}
			if n.Start < i {
				continue
			}
			end := n.End
			if n.Percent && n.PercentEnd > end {
				end = n.PercentEnd
			}
			b.numToks = append(b.numToks, int32(len(toks)))
			toks = appendToken(toks, tokNum, "", n.Start, end, 0, 0, false)
			t := &toks[len(toks)-1]
			t.value, t.percent = n.Value, n.Percent
			numberKind(t, n, s)
			markYear(t)
			i = end
			continue
		}
		c := s[i]
		if c == ' ' || c == '\n' && softWrap(toks, s, i, b.orig) {
			// A line wrapped inside a sentence reads on as one line.
			i++
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = normalize.DecodeRune(s, i)
		}
		if c < utf8.RuneSelf && asciiFold[c] != 0 || c >= utf8.RuneSelf && isWordRune(r) {
			j := wordEnd(s, i, min(b.next, len(s)))
			toks = b.word(toks, i, j)
			i = j
			continue
		}
		var bracket bool
		n := len(toks)
		toks, bracket = other(toks, s, i, r, w, b.newlineID, b.voc)
		b.brackets = b.brackets || bracket
		if len(toks) > n && (bracket || toks[n].brk == sentBrk) {
			b.marks = append(b.marks, int32(n))
		}
		i += w
	}
	return toks, i
}

// other appends the token of the rune r of w bytes at s[i], which starts
// no word nor number, to toks, unless it is a space, and says whether it
// is a round bracket.
func other(toks []token, s string, i int, r rune, w int, newlineID int32, voc *vocabTable) ([]token, bool) {
	bracket := false
	switch {
	case r == '\n':
		toks = appendToken(toks, tokNewline, "\n", i, i+w, newlineID, sentBrk, false)
	case isSpaceRune(r):
	default:
		// The text is valid UTF-8 (normalize replaced what was not),
		// so the rune's bytes are its string.
		fold := s[i : i+w]
		var brk uint8
		switch r {
		case ';', ':':
			brk = clauseBrk
		case '!', '?', '…':
			brk = sentBrk
		case '(', ')':
			bracket = true
		case '.':
			next, _ := utf8.DecodeRuneInString(s[i+w:])
			atEnd := i+w >= len(s)
			prevAbbr := false
			if k := len(toks) - 1; k >= 0 && toks[k].kind == tokWord {
				prevAbbr = abbrevDot.has(toks[k].id)
			}
			if atEnd || (unicode.IsSpace(next) && !prevAbbr) || next == '.' {
				brk = sentBrk
			}
		}
		toks = appendToken(toks, tokPunct, fold, i, i+w, voc.lookupString(fold), brk, false)
	}
	return toks, bracket
}

// tabCells puts a '|' token, a table's cell break, between two tokens of
// a line that a tab stands between in the normalized text s ("Huyện Hưng
// Hà\t46\t13.837"), as a page's tables read when copied as text. (No
// number spans a tab: normalize makes a run of spaces with a tab, or a
// long run inside a line, a tab, and reads no number across it.) It
// returns the tokens and how many it put.
func (lx *lexer) tabCells(toks []token, s string, voc *vocabTable) ([]token, int) {
	n := 0
	out := lx.tabBuf[:0]
	id := voc.lookupString("|")
	for k := range toks {
		out = append(out, toks[k])
		if k+1 == len(toks) || toks[k].kind == tokNewline || toks[k+1].kind == tokNewline {
			continue
		}
		a, b := int(toks[k].end), int(toks[k+1].start)
		if a < b && strings.IndexByte(s[a:b], '\t') >= 0 {
			out = appendToken(out, tokPunct, "|", a, b, id, 0, false)
			n++
		}
	}
	if n == 0 {
		lx.tabBuf = out
		return toks, 0
	}
	// The tokens go on in toks' buffer; out is kept for the next text.
	toks = append(toks[:0], out...)
	lx.tabBuf = out
	return toks, n
}

// softWrap reports whether the line break at s[i] wraps a sentence, as
// pages saved with hard line breaks do ("… trong đó đảng viên là người
// dân tộc\nthiểu số có 18 312 đồng chí"): the line ends with a word, a
// number or a comma, and the next one opens with a lower-case letter, in
// orig too when it is known (an abbreviation expanded, "HTTNV: 26", opens
// its line in upper case). A heading, a byline or a list's item opens in
// upper case or with a mark.
func softWrap(toks []token, s string, i int, orig *normalize.Text) bool {
	if len(toks) == 0 {
		return false
	}
	if last := &toks[len(toks)-1]; last.kind != tokWord && last.kind != tokNum && last.fold != "," {
		return false
	}
	j := i + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsLower(r) {
		return false
	}
	if orig != nil {
		if k := orig.OrigOffset(j); k < len(orig.Orig) {
			r, _ = utf8.DecodeRuneInString(orig.Orig[k:])
			return unicode.IsLower(r)
		}
	}
	return true
}

// asciiPunct marks the ASCII bytes that are punctuation tokens by
// themselves, whose token lex builds in line: no word byte, space or line
// end, nor '.', whose break depends on what is around it. asciiBrk is
// their break.
var asciiPunct, asciiBrk = func() (p [utf8.RuneSelf]bool, brk [utf8.RuneSelf]uint8) {
	for c := range p {
		p[c] = asciiFold[c] == 0 && c != ' ' && c != '\n' && c != '.' && !isSpaceRune(rune(c))
	}
	brk[';'], brk[':'], brk['!'], brk['?'] = clauseBrk, clauseBrk, sentBrk, sentBrk
	return p, brk
}()

// asciiFold maps the ASCII word bytes to their folds (lower case) and
// the others to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if isWordRune(rune(c)) {
			t[c] = normalize.Fold(string(rune(c)))[0]
		}
	}
	return t
}()

// matchBrackets pairs round brackets inside each sentence. marks are
// the indexes of all the brackets and sentence breaks of toks, in order,
// or nil to look at every token.
func matchBrackets(toks []token, marks []int32) {
	var open []int
	for k := 0; ; k++ {
		i := k
		if marks != nil {
			if k >= len(marks) {
				break
			}
			i = int(marks[k])
		} else if k >= len(toks) {
			break
		}
		switch {
		case toks[i].brk == sentBrk:
			open = open[:0]
		case toks[i].fold == "(":
			open = append(open, i)
		case toks[i].fold == ")" && len(open) > 0:
			j := open[len(open)-1]
			open = open[:len(open)-1]
			// Brackets further apart than an int16 reaches are left
			// unpaired: a gap then walks into the group.
			if d := i - j; d <= math.MaxInt16 {
				toks[i].match, toks[j].match = int16(-d), int16(d)
			}
		}
	}
}

// restated folds a number restated in brackets into the number before it:
// "21 (hai mươi mốt) chi bộ", "mười lăm (15) đảng viên" read as one number
// whose token covers both. numToks are the indexes of the numbers of
// toks, in order.
func restated(toks []token, numToks []int32) []token {
	// Nothing to fold in most texts: find the first case before copying.
	first := -1
	for _, i := range numToks {
		if i := int(i); i+3 < len(toks) && toks[i+1].fold == "(" && toks[i+2].kind == tokNum && toks[i+2].value == toks[i].value && toks[i+3].fold == ")" {
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
	t.year = n.Year
	if n.YearTo > 0 && n.YearTo <= math.MaxUint16 {
		t.yearTo = uint16(n.YearTo)
	}
	t.den, t.hasDen = n.Den, n.HasDen
	for _, r := range s[n.Start:n.End] {
		if r == '.' || r == ' ' || r == ',' {
			t.sep = true
			break
		}
	}
}

// countsNext reports whether the year-like number at toks[k] counts the
// noun after it, "có 2046 đảng viên", and is no year: not after "năm",
// "từ", "đến" or a dash ("năm 2023 đảng viên …" keeps its year).
func countsNext(toks []token, k int) bool {
	if k+2 >= len(toks) || k > 0 && yearBefore[toks[k-1].fold] {
		return false
	}
	a, b := toks[k+1].fold, toks[k+2].fold
	switch a {
	case "dang":
		return b == "vien"
	case "dong":
		return b == "chi"
	case "chi":
		return b == "bo"
	case "quan":
		return b == "chung"
	case "hoc":
		return b == "vien"
	case "nguoi", "luot":
		return true
	}
	return false
}

// yearBefore holds the words after which a year-like number stays a year.
var yearBefore = map[string]bool{"nam": true, "tu": true, "den": true, "-": true, "/": true, "khoa": true, "ky": true}

// markYear flags a bare four-digit number that reads as a year.
func markYear(t *token) {
	if t.kind != tokNum || t.sep || t.percent || t.hasDen || t.value < 1900 || t.value > 2100 || t.value != float64(int(t.value)) {
		return
	}
	t.year = true
}
