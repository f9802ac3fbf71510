package scrape

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Response is one HTTP response as fetched or as recorded in a WARC file.
type Response struct {
	// URL is the address the response answers.
	URL string
	// Status is the HTTP status code.
	Status int
	// Header is the response's HTTP header.
	Header http.Header
	// Body is the response body, decompressed.
	Body []byte
	// Date is when the response was fetched (WARC-Date in a WARC file).
	Date time.Time
	// Offset is the record's byte offset in its WARC file (WARC only).
	Offset int64
}

// HTML reports whether the response is an HTML page: by its Content-Type,
// or by its first bytes when it has none.
func (r *Response) HTML() bool {
	ct := strings.ToLower(r.Header.Get("Content-Type"))
	if ct != "" {
		return strings.Contains(ct, "html")
	}
	return strings.Contains(strings.ToLower(http.DetectContentType(r.Body)), "html")
}

// MaxWARCRecord is the largest response body ReadWARC hands on; a larger
// record is skipped with an error.
const MaxWARCRecord = 64 << 20

// ReadWARC reads a WARC file (plain or gzip-compressed, record by record)
// and calls fn for every response record in order. Other records
// (requests, metadata, warcinfo) are skipped. A record that cannot be
// read stops the reading with an error that gives its offset; an error
// returned by fn stops it too.
func ReadWARC(r io.Reader, fn func(*Response) error) error {
	wf, err := gowarc.NewWarcFileReaderFromStream(r, 0, gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return fmt.Errorf("warc: %w", err)
	}
	defer wf.Close()
	for {
		rec, err := wf.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("warc record at %d: %w", rec.Offset, err)
		}
		resp, err := response(rec)
		rec.Close()
		if err != nil {
			return fmt.Errorf("warc record at %d: %w", rec.Offset, err)
		}
		if resp == nil {
			continue
		}
		if err := fn(resp); err != nil {
			return err
		}
	}
}

// response turns a response record into a Response; nil for other records.
func response(rec gowarc.Record) (*Response, error) {
	w := rec.WarcRecord
	if w == nil || w.Type() != gowarc.Response {
		return nil, nil
	}
	hb, ok := w.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, nil
	}
	pr, err := hb.PayloadBytes()
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(pr, MaxWARCRecord+1))
	if err != nil {
		return nil, err
	}
	if len(body) > MaxWARCRecord {
		return nil, fmt.Errorf("%w: over %d MiB", ErrTooLarge, MaxWARCRecord>>20)
	}
	h := http.Header{}
	if ph := hb.HttpHeader(); ph != nil {
		h = ph.Clone()
	}
	body = decodeContent(body, h)
	date, _ := w.Date()
	return &Response{
		URL:    w.WarcHeader().Get("WARC-Target-URI"),
		Status: hb.HttpStatusCode(),
		Header: h,
		Body:   body,
		Date:   date,
		Offset: rec.Offset,
	}, nil
}

// decodeContent undoes a gzip Content-Encoding recorded as sent.
func decodeContent(body []byte, h http.Header) []byte {
	if !strings.EqualFold(h.Get("Content-Encoding"), "gzip") {
		return body
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return body
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxWARCRecord))
	if err != nil {
		return body
	}
	return out
}

// WARCWriter records requests and responses in one WARC 1.1 file. Each
// record is its own gzip member when the file name ends in ".gz", so that
// the file can be read from any record's offset. It is safe for
// concurrent use.
type WARCWriter struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	gz   bool
	m    gowarc.Marshaler
	path string
}

// CreateWARC creates (or truncates) the WARC file at path and writes its
// warcinfo record naming software.
func CreateWARC(path, software string) (*WARCWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	ww := &WARCWriter{f: f, w: bufio.NewWriter(f), gz: strings.HasSuffix(path, ".gz"), m: gowarc.NewMarshaler(), path: path}
	b := gowarc.NewRecordBuilder(gowarc.Warcinfo, gowarc.WithAddMissingDigest(true))
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	b.AddWarcHeader("WARC-Filename", baseName(path))
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Now())
	fmt.Fprintf(b, "software: %s\r\nformat: WARC File Format 1.1\r\n", software)
	if err := ww.write(b); err != nil {
		f.Close()
		return nil, err
	}
	return ww, nil
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Record writes one request record and its response record. rawRequest
// and rawResponse are the HTTP messages as on the wire (status line,
// header, blank line, body).
func (ww *WARCWriter) Record(url string, date time.Time, rawRequest, rawResponse []byte) error {
	resp := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true))
	resp.AddWarcHeader(gowarc.WarcTargetURI, url)
	resp.AddWarcHeaderTime(gowarc.WarcDate, date)
	resp.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if _, err := resp.Write(rawResponse); err != nil {
		return err
	}
	req := gowarc.NewRecordBuilder(gowarc.Request, gowarc.WithAddMissingDigest(true))
	req.AddWarcHeader(gowarc.WarcTargetURI, url)
	req.AddWarcHeaderTime(gowarc.WarcDate, date)
	req.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	if _, err := req.Write(rawRequest); err != nil {
		return err
	}
	ww.mu.Lock()
	defer ww.mu.Unlock()
	if err := ww.write(req); err != nil {
		return err
	}
	return ww.write(resp)
}

// write builds and marshals one record; the caller holds mu (or owns ww).
func (ww *WARCWriter) write(b gowarc.WarcRecordBuilder) error {
	rec, _, err := b.Build()
	if err != nil {
		return fmt.Errorf("warc %s: %w", ww.path, err)
	}
	defer rec.Close()
	var out io.Writer = ww.w
	var zw *gzip.Writer
	if ww.gz {
		zw = gzip.NewWriter(ww.w)
		out = zw
	}
	if _, _, err := ww.m.Marshal(out, rec, 0); err != nil {
		return fmt.Errorf("warc %s: %w", ww.path, err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Close flushes and closes the file.
func (ww *WARCWriter) Close() error {
	ww.mu.Lock()
	defer ww.mu.Unlock()
	if err := ww.w.Flush(); err != nil {
		ww.f.Close()
		return err
	}
	return ww.f.Close()
}
