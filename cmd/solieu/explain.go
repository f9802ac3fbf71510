package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/solieu/solieu/extract"
)

// ExplainCommand shows every figure of one article with the rule that
// produced it and its sentence, the figure's words marked.
type ExplainCommand struct {
	Main *Main
}

// Run executes the command.
func (c *ExplainCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu explain", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	rulesFile := fs.String("rules", "", "add the rules of `FILE` to the built-in ones")
	noDefault := fs.Bool("no-default-rules", false, "use only the rules of -rules")
	fs.Usage = c.Usage
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		c.Usage()
		return errors.New("explain: name a file")
	}
	x, err := newExtractor(*rulesFile, *noDefault)
	if err != nil {
		return fmt.Errorf("explain: %w", err)
	}
	tax := extract.DefaultTaxonomy()
	w := c.Main.Stdout
	n := 0
	err = c.Main.readInputs(ctx, fs.Args(), func(d *extract.Document) {
		n++
		if len(d.Errors) == 0 {
			safeWork(x.Extract, d)
		}
		fmt.Fprintf(w, "%s  (%s)\n", d.Doc, d.Source)
		fmt.Fprintf(w, "  published %q  subject %q  province %q  period %q\n", d.Published, d.Subject, d.Province, d.Period)
		for _, e := range d.Errors {
			fmt.Fprintf(w, "  error: %s\n", e)
		}
		for i, f := range d.Figures {
			label := f.Metric
			if m, ok := tax.Lookup(f.Metric); ok {
				label = m.VI + " / " + m.EN
			}
			q := qualString(f.Qualifiers)
			fmt.Fprintf(w, "\n  %d. %s = %s %s  [%s %s%s]  rule %s\n", i+1, f.Metric, num(f.Value), f.Unit, f.Modality, f.Cmp, q, f.Rule)
			fmt.Fprintf(w, "     %s\n", label)
			fmt.Fprintf(w, "     %s\n", marked(d.Text, f.Span))
		}
		for _, ch := range d.Checks {
			fmt.Fprintf(w, "\n  check %s %s: %s  «%s»\n", ch.Kind, ch.Parent, ch.Message, ch.Evidence)
		}
		fmt.Fprintln(w)
	})
	if err != nil {
		return fmt.Errorf("explain: %w", err)
	}
	return nil
}

func qualString(q extract.Qualifiers) string {
	var parts []string
	if q.BadgeYears != 0 {
		parts = append(parts, fmt.Sprintf("badge_years=%d", q.BadgeYears))
	}
	for _, kv := range [][2]string{{"topic", q.Topic}, {"actor", q.Actor}, {"kind", q.Kind}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " " + strings.Join(parts, " ")
}

func num(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.6f", v), "0"), ".")
}

// marked returns the line of text around span with the span in »« marks.
func marked(text string, span [2]int) string {
	s, e := span[0], span[1]
	if s < 0 || e > len(text) || s > e {
		return "(span out of range)"
	}
	from := strings.LastIndexAny(text[:s], "\n.;") + 1
	to := strings.IndexAny(text[e:], "\n.;")
	if to < 0 {
		to = len(text)
	} else {
		to += e
	}
	return strings.TrimSpace(text[from:s]) + " »" + text[s:e] + "« " + strings.TrimSpace(text[e:to])
}

// Usage prints the command's help.
func (c *ExplainCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `usage: solieu explain [flags] FILE...

Show every figure found in each article: metric, Vietnamese and English
label, value, unit, modality, bound, qualifiers, the id of the rule that
fired, and the sentence with the figure's words marked »like this«.
Then the document fields and consistency checks.

Flags:
  -rules FILE          add the rules of FILE to the built-in ones
  -no-default-rules    use only the rules of -rules

Examples:
  solieu explain testdata/reports/lso-khoi-2014.txt
  solieu explain -rules my-rules.txt article.txt
`)
}
