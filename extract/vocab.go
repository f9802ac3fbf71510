package extract

import (
	"sync"
	"sync/atomic"
)

// Words are matched by number, not by string: every word a rule names
// gets an id when the rule is compiled, and every token of a text the id
// of its folded form (0 when no rule names it). The table only grows, and
// is shared by all rule sets, so merged rule sets agree on ids.
var vocab = struct {
	sync.Mutex
	ids map[string]int32
	// table is ids as a hash table the lexer reads without locking. Adding
	// words (compiling rules) drops it; the next text builds it again,
	// once for all the words a rule set added.
	table atomic.Pointer[vocabTable]
}{ids: map[string]int32{}}

// wordIDs returns the ids of folded words, assigning new ones.
func wordIDs(words []string) []int32 {
	vocab.Lock()
	defer vocab.Unlock()
	out := make([]int32, len(words))
	added := false
	for i, w := range words {
		id, ok := vocab.ids[w]
		if !ok {
			id = int32(len(vocab.ids) + 1)
			vocab.ids[w] = id
			added = true
		}
		out[i] = id
	}
	if added {
		vocab.table.Store(nil)
	}
	return out
}

// vocabTable is an open-addressing hash table from folded words to ids,
// hashed with foldHash so that the lexer can hash a word while it folds
// it and look it up without making a string.
type vocabTable struct {
	mask  uint32
	slots []vocabSlot
}

type vocabSlot struct {
	key string
	id  int32 // 0: empty
}

func newVocabTable(ids map[string]int32) *vocabTable {
	n := 16
	for n < 2*len(ids) {
		n *= 2
	}
	t := &vocabTable{mask: uint32(n - 1), slots: make([]vocabSlot, n)}
	for w, id := range ids {
		i := foldHashString(w) & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = vocabSlot{w, id}
	}
	return t
}

// currentVocab returns the table of all words known now.
func currentVocab() *vocabTable {
	if t := vocab.table.Load(); t != nil {
		return t
	}
	vocab.Lock()
	defer vocab.Unlock()
	t := vocab.table.Load()
	if t == nil {
		t = newVocabTable(vocab.ids)
		vocab.table.Store(t)
	}
	return t
}

// lookup returns the id of the folded word key whose foldHash is h, or 0.
func (t *vocabTable) lookup(h uint32, key []byte) int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.id == 0 || s.key == string(key) {
			return s.id
		}
	}
}

// lookupString is lookup for a string.
func (t *vocabTable) lookupString(key string) int32 {
	for i := foldHashString(key) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.id == 0 || s.key == key {
			return s.id
		}
	}
}

// foldHash is 32-bit FNV-1a, one byte at a time.
const (
	foldHashInit  = 2166136261
	foldHashPrime = 16777619
)

func foldHashBytes(b []byte) uint32 {
	h := uint32(foldHashInit)
	for _, c := range b {
		h = (h ^ uint32(c)) * foldHashPrime
	}
	return h
}

func foldHashString(s string) uint32 {
	h := uint32(foldHashInit)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * foldHashPrime
	}
	return h
}

// bitset is a set of word ids.
type bitset []uint64

func (b *bitset) set(id int32) {
	for int(id>>6) >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[id>>6] |= 1 << (id & 63)
}

func (b bitset) has(id int32) bool {
	return int(id>>6) < len(b) && b[id>>6]&(1<<(id&63)) != 0
}
