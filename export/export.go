package export

import (
	"errors"
	"fmt"
	"io"

	"github.com/solieu/solieu/extract"
)

// Errors of the package.
var (
	// ErrFormat is an output format other than xlsx, csv or jsonl.
	ErrFormat = errors.New("export: unknown format")
	// ErrBy is a grouping other than doc, subject, province or period.
	ErrBy = errors.New("export: unknown grouping")
	// ErrLang is a language other than vi or en.
	ErrLang = errors.New("export: unknown language")
	// ErrMetric is a metric filter that names no area or key.
	ErrMetric = errors.New("export: unknown metric")
	// ErrLabels is a malformed labels file.
	ErrLabels = errors.New("export: bad labels")
	// ErrClosed is a Write after Close.
	ErrClosed = errors.New("export: exporter closed")
)

// Stats count what an Exporter wrote.
type Stats struct {
	// Documents is the number of documents kept by the filters.
	Documents int
	// Skipped is the number of documents the filters dropped.
	Skipped int
	// Figures is the number of figures written.
	Figures int
	// Checks counts the consistency findings written, by kind.
	Checks map[string]int
	// Errors is the number of documents that carry errors.
	Errors int
}

// sink is one output format.
type sink interface {
	// write adds one filtered document.
	write(d *extract.Document) error
	// close finishes the output.
	close(st *Stats) error
	// abort releases what the sink holds without finishing the output.
	abort()
}

// Exporter writes documents in one output format. Write them one by one,
// then Close; the output is complete only when Close returns nil. An
// Exporter is not safe for concurrent use.
type Exporter struct {
	opts   Options
	filter *filter
	sink   sink
	stats  Stats
	closed bool
}

// New returns an Exporter writing to w in opts.Format.
func New(w io.Writer, opts Options) (*Exporter, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	e := &Exporter{opts: opts, filter: newFilter(opts), stats: Stats{Checks: map[string]int{}}}
	switch opts.Format {
	case XLSX:
		e.sink, err = newWorkbook(w, opts)
	case CSV:
		e.sink = newCSVSink(w, opts)
	case JSONL:
		e.sink = newJSONLSink(w)
	}
	if err != nil {
		return nil, err
	}
	return e, nil
}

// Write adds one document. Documents the filters drop are counted and left
// out; figures and checks outside Options.Metrics are left out of the
// document.
func (e *Exporter) Write(d *extract.Document) error {
	if e.closed {
		return ErrClosed
	}
	fd, ok := e.filter.apply(d)
	if !ok {
		e.stats.Skipped++
		return nil
	}
	e.stats.Documents++
	e.stats.Figures += len(fd.Figures)
	for _, c := range fd.Checks {
		e.stats.Checks[c.Kind]++
	}
	if len(fd.Errors) > 0 {
		e.stats.Errors++
	}
	if err := e.sink.write(fd); err != nil {
		return fmt.Errorf("%s: %w", d.Doc, err)
	}
	return nil
}

// Close finishes the output. After Close the Exporter accepts no more
// documents.
func (e *Exporter) Close() error {
	if e.closed {
		return ErrClosed
	}
	e.closed = true
	return e.sink.close(&e.stats)
}

// Abort gives up the output: it releases temporary files without writing
// the rest. Use it instead of Close after a failed Write. The bytes already
// written to the writer are incomplete; CreateFile's File.Abort discards
// them.
func (e *Exporter) Abort() {
	if !e.closed {
		e.closed = true
		e.sink.abort()
	}
}

// Stats returns what has been written so far.
func (e *Exporter) Stats() Stats { return e.stats }
