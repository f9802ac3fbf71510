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

// New normalizes orig and keeps the offset map from the result back to
// orig. New(s, opts).Norm equals transform.String(Chain(opts), s).
func New(orig string, opts Options) *Text {
	t := &Text{Orig: orig, opts: opts}
	t.Norm = runPasses(orig, opts, func(m *edits) { t.maps = append(t.maps, m) })
	return t
}

// runPasses runs the passes of Chain(opts) over s and hands each offset map that
// is not the identity to keep.
func runPasses(s string, opts Options, keep func(*edits)) string {
	changed := false
	for k, pass := range passes(opts) {
		if k == secondNFC && !changed {
			continue // Invisible kept everything: s is NFC already
		}
		var m *edits
		s, m = pass(s)
		changed = m != nil
		if m != nil && keep != nil {
			keep(m)
		}
	}
	return s
}

// secondNFC is the index in passes of the NFC after Invisible.
const secondNFC = 2

// passes returns the stages of Chain(opts) as offset-tracking passes.
func passes(opts Options) []func(string) (string, *edits) {
	la := opts.lookAlikes()
	return []func(string) (string, *edits){
		nfcPass,
		func(s string) (string, *edits) { return runePass(s, invisible) },
		nfcPass,
		func(s string) (string, *edits) { return runePass(s, lookAlike(la)) },
		func(s string) (string, *edits) { return tonePass(s, opts.Tone) },
		spacesPass,
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
