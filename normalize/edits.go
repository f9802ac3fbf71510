package normalize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// An entry starts a chunk of a pass's output at out offset n, produced by
// the input from offset o up to the next entry's o. A copy chunk maps byte
// for byte; a replaced chunk maps as a whole (its inner offsets round to its
// ends). A replaced chunk may be empty on the output side: a deletion.
type entry struct {
	n, o int
	copy bool
}

// edits is the offset map of one pass: the chunks of its output in order,
// closed by a sentinel entry {len(out), len(in), true}. A nil *edits is the
// identity.
type edits struct {
	ents []entry
}

// start maps an output offset to the input offset where the chunk holding it
// starts. Deleted input before i is skipped, so a span starting at i does
// not take in what produced nothing.
func (m *edits) start(i int) int {
	if m == nil {
		return i
	}
	k := sort.Search(len(m.ents), func(k int) bool { return m.ents[k].n > i }) - 1
	if k < 0 {
		return 0
	}
	e := m.ents[k]
	if e.copy {
		return e.o + (i - e.n)
	}
	return e.o
}

// end maps an output offset to the input offset where the chunk holding the
// byte before it ends. Deleted input after j is left out.
func (m *edits) end(j int) int {
	if m == nil {
		return j
	}
	k := sort.Search(len(m.ents), func(k int) bool { return m.ents[k].n >= j }) - 1
	if k < 0 {
		return m.ents[0].o
	}
	e := m.ents[k]
	if e.copy {
		return e.o + (j - e.n)
	}
	return m.ents[k+1].o
}

// builder writes the output of one pass and its offset map. Until the first
// change it writes nothing: an unchanged input is handed back as is.
type builder struct {
	in    string
	pos   int             // input consumed so far
	out   strings.Builder // String hands over its bytes without a copy
	ents  []entry
	dirty bool
}

func newBuilder(in string) builder { return builder{in: in} }

// replaceBytes is replace with repl as bytes, which it does not keep.
func (b *builder) replaceBytes(end int, repl []byte) {
	if string(repl) == b.in[b.pos:end] {
		b.keep(end)
		return
	}
	b.startChunk()
	b.out.Write(repl)
	b.pos = end
}

// keep copies the input up to end unchanged.
func (b *builder) keep(end int) {
	if !b.dirty || end <= b.pos {
		b.pos = max(b.pos, end)
		return
	}
	if last := b.ents[len(b.ents)-1]; !last.copy {
		b.ents = append(b.ents, entry{n: b.out.Len(), o: b.pos, copy: true})
	}
	b.out.WriteString(b.in[b.pos:end])
	b.pos = end
}

// replace writes repl for the input from the current position up to end, as
// one chunk. When repl equals that input it is kept instead.
func (b *builder) replace(end int, repl string) {
	if repl == b.in[b.pos:end] {
		b.keep(end)
		return
	}
	b.startChunk()
	b.out.WriteString(repl)
	b.pos = end
}

// startChunk starts a replaced chunk at the current position, writing out
// the input before it at the first change.
func (b *builder) startChunk() {
	if !b.dirty {
		b.dirty = true
		b.out.Grow(len(b.in) + len(b.in)/16 + 8)
		b.out.WriteString(b.in[:b.pos])
		b.ents = make([]entry, 0, 16)
		if b.pos > 0 {
			b.ents = append(b.ents, entry{n: 0, o: 0, copy: true})
		}
	}
	b.ents = append(b.ents, entry{n: b.out.Len(), o: b.pos})
}

// finish returns the output and its offset map (nil when nothing changed).
func (b *builder) finish() (string, *edits) {
	if !b.dirty {
		return b.in, nil
	}
	b.keep(len(b.in))
	b.ents = append(b.ents, entry{n: b.out.Len(), o: len(b.in), copy: true})
	return b.out.String(), &edits{ents: b.ents}
}

// runeAt returns the start and end of the UTF-8 sequence of s that holds
// byte i, or i, i when i starts a sequence (or is out of s, or sits in
// invalid bytes).
func runeAt(s string, i int) (start, end int) {
	if i <= 0 || i >= len(s) || utf8.RuneStart(s[i]) {
		return i, i
	}
	for k := 1; k <= utf8.UTFMax-1 && i-k >= 0; k++ {
		if utf8.RuneStart(s[i-k]) {
			r, size := utf8.DecodeRuneInString(s[i-k:])
			if (r != utf8.RuneError || size > 1) && size > k {
				return i - k, i - k + size
			}
			break
		}
	}
	return i, i
}
