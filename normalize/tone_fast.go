package normalize

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toneScan is tonePass that also finds the needs of s (as scanNeeds does,
// with the look-alike table la) on the way, since it looks at every byte
// anyway. With stop set it gives up at the first rune that a pass before
// Tone would change: it then returns ok false, no output and the needs of
// all of s.
//
// With look set too it does not give up at a look-alike that is no letter
// and maps to no letter, since the look-alike pass changes no word then:
// it writes that pass to look, and Tone's output on look's output (as
// tonePass would give it) to out and m. The syllables it moves marks in
// are the same, only their offsets move by what the look-alikes before
// them added or took.
//
// It goes rune by rune, not word by word: a mark can move only next to a
// marked vowel that has a vowel beside it (pairMayMove), so only the
// letter runs that hold such a pair go to syllableRun and
// placeToneAppend. Every other byte is only looked up for its needs, and
// for most runes that is one byte of la.span (quietSpan).
func toneScan(s string, style ToneStyle, la *lookAlikeSet, stop bool, look *lookPass) (out string, m *edits, need needs, ok bool) {
	w := toneWriter{b: newBuilder(s)}
	return w.scan(s, style, la, stop, look)
}

// scan is toneScan writing to w, which may be set to record its moves
// (see toneWriter).
func (w *toneWriter) scan(s string, style ToneStyle, la *lookAlikeSet, stop bool, look *lookPass) (out string, m *edits, need needs, ok bool) {
	var rs [maxSyllable]rune
	prev := uint8(0) // the pairClass of the rune before i
	for i := 0; i < len(s); {
		var sp needs
		var pair bool
		i, prev, sp, pair = quietSpan(s, i, prev, &la.span)
		need |= sp
		if i == len(s) {
			break
		}
		if !pair {
			// A rune quietSpan leaves to us: a control, or a rune that
			// is not quiet or not below 0x2000.
			c := s[i]
			if c < utf8.RuneSelf {
				need |= asciiNeedsOf(s, i)
				if stop && need&earlyNeeds != 0 {
					return "", nil, need | w.looked | scanNeeds(s[i:], la), false
				}
				prev = 0
				i++
				continue
			}
			r, size := decodeRune(s, i)
			if wn := la.needsOf(r, size); wn != 0 {
				if look != nil && wn == needLookAlike && w.lookAlike(s, i, size, r, la) {
					prev = 0
					i += size
					continue
				}
				need |= wn
				if stop && need&earlyNeeds != 0 {
					return "", nil, need | w.looked | scanNeeds(s[i:], la), false
				}
			}
			k := pairClassOf(r)
			pair = pairMayMove[prev<<3|k]
			prev = k
			if !pair {
				i += size
				continue
			}
		}
		// The runes before i and at i are a pair that pairMayMove lets
		// through, in one letter run.
		if pairStays(s, i, prev, style) {
			r, size := decodeRune(s, i)
			prev = pairClassOf(r)
			i += size // its needs are in need already
			continue
		}
		prev = 0 // the run is taken whole: the rune after it is no letter
		start := runStart(s, i)
		long := start < 0
		if long {
			start = i // too long for a syllable: only the needs of the rest
		}
		end, n, mayMove, wn := syllableRun(s, start, &rs, la, style)
		need |= wn
		if stop && need&earlyNeeds != 0 {
			return "", nil, need | w.looked | scanNeeds(s[start:], la), false
		}
		if mayMove && !long {
			w.placeTone(s, start, end, rs[:n], style)
		}
		i = end
	}
	if w.lb != nil {
		look.out, look.m = w.finishLook()
		look.used = true
	}
	out, m = w.b.finish()
	return out, m, need | w.looked, true
}

// quietSpan returns the end of the span of s from i that toneScan has
// nothing to do in but find two spaces in a row (and needSpaces if it
// does), with the pairClass of its last rune (prev is that of the rune
// before i): ASCII other than controls and DEL, and the runes below 0x2000
// that are quiet (lookAlikeSet.span, which gives their pairClass in the
// same look-up). It stops before a
// rune that is none of these, or with pair set at a rune that makes with
// the one before it a pair that pairMayMove lets through. It makes no
// calls, and does not branch on the class of a rune or on the length of
// its UTF-8, so that its variables stay in registers and its branches go
// the same way most of the time.
func quietSpan(s string, i int, prev uint8, span *[0x2000]uint8) (end int, last uint8, need needs, pair bool) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if pairMayMove[prev<<3|pairClass[c]] {
				return i, prev, need, true
			}
			if i+8 <= len(s) {
				// Eight bytes at a time up to the first that needs a
				// look of its own: a control ('\n' too, which is rare
				// and left to the byte test below), DEL, or a byte of a
				// non-ASCII rune.
				x := load64(s, i)
				if sp := bytesEqual(x, ' '); sp&(sp>>8) != 0 {
					need |= needSpaces
				}
				low := x & low7Bit
				special := (x | (low + loBits) | ^(low + loBits*0x60)) & hiBits // ≥ 0x80, 0x7f, < 0x20
				if special == 0 {
					if x>>56 == ' ' && i+8 < len(s) && isHSpace(s[i+8]) {
						need |= needSpaces
					}
					i += 8
					prev = pairClass[x>>56]
					continue
				}
				if k := bits.TrailingZeros64(special) / 8; k > 0 {
					i += k
					prev = pairClass[s[i-1]&0x7f]
					continue
				}
			}
			switch {
			case c-0x21 < 0x7f-0x21, c == '\n':
			case c == ' ':
				if i+1 < len(s) && isHSpace(s[i+1]) {
					need |= needSpaces
				}
			default:
				return i, prev, need, false
			}
			prev = pairClass[c]
			i++
			continue
		}
		// decodeRune's two-byte cases and its three-byte ones from
		// 0xE1 (U+1000 to U+1FFF), without a branch on which.
		if i+3 > len(s) {
			return i, prev, need, false // near the end: the caller decodes
		}
		t := s[i : i+3]
		size := leadSize[c]
		three := -(uint32(size) & 1) // all ones for size 3, else 0
		r2 := uint32(c&0x1f)<<6 | uint32(t[1]&0x3f)
		r3 := 0x1000 | uint32(t[1]&0x3f)<<6 | uint32(t[2]&0x3f)
		r := (r2 ^ (r2^r3)&three) & (0x2000 - 1)
		bad := uint32(t[1]^0x80)&0xc0 | uint32(t[2]^0x80)&0xc0&three
		k := span[r]
		if size == 0 || bad != 0 || k == spanStop {
			return i, prev, need, false
		}
		if pairMayMove[prev<<3|k] {
			return i, prev, need, true
		}
		prev = k
		i += int(size)
	}
	return i, prev, need, false
}

