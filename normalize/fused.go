package normalize

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Normalize returns e.Expand(New(orig, opts)): the same Norm and the same
// offset maps. It writes Tone, Spaces and the abbreviations at once, where
// New and Expand write each in a copy of the text of its own.
func (e *Expander) Normalize(orig string, opts Options) *Text {
	if e.fuses {
		return e.normalizeOnce(orig, opts, nil)
	}
	return e.Expand(New(orig, opts))
}

// A Buffer keeps the memory of a normalized text for the next one: a
// batch that normalizes text after text, each dropped before the next,
// then makes the normalized text and its maps, and the outputs of the
// passes on the way, once, not once a text.
// The zero value is ready to use; a Buffer must not be used by two
// goroutines at once.
type Buffer struct {
	text  Text
	out   []byte
	ents  [3][]entry
	edits [3]edits
	maps  []*edits
	// The passes that may run before the text is written out: the
	// look-alike pass of the scan (its builder too) and the passes
	// before Tone.
	look      passStore
	lookBuild builder
	early     earlyStores
}

// NormalizeInto is Normalize writing into b. The Text it returns, and
// every string taken from its Norm, hold b's memory: they are valid only
// until b is used again, and a caller that keeps any of them past that
// must copy it (strings.Clone).
func (e *Expander) NormalizeInto(b *Buffer, orig string, opts Options) *Text {
	if e.fuses {
		return e.normalizeOnce(orig, opts, b)
	}
	return e.Expand(New(orig, opts))
}

// fusable reports whether Normalize may find the abbreviations of a text
// on the input of Tone and Spaces rather than on their output: when short
// holds no vowel with a tone mark and none of the bytes Spaces changes.
//
// Then the two find the same ones. An expansion is a whole word: the runes
// around it are no letters nor marks (or a '.' that ends it), so a letter
// run holding a letter of it is all inside it. Tone changes only letter
// runs that hold one marked vowel, before and after, so none inside a
// short form; and the runes around a short form that it may change stay
// letters. Spaces changes only runs of its bytes, into its bytes, which
// block no abbreviation.
func fusable(short string) bool {
	for _, r := range short {
		if classOf(r)&cMarked != 0 || r == '\n' || r == '\r' || r < utf8.RuneSelf && isHSpace(byte(r)) {
			return false
		}
	}
	return true
}

// A change is what a pass does to s[start:end] of the text it and the
// passes after it read (base in normalizeOnce): it writes repl.
type change struct {
	start, end int
	repl       string
	pass       uint8 // passTone, passSpaces or passExpand
}

const (
	passTone = iota
	passSpaces
	passExpand
)

