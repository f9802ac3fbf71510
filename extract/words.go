package extract

import (
	"unicode/utf8"

	"github.com/solieu/solieu/normalize"
)

// A text of reports uses a few thousand distinct words, each many times:
// the lexer folds, hashes and looks up each distinct word once, in a table
// of the words it has seen (wordMemo), kept with the lexer from one text to
// the next. A word token then costs one probe: its bounds come from
// normalize's tokens (lex), its key from at most 16 of its bytes.

// memoWord is what the lexer knows of a word as written.
type memoWord struct {
	// a and b are the word's key (memoKey), which for a word of up to 16
	// bytes is all of it: the word is then known by n, a and b without
	// comparing strings.
	a, b uint64
	n    uint32 // the word's length, 0 for an empty slot
	off  uint32 // the bytes of a longer word, in wordMemo.keys
	id   int32  // the word id of its fold
	cap  bool   // starts with an upper-case letter
	self bool   // the word is its own fold: the token's fold is its text
	fold string // its fold, when not self
}

// wordMemo is an open-addressing hash table of memoWords. The bytes of
// its long words live in one buffer without pointers, which the garbage
// collector does not scan.
type wordMemo struct {
	slots []memoWord
	mask  uint32
	used  int
	keys  []byte
	voc   *vocabTable          // the ids are of this table
	fold  []byte               // scratch for the folds of new words
	long  memoWord             // the last word too long to keep
	punct [utf8.RuneSelf]int32 // the ids of the ASCII characters
}

// The table's bounds: it starts at memoMinSlots and doubles to
// memoMaxSlots at half load; when that is full (a stream of distinct
// words), it starts again empty. Words longer than memoMaxWord are read
// but not kept.
const (
	memoMinSlots = 1 << 12
	memoMaxSlots = 1 << 16
	memoMaxWord  = 64
)

// use readies the memo for words whose ids are in voc: the ids it holds
// are of the table it was filled with.
func (m *wordMemo) use(voc *vocabTable) {
	if m.voc != voc || m.slots == nil {
		m.clear(len(m.slots))
		m.voc = voc
		for c := range m.punct {
			m.punct[c] = voc.lookupString(string(rune(c)))
		}
	}
}

func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// keyHash mixes a word's key into its slot hash.
func keyHash(a, b uint64, n int) uint32 {
	h := (a ^ uint64(n)<<56) * 0x9e3779b97f4a7c15
	h = (h ^ b ^ h>>29) * 0xbf58476d1ce4e5b9
	return uint32(h >> 32)
}

// The key of a word: its first eight bytes, or all of a shorter word's
// (zero-padded), and the last eight of a word over eight bytes, or 0. For
// a word of up to 16 bytes the two cover all of it.

// lowBytes[k] keeps the low k bytes of a uint64.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// memoKey returns the key of the word w.
func memoKey(w string) (a, b uint64) {
	n := len(w)
	if n >= 8 {
		a = load64(w)
	} else {
		var buf [8]byte
		copy(buf[:], w)
		a = load64(string(buf[:]))
	}
	if n > 8 {
		b = load64(w[n-8:])
	}
	return a, b
}

// wordAt returns what the lexer knows of the word s[i:j] (not empty);
// use has readied the memo. The key is read in place: the eight bytes
// from i masked to the word, and the eight ending at j when it is longer,
// which leaves one branch on the word's length where word had three (a
// branch that goes either way from word to word). Near the end of s, and
// for words over 16 bytes, it takes word's way.
func (m *wordMemo) wordAt(s string, i, j int) *memoWord {
	n := j - i
	if n > 16 || i+8 > len(s) {
		return m.word(s[i:j])
	}
	a := load64(s[i:]) & lowBytes[min(n, 8)]
	var b uint64
	if n > 8 {
		b = load64(s[j-8:])
	}
	for k := keyHash(a, b, n) & m.mask; ; k = (k + 1) & m.mask {
		e := &m.slots[k]
		if e.a == a && e.b == b && int(e.n) == n {
			return e
		}
		if e.n == 0 {
			return m.add(s[i:j], a, b)
		}
	}
}

// word returns what the lexer knows of the word w (not empty); use has
// readied the memo.
func (m *wordMemo) word(w string) *memoWord {
	a, b := memoKey(w)
	for k := keyHash(a, b, len(w)) & m.mask; ; k = (k + 1) & m.mask {
		e := &m.slots[k]
		if e.a == a && e.b == b && int(e.n) == len(w) && (len(w) <= 16 || string(m.keys[e.off:e.off+e.n]) == w) {
			return e
		}
		if e.n == 0 {
			return m.add(w, a, b)
		}
	}
}

// add enters the new word w whose key is a, b.
func (m *wordMemo) add(w string, a, b uint64) *memoWord {
	e := memoWord{a: a, b: b, n: uint32(len(w))}
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
	if len(w) > 16 {
		e.off = uint32(len(m.keys))
		m.keys = append(m.keys, w...)
	}
	m.used++
	return m.put(e)
}

// put stores e in a free slot and returns it there.
func (m *wordMemo) put(e memoWord) *memoWord {
	k := keyHash(e.a, e.b, int(e.n)) & m.mask
	for m.slots[k].n != 0 {
		k = (k + 1) & m.mask
	}
	m.slots[k] = e
	return &m.slots[k]
}

// grow doubles the table.
func (m *wordMemo) grow() {
	old := m.slots
	m.slots = make([]memoWord, 2*len(old))
	m.mask = uint32(len(m.slots) - 1)
	for _, e := range old {
		if e.n != 0 {
			m.put(e)
		}
	}
}

// clear empties the table, keeping n slots (at least memoMinSlots).
func (m *wordMemo) clear(n int) {
	n = max(n, memoMinSlots)
	if len(m.slots) != n {
		m.slots = make([]memoWord, n)
	} else {
		clear(m.slots)
	}
	m.mask = uint32(n - 1)
	m.used, m.keys = 0, m.keys[:0]
}

// wordEndsAt reports whether a word ends at j, by limit: no rune of a
// word (isWordRune) stands there.
func wordEndsAt(s string, j, limit int) bool {
	if j >= limit {
		return true
	}
	if c := s[j]; c < utf8.RuneSelf {
		return asciiFold[c] == 0
	}
	r, _ := normalize.DecodeRune(s, j)
	return !isWordRune(r)
}

// wordEnd returns the end of the word that goes on at s[i] and ends by
// limit.
func wordEnd(s string, i, limit int) int {
	j := i
	for j < limit {
		c := s[j]
		if c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				break
			}
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
		j += w
	}
	return j
}