// spanStop is the lookAlikeSet.span of the runes that are not quiet.
const spanStop = 0xff

// leadSize is the length of the UTF-8 sequences that quietSpan decodes,
// by first byte: 2 from 0xC2 to 0xDF, 3 for 0xE1, 0 for others.
var leadSize = func() (t [256]uint8) {
	for c := 0xc2; c < 0xe0; c++ {
		t[c] = 2
	}
	t[0xe1] = 3
	return t
}()

// The pair classes of runes: what pairMayMove looks at.
const (
	pairOther        = iota // not a vowel
	pairVowel               // a vowel of no mark and no shape
	pairShaped              // ă â ê ô ơ ư, no mark
	pairMarked              // a marked vowel of no shape
	pairMarkedShaped        // a marked ă â ê ô ơ ư
)

// pairClass is the pair class of the runes below 0x2000 (no vowel lies
// above); a vowel is what vowelOf calls one.
var pairClass = func() (t [0x2000]uint8) {
	for r := range rune(len(t)) {
		k := vowelClass[r]
		switch {
		case k&cVowel == 0:
			t[r] = pairOther
		case letterClass[r]&cMarked != 0 && k&cShaped != 0:
			t[r] = pairMarkedShaped
		case letterClass[r]&cMarked != 0:
			t[r] = pairMarked
		case k&cShaped != 0:
			t[r] = pairShaped
		default:
			t[r] = pairVowel
		}
	}
	return t
}()

