package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"

	"github.com/solieu/solieu/extract"
)

// EvalCommand scores extraction against a folder of gold annotations, with
// the numbers of ../shared/tools/score.py.
type EvalCommand struct {
	Main *Main
}

// Run executes the command.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu eval", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	goldDir := fs.String("gold", "", "score against the NAME.gold.json files of `DIR`")
	verbose := fs.Bool("v", false, "list every missed and every extra figure with its evidence")
	asJSON := fs.Bool("json", false, "print the scores as JSON (the F1 line still ends the output)")
	rulesFile := fs.String("rules", "", "extract with the rules of `FILE` added to the built-in ones")
	fs.Usage = c.Usage
	paths, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *goldDir == "" {
		c.Usage()
		return errors.New("eval: name the gold folder with --gold DIR")
	}

	// Load the gold set.
	gold, err := LoadGold(*goldDir)
	if err != nil {
		return err
	}

	// Gather predictions: documents.jsonl files as they are, everything
	// else extracted; without paths, the gold folder's own articles.
	preds := Predictions{}
	var texts []string
	for _, p := range paths {
		if p != "-" && !strings.HasSuffix(strings.ToLower(p), ".jsonl") {
			texts = append(texts, p)
			continue
		}
		if err := c.readJSONL(p, preds); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	if len(paths) == 0 {
		for _, g := range gold {
			if _, err := os.Stat(g.Article); err != nil {
				fmt.Fprintf(c.Main.Stderr, "solieu: eval: %s: no article for gold %s; it counts as empty\n", g.Article, g.Doc)
				continue
			}
			texts = append(texts, g.Article)
		}
	}
	if len(texts) > 0 {
		docs, err := c.extract(ctx, texts, *rulesFile)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		if err := preds.AddDocuments(docs); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}

	// Score and report.
	res := Score(gold, preds)
	w := c.Main.Stdout
	if *asJSON {
		b, err := json.MarshalIndent(resultJSON(res, *verbose), "", " ")
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		fmt.Fprintf(w, "%s\n", b)
	} else {
		writeReport(w, res, *verbose)
	}
	p, r, f1 := res.PRF()
	fmt.Fprintf(w, "F1 %.3f P %.3f R %.3f\n", f1, p, r)
	return nil
}

// parseInterleaved parses flags that may come before, between or after
// the paths, and returns the paths.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return paths, nil
		}
		paths = append(paths, args[0])
		args = args[1:]
	}
}

// readJSONL adds the predictions of one documents.jsonl file ("-" is
// standard input).
func (c *EvalCommand) readJSONL(path string, preds Predictions) error {
	if path == "-" {
		return preds.ReadPredictions("stdin", c.Main.Stdin)
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, describe(err))
	}
	defer f.Close()
	return preds.ReadPredictions(path, f)
}

