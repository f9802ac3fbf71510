package extract_test

import (
	"bytes"
	"encoding/json"
	"os"
	"runtime/debug"
	"testing"

	"github.com/solieu/solieu/extract"
)

// TestNoAliasing checks that nothing Extract leaves in a Document points
// into the memory it reuses for the next one (the normalized text's
// buffer, the tokens): each document's record, taken right after its
// Extract, is the same after every other text has been extracted by the
// same Extractor. The collector is held off, so that the pooled work, and
// with it the reused memory, stays the same throughout.
func TestNoAliasing(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	x := newExtractor(t)
	var docs []*extract.Document
	var first [][]byte
	for _, p := range articles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := &extract.Document{Doc: p, Text: string(b)}
		x.Extract(d)
		j, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		docs, first = append(docs, d), append(first, j)
	}
	if len(docs) < 2 {
		t.Fatal("fewer than two texts")
	}
	for k, d := range docs {
		j, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(j, first[k]) {
			t.Errorf("%s: the record changed after later texts were extracted:\nthen %.300s\nnow  %.300s", d.Doc, first[k], j)
		}
	}
}