// pairClassOf is pairClass of any rune.
func pairClassOf(r rune) uint8 {
	if r >= 0 && r < rune(len(pairClass)) {
		return pairClass[r]
	}
	return pairOther
}

// pairMayMove says, by the pair classes of two runes side by side (the
// first shifted left by 3, in a byte), whether a syllable that holds them may move
// its mark; a syllable in which no two runes side by side make such a
// pair cannot. The vowel letters of a syllable are the vowels of its
// cluster, one run of letters, and perhaps the i or u of the onsets gi,
// qu right before them. The mark goes to a vowel of the cluster: the last
// shaped one (ă â ê ô ơ ư) if any, else the last of a closed syllable or of
// a cluster of one vowel. So a vowel with no vowel beside it keeps its
// mark (it is the whole cluster, since the i, u of gi, qu have one after
// them); and so does a shaped one with no shaped vowel right after it,
// since in a cluster a shaped vowel follows another only right after it
// (ươ, ươi, ươu; TestShapedClusters). The pairs that may move are then: a
// marked vowel of no shape with a vowel before or after it, and a marked
// shaped one with a shaped vowel after it.
var pairMayMove = func() (t [256]bool) {
	for a := pairVowel; a <= pairMarkedShaped; a++ {
		t[a<<3|pairMarked] = true
		t[pairMarked<<3|a] = true
	}
	t[pairMarkedShaped<<3|pairShaped] = true
	t[pairMarkedShaped<<3|pairMarkedShaped] = true
	return t
}()

// pairStays reports, for a pair of runes that pairMayMove lets through,
// the first of pair class a and the second at s[i], whether their letter
// run keeps its mark for what is around them, in the two cases most
// common in text:
//
//   - a marked vowel and a vowel of no mark and no shape that ends the run
//     ("của", "đại", "ngày"): the syllable is open and they are the last
//     two of its cluster (the first is no i, u of gi, qu, since no g, q
//     comes before it; a shaped vowel before them would make no cluster),
//     so the mark goes to the second to last vowel, which it is on, but
//     for oa, oe, uy in NewStyle;
//   - a vowel of no mark and no shape and a marked one of no shape with an
//     ASCII consonant after it ("hoàn", "giám"): the syllable is closed
//     and its cluster ends at the marked vowel, so the mark goes there.
//
// It reports false, and lets syllableRun look, in every other case.
func pairStays(s string, i int, a uint8, style ToneStyle) bool {
	r, size := decodeRune(s, i)
	b := pairClassOf(r)
	j := i + size
	switch {
	case a == pairMarked && b == pairVowel:
		if j < len(s) && (s[j] >= utf8.RuneSelf || letterClass[s[j]]&cWord != 0) {
			return false // the run may go on
		}
		// The marked vowel is never ASCII; decodeRune read it as two
		// bytes or as three from 0xE1, or it is not in a table here.
		var first rune
		at := i
		switch {
		case i >= 2 && s[i-2] >= 0xc2 && s[i-2] < 0xe0:
			at = i - 2
		case i >= 3 && s[i-3] == 0xe1:
			at = i - 3
		default:
			return false
		}
		first, _ = decodeRune(s, at)
		if at > 0 {
			if c := s[at-1] | 0x20; c == 'g' || c == 'q' {
				return false // perhaps the onset gi or qu
			}
		}
		if style == NewStyle && first < classEnd && r < classEnd {
			va, vb := vowelOf[first], vowelOf[r]
			if va == vowelO && (vb == vowelA || vb == vowelE) || va == vowelU && vb == vowelY {
				return false
			}
		}
		return pairClassOf(first) == pairMarked
	case a == pairVowel && b == pairMarked:
		if j >= len(s) || s[j] >= utf8.RuneSelf {
			return false
		}
		c := s[j]
		return letterClass[c]&cWord != 0 && vowelOf[c] == 0
	}
	return false
}

