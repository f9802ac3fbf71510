package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/solieu/solieu/extract"
)

// devCorpus is where the shared dev corpus lies beside the repository.
const devCorpus = "../../shared/corpus/dev"

// goldDocuments reads the dev corpus's gold files as documents, the shape
// solieu extract gives, with the seed's known check added. It skips the
// test when the corpus is absent.
func goldDocuments(t testing.TB) []*extract.Document {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(devCorpus, "*.gold.json"))
	if len(names) == 0 {
		t.Skipf("no dev corpus at %s", devCorpus)
	}
	sort.Strings(names)
	var docs []*extract.Document
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var d extract.Document
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d.Source = strings.TrimSuffix(name, ".gold.json") + ".txt"
		for i := range d.Figures {
			d.Figures[i].Rule = "gold"
		}
		if d.Doc == "seed-lso-2014" {
			d.Checks = append(d.Checks, extract.Check{
				Kind: extract.CheckSum, Parent: "org.grassroots", Value: 73,
				Parts: map[string]float64{"org.grassroots.committees": 31, "org.grassroots.cells": 41},
				Sum:   72, Message: "31 + 41 = 72, not 73", Evidence: "73 cơ sở trực thuộc",
			})
		}
		docs = append(docs, &d)
	}
	return docs
}
