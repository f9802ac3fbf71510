package extract_test

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/solieu/solieu/extract"
)

// TestMutatedReports feeds the extractor the sample reports mangled in
// reproducible ways (random bytes, stray list and table marks, cuts,
// repeated passages): it must not panic, and every span must still hold
// its evidence. It found a crash in the subject's name matching that the
// short fuzz runs had not.
func TestMutatedReports(t *testing.T) {
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	if len(files) == 0 {
		t.Fatal("no sample reports")
	}
	x := newExtractor(t)
	r := rand.New(rand.NewSource(1))
	n := 2000
	if testing.Short() {
		n = 200
	}
	for it := 0; it < n; it++ {
		b, err := os.ReadFile(files[r.Intn(len(files))])
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 3000 {
			b = b[:3000]
		}
		for k := 0; k < 1+r.Intn(20); k++ {
			p := r.Intn(len(b))
			switch r.Intn(4) {
			case 0:
				b[p] = byte(r.Intn(256))
			case 1:
				b = append(b[:p], append([]byte(":|( 12/3 "), b[p:]...)...)
			case 2:
				if q := r.Intn(len(b)); q > p {
					b = append(b[:p], b[q:]...)
				}
			case 3:
				b = append(b[:p], append([]byte(string(b[p:min(len(b), p+200)])), b[p:]...)...)
			}
		}
		s := string(b)
		d := &extract.Document{Text: s}
		x.Extract(d)
		for _, f := range d.Figures {
			if f.Span[0] < 0 || f.Span[1] > len(s) || f.Span[0] > f.Span[1] || s[f.Span[0]:f.Span[1]] != f.Evidence {
				t.Fatalf("iteration %d: span %v does not hold %q", it, f.Span, f.Evidence)
			}
		}
	}
}