// toneWriter is the output side of toneScan: Tone's builder and, from the
// first look-alike toneScan takes on the way, the look-alike pass's. With
// record set it writes no output of Tone and keeps every move in moves
// instead, on the look-alike pass's output if there is one, else on s.
type toneWriter struct {
	b      builder
	record bool
	lb     *builder // the look-alike pass, from the first look-alike on
	// Where lb is made and writes, when not nil (see newBuilderIn): a
	// Buffer's.
	lbMem   *builder
	lbStore *passStore
	delta   int   // what the look-alikes so far added to the offsets
	looked  needs // needLookAlike once lb is in use, kept apart from the needs that stop the scan
	moves   []toneMove
	moved   []byte // the syllables of moves
	buf     [maxSyllable * utf8.UTFMax]byte

	// A look-alike in lb became a byte Spaces looks at (spacesByte). If
	// none did, lb's output has the runs of spaces and the line ends of
	// the input, and so its needSpaces.
	spaced bool
}

// lookAlike takes the look-alike r, which is s[i:i+size] and has no other
// needs, into the look-alike pass when r is no letter and maps to no letter
// (see toneScan); it reports false, and does nothing, otherwise.
func (w *toneWriter) lookAlike(s string, i, size int, r rune, la *lookAlikeSet) bool {
	if classOf(r)&cWord != 0 {
		return false
	}
	m := la.lookAlike(r)
	if m < 0 || classOf(m)&cWord != 0 {
		return false
	}
	if w.lb == nil {
		w.lb = w.lbMem
		if w.lb == nil {
			w.lb = new(builder)
		}
		*w.lb = newBuilderIn(s, w.lbStore)
	}
	// What runePassKeys does with the rune.
	switch {
	case m == r && r != utf8.RuneError:
	case m == r && size == 3:
	default:
		w.lb.keep(i)
		k := utf8.EncodeRune(w.buf[:], m)
		w.lb.replaceBytes(i+size, w.buf[:k])
		w.delta += k - size
		w.spaced = w.spaced || m < utf8.RuneSelf && spacesByte[m]
	}
	w.looked = needLookAlike
	return true
}

// spacesByte says which bytes Spaces changes or looks at next to those
// it changes: the horizontal spaces and the line ends.
var spacesByte = func() (t [utf8.RuneSelf]bool) {
	for _, c := range " \t\v\f\r\n" {
		t[c] = true
	}
	return t
}()

// placeTone writes the letter run s[start:end], whose runes are rs, with
// its mark where style says, if that moves it.
func (w *toneWriter) placeTone(s string, start, end int, rs []rune, style ToneStyle) {
	// The syllable with its mark moved goes to a buffer in w, and only its
	// changed runes to the output.
	out, ok := placeToneAppend(w.buf[:0], rs, style)
	if !ok {
		return
	}
	a, z := diffRangeBytes(s[start:end], out)
	if w.lb == nil && !w.record {
		w.b.keep(start + a)
		w.b.replaceBytes(end-z, out[a:len(out)-z])
		return
	}
	// Offsets in the look-alike pass's output, for later.
	w.moves = append(w.moves, toneMove{start + a + w.delta, end - z + w.delta, len(w.moved)})
	w.moved = append(w.moved, out[a:len(out)-z]...)
}