// extract reads and extracts the articles named by paths, in input order.
// Articles that cannot be read are reported on standard error and keep
// their (empty) document.
func (c *EvalCommand) extract(ctx context.Context, paths []string, rulesFile string) ([]*extract.Document, error) {
	x, err := newExtractor(rulesFile, false)
	if err != nil {
		return nil, err
	}
	var docs []*extract.Document
	err = runOrdered(ctx, runtime.GOMAXPROCS(0), func(emit func(*extract.Document)) error {
		return c.Main.readInputs(ctx, paths, emit)
	}, x.Extract, func(d *extract.Document) error {
		for _, e := range d.Errors {
			fmt.Fprintf(c.Main.Stderr, "solieu: %s\n", e)
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// writeReport prints a Result as text. Its header, area, cmp, qualifier
// and document lines are score.py's, word for word.
func writeReport(w io.Writer, r *Result, verbose bool) {
	fmt.Fprintf(w, "documents %d  gold figures %d  predicted %d  matched %d\n", r.Docs, r.TP+r.FN, r.TP+r.FP, r.TP)
	for _, a := range r.Areas {
		fmt.Fprintf(w, "  %s\n", tallyLine(a, 12))
	}
	if r.CmpN > 0 {
		fmt.Fprintf(w, "cmp accuracy %.3f over %d matched\n", float64(r.CmpOK)/float64(r.CmpN), r.CmpN)
	}
	if r.QualN > 0 {
		fmt.Fprintf(w, "qualifier accuracy %.3f over %d\n", float64(r.QualOK)/float64(r.QualN), r.QualN)
	}
	for _, f := range r.Fields {
		fmt.Fprintf(w, "document %s accuracy %.3f over %d\n", f.Name, float64(f.OK)/float64(f.N), f.N)
	}
	fmt.Fprintf(w, "\nmicro average\n  %s\n", tallyLine(r.Tally, 12))
	fmt.Fprintln(w, "\nper metric")
	for _, m := range r.Metrics {
		fmt.Fprintf(w, "  %s\n", tallyLine(m, 36))
	}
	if verbose {
		fmt.Fprintln(w)
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  miss %s\n", m)
		}
		for _, m := range r.Extras {
			fmt.Fprintf(w, "  extra %s\n", m)
		}
	}
}

// tallyLine is score.py's per-area line, its name padded to width.
func tallyLine(t Tally, width int) string {
	p, r, f1 := t.PRF()
	return fmt.Sprintf("%-*s P %.3f  R %.3f  F1 %.3f  (tp %d fp %d fn %d)", width, t.Name, p, r, f1, t.TP, t.FP, t.FN)
}

// String is the figure as a -v line shows it.
func (m Mismatch) String() string {
	return fmt.Sprintf("%s: %s %s %s %s  «%s»", m.Doc, m.Metric, m.Value, m.Unit, m.Modality, m.Evidence)
}

// scoreJSON is the --json output: score.py's fields, plus counts, the
// per-metric table and, with -v, the mismatches.
type scoreJSON struct {
	Docs              int                  `json:"docs"`
	Gold              int                  `json:"gold"`
	Predicted         int                  `json:"predicted"`
	TP                int                  `json:"tp"`
	FP                int                  `json:"fp"`
	FN                int                  `json:"fn"`
	Precision         float64              `json:"precision"`
	Recall            float64              `json:"recall"`
	F1                float64              `json:"f1"`
	CmpAccuracy       *float64             `json:"cmp_accuracy"`
	QualifierAccuracy *float64             `json:"qualifier_accuracy"`
	DocFields         map[string]float64   `json:"doc_fields"`
	Areas             map[string]tallyJSON `json:"areas"`
	Metrics           map[string]tallyJSON `json:"metrics"`
	Misses            []Mismatch           `json:"misses,omitempty"`
	Extras            []Mismatch           `json:"extras,omitempty"`
}

type tallyJSON struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
}

func resultJSON(r *Result, verbose bool) scoreJSON {
	ratio := func(ok, n int) *float64 {
		if n == 0 {
			return nil
		}
		v := float64(ok) / float64(n)
		return &v
	}
	tallies := func(ts []Tally) map[string]tallyJSON {
		m := make(map[string]tallyJSON, len(ts))
		for _, t := range ts {
			p, rc, f1 := t.PRF()
			m[t.Name] = tallyJSON{p, rc, f1, t.TP, t.FP, t.FN}
		}
		return m
	}
	p, rc, f1 := r.PRF()
	out := scoreJSON{
		Docs: r.Docs, Gold: r.TP + r.FN, Predicted: r.TP + r.FP, TP: r.TP, FP: r.FP, FN: r.FN,
		Precision: p, Recall: rc, F1: f1,
		CmpAccuracy:       ratio(r.CmpOK, r.CmpN),
		QualifierAccuracy: ratio(r.QualOK, r.QualN),
		DocFields:         map[string]float64{},
		Areas:             tallies(r.Areas),
		Metrics:           tallies(r.Metrics),
	}
	for _, f := range r.Fields {
		out.DocFields[f.Name] = float64(f.OK) / float64(f.N)
	}
	if verbose {
		out.Misses, out.Extras = r.Misses, r.Extras
	}
	return out
}

// Usage prints the command's help.
func (c *EvalCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `usage: solieu eval --gold DIR [-v] [--json] [-rules FILE] [PATH...]

Score extracted figures against the gold annotations of DIR (NAME.gold.json
beside NAME.txt), with the rules and numbers of ../shared/tools/score.py:
micro precision, recall and F1, per area and per metric, cmp and qualifier
accuracy over matched figures, and subject/province/period accuracy.

Without PATH, the articles of DIR are extracted and scored. A PATH ending in
.jsonl (or -, standard input) is a documents.jsonl, or one figure per line
with a "doc" field, scored as it is; any other PATH (text file, saved page,
folder) is extracted first. Gold documents with no prediction count as
empty; predictions for documents without gold are ignored.

The last line is always "F1 0.xxx P 0.xxx R 0.xxx", also after --json.

Flags:
  --gold DIR     the gold folder (required)
  -v             list each missed and each extra figure with its evidence
  --json         print the scores as JSON
  -rules FILE    extract with the rules of FILE added to the built-in ones

Examples:
  solieu eval --gold testdata/reports
  solieu eval --gold ../shared/corpus/dev -v
  solieu extract ../shared/corpus/dev > dev.jsonl
  solieu eval --gold ../shared/corpus/dev dev.jsonl
  solieu extract testdata/reports | solieu eval --gold testdata/reports --json -
  solieu eval --gold testdata/reports -rules my-rules.txt
`)
}
