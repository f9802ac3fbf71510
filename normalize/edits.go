package normalize

import (
	"slices"
	"sort"
	"unicode/utf8"
	"unsafe"
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
	in  string
	out []byte     // handed over as a string by finish, without a copy
	st  *passStore // where out and the map live, or nil: fresh memory
	chunks
}

func newBuilder(in string) builder { return builder{in: in} }

// newBuilderIn is newBuilder writing the output and its map into the
// memory of st (nil: fresh memory), which it keeps for the next use of
// st: what finish returns is valid only until then.
func newBuilderIn(in string, st *passStore) builder {
	if st == nil {
		return builder{in: in}
	}
	return builder{in: in, out: st.out[:0], st: st, chunks: chunks{ents: st.ents[:0]}}
}

// passStore is the memory of a builder that a Buffer keeps from one text
// to the next (see newBuilderIn): its output, the entries of its map and
// the map, and a scratch buffer of the pass.
type passStore struct {
	out     []byte
	ents    []entry
	m       edits
	scratch []byte
}

// replaceBytes is replace with repl as bytes, which it does not keep.
func (b *builder) replaceBytes(end int, repl []byte) {
	if string(repl) == b.in[b.pos:end] {
		b.keep(end)
		return
	}
	b.start()
	b.out = append(b.out, repl...)
	b.chunks.replace(end, len(repl))
}

// keep copies the input up to end unchanged.
func (b *builder) keep(end int) {
	if b.dirty && end > b.pos {
		b.out = append(b.out, b.in[b.pos:end]...)
	}
	b.chunks.keep(end)
}

// replace writes repl for the input from the current position up to end, as
// one chunk. When repl equals that input it is kept instead.
func (b *builder) replace(end int, repl string) {
	if repl == b.in[b.pos:end] {
		b.keep(end)
		return
	}
	b.start()
	b.out = append(b.out, repl...)
	b.chunks.replace(end, len(repl))
}

// start writes out the input before the current position at the first
// change.
func (b *builder) start() {
	if !b.dirty {
		b.out = slices.Grow(b.out[:0], len(b.in)+len(b.in)/16+8)
		b.out = append(b.out, b.in[:b.pos]...)
	}
}

// finish returns the output and its offset map (nil when nothing changed).
func (b *builder) finish() (string, *edits) {
	if !b.dirty {
		return b.in, nil
	}
	b.keep(len(b.in))
	// The bytes are not written again: a builder's output is its own
	// (as strings.Builder's String does), or st's until its next use.
	out := unsafe.String(unsafe.SliceData(b.out), len(b.out))
	if b.st == nil {
		return out, b.chunks.finish(len(b.in))
	}
	b.chunks.close(len(b.in))
	b.st.out, b.st.ents = b.out, b.ents
	b.st.m = edits{ents: b.ents}
	return out, &b.st.m
}

// chunks is the offset-map side of a builder: the chunks of an output of
// which it is told only the lengths. The fused normalization of
// Expander.Normalize keeps the maps of passes whose output it never
// writes with it.
type chunks struct {
	pos   int     // input consumed so far
	n     int     // output written so far, once dirty
	ents  []entry // may be made before the first change, to size it
	dirty bool
}

// keep maps the input up to end to the output byte for byte.
func (c *chunks) keep(end int) {
	if !c.dirty || end <= c.pos {
		c.pos = max(c.pos, end)
		return
	}
	if last := c.ents[len(c.ents)-1]; !last.copy {
		c.ents = append(c.ents, entry{n: c.n, o: c.pos, copy: true})
	}
	c.n += end - c.pos
	c.pos = end
}

// replace maps the input from the current position up to end, as one
// chunk, to n bytes of output. The caller has checked that they differ.
func (c *chunks) replace(end, n int) {
	if !c.dirty {
		c.dirty = true
		c.n = c.pos
		if c.ents == nil {
			c.ents = make([]entry, 0, 16)
		}
		if c.pos > 0 {
			c.ents = append(c.ents, entry{n: 0, o: 0, copy: true})
		}
	}
	c.ents = append(c.ents, entry{n: c.n, o: c.pos})
	c.n += n
	c.pos = end
}

// finish returns the map of an input of length inLen (nil when nothing
// changed).
func (c *chunks) finish(inLen int) *edits {
	if !c.close(inLen) {
		return nil
	}
	return &edits{ents: c.ents}
}

// close ends the map of an input of length inLen, as finish does, and
// reports whether anything changed.
func (c *chunks) close(inLen int) bool {
	if !c.dirty {
		return false
	}
	c.keep(inLen)
	c.ents = append(c.ents, entry{n: c.n, o: inLen, copy: true})
	return true
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
