package extract

import (
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

// A text of reports uses a few thousand distinct words, each many times:
// the lexer folds, hashes and looks up each distinct word once, in a table
// of the words it has seen (wordMemo), kept with the lexer from one text to
// the next. A token then costs a scan of its bytes and one probe.

// memoWord is what the lexer knows of a word as written.
type memoWord struct {
	off, n uint32 // the word's bytes in wordMemo.keys
	hash   uint32 // rawHash of the word
	id     int32  // the word id of its fold
	cap    bool   // starts with an upper-case letter
	self   bool   // the word is its own fold: the token's fold is its text
	fold   string // its fold, when not self
}

// wordMemo is an open-addressing hash table of memoWords by rawHash. The
// words' bytes live in one buffer without pointers, which the garbage
// collector does not scan.
type wordMemo struct {
	slots []memoWord // n == 0: empty
	used  int
	keys  []byte
	voc   *vocabTable // the ids are of this table
	fold  []byte      // scratch for the folds of new words
	long  memoWord    // the last word too long to keep
}

// The table's bounds: it starts at memoMinSlots and doubles to
// memoMaxSlots at half load; when that is full (a stream of distinct
// words), it starts again empty.
const (
	memoMinSlots = 1 << 12
	memoMaxSlots = 1 << 16
	memoMaxWord  = 64
)

// rawHash is foldHash over the runes of a word as written; wordEnd
// computes it as it reads them.
func rawHashStep(h uint32, r rune) uint32 { return (h ^ uint32(r)) * foldHashPrime }

// word returns what the lexer knows of s[i:j], whose rawHash is h, looking
// up ids in voc.
func (m *wordMemo) word(s string, i, j int, h uint32, voc *vocabTable) *memoWord {
	if m.voc != voc {
		m.clear(len(m.slots))
		m.voc = voc
	}
	mask := uint32(len(m.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		e := &m.slots[k]
		if e.n == 0 {
			break
		}
		if e.hash == h && int(e.n) == j-i && string(m.keys[e.off:e.off+e.n]) == s[i:j] {
			return e
		}
	}
	return m.add(s[i:j], h)
}

// add enters the new word w whose rawHash is h. A word longer than
// memoMaxWord is read but not kept: a run of letters as long as a text
// would otherwise stay in keys.
func (m *wordMemo) add(w string, h uint32) *memoWord {
	e := memoWord{n: uint32(len(w)), hash: h}
	m.fold = normalize.AppendFold(m.fold[:0], w)
	e.id = m.voc.lookup(foldHashBytes(m.fold), m.fold)
	if string(m.fold) == w {
		e.self = true
	} else {
		e.fold = string(m.fold)
	}
	r, _ := utf8.DecodeRuneInString(w)
	e.cap = isUpperRune(r)
	if len(w) > memoMaxWord {
		m.long = e
		return &m.long
	}
	if 2*(m.used+1) > len(m.slots) {
		if len(m.slots) >= memoMaxSlots {
			m.clear(len(m.slots))
		} else {
			m.grow()
		}
	}
	e.off = uint32(len(m.keys))
	m.keys = append(m.keys, w...)
	m.used++
	return m.put(e)
}

// put stores e in a free slot and returns it there.
func (m *wordMemo) put(e memoWord) *memoWord {
	mask := uint32(len(m.slots) - 1)
	k := e.hash & mask
	for m.slots[k].n != 0 {
		k = (k + 1) & mask
	}
	m.slots[k] = e
	return &m.slots[k]
}

// grow doubles the table (or makes its first).
func (m *wordMemo) grow() {
	old := m.slots
	m.slots = make([]memoWord, max(2*len(old), memoMinSlots))
	for _, e := range old {
		if e.n != 0 {
			m.put(e)
		}
	}
}

// clear empties the table, keeping n slots (at least memoMinSlots).
func (m *wordMemo) clear(n int) {
	if n < memoMinSlots {
		n = memoMinSlots
	}
	if len(m.slots) != n {
		m.slots = make([]memoWord, n)
	} else {
		clear(m.slots)
	}
	m.used, m.keys = 0, m.keys[:0]
}

// wordEnd returns the end of the word that starts at s[i] and ends by
// limit, and its rawHash.
func wordEnd(s string, i, limit int) (int, uint32) {
	h := uint32(foldHashInit)
	j := i
	for j < limit {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				break
			}
			h = rawHashStep(h, rune(c))
			j++
			continue
		}
		var r rune
		var w int
		switch {
		case c >= 0xc2 && c < 0xe0 && j+1 < len(s) && s[j+1]&0xc0 == 0x80:
			r, w = rune(c&0x1f)<<6|rune(s[j+1]&0x3f), 2
		case c >= 0xe1 && c < 0xf0 && c != 0xed && j+2 < len(s) && s[j+1]&0xc0 == 0x80 && s[j+2]&0xc0 == 0x80:
			r, w = rune(c&0x0f)<<12|rune(s[j+1]&0x3f)<<6|rune(s[j+2]&0x3f), 3
		default:
			r, w = utf8.DecodeRuneInString(s[j:])
		}
		// The bitmap read in place: through isWordRune the loop costs a
		// few per cent more.
		if r < 0x10000 {
			if wordRunes.bmp[r>>6]&(1<<(r&63)) == 0 {
				break
			}
		} else if !isWordRune(r) {
			break
		}
		h = rawHashStep(h, r)
		j += w
	}
	return j, h
}
