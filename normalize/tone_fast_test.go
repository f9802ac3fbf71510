package normalize

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// toneScanWords is toneScan as it was before it went rune by rune (commit
// 2543c00): letterRun on every letter run. TestToneScanMatchesWords and
// FuzzToneScan hold toneScan to it. It and letterRun are kept here as
// they were.
func toneScanWords(s string, style ToneStyle, la *lookAlikeSet, stop bool, look *lookPass) (out string, m *edits, need needs, ok bool) {
	b := newBuilder(s)
	var rs [maxSyllable]rune
	var buf [maxSyllable * utf8.UTFMax]byte
	var lb *builder // the look-alike pass, from the first look-alike on
	delta := 0      // what the look-alikes so far added to the offsets
	var looked needs
	var moves []toneMove
	var moved []byte // the syllables of moves
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && asciiClass[c]&asciiLetter == 0 {
			need |= asciiNeedsOf(s, i)
			if stop && need&earlyNeeds != 0 {
				return "", nil, need | looked | scanNeeds(s[i:], la), false
			}
			i++
			continue
		}
		end, n, mayMove, wneed := letterRun(s, i, &rs, la)
		if end == i {
			r, size := decodeRune(s, i) // not a letter
			wneed = la.needsOf(r, size)
			end = i + size
			if look != nil && wneed == needLookAlike {
				if m := la.lookAlike(r); m >= 0 && classOf(m)&cWord == 0 {
					if lb == nil {
						lb = new(builder)
						*lb = newBuilder(s)
					}
					// What runePassKeys does with the rune.
					switch {
					case m == r && r != utf8.RuneError:
					case m == r && size == 3:
					default:
						lb.keep(i)
						k := utf8.EncodeRune(buf[:], m)
						lb.replaceBytes(end, buf[:k])
						delta += k - size
					}
					looked = needLookAlike // kept apart from need, which stops the scan
					i = end
					continue
				}
			}
		}
		need |= wneed
		if stop && need&earlyNeeds != 0 {
			return "", nil, need | looked | scanNeeds(s[i:], la), false
		}
		if mayMove {
			// The syllable with its mark moved goes to a buffer on the
			// stack, and only its changed runes to the output.
			if out, ok := placeToneAppend(buf[:0], rs[:n], style); ok {
				a, z := diffRangeBytes(s[i:end], out)
				if lb == nil {
					b.keep(i + a)
					b.replaceBytes(end-z, out[a:len(out)-z])
				} else {
					// Offsets in the look-alike pass's output, for later.
					moves = append(moves, toneMove{i + a + delta, end - z + delta, len(moved)})
					moved = append(moved, out[a:len(out)-z]...)
				}
			}
		}
		i = end
	}
	if lb != nil {
		// Up to the first look-alike the two inputs are the same: b goes
		// on over the look-alike pass's output from there.
		look.out, look.m = lb.finish()
		look.used = true
		b.in = look.out
		for k, mv := range moves {
			to := len(moved)
			if k+1 < len(moves) {
				to = moves[k+1].at
			}
			b.keep(mv.start)
			b.replaceBytes(mv.end, moved[mv.at:to])
		}
	}
	out, m = b.finish()
	return out, m, need | looked, true
}

// The classes of ASCII bytes letterRun tells apart.
const (
	asciiLetter = 1 << iota
	asciiVowel  // a, e, i, o, u, y in either case
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = asciiLetter, asciiLetter
	}
	for _, c := range "aeiouyAEIOUY" {
		t[c] |= asciiVowel
	}
	return t
}()

