package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Encoder writes documents as JSON Lines, one document per line.
type Encoder struct {
	w *bufio.Writer
	// WithText keeps Document.Text in the output; without it the text is
	// left out, as documents.jsonl does by default.
	WithText bool
}

// NewEncoder returns an Encoder writing to w. Call Flush when done.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: bufio.NewWriterSize(w, 64<<10)}
}

// Encode writes one document line.
func (e *Encoder) Encode(d *Document) error {
	out := *d
	if !e.WithText {
		out.Text = ""
	}
	if out.Figures == nil {
		out.Figures = []Figure{}
	}
	if out.Checks == nil {
		out.Checks = []Check{}
	}
	if out.Errors == nil {
		out.Errors = []string{}
	}
	b, err := json.Marshal(&out)
	if err != nil {
		return fmt.Errorf("encode %s: %w", d.Doc, err)
	}
	b = append(b, '\n')
	_, err = e.w.Write(b)
	return err
}

// Flush writes any buffered lines to the underlying writer.
func (e *Encoder) Flush() error { return e.w.Flush() }

// MaxLine is the longest documents.jsonl line ReadDocuments accepts.
const MaxLine = 256 << 20

// ReadDocuments reads documents.jsonl from r and calls fn for each
// document in order. Blank lines are skipped. name is used in errors, which
// give the line number. Reading stops at the first error of fn.
func ReadDocuments(name string, r io.Reader, fn func(*Document) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var d Document
		if err := json.Unmarshal(line, &d); err != nil {
			return fmt.Errorf("%s:%d: not a document: %w", name, n, err)
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
