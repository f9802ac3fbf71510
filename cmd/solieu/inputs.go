package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/normalize"
)

// defaultMaxSize is the largest file read as one document (-max-size).
// News articles are kilobytes; a file this large is a dump or a mistake,
// and still gets its document line, with an error saying so.
const defaultMaxSize = 16 << 20

// textExts are the extensions read as plain-text articles when a folder is
// walked. Files named on the command line are read whatever their name.
var textExts = map[string]bool{".txt": true, ".text": true}

// webExts are the extensions handed to webInput (saved pages and WARC).
var webExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".warc": true, ".gz": true}

// readInputs reads every input named by paths, in order, and calls emit
// with one document per article. A folder is walked recursively in name
// order for .txt, .html and WARC files; "-" is standard input. A file that
// cannot be read still yields a document, with Errors filled. Doc ids are
// file names without extension, made unique within the run.
func (m *Main) readInputs(ctx context.Context, paths []string, emit func(*extract.Document)) error {
	if m.MaxSize <= 0 {
		m.MaxSize = defaultMaxSize
	}
	ids := map[string]int{}
	unique := func(d *extract.Document) {
		n := ids[d.Doc]
		ids[d.Doc] = n + 1
		if n > 0 {
			d.Doc = fmt.Sprintf("%s~%d", d.Doc, n+1)
		}
		emit(d)
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			unique(readDocument("-", "stdin", m.Stdin, m.MaxSize))
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			unique(failed(p, err))
			continue
		}
		if !info.IsDir() {
			m.readFile(p, unique)
			continue
		}
		var files []string
		werr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable subfolder is reported and the walk goes on.
				unique(failed(path, err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if wanted(path) {
				files = append(files, path)
			}
			return nil
		})
		if werr != nil {
			return werr
		}
		sort.Strings(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			m.readFile(f, unique)
		}
	}
	return nil
}

// wanted reports whether a file found in a walked folder is an input.
func wanted(path string) bool {
	name := strings.ToLower(filepath.Base(path))
	if strings.HasSuffix(name, ".gold.json") || strings.HasPrefix(name, ".") {
		return false
	}
	ext := filepath.Ext(name)
	if ext == ".gz" {
		return strings.HasSuffix(name, ".warc.gz")
	}
	return textExts[ext] || webExts[ext]
}

// readFile reads one named file and emits its documents.
func (m *Main) readFile(path string, emit func(*extract.Document)) {
	f, err := os.Open(path)
	if err != nil {
		emit(failed(path, err))
		return
	}
	defer f.Close()
	if webExts[strings.ToLower(filepath.Ext(path))] {
		handled, err := webInput(path, f, emit)
		if handled {
			if err != nil {
				fmt.Fprintf(m.Stderr, "solieu: %s: %v\n", path, err)
			}
			return
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			emit(failed(path, err))
			return
		}
	}
	emit(readDocument(path, docID(path), f, m.MaxSize))
}

// docID is a file's name without its extension(s).
func docID(path string) string {
	name := filepath.Base(path)
	for _, ext := range []string{".gz", ".warc", ".txt", ".text", ".html", ".htm"} {
		name = strings.TrimSuffix(name, ext)
	}
	if name == "" {
		name = filepath.Base(path)
	}
	return name
}

// failed is the document of an input that could not be read.
func failed(path string, err error) *extract.Document {
	return &extract.Document{Doc: docID(path), Source: path, Errors: []string{fmt.Sprintf("%s: %v", path, describe(err))}}
}

// describe turns common file errors into words a user can act on.
func describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return err
}

// readDocument reads one text article from r.
func readDocument(source, id string, r io.Reader, max int64) *extract.Document {
	d := &extract.Document{Doc: id, Source: source}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		d.Errors = append(d.Errors, fmt.Sprintf("%s: %v", source, describe(err)))
		return d
	}
	if int64(len(b)) > max {
		d.Errors = append(d.Errors, fmt.Sprintf("%s: larger than %s, not read (see -max-size)", source, sizeString(max)))
		return d
	}
	if len(b) == 0 {
		d.Errors = append(d.Errors, fmt.Sprintf("%s: empty file", source))
		return d
	}
	text, enc, err := decode(b)
	if err != nil {
		d.Errors = append(d.Errors, fmt.Sprintf("%s: %v", source, err))
		return d
	}
	d.Text, d.Encoding = text, enc
	return d
}

// decode turns file bytes into text: UTF-8 (BOM dropped), UTF-16 with a
// BOM, or the most plausible legacy Vietnamese encoding, which the
// document's Encoding then names.
func decode(b []byte) (string, string, error) {
	text, enc, err := normalize.Decode(b)
	if err != nil {
		return "", "", err
	}
	return text, string(enc), nil
}

// sizeString writes a byte count the way -max-size takes it.
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// maxInputSize caps a saved page read by webInput.
const maxInputSize = defaultMaxSize