// finishLook finishes the look-alike pass and writes the moves kept for
// its output to w.b, which from then on runs over that output.
func (w *toneWriter) finishLook() (string, *edits) {
	out, m := w.lb.finish()
	if w.record {
		return out, m
	}
	// Up to the first look-alike the two inputs are the same: b goes on
	// over the look-alike pass's output from there.
	w.b.in = out
	for k, mv := range w.moves {
		to := len(w.moved)
		if k+1 < len(w.moves) {
			to = w.moves[k+1].at
		}
		w.b.keep(mv.start)
		w.b.replaceBytes(mv.end, w.moved[mv.at:to])
	}
	return out, m
}

// vowelOf is vowelIndex of the base that letterOf gives the runes below
// classEnd: 1 to 12 for the vowel letters and for U+0130 İ, which lowers
// to i; 0 for other runes. It is made as letterClass is, since toned's
// tables are filled by init, after it.
var vowelOf = func() (t [classEnd]uint8) {
	for _, v := range vowelBases {
		for _, mark := range toneMarks {
			s := string(v)
			if mark != 0 {
				s = norm.NFC.String(s + string(mark))
			}
			r, _ := utf8.DecodeRuneInString(s)
			t[r] = uint8(vowelIndex(v))
			t[unicode.ToUpper(r)] = uint8(vowelIndex(v))
		}
	}
	for r := range rune(classEnd) {
		if l, ok := lowerLetter(r); ok && t[r] == 0 {
			t[r] = uint8(vowelIndex(l.base))
		}
	}
	return t
}()

// The vowelIndex of the vowels markStays tells apart.
const (
	vowelA = 1
	vowelE = 4
	vowelI = 6
	vowelO = 7
	vowelU = 10
	vowelY = 12
)

// shapedIndex says which vowelIndex values are the shaped vowels.
var shapedIndex = func() (t [13]bool) {
	for _, v := range vowelBases {
		t[vowelIndex(v)] = isShaped(v)
	}
	return t
}()

// vowelClass is cVowel for the runes below classEnd that vowelOf calls
// vowels, with cShaped for the shaped ones.
var vowelClass = func() (t [classEnd]uint8) {
	for r, v := range vowelOf {
		t[r] = vowelIndexClass(v)
	}
	return t
}()

// vowelIndexClass is the vowelClass of a rune whose vowelOf is v.
func vowelIndexClass(v uint8) uint8 {
	switch {
	case v == 0:
		return 0
	case shapedIndex[v]:
		return cVowel | cShaped
	}
	return cVowel
}

// syllableRun returns the end of the letter run of s that starts at
// start, its length n in runes, and whether placeToneAppend may move a
// mark in it, with the runes in rs when it may; need is the needs of its
// runes (see lookAlikeSet.needsOf). It may when the run passes the test
// placeTone starts with, as letterRun did (at most maxSyllable runes, one
// tone mark, two vowel letters or more by letterClass, which does not
// count İ; not a mark on the last shaped vowel), and markStays does not
// say the mark is in place already, which it tells without parseRunes.
func syllableRun(s string, start int, rs *[maxSyllable]rune, la *lookAlikeSet, style ToneStyle) (end, n int, mayMove bool, need needs) {
	var vs [maxSyllable]uint8
	marks, vowels := 0, 0
	markAt, lastShaped := -1, -2 // the mark's rune, the last shaped vowel's
	i := start
	for i < len(s) {
		// decodeRune, its common cases inline.
		var r rune
		var size int
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			r, size = rune(c), 1
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		case c == 0xe1 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			r, size = 0x1000|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		default:
			r, size = decodeRune(s, i)
		}
		k := classOf(r)
		if k&cWord == 0 {
			break
		}
		if r >= utf8.RuneSelf && (r >= 0x10000 || la.quiet[r/64]&(1<<(r%64)) == 0) {
			need |= la.needsOf(r, size)
		}
		if n < maxSyllable {
			rs[n] = r
			if r < classEnd {
				vs[n] = vowelOf[r]
			}
		}
		vowels += int(k>>1) & 1
		if k&cMarked != 0 {
			marks++
			markAt = n
		}
		if k&cShaped != 0 {
			lastShaped = n
		}
		n++
		i += size
	}
	if n > maxSyllable || marks != 1 || vowels < 2 || markAt == lastShaped {
		return i, n, false, need
	}
	return i, n, !markStays(rs[:n], vs[:n], markAt, style), need
}

