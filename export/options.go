package export

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/solieu/solieu/extract"
)

// Format is an output format.
type Format string

// Output formats.
const (
	// XLSX is the analyst's workbook (the default).
	XLSX Format = "xlsx"
	// CSV is the long table of figures, one row per figure, UTF-8 with a
	// byte order mark and CRLF line ends so that Excel reads it right.
	CSV Format = "csv"
	// JSONL passes the documents through as documents.jsonl.
	JSONL Format = "jsonl"
)

// FormatFor returns the format named by a file's extension (".xlsx",
// ".csv", ".jsonl"; ".json" and ".ndjson" count as JSON Lines), or "" when
// the extension names none.
func FormatFor(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx":
		return XLSX
	case ".csv":
		return CSV
	case ".jsonl", ".ndjson", ".json":
		return JSONL
	}
	return ""
}

// ParseFormat checks a format name given by a user.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case XLSX, CSV, JSONL:
		return f, nil
	}
	return "", fmt.Errorf("%w %q: want xlsx, csv or jsonl", ErrFormat, s)
}

// By says how the comparison sheet groups documents into columns.
type By string

// Groupings of the comparison sheet.
const (
	// ByDefault makes one column per (province, subject, period), sorted
	// by province, then period, then subject.
	ByDefault By = ""
	// ByDoc makes one column per document.
	ByDoc By = "doc"
	// BySubject makes one column per subject.
	BySubject By = "subject"
	// ByProvince makes one column per province.
	ByProvince By = "province"
	// ByPeriod makes one column per period.
	ByPeriod By = "period"
)

// ParseBy checks a grouping name given by a user; "" and "default" mean
// ByDefault.
func ParseBy(s string) (By, error) {
	switch b := By(strings.ToLower(s)); b {
	case ByDefault, ByDoc, BySubject, ByProvince, ByPeriod:
		return b, nil
	case "default":
		return ByDefault, nil
	}
	return "", fmt.Errorf("%w %q: want doc, subject, province or period", ErrBy, s)
}

// Languages of the workbook's words.
const (
	LangVI = "vi"
	LangEN = "en"
)

// Options configure an Exporter. The zero value means the defaults: a
// Vietnamese workbook of all figures, grouped by province, subject and
// period.
type Options struct {
	// Format is the output format; "" means XLSX.
	Format Format
	// Lang is the language of sheet names, headers and marks: LangVI
	// (the default, also for "") or LangEN.
	Lang string
	// By groups the comparison sheet's columns; ByDefault when zero.
	By By
	// Metrics keeps only figures whose metric is one of these areas
	// ("discipline") or keys ("members.total"), and the comparison rows of
	// those; nil keeps all.
	Metrics []string
	// Provinces keeps only documents of these provinces, compared without
	// case and tone marks ("Lạng Sơn" matches "lang son"); nil keeps all.
	Provinces []string
	// Periods keeps only documents of these periods, exactly ("2014" does
	// not match "2014-H1"); nil keeps all.
	Periods []string
	// Taxonomy gives the metrics, their order and labels; nil means
	// extract.DefaultTaxonomy().
	Taxonomy *extract.Taxonomy
	// Labels gives the workbook's words; nil means DefaultLabels().
	Labels *Labels
	// Inputs names what went in, for the summary sheet; "-" is standard
	// input.
	Inputs []string
	// Version is solieu's version, for the summary sheet.
	Version string
	// RulesVersion names the extraction rules that made the figures, for
	// the summary sheet; empty when unknown.
	RulesVersion string
	// Now is the export time written to the summary; zero means
	// time.Now().
	Now time.Time
	// TmpDir is where the workbook's temporary files go while it is
	// written (the documents between the two passes, excelize's streamed
	// sheets); "" means os.TempDir().
	TmpDir string
}

func (o Options) withDefaults() (Options, error) {
	if o.Format == "" {
		o.Format = XLSX
	}
	if _, err := ParseFormat(string(o.Format)); err != nil {
		return o, err
	}
	switch o.Lang {
	case "":
		o.Lang = LangVI
	case LangVI, LangEN:
	default:
		return o, fmt.Errorf("%w %q: want vi or en", ErrLang, o.Lang)
	}
	if _, err := ParseBy(string(o.By)); err != nil {
		return o, err
	}
	if o.Taxonomy == nil {
		o.Taxonomy = extract.DefaultTaxonomy()
	}
	if o.Labels == nil {
		o.Labels = DefaultLabels()
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	for _, m := range o.Metrics {
		if !knownMetric(o.Taxonomy, m) {
			return o, fmt.Errorf("%w %q: neither an area nor a key of the taxonomy", ErrMetric, m)
		}
	}
	return o, nil
}

// knownMetric reports whether s is an area or a key of t.
func knownMetric(t *extract.Taxonomy, s string) bool {
	for _, m := range t.Metrics {
		if m.Key == s || m.Area() == s || strings.HasPrefix(m.Key, s+".") {
			return true
		}
	}
	return false
}
