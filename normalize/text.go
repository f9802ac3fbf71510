package normalize

// Text is a normalized view of an original string with a way back: every
// byte offset of Norm maps to the offset of Orig that produced it.
//
// Norm is Orig with, in this order (see Chain): NFC; invisible characters
// removed and invalid UTF-8 replaced by U+FFFD (Invisible); NFC again;
// look-alike characters mapped to the Vietnamese or ASCII ones
// (LookAlikes); one tone-mark placement (Tone); CR LF and CR turned into
// '\n' and runs of horizontal spaces into one ' ' (Spaces). Case is kept,
// newlines are kept, nothing is trimmed, abbreviations are not expanded
// (see Expander).
type Text struct {
	// Orig is the original string.
	Orig string
	// Norm is the normalized view of Orig.
	Norm string

	opts Options
	maps []*edits // offset maps of the passes that changed something, first pass first
}

// Options configures normalization. The zero value is the default.
type Options struct {
	// Tone selects the tone-mark placement of Norm; the zero value is
	// NewStyle.
	Tone ToneStyle
	// LookAlikes maps look-alike characters to the ones Norm uses; a
	// negative value deletes the character; ASCII keys are ignored. Nil
	// means DefaultLookAlikes().
	LookAlikes map[rune]rune
}

func (o Options) lookAlikes() map[rune]rune {
	if o.LookAlikes != nil {
		return o.LookAlikes
	}
	return defaultLookAlikes()
}

// lookAlikeSet returns the look-alike table of o with its bitmap.
func (o Options) lookAlikeSet() *lookAlikeSet {
	if o.LookAlikes != nil {
		return newLookAlikeSet(o.LookAlikes)
	}
	return defaultLookAlikeSet()
}

// New normalizes orig and keeps the offset map from the result back to
// orig. New(s, opts).Norm equals transform.String(Chain(opts), s).
func New(orig string, opts Options) *Text {
	t := &Text{Orig: orig, opts: opts}
	t.Norm = runPasses(orig, opts, func(m *edits) { t.maps = append(t.maps, m) })
	return t
}

// runPasses runs the passes of Chain(opts) over s and hands each offset
// map that is not the identity to keep.
//
// Most texts need only Tone and perhaps Spaces: they are NFC, with no
// invisible or look-alike characters. So Tone runs first, on s, and finds
// on the way which passes have work (toneScan, scanNeeds). If one of the
// passes before Tone has, Tone gives up and the passes run in their order,
// skipping those the scan found nothing for: a finding holds for a pass as
// long as every pass before it handed s back unchanged; once one changed
// it, the later passes all run (each has its own quick way out). Tone
// never touches what Spaces looks at, so Spaces may trust the scan after
// it. Skipping a pass with nothing to do gives the same string and the same
// (identity) offset map as running it.
func runPasses(s string, opts Options, keep func(*edits)) string {
	la := opts.lookAlikeSet()
	var look lookPass
	out, m, need, ok := toneScan(s, opts.Tone, la, true, &look)
	r := passRun{s: s, same: true, keep: keep}
	if ok {
		// Only Tone had work, and perhaps LookAlikes, which toneScan ran
		// on the way.
		before := true
		if look.used {
			before = !r.run(func(string) (string, *edits) { return look.out, look.m })
		}
		r.run(func(string) (string, *edits) { return out, m })
		if !before || need&needSpaces != 0 {
			r.run(spacesPass)
		}
		return r.s
	}
	earlyPasses(&r, need, la, nil)
	same := r.same
	r.run(func(s string) (string, *edits) { return tonePass(s, opts.Tone) })
	if !same || need&needSpaces != 0 {
		r.run(spacesPass)
	}
	return r.s
}

// passRun runs passes one after another over s, handing each offset map
// that is not the identity to keep, or appending it to maps when collect
// is set; same reports that none changed s.
type passRun struct {
	s       string
	same    bool
	keep    func(*edits)
	collect bool
	maps    []*edits
}

// run runs pass over the text and reports whether it changed it.
func (r *passRun) run(pass func(string) (string, *edits)) bool {
	out, m := pass(r.s)
	r.s = out
	if m == nil {
		return false
	}
	r.same = false
	switch {
	case r.collect:
		r.maps = append(r.maps, m)
	case r.keep != nil:
		r.keep(m)
	}
	return true
}

// earlyStores is the memory a Buffer keeps for the passes of earlyPasses,
// one for each run of a pass (NFC may run twice).
type earlyStores struct {
	nfc, invisible, nfcAgain, lookAlike passStore
}

// earlyPasses runs the passes before Tone over r.s, whose needs are need,
// skipping those with nothing to do as runPasses says, and hands each
// offset map that is not the identity to r (see passRun). The passes
// write into st when not nil (see newBuilderIn).
func earlyPasses(r *passRun, need needs, la *lookAlikeSet, st *earlyStores) {
	var stNFC, stInvisible, stNFCAgain, stLook *passStore
	if st != nil {
		stNFC, stInvisible, stNFCAgain, stLook = &st.nfc, &st.invisible, &st.nfcAgain, &st.lookAlike
	}
	if need&needNFC != 0 {
		r.run(func(s string) (string, *edits) { return nfcPassIn(s, stNFC) })
	}
	if !r.same || need&needInvisible != 0 {
		if r.run(func(s string) (string, *edits) { return runePass(s, invisible, stInvisible) }) {
			r.run(func(s string) (string, *edits) { return nfcPassIn(s, stNFCAgain) }) // deletions may bring marks next to their bases
		}
	}
	if !r.same || need&needLookAlike != 0 {
		r.run(func(s string) (string, *edits) { return lookAlikePass(s, la, stLook) })
	}
}

// String returns the normalized form of s: New(s, opts).Norm, without the
// offset map.
func String(s string, opts Options) string {
	return runPasses(s, opts, nil)
}

// clamp limits i to [0, n].
func clamp(i, n int) int {
	return min(max(i, 0), n)
}

// OrigOffset maps a byte offset of Norm to a byte offset of Orig. It is
// exact at every boundary between chunks that normalization kept or
// replaced (characters, runs of spaces, vowel clusters whose tone mark
// moved, expanded abbreviations); for an offset inside such a chunk it
// returns the chunk's start. Characters that were deleted (invisible ones)
// belong to the chunk before them, so OrigOffset never points at them.
// Offsets out of range are clamped to [0, len(Norm)].
func (t *Text) OrigOffset(i int) int {
	i = clamp(i, len(t.Norm))
	for k := len(t.maps) - 1; k >= 0; k-- {
		i = t.maps[k].start(i)
	}
	s, _ := runeAt(t.Orig, i)
	return s
}

// OrigSpan maps Norm[start:end] to the smallest Orig[s:e] that produced it:
// start rounds down to the start of its chunk, end rounds up to the end of
// its chunk, and deleted characters at either edge are left out, so
// Orig[s:e] never cuts a UTF-8 sequence. Offsets are clamped to
// [0, len(Norm)], and end to at least start.
func (t *Text) OrigSpan(start, end int) (s, e int) {
	start = clamp(start, len(t.Norm))
	end = clamp(end, len(t.Norm))
	if end < start {
		end = start
	}
	s, e = start, end
	for k := len(t.maps) - 1; k >= 0; k-- {
		s = t.maps[k].start(s)
		e = t.maps[k].end(e)
	}
	s, _ = runeAt(t.Orig, s)
	if a, b := runeAt(t.Orig, e); a != e {
		e = b
	}
	if e < s {
		// Norm[start:end] is empty and sits after deleted characters.
		e = s
	}
	return s, e
}
