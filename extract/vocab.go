package extract

import "sync"

// Words are matched by number, not by string: every word a rule names
// gets an id when the rule is compiled, and every token of a text the id
// of its folded form (0 when no rule names it). The table only grows, and
// is shared by all rule sets, so merged rule sets agree on ids.
var vocab = struct {
	sync.RWMutex
	ids map[string]int32
}{ids: map[string]int32{}}

// wordIDs returns the ids of folded words, assigning new ones.
func wordIDs(words []string) []int32 {
	vocab.Lock()
	defer vocab.Unlock()
	out := make([]int32, len(words))
	for i, w := range words {
		id, ok := vocab.ids[w]
		if !ok {
			id = int32(len(vocab.ids) + 1)
			vocab.ids[w] = id
		}
		out[i] = id
	}
	return out
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
