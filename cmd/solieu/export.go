package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/solieu/solieu/export"
	"github.com/solieu/solieu/extract"
)

// ExportCommand writes documents.jsonl as an analyst's workbook, as CSV or
// as JSON Lines.
type ExportCommand struct {
	Main *Main
}

// Run executes the command.
func (c *ExportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu export", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	fl := newExportFlags(fs)
	fs.Usage = c.Usage
	if err := fs.Parse(args); err != nil {
		return err
	}

	// Settle the output and its format.
	if *fl.out == "" {
		c.Usage()
		return errors.New("export: no output; give -o FILE, or -o - for standard output")
	}
	opts := export.Options{Lang: *fl.lang, Version: Version}
	var err error
	switch {
	case *fl.format != "":
		opts.Format, err = export.ParseFormat(*fl.format)
	case *fl.out == "-":
		opts.Format = export.XLSX
	default:
		if opts.Format = export.FormatFor(*fl.out); opts.Format == "" {
			err = fmt.Errorf("cannot tell the format of %s: name it .xlsx, .csv or .jsonl, or give --format", *fl.out)
		}
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if opts.By, err = export.ParseBy(*fl.by); err != nil {
		return err
	}
	opts.Metrics, opts.Provinces, opts.Periods = splitList(*fl.metrics), splitList(*fl.province), splitList(*fl.period)
	if *fl.taxonomy != "" {
		if opts.Taxonomy, err = extract.LoadTaxonomy(*fl.taxonomy); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if *fl.labels != "" {
		if opts.Labels, err = export.LoadLabels(*fl.labels); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	opts.RulesVersion = fmt.Sprintf("solieu %s, %d built-in rules", Version, extract.DefaultRules().Len())
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	opts.Inputs = inputs

	// Open the output: a file appears only when the export succeeds.
	var w io.Writer = c.Main.Stdout
	var file *export.File
	if *fl.out != "-" {
		if file, err = export.CreateFile(*fl.out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer file.Abort()
		w = file
	}
	e, err := export.New(w, opts)
	if err != nil {
		return err
	}

	// Read every input, in order.
	for _, in := range inputs {
		if err := c.read(ctx, in, e); err != nil {
			e.Abort()
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := e.Close(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if file != nil {
		if err := file.Commit(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	st := e.Stats()
	if *fl.out != "-" {
		fmt.Fprintf(c.Main.Stderr, "solieu: wrote %s: %s, %s, %s\n", *fl.out,
			counted(st.Documents, "document"), counted(st.Figures, "figure"), counted(sumChecks(st.Checks), "check"))
	}
	if st.Documents == 0 {
		fmt.Fprintln(c.Main.Stderr, "solieu: export: no document was read (or all were filtered out)")
	}
	return nil
}

// exportFlags are the command's flags.
type exportFlags struct {
	out, format, lang, by, metrics, province, period, taxonomy, labels *string
}

func newExportFlags(fs *flag.FlagSet) *exportFlags {
	return &exportFlags{
		out:      fs.String("o", "", "write to `FILE` (- for standard output)"),
		format:   fs.String("format", "", "output `FORMAT`: xlsx, csv or jsonl (default: from -o's extension; xlsx for -)"),
		lang:     fs.String("lang", export.LangVI, "language of sheet names and headers: vi or en"),
		by:       fs.String("by", "", "group the comparison's columns `BY` doc, subject, province or period (default: province, subject and period)"),
		metrics:  fs.String("metrics", "", "keep only the figures of these `AREAS` or keys, comma separated (discipline,members.total)"),
		province: fs.String("province", "", "keep only the documents of these `PROVINCES`, comma separated (tone marks and case ignored)"),
		period:   fs.String("period", "", "keep only the documents of these `PERIODS`, comma separated (2014,2014-H1)"),
		taxonomy: fs.String("taxonomy", "", "read the metric taxonomy from `FILE` (metrics.yaml format) instead of the built-in one"),
		labels:   fs.String("labels", "", "override the workbook's words with those of `FILE` (labels.tsv format)"),
	}
}

// read feeds one documents.jsonl input to e.
func (c *ExportCommand) read(ctx context.Context, name string, e *export.Exporter) error {
	var r io.Reader = c.Main.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	return extract.ReadDocuments(name, r, func(d *extract.Document) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return e.Write(d)
	})
}

// splitList splits a comma-separated flag value, dropping empty items; nil
// when there are none.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func sumChecks(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// Usage prints the command's help.
func (c *ExportCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `Export documents.jsonl (from solieu extract or scrape) as an analyst's
Excel workbook, as CSV (one row per figure) or as JSON Lines.

Usage:

	solieu export -o FILE [flags] [FILE...]

Arguments:

	FILE...  documents.jsonl files to read, in order; none or - reads
	         standard input.

The workbook's sheets: Tổng hợp (what went in), So sánh (every metric
across groups of documents), Số liệu (one row per figure, with evidence),
Kiểm tra (totals that disagree with their parts), Tài liệu (documents) and
Chỉ số (the metric taxonomy); in English with --lang en. The output file is
written under a temporary name and renamed when complete, so a failed export
leaves an earlier file untouched.

Flags:

`)
	fs := flag.NewFlagSet("solieu export", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	newExportFlags(fs)
	fs.PrintDefaults()
	fmt.Fprint(c.Main.Stderr, `
Examples:

	# Extract the sample articles and write the workbook.
	solieu extract testdata/ | solieu export -o report.xlsx

	# English workbook, one comparison column per document.
	solieu export --lang en --by doc -o report-en.xlsx documents.jsonl

	# Discipline and inspection figures of one province, as CSV.
	solieu export --metrics discipline,inspection --province "Lạng Sơn" -o figures.csv documents.jsonl

	# Filter documents.jsonl and pass it on.
	solieu export --period 2014 -o - --format jsonl documents.jsonl | solieu export -o 2014.xlsx
`)
}

// counted gives n with its noun, singular for one: "1 check", "3 checks".
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