// markStays reports whether placeToneAppend would keep the mark of the
// runes rs at marked, from vs, their vowelOf: it is placeToneAppend's
// choice of target on the onset and cluster that parseRunes finds when rs
// is a syllable. When rs is not, placeToneAppend keeps the mark anyway;
// so markStays may call a mark in place, but never one that
// placeToneAppend would move.
func markStays(rs []rune, vs []uint8, marked int, style ToneStyle) bool {
	n := len(rs)
	// The onset: gi or qu before a vowel, else (if rs is a syllable) the
	// letters up to the first vowel.
	p := 0
	switch {
	case n > 2 && vs[2] != 0 && (rs[0]|0x20 == 'g' && vs[1] == vowelI || rs[0]|0x20 == 'q' && vs[1] == vowelU):
		p = 2
	case rs[0]|0x20 == 'q':
		return true // q with no u and vowel after it: no syllable
	default:
		for p < n && vs[p] == 0 {
			p++
		}
	}
	q := p
	for q < n && vs[q] != 0 {
		q++
	}
	if q == p {
		return true // no vowel after the onset: no syllable
	}
	shaped := -1
	for k := p; k < q; k++ {
		if shapedIndex[vs[k]] {
			shaped = k
		}
	}
	pair := q-p == 2 && (vs[p] == vowelO && (vs[p+1] == vowelA || vs[p+1] == vowelE) || vs[p] == vowelU && vs[p+1] == vowelY)
	return markTarget(p, q, n, shaped, pair, style) == marked
}

// runStart returns the start of the letter run that holds the rune at
// s[i], or -1 when maxSyllable runes or more come before it in the run,
// which makes the run too long for a syllable. It reads backwards the
// runes that letterRun reads forwards: the sequences of valid UTF-8 are
// the same either way, and an invalid byte is no letter.
func runStart(s string, i int) int {
	for n := 0; i > 0; n++ {
		// utf8.DecodeLastRuneInString, the cases decodeRune reads
		// inline here too.
		var r rune
		var size int
		switch c := s[i-1]; {
		case c < utf8.RuneSelf:
			r, size = rune(c), 1
		case c&0xc0 == 0x80 && i >= 2 && s[i-2] >= 0xc2 && s[i-2] < 0xe0:
			r, size = rune(s[i-2]&0x1f)<<6|rune(c&0x3f), 2
		case c&0xc0 == 0x80 && i >= 3 && s[i-2]&0xc0 == 0x80 && s[i-3] == 0xe1:
			r, size = 0x1000|rune(s[i-2]&0x3f)<<6|rune(c&0x3f), 3
		default:
			r, size = utf8.DecodeLastRuneInString(s[:i])
		}
		if classOf(r)&cWord == 0 {
			return i
		}
		if n == maxSyllable-1 {
			return -1
		}
		i -= size
	}
	return 0
}

// The bytes of a uint64, as SWAR masks: hiBits has the top bit of each.
const (
	loBits  = 0x0101010101010101
	hiBits  = 0x8080808080808080
	low7Bit = 0x7f7f7f7f7f7f7f7f
)

// load64 returns s[i:i+8] as a little-endian uint64, which the compiler
// makes one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// bytesEqual returns the top bit of each byte of x that equals c, and no
// other bit.
func bytesEqual(x uint64, c byte) uint64 {
	t := x ^ loBits*uint64(c)
	return ^((t&low7Bit + low7Bit) | t) & hiBits
}

// bytesBelowSpace returns the top bit of each byte of x whose low seven
// bits are below ' ': the control bytes among the ASCII ones.
func bytesBelowSpace(x uint64) uint64 {
	return ^(x&low7Bit + loBits*0x60) & hiBits
}
