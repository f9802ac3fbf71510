package normalize

import (
	"math/bits"

	"golang.org/x/text/transform"
)

// Spaces returns a transformer that turns CR LF and a lone CR into '\n'
// and each run of horizontal spaces (' ', '\t', '\v', '\f') into one ' ',
// or into one '\t' when the run holds a tab: a tab parts the cells of a
// table copied as text ("Kết nạp đảng viên\t340\t362"), and a number is
// never read across it as it is across a space ("3 912"). A run of
// fieldGap or more spaces inside a line parts cells too, as the columns of
// a table turned to text from a PDF do ("Đảng viên bị kỷ luật (người)
// 263         241"): it becomes '\t'. Newlines are kept, nothing is
// trimmed. Run it after LookAlikes, which turns the other Unicode spaces
// into ' '.
func Spaces() transform.Transformer { return &spaces{} }

type spaces struct {
	// A run of spaces is written when it ends, as ' ' or, when it
	// holds a tab, '\t': inRun says one is read and not yet written,
	// tab that it holds a tab, n how long it is, and inLine that a
	// byte other than '\n' came before it on its line.
	inRun, tab, inLine bool
	n                  int
}

// fieldGap is the shortest run of spaces inside a line that parts the
// cells of a table: words of running text stand one or two spaces apart.
const fieldGap = 4

// Reset implements transform.Transformer.
func (t *spaces) Reset() { *t = spaces{} }

func isHSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// Transform implements transform.Transformer.
func (t *spaces) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) || t.inRun && atEOF {
		if nSrc < len(src) && isHSpace(src[nSrc]) {
			t.inRun = true
			t.tab = t.tab || src[nSrc] == '\t'
			t.n++
			nSrc++
			continue
		}
		if t.inRun {
			// The run ends here, or at the end of the text.
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = ' '
			if t.tab || t.n >= fieldGap && t.inLine && nSrc < len(src) && src[nSrc] != '\n' && src[nSrc] != '\r' {
				dst[nDst] = '\t'
			}
			nDst++
			t.inRun, t.tab, t.n = false, false, 0
			continue
		}
		c := src[nSrc]
		if c == '\r' {
			if nSrc+1 == len(src) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if nSrc+1 < len(src) && src[nSrc+1] == '\n' {
				nSrc++ // the LF is written for both
			}
			c = '\n'
		}
		if nDst == len(dst) {
			if c == '\n' && src[nSrc] == '\n' && nSrc > 0 && src[nSrc-1] == '\r' {
				nSrc-- // undo: the CR LF is taken again next time
			}
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		t.inLine = c != '\n'
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// spacesPass is the offset-tracking form of Spaces.
func spacesPass(s string) (string, *edits) {
	b := newBuilder(s)
	spaceChanges(s, func(start, end int, repl string) {
		b.keep(start)
		b.replace(end, repl)
	})
	return b.finish()
}

// spaceChanges calls put, in order, for each change of Spaces to s:
// s[start:end] becomes repl. What it changes depends only on where s has
// the bytes ' ', '\t', '\v', '\f', '\r' and '\n', which it changes
// alone.
func spaceChanges(s string, put func(start, end int, repl string)) {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time up to the first that may need a
			// change: an ASCII control other than '\n', or a space
			// before another space or a control.
			x := load64(s, i)
			sp := bytesEqual(x, ' ')
			ctl := bytesBelowSpace(x) &^ x &^ bytesEqual(x, '\n')
			special := ctl | sp&((sp|ctl)>>8)
			switch {
			case special != 0:
				i += bits.TrailingZeros64(special) / 8
			case x>>56 == ' ' && i+8 < len(s) && isHSpace(s[i+8]):
				i += 7 // a run of spaces starts at the last byte
			default:
				i += 8
				continue
			}
		}
		c := s[i]
		switch {
		case c > ' ':
			i++ // the common case first: no space, no control
		case isHSpace(c):
			j, tab := i+1, c == '\t'
			for j < len(s) && isHSpace(s[j]) {
				tab = tab || s[j] == '\t'
				j++
			}
			// A long run inside a line parts cells (fieldGap).
			field := !tab && j-i >= fieldGap && i > 0 && s[i-1] != '\n' && s[i-1] != '\r' && j < len(s) && s[j] != '\n' && s[j] != '\r'
			switch {
			case field:
				put(i, j, "\t")
			case tab && (j > i+1 || c != '\t'):
				put(i, j, "\t")
			case !tab && (j > i+1 || c != ' '):
				put(i, j, " ")
			}
			i = j
		case c == '\r':
			j := i + 1
			if j < len(s) && s[j] == '\n' {
				j++
			}
			put(i, j, "\n")
			i = j
		default:
			i++
		}
	}
}