// normalizeOnce is Normalize when e fuses.
//
// Tone, Spaces and Expand change parts of base (the text, or the output
// of the passes before Tone: the look-alikes toneScan takes on the way,
// or all of them as runPasses runs them) that do not overlap, and each
// would find the same parts to change in base as in the output of the
// passes before it (see spaceChanges, fusable). So all three are found on
// base and written at once, each pass's offset map kept as if it had run
// alone: on its own input, with the offsets the changes before have
// moved.
func (e *Expander) normalizeOnce(orig string, opts Options, buf *Buffer) *Text {
	sc := onceScratch.Get().(*onceWork)
	defer sc.put()
	la := opts.lookAlikeSet()
	w := toneWriter{b: newBuilder(orig), record: true, moves: sc.moves[:0], moved: sc.moved[:0]}
	var early *earlyStores
	if buf != nil {
		w.lbMem, w.lbStore = &buf.lookBuild, &buf.look
		early = &buf.early
	}
	var look lookPass
	_, _, need, ok := w.scan(orig, opts.Tone, la, true, &look)
	var t *Text
	var all []*edits // the maps of t
	if buf != nil {
		t = &buf.text
		*t = Text{Orig: orig, opts: opts}
		all = buf.maps[:0]
	} else {
		t = &Text{Orig: orig, opts: opts}
		all = make([]*edits, 0, 8)
	}
	// known: need's needSpaces holds for base, so that Spaces has work
	// only if it is set.
	base, known := orig, true
	switch {
	case !ok:
		// A pass before Tone has work: run them as runPasses does, and
		// Tone on their output.
		r := passRun{s: orig, same: true, collect: true, maps: all}
		earlyPasses(&r, need, la, early)
		base, known, all = r.s, r.same, r.maps
		w = toneWriter{b: newBuilder(base), record: true, moves: w.moves[:0], moved: w.moved[:0]}
		w.scan(base, opts.Tone, la, false, nil)
	case look.used:
		base = look.out
		if look.m != nil {
			all = append(all, look.m)
			// Most look-alikes become no space nor line end (quotes,
			// dashes): then Spaces has work on look.out only where it
			// has on orig. (Running spaceChanges on every such text
			// measured 1/0.986 of NormalizeInto's time.)
			known = !w.spaced
		}
	}
	sc.moves, sc.moved = w.moves, w.moved
	cs := sc.cs[:0]
	// The changes of Tone are read from w.moved, sc's, only here: its
	// bytes are not written again before sc goes back to the pool.
	moved := unsafe.String(unsafe.SliceData(w.moved), len(w.moved))
	for k, mv := range w.moves {
		to := len(moved)
		if k+1 < len(w.moves) {
			to = w.moves[k+1].at
		}
		cs = append(cs, change{mv.start, mv.end, moved[mv.at:to], passTone})
	}
	put := func(pass uint8) func(start, end int, repl string) {
		return func(start, end int, repl string) {
			cs = append(cs, change{start, end, repl, pass})
		}
	}
	tone := len(cs)
	if !known || need&needSpaces != 0 {
		spaceChanges(base, put(passSpaces))
	}
	spaces := len(cs)
	e.spell(base, opts.Tone, put(passExpand))
	sc.cs = cs
	// Each pass found its changes in order: a merge sorts them, and
	// drops those that write what is there (the builders keep them).
	// (Against slices.DeleteFunc and slices.SortFunc it measured 0.985
	// of NormalizeInto's time.)
	sorted, ok := mergeChanges(sc.sorted[:0], cs[:tone], cs[tone:spaces], cs[spaces:], base)
	sc.sorted = sorted
	if ok {
		cs = sorted
	} else {
		cs = slices.DeleteFunc(cs, func(c change) bool { return c.repl == base[c.start:c.end] })
		slices.SortFunc(cs, func(a, b change) int { return a.start - b.start })
	}

	size := len(base)
	var count [3]int // changes by pass
	for _, c := range cs {
		size += len(c.repl) - (c.end - c.start)
		count[c.pass]++
	}
	var maps [3]chunks
	for p, n := range count {
		if n > 0 {
			// A chunk and the copy after it for each, the copy before
			// the first and the closing entry.
			if buf != nil {
				maps[p].ents = slices.Grow(buf.ents[p][:0], 2*n+2)
			} else {
				maps[p].ents = make([]entry, 0, 2*n+2)
			}
		}
	}
	var out strings.Builder
	var outb []byte
	switch {
	case len(cs) > 0 && buf != nil:
		outb = slices.Grow(buf.out[:0], size)
	case len(cs) > 0:
		out.Grow(size)
	}
	delta := [3]int{} // by pass: what the changes before moved its input's offsets by
	pos := 0
	for _, c := range cs {
		if buf != nil {
			outb = append(append(outb, base[pos:c.start]...), c.repl...)
		} else {
			out.WriteString(base[pos:c.start])
			out.WriteString(c.repl)
		}
		pos = c.end
		at := c.start + delta[c.pass]
		m := &maps[c.pass]
		m.keep(at)
		m.replace(at+c.end-c.start, len(c.repl))
		for p := c.pass + 1; p < 3; p++ {
			delta[p] += len(c.repl) - (c.end - c.start)
		}
	}
	switch {
	case len(cs) == 0:
		t.Norm = base
	case buf != nil:
		outb = append(outb, base[pos:]...)
		buf.out = outb
		// The bytes are not written again until the buffer's next use,
		// which the caller has promised comes after the last read.
		t.Norm = unsafe.String(unsafe.SliceData(outb), len(outb))
	default:
		out.WriteString(base[pos:])
		t.Norm = out.String()
	}
	for p := range maps {
		switch {
		case buf != nil:
			if maps[p].close(len(base) + delta[p]) {
				buf.ents[p] = maps[p].ents
				buf.edits[p] = edits{ents: maps[p].ents}
				all = append(all, &buf.edits[p])
			}
		default:
			if m := maps[p].finish(len(base) + delta[p]); m != nil {
				all = append(all, m)
			}
		}
	}
	switch {
	case len(all) > 0 && buf != nil:
		buf.maps = all // its memory, grown if it had to
		t.maps = all
	case len(all) > 0:
		t.maps = slices.Clone(all) // one slice of the length it needs
	}
	return t
}

// onceWork is the scratch of normalizeOnce, kept for the next text: no
// part of a Text points into it.
type onceWork struct {
	moves  []toneMove
	moved  []byte
	cs     []change
	sorted []change // cs merged by start
}

var onceScratch = sync.Pool{New: func() any { return new(onceWork) }}

// put returns w to the pool, letting go of the strings of its changes.
func (w *onceWork) put() {
	clear(w.cs)
	w.cs = w.cs[:0]
	clear(w.sorted)
	w.sorted = w.sorted[:0]
	onceScratch.Put(w)
}

// mergeChanges appends to out the changes of a, b and c, each in order of
// start, in order of start, leaving out those that write what base has
// there; ok is false, and out of no use, if two start at the same place,
// which a sort by start leaves in an order of its own.
func mergeChanges(out []change, a, b, c []change, base string) (_ []change, ok bool) {
	last := -1
	for len(a)+len(b)+len(c) > 0 {
		var next *[]change
		at := int(^uint(0) >> 1)
		if len(a) > 0 {
			next, at = &a, a[0].start
		}
		if len(b) > 0 && b[0].start < at {
			next, at = &b, b[0].start
		}
		if len(c) > 0 && c[0].start < at {
			next, at = &c, c[0].start
		}
		if at == last {
			return out, false
		}
		last = at
		ch := (*next)[0]
		*next = (*next)[1:]
		if ch.repl != base[ch.start:ch.end] {
			out = append(out, ch)
		}
	}
	return out, true
}
