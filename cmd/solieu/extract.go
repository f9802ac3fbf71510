package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/solieu/solieu/extract"
)

// ExtractCommand extracts figures from articles into documents.jsonl.
type ExtractCommand struct {
	Main *Main
}

// Run executes the command.
func (c *ExtractCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu extract", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	out := fs.String("o", "-", "write documents.jsonl to `FILE` (- for standard output)")
	rulesFile := fs.String("rules", "", "add the rules of `FILE` to the built-in ones (its rules win ties and replace built-in rules of the same id)")
	noDefault := fs.Bool("no-default-rules", false, "use only the rules of -rules, not the built-in ones")
	withText := fs.Bool("with-text", false, "keep each document's text in the output (the string spans index)")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "extract with `N` workers")
	quiet := fs.Bool("q", false, "do not report documents with errors on standard error")
	maxMiB := fs.Int64("max-size", defaultMaxSize>>20, "read files of at most `MiB` mebibytes; larger ones get an error line")
	fs.Usage = c.Usage
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		c.Usage()
		return errors.New("extract: no input; name files, folders or - for standard input")
	}
	x, err := newExtractor(*rulesFile, *noDefault)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	c.Main.MaxSize = *maxMiB << 20
	w, commit, err := createOutput(*out, c.Main.Stdout)
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	enc := extract.NewEncoder(w)
	enc.WithText = *withText

	var read, failed int
	write := func(d *extract.Document) error {
		if len(d.Errors) > 0 {
			failed++
			if !*quiet {
				for _, e := range d.Errors {
					fmt.Fprintf(c.Main.Stderr, "solieu: %s\n", e)
				}
			}
		} else {
			read++
		}
		return enc.Encode(d)
	}
	err = runOrdered(ctx, *jobs, func(emit func(*extract.Document)) error {
		return c.Main.readInputs(ctx, fs.Args(), emit)
	}, x.Extract, write)
	if ferr := enc.Flush(); err == nil {
		err = ferr
	}
	if cerr := commit(err == nil); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if read == 0 {
		return fmt.Errorf("extract: no document could be read (%d with errors)", failed)
	}
	return nil
}

// newExtractor builds the extractor with the user's rules, if any.
func newExtractor(rulesFile string, noDefault bool) (*extract.Extractor, error) {
	opts := extract.Options{}
	if rulesFile != "" {
		rs, err := extract.LoadRules(rulesFile, nil)
		if err != nil {
			return nil, err
		}
		if noDefault {
			opts.Rules = rs
		} else {
			opts.Rules = rs.Merge(extract.DefaultRules())
		}
	} else if noDefault {
		return nil, errors.New("-no-default-rules needs -rules FILE")
	}
	return extract.New(opts)
}

// runOrdered reads documents with produce, runs work on each with n
// workers, and hands them to consume in input order.
func runOrdered(ctx context.Context, n int, produce func(emit func(*extract.Document)) error, work func(*extract.Document), consume func(*extract.Document) error) error {
	if n < 1 {
		n = 1
	}
	type item struct {
		d    *extract.Document
		done chan struct{}
	}
	jobs := make(chan item, n*4)
	order := make(chan item, n*4)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if len(it.d.Errors) == 0 {
					safeWork(work, it.d)
				}
				close(it.done)
			}
		}()
	}
	var cerr error
	consumed := make(chan struct{})
	go func() {
		defer close(consumed)
		for it := range order {
			<-it.done
			if cerr == nil {
				cerr = consume(it.d)
			}
		}
	}()
	perr := produce(func(d *extract.Document) {
		it := item{d: d, done: make(chan struct{})}
		order <- it
		jobs <- it
	})
	close(jobs)
	close(order)
	wg.Wait()
	<-consumed
	if perr != nil {
		return perr
	}
	return cerr
}

// safeWork runs work on d and turns a panic into an error of d, so that
// one bad article never stops a batch.
func safeWork(work func(*extract.Document), d *extract.Document) {
	defer func() {
		if r := recover(); r != nil {
			d.Figures, d.Checks = nil, nil
			d.Errors = append(d.Errors, fmt.Sprintf("%s: internal error while extracting: %v", d.Source, r))
		}
	}()
	work(d)
}

// createOutput opens path for writing: standard output for "-", else a
// temporary file in the same folder that commit(true) renames into place
// and commit(false) removes, so a failed run leaves an earlier file alone.
func createOutput(path string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if path == "-" || path == "" {
		return stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, nil, err
	}
	return f, func(ok bool) error {
		if !ok {
			f.Close()
			os.Remove(f.Name())
			return nil
		}
		if err := f.Close(); err != nil {
			os.Remove(f.Name())
			return err
		}
		return os.Rename(f.Name(), path)
	}, nil
}

// Usage prints the command's help.
func (c *ExtractCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `usage: solieu extract [flags] PATH...

Extract the figures of Vietnamese party-building reports. A PATH is a text
file, a saved page (.html), a WARC archive (.warc, .warc.gz), a folder
(walked recursively for those) or - for standard input. Writes one JSON
document per article (documents.jsonl) in input order. An article that
cannot be read still gets its line, with "errors" filled, and a message on
standard error; the exit status is non-zero only when no article could be
read.

Flags:
  -o FILE              write to FILE instead of standard output
  -rules FILE          add the rules of FILE to the built-in ones
  -no-default-rules    use only the rules of -rules
  -with-text           keep each document's text (what spans index)
  -j N                 extract with N workers (default: the number of CPUs)
  -q                   do not report documents with errors on standard error
  -max-size MiB        read files of at most MiB mebibytes (default 16)

Examples:
  solieu extract testdata/reports > documents.jsonl
  solieu extract -o out.jsonl ../archive/2024/
  solieu extract --with-text page.html
  cat article.txt | solieu extract -
  solieu extract -rules my-rules.txt testdata/reports
`)
}