// letterRun returns the end of the letter run of s that starts at i (i
// itself when s[i] starts no letter), its length n in runes, and whether
// placeTone may move a mark in it: at most maxSyllable runes, one tone
// mark, two vowel letters or more (the test placeTone starts with), and
// not a mark on a shaped vowel (ă â ê ô ơ ư) with no shaped vowel after
// it, which is where placeTone puts the mark anyway. When it may, rs
// holds the runes of the run. need is the needs of its runes (see
// lookAlikeSet.needsOf).
//
// This is the hottest loop of New. An ASCII letter is never marked nor
// shaped and has no needs, so it only counts as a rune and perhaps a
// vowel; a rune that the look-alike set calls quiet has no needs either;
// the runes are decoded into rs only for a run that may move.
func letterRun(s string, i int, rs *[maxSyllable]rune, la *lookAlikeSet) (end, n int, mayMove bool, need needs) {
	start := i
	marks, vowels := 0, 0
	markAt, lastShaped := -1, -2 // the mark's rune, the last shaped vowel's
	// First a loop with no call in it, so that its variables stay in
	// registers: ASCII letters and the quiet letters of two bytes and of
	// three bytes after 0xE1 (below 0x2000, in letterClass). At any other
	// rune it leaves the run to the loop after it, which goes on from
	// there the same way with every case.
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			k := letterClass[c]
			if k&cWord == 0 {
				break
			}
			vowels += int(k>>1) & 1
			n++
			i++
			continue
		}
		var r uint32 // below 0x2000, so within letterClass (see classFitsText)
		var size int
		switch {
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			r, size = uint32(c&0x1f)<<6|uint32(s[i+1]&0x3f), 2
		case c == 0xe1 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			r, size = 0x1000|uint32(s[i+1]&0x3f)<<6|uint32(s[i+2]&0x3f), 3
		}
		if size == 0 || la.quiet[r>>6&(0x2000>>6-1)]&(1<<(r&63)) == 0 {
			break // the loop below takes it
		}
		k := letterClass[r&(0x2000-1)]
		if k&cWord == 0 {
			break
		}
		vowels += int(k>>1) & 1
		marks += int(k>>2) & 1
		if k&cMarked != 0 {
			markAt = n
		}
		if k&cShaped != 0 {
			lastShaped = n
		}
		n++
		i += size
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			k := letterClass[c]
			if k&cWord == 0 {
				break
			}
			vowels += int(k>>1) & 1
			n++
			i++
			continue
		}
		// decodeRune's common cases inline.
		var r rune
		var size int
		switch {
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
		case c >= 0xe1 && c < 0xf0 && c != 0xed && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			r, size = rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		var k uint8
		if r < classEnd {
			k = letterClass[r]
		} else if isWordRuneSlow(r) {
			k = cWord // no vowel letter lies there
		}
		if k&cWord == 0 {
			break
		}
		if r >= 0x10000 || la.quiet[r/64]&(1<<(r%64)) == 0 {
			need |= la.needsOf(r, size)
		}
		vowels += int(k>>1) & 1
		marks += int(k>>2) & 1
		if k&cMarked != 0 {
			markAt = n
		}
		if k&cShaped != 0 {
			lastShaped = n
		}
		n++
		i += size
	}
	mayMove = n <= maxSyllable && marks == 1 && vowels >= 2 && markAt != lastShaped
	if mayMove {
		k := 0
		for _, r := range s[start:i] {
			rs[k] = r
			k++
		}
	}
	return i, n, mayMove, need
}

// toneScanInputs are the texts toneScan is compared on with
// toneScanWords: the reference inputs (referenceInputs) and the project's
// sample reports (../testdata), each of them also line by line.
func toneScanInputs(tb testing.TB) []string {
	out := referenceInputs(tb)
	names, _ := filepath.Glob("../testdata/*/*.txt")
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		s := string(data)
		out = append(out, s)
		out = append(out, strings.Split(s, "\n")...)
	}
	return out
}

// toneScanSets are the look-alike tables toneScan is compared with: the
// default, one that makes letters and other runes keys (as
// compareWithReference's), and an empty one.
var toneScanSets = []*lookAlikeSet{
	defaultLookAlikeSet(),
	newLookAlikeSet(map[rune]rune{0x00a0: '_', 0x2013: -1, 0x0110: 0x0110, 0x1ea1: 'a', 0x10400: 'x', 0x00e0: 0x00e0, 0x0130: 'I'}),
	newLookAlikeSet(map[rune]rune{}),
}

