package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/solieu/solieu/extract"
)

// csvHeader names the CSV columns: the figures sheet's, in machine words.
var csvHeader = []string{
	"doc", "province", "subject", "period", "area", "metric", "label_vi", "label_en",
	"value", "unit", "modality", "cmp", "badge_years", "topic", "actor", "kind",
	"evidence", "span_start", "span_end", "rule", "title", "url", "published",
}

// csvSink writes one row per figure: UTF-8 with a byte order mark and CRLF
// line ends, values with a decimal point, fields that would start a formula
// guarded by an apostrophe.
type csvSink struct {
	bw  *bufio.Writer
	w   *csv.Writer
	tax *extract.Taxonomy
	row []string
	err error
}

func newCSVSink(w io.Writer, o Options) *csvSink {
	bw := bufio.NewWriterSize(w, 64<<10)
	s := &csvSink{bw: bw, w: csv.NewWriter(bw), tax: o.Taxonomy, row: make([]string, len(csvHeader))}
	s.w.UseCRLF = true
	_, s.err = bw.WriteString("\uFEFF")
	if s.err == nil {
		s.err = s.w.Write(csvHeader)
	}
	return s
}

func (s *csvSink) write(d *extract.Document) error {
	if s.err != nil {
		return s.err
	}
	for _, f := range d.Figures {
		vi, en, area := f.Metric, f.Metric, ""
		if m, ok := s.tax.Lookup(f.Metric); ok {
			vi, en, area = m.VI, m.EN, m.Area()
		}
		badge := ""
		if f.Qualifiers.BadgeYears != 0 {
			badge = strconv.Itoa(f.Qualifiers.BadgeYears)
		}
		r := s.row[:0]
		r = append(r,
			csvText(d.Doc), csvText(d.Province), csvText(d.Subject), csvText(d.Period),
			area, csvText(f.Metric), csvText(vi), csvText(en),
			strconv.FormatFloat(f.Value, 'f', -1, 64), csvText(f.Unit), csvText(f.Modality), csvText(f.Cmp),
			badge, csvText(f.Qualifiers.Topic), csvText(f.Qualifiers.Actor), csvText(f.Qualifiers.Kind),
			csvText(f.Evidence), strconv.Itoa(f.Span[0]), strconv.Itoa(f.Span[1]), csvText(f.Rule),
			csvText(d.Title), csvText(d.URL), csvText(d.Published),
		)
		if err := s.w.Write(r); err != nil {
			s.err = err
			return err
		}
	}
	return nil
}

func (s *csvSink) close(*Stats) error {
	if s.err != nil {
		return s.err
	}
	s.w.Flush()
	if err := s.w.Error(); err != nil {
		return err
	}
	return s.bw.Flush()
}

func (s *csvSink) abort() {}

// jsonlSink passes documents through as documents.jsonl, text included
// when the input had it.
type jsonlSink struct {
	enc *extract.Encoder
}

func newJSONLSink(w io.Writer) *jsonlSink {
	enc := extract.NewEncoder(w)
	enc.WithText = true
	return &jsonlSink{enc: enc}
}

func (s *jsonlSink) write(d *extract.Document) error { return s.enc.Encode(d) }

func (s *jsonlSink) close(*Stats) error { return s.enc.Flush() }

func (s *jsonlSink) abort() {}
