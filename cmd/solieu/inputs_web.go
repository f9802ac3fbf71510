package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/scrape"
)

// webParser is the article parser of saved pages and WARC records.
var webParser = &scrape.Parser{}

// webInput reads a saved page or a WARC archive at path and calls emit for each document
// (one for an .html file; one per HTML response record for a WARC). It reports whether path is
// such a file (by extension); a document that fails gets its Errors filled and is still emitted.
func webInput(path string, r io.Reader, emit func(*extract.Document)) (handled bool, err error) {
	name := strings.ToLower(path)
	switch {
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"), strings.HasSuffix(name, ".xhtml"):
		d := &extract.Document{Doc: docID(path), Source: path}
		b, err := io.ReadAll(io.LimitReader(r, maxInputSize+1))
		switch {
		case err != nil:
			d.Errors = append(d.Errors, fmt.Sprintf("%s: %v", path, describe(err)))
		case len(b) > maxInputSize:
			d.Errors = append(d.Errors, fmt.Sprintf("%s: larger than %d MiB, not read", path, maxInputSize>>20))
		default:
			pg, err := webParser.Parse(b, "", "")
			pageDocument(d, pg, err)
		}
		emit(d)
		return true, nil
	case strings.HasSuffix(name, ".warc"), strings.HasSuffix(name, ".warc.gz"):
		n := 0
		err := scrape.ReadWARC(r, func(resp *scrape.Response) error {
			if !resp.HTML() || resp.Status < 200 || resp.Status >= 300 {
				return nil
			}
			n++
			d := &extract.Document{Doc: scrape.DocID(resp.URL), Source: fmt.Sprintf("%s@%d", path, resp.Offset)}
			pg, err := webParser.Parse(resp.Body, resp.URL, resp.Header.Get("Content-Type"))
			pageDocument(d, pg, err)
			emit(d)
			return nil
		})
		if err != nil {
			// The records read so far are out; the rest of the file is
			// reported as one failed document.
			emit(&extract.Document{Doc: docID(path), Source: path, Errors: []string{fmt.Sprintf("%s: %v", path, err)}})
			return true, err
		}
		if n == 0 {
			emit(&extract.Document{Doc: docID(path), Source: path, Errors: []string{fmt.Sprintf("%s: no HTML response records", path)}})
		}
		return true, nil
	}
	return false, nil
}

// pageDocument copies a parsed page into d; err (from Parse) becomes one
// of d's errors.
func pageDocument(d *extract.Document, pg *scrape.Page, err error) {
	if pg != nil {
		if d.URL == "" {
			d.URL = pg.URL
		}
		d.Title, d.Published, d.Author, d.Text, d.Encoding = pg.Title, pg.Published, pg.Author, pg.Text, pg.Encoding
	}
	if err != nil {
		msg := err.Error()
		if errors.Is(err, scrape.ErrNoBody) {
			msg = "no article body found on the page (not an article, or markup the extractor does not know: try a site profile)"
		}
		d.Errors = append(d.Errors, fmt.Sprintf("%s: %s", d.Source, msg))
	}
}