// diffToneScan reports how toneScan and toneScanWords differ on s, or ""
// when they agree on every result: output, offset map, needs, ok and the
// look-alike pass, in both styles, with each of toneScanSets, with and
// without stop and look.
func diffToneScan(s string) string {
	for _, style := range []ToneStyle{NewStyle, OldStyle} {
		for k, la := range toneScanSets {
			for _, stop := range []bool{false, true} {
				for _, withLook := range []bool{false, true} {
					var lx, ly *lookPass
					if withLook {
						lx, ly = new(lookPass), new(lookPass)
					}
					ox, mx, nx, okx := toneScan(s, style, la, stop, lx)
					oy, my, ny, oky := toneScanWords(s, style, la, stop, ly)
					at := fmt.Sprintf("style %v, set %d, stop %v, look %v", style, k, stop, withLook)
					switch {
					case okx != oky:
						return fmt.Sprintf("%s: ok %v, want %v", at, okx, oky)
					case ox != oy:
						return fmt.Sprintf("%s: out %q, want %q", at, quote(ox), quote(oy))
					case !reflect.DeepEqual(mx, my):
						return fmt.Sprintf("%s: offset maps differ", at)
					case nx != ny:
						return fmt.Sprintf("%s: needs %b, want %b", at, nx, ny)
					case withLook && !reflect.DeepEqual(*lx, *ly):
						return fmt.Sprintf("%s: look-alike pass %+v, want %+v", at, *lx, *ly)
					}
				}
			}
		}
	}
	return ""
}

func TestToneScanMatchesWords(t *testing.T) {
	ins := toneScanInputs(t)
	r := rand.New(rand.NewSource(7))
	for range 3000 {
		ins = append(ins, randomText(r, 1+r.Intn(20)), randomWideText(r, 1+r.Intn(30)))
	}
	for _, s := range ins {
		if d := diffToneScan(s); d != "" {
			t.Fatalf("toneScan(%q): %s", quote(s), d)
		}
	}
}

// syllableRunes are the letters of the words TestToneScanShortWords
// makes: every vowel letter in both cases and all tones, İ (which lowers
// to the vowel i), the consonants of the onsets gi and qu and a few
// others, and letters no syllable has.
func syllableRunes() []rune {
	var rs []rune
	for _, v := range vowelBases {
		for tn := range toneMarks {
			l := letter{base: v, tone: tn}
			rs = append(rs, l.rune())
			l.upper = true
			rs = append(rs, l.rune())
		}
	}
	return append(rs, []rune("İgGqQhnctđĐfßж")...)
}

// TestToneScanShortWords compares toneScan with toneScanWords on every
// word of up to three of syllableRunes; on the words of four that start
// with a consonant or i, u (the onsets gi, qu and others) and go on with
// vowels of two tones; and on words of up to eight runes made of onsets,
// such vowels and codas: all the places a mark can be in a syllable, the
// cluster and the letters around it.
func TestToneScanShortWords(t *testing.T) {
	all := syllableRunes()
	var some []rune
	for _, r := range all {
		l, ok := letterOf(r)
		if ok && isVowel(l.base) && (l.tone == toneNone || l.tone == toneHook) && !l.upper || r == 'İ' {
			some = append(some, r)
		}
	}
	heads := []rune("gqQhnđiuU")
	var b strings.Builder
	check := func(flush bool) {
		if b.Len() < 4096 && !flush {
			return
		}
		if d := diffToneScan(b.String()); d != "" {
			// Find the word it is.
			for _, w := range strings.Fields(b.String()) {
				if d := diffToneScan(w); d != "" {
					t.Fatalf("toneScan(%q): %s", w, d)
				}
			}
			t.Fatalf("toneScan(%q): %s", quote(b.String()), d)
		}
		b.Reset()
	}
	word := func(rs ...rune) {
		for _, r := range rs {
			b.WriteRune(r)
		}
		b.WriteByte(' ')
		check(false)
	}
	for _, x := range all {
		word(x)
		for _, y := range all {
			word(x, y)
			if testing.Short() {
				continue
			}
			for _, z := range all {
				word(x, y, z)
			}
		}
	}
	for _, h := range heads {
		for _, x := range some {
			for _, y := range some {
				for _, z := range some {
					word(h, x, y, z)
					word(x, y, z, 'n')
				}
			}
		}
	}
	// Longer ones: onsets up to the longest, clusters of two and three,
	// codas up to two letters, up to the longest syllable and one more.
	for _, onset := range []string{"ngh", "NGH", "qu", "gi", "th", "ngu"} {
		for _, coda := range []string{"", "ng", "nh", "c"} {
			for _, x := range some {
				for _, y := range some {
					word([]rune(onset + string(x) + string(y) + coda)...)
					if testing.Short() {
						continue
					}
					for _, z := range some {
						word([]rune(onset + string(x) + string(y) + string(z) + coda)...)
					}
				}
			}
		}
	}
	check(true)
}

// TestShapedClusters checks what pairMayMove relies on: in a vowel cluster,
// a shaped vowel (ă â ê ô ơ ư) that has another after it has it right
// after it.
func TestShapedClusters(t *testing.T) {
	n := 0
	for k, ok := range clusters {
		if !ok {
			continue
		}
		n++
		var vs []rune
		for ; k > 0; k >>= 4 {
			vs = append([]rune{vowelBases[k&15-1]}, vs...)
		}
		last := -1
		for i, v := range vs {
			if !isShaped(v) {
				continue
			}
			if last >= 0 && last != i-1 {
				t.Errorf("cluster %q: shaped vowels at %d and %d", string(vs), last, i)
			}
			last = i
		}
	}
	if n < 50 {
		t.Fatalf("%d clusters: the table was not read right", n)
	}
}

// TestVowelClass checks vowelOf and vowelClassSlow against letterOf, for
// every rune: no rune beyond classEnd is a vowel to placeToneAppend (İ,
// which lowers to i, is below it).
func TestVowelClass(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		var want uint8
		v := 0
		if l, ok := letterOf(r); ok && isVowel(l.base) {
			v = vowelIndex(l.base)
			want = cVowel
			if isShaped(l.base) {
				want |= cShaped
			}
		}
		if got := vowelClassSlow(r); got != want {
			t.Errorf("%U: vowel class %b, want %b", r, got, want)
		}
		if r < classEnd && int(vowelOf[r]) != v {
			t.Errorf("%U: vowelOf %d, want %d", r, vowelOf[r], v)
		}
		if r >= classEnd && v != 0 {
			t.Errorf("%U: a vowel beyond classEnd", r)
		}
	}
}

// vowelClassSlow is vowelClass of any rune, by letterOf beyond classEnd.
func vowelClassSlow(r rune) uint8 {
	if r < classEnd {
		return vowelClass[r]
	}
	if l, ok := letterOf(r); ok {
		return vowelIndexClass(uint8(vowelIndex(l.base)))
	}
	return 0
}

func FuzzToneScan(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	for _, s := range toneScanInputs(f) {
		if len(s) < 2000 && utf8.ValidString(s) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if d := diffToneScan(s); d != "" {
			t.Errorf("toneScan(%q): %s", quote(s), d)
		}
		checkSpacesPass(t, s)
	})
}

// checkSpacesPass compares spacesPass, which reads eight bytes at a time,
// with oldSpacesPass, which reads one.
func checkSpacesPass(t *testing.T, s string) {
	t.Helper()
	out, m := spacesPass(s)
	want, wm := oldSpacesPass(s)
	if out != want || !reflect.DeepEqual(m, wm) {
		t.Fatalf("spacesPass(%q) = %q, want %q (or the offset maps differ)", quote(s), quote(out), quote(want))
	}
}

func TestSpacesPassMatchesReference(t *testing.T) {
	ins := toneScanInputs(t)
	r := rand.New(rand.NewSource(11))
	const alphabet = "  \t\v\f\r\n\x00\x1fa.\xc4\x91\xe1\xbb\x91\xc2\x85"
	for range 20000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		ins = append(ins, string(b))
	}
	for _, s := range ins {
		checkSpacesPass(t, s)
	}
}
