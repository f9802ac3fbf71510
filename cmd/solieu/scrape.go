package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/scrape"
)

// ScrapeCommand fetches articles politely and writes documents.jsonl.
type ScrapeCommand struct {
	Main *Main

	fs *flag.FlagSet
}

// Run parses flags and scrapes.
func (c *ScrapeCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu scrape", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	c.fs = fs
	fs.Usage = c.Usage
	out := fs.String("o", "", "write documents.jsonl to `FILE` (default standard output)")
	urlsFile := fs.String("urls", "", "read URLs from `FILE`, one a line, # comments")
	sitemap := fs.String("sitemap", "", "read page URLs from the sitemap at `URL` (urlset, index, .gz)")
	listing := fs.String("listing", "", "walk the listing (category) pages from `URL` and scrape their articles")
	pages := fs.Int("pages", 1, "listing pages to walk with --listing")
	withText := fs.Bool("with-text", false, "keep the body text in each line")
	contact := fs.String("contact", "", "contact (e-mail or URL) put in the User-Agent")
	delay := fs.Duration("delay", time.Second, "least time between two requests to one host")
	perHost := fs.Int("per-host", 1, "requests in flight per host")
	conc := fs.Int("concurrency", 4, "requests in flight overall")
	timeout := fs.Duration("timeout", 30*time.Second, "time limit of one request, body included")
	maxSize := fs.Int64("max-size", 10<<20, "largest response body in bytes")
	redirects := fs.Int("max-redirects", 5, "redirects followed")
	retries := fs.Int("retries", 3, "retries after 429, 5xx, resets and timeouts")
	backoff := fs.Duration("backoff", time.Second, "wait before the first retry, doubled each time (with jitter)")
	cacheDir := fs.String("cache", "", "cache folder (default under the user's cache directory)")
	noCache := fs.Bool("no-cache", false, "neither read nor write the cache")
	refresh := fs.Bool("refresh", false, "revalidate cached pages (ETag, Last-Modified)")
	warcPath := fs.String("warc", "", "record every request and response in the WARC `FILE` (.warc or .warc.gz)")
	profiles := fs.String("profiles", "", "site profiles `FILE` (YAML) used before the built-in ones")
	logPath := fs.String("log", "", "write one JSON line per URL (status, reason) to `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var urls, locals []string
	for _, a := range fs.Args() {
		if isWebFile(a) {
			locals = append(locals, a)
		} else {
			urls = append(urls, a)
		}
	}
	if *urlsFile != "" {
		list, err := readURLList(*urlsFile)
		if err != nil {
			return err
		}
		urls = append(urls, list...)
	}
	if len(urls) == 0 && len(locals) == 0 && *sitemap == "" && *listing == "" {
		c.Usage()
		return flag.ErrHelp
	}

	parser := &scrape.Parser{}
	if *profiles != "" {
		p, err := scrape.LoadProfiles(*profiles)
		if err != nil {
			return err
		}
		parser.Profiles = p
		webParser = parser
	}
	var opts scrape.Options
	opts.Backoff = *backoff
	opts.Agent = "solieu/" + Version
	opts.Contact = *contact
	opts.Delay, opts.PerHost, opts.Concurrency, opts.Timeout = *delay, *perHost, *conc, *timeout
	opts.MaxSize, opts.MaxRedirects, opts.Retries, opts.Refresh = *maxSize, *redirects, *retries, *refresh
	if *retries == 0 {
		opts.Retries = -1
	}
	if !*noCache {
		dir := *cacheDir
		if dir == "" {
			d, err := scrape.DefaultCacheDir()
			if err != nil {
				return fmt.Errorf("cache: %w; give --cache DIR or --no-cache", err)
			}
			dir = d
		}
		opts.Cache = &scrape.Cache{Dir: dir}
	}
	if *warcPath != "" {
		w, err := scrape.CreateWARC(*warcPath, "solieu/"+Version)
		if err != nil {
			return err
		}
		defer w.Close()
		opts.WARC = w
	}
	opts.Logf = func(format string, args ...any) { fmt.Fprintf(c.Main.Stderr, "solieu: "+format+"\n", args...) }
	sc := &scrape.Scraper{Fetcher: scrape.NewFetcher(opts), Parser: parser}

	// Open outputs.
	var w io.Writer = c.Main.Stdout
	var outFile *os.File
	if *out != "" {
		f, err := os.Create(*out + ".tmp")
		if err != nil {
			return err
		}
		outFile, w = f, f
	}
	var logW *json.Encoder
	if *logPath != "" {
		f, err := os.Create(*logPath)
		if err != nil {
			return err
		}
		defer f.Close()
		logW = json.NewEncoder(f)
	}
	enc := extract.NewEncoder(w)
	enc.WithText = *withText
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	var log []*scrape.Result
	account := func(r *scrape.Result) {
		log = append(log, r)
		if logW != nil {
			logW.Encode(r)
		}
	}
	var werr error
	write := func(d *extract.Document) {
		if len(d.Errors) == 0 || d.Text != "" {
			safeWork(x.Extract, d) // one bad page never stops a crawl
		}
		if err := enc.Encode(d); err != nil && werr == nil {
			werr = err
		}
	}

	// Expand listings and sitemaps into URLs; their own pages are
	// accounted for in the log.
	// A listing or sitemap page that could not be read gets a line of
	// its own: the articles it would have led to are missing.
	source := func(kind string, results []*scrape.Result) {
		for _, r := range results {
			account(r)
			if r.Status == scrape.Failed || r.Status == scrape.Skipped {
				d := &extract.Document{Doc: scrape.DocID(r.URL), Source: r.URL, URL: r.URL, Fetch: fetchAccount(r)}
				d.Errors = append(d.Errors, fmt.Sprintf("%s: %s %s: %s", r.URL, kind, r.Status, r.Reason))
				write(d)
			}
		}
	}
	if *listing != "" {
		links, results := sc.Listing(ctx, *listing, *pages)
		source("listing", results)
		urls = append(urls, links...)
	}
	if *sitemap != "" {
		locs, results := sc.Sitemap(ctx, *sitemap)
		source("sitemap", results)
		urls = append(urls, locs...)
	}
	for _, p := range locals {
		f, err := os.Open(p)
		if err != nil {
			write(failed(p, err))
			account(&scrape.Result{URL: p, Status: scrape.Failed, Reason: describe(err).Error()})
			continue
		}
		webInput(p, f, func(d *extract.Document) {
			write(d)
			st := scrape.Fetched
			if len(d.Errors) > 0 {
				st = scrape.Failed
			}
			account(&scrape.Result{URL: d.Source, Status: st, Reason: strings.Join(d.Errors, "; ")})
		})
		f.Close()
	}
	seen := map[string]int{}
	sc.Run(ctx, urls, func(res *scrape.Result, pg *scrape.Page, perr error) {
		account(res)
		id := scrape.DocID(strings.TrimSpace(res.URL))
		// A URL asked for twice gets a line each time, the repeat under
		// an id of its own ("HOST-HASH-2"), so that every URL given is
		// accounted for; only the first is fetched.
		if seen[id]++; seen[id] > 1 {
			id += "-" + strconv.Itoa(seen[id])
		}
		d := &extract.Document{Doc: id, Source: res.URL, URL: res.URL, Fetch: fetchAccount(res)}
		switch {
		case res.Status == scrape.Skipped && strings.HasPrefix(res.Reason, "duplicate"):
		case res.Status == scrape.Failed || res.Status == scrape.Skipped:
			d.Errors = append(d.Errors, fmt.Sprintf("%s: %s: %s", res.URL, res.Status, res.Reason))
		default:
			pageDocument(d, pg, perr)
		}
		write(d)
	})
	if err := enc.Flush(); err != nil && werr == nil {
		werr = err
	}
	if outFile != nil {
		if err := outFile.Close(); err != nil && werr == nil {
			werr = err
		}
		if werr == nil {
			werr = os.Rename(*out+".tmp", *out)
		}
	}
	c.summary(log)
	if werr != nil {
		return werr
	}
	return ctx.Err()
}

// fetchAccount turns a fetcher's Result into the document's account of
// its URL.
func fetchAccount(r *scrape.Result) *extract.Fetch {
	f := &extract.Fetch{Status: r.Status, Reason: r.Reason, Code: r.Code}
	if r.Response != nil && !r.Response.Date.IsZero() {
		// A cached page was fetched when it went into the cache.
		f.FetchedAt = r.Response.Date.UTC().Format(time.RFC3339)
	}
	return f
}

// summary prints what became of every URL: counts by status, then one
// line for each URL that was not fetched cleanly.
func (c *ScrapeCommand) summary(log []*scrape.Result) {
	counts := map[string]int{}
	for _, r := range log {
		counts[r.Status]++
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
	}
	fmt.Fprintf(c.Main.Stderr, "solieu scrape: %d URLs: %s\n", len(log), strings.Join(parts, ", "))
	for _, r := range log {
		if r.Status != scrape.Fetched && !(r.Status == scrape.Cached) {
			fmt.Fprintf(c.Main.Stderr, "  %-7s %s: %s\n", r.Status, r.URL, r.Reason)
		}
	}
}

// isWebFile reports a local saved page or WARC file given as an argument.
func isWebFile(a string) bool {
	if strings.Contains(a, "://") {
		return false
	}
	name := strings.ToLower(a)
	for _, ext := range []string{".html", ".htm", ".xhtml", ".warc", ".warc.gz"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// readURLList reads one URL a line; blank lines and # comments are skipped.
func readURLList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var urls []string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") {
			return nil, fmt.Errorf("%s:%d: not an http(s) URL: %q", path, n, line)
		}
		urls = append(urls, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return urls, nil
}

// Usage prints the command's help.
func (c *ScrapeCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `Usage: solieu scrape [flags] URL|FILE.html|FILE.warc[.gz]...

Fetch articles politely (robots.txt, a delay per host, retries with
backoff, an on-disk cache) and write one documents.jsonl line per page.
Every URL is accounted for by a line of its own whose "fetch" field says
what became of it: fetched or cached (with the time it was fetched),
skipped (robots.txt, a duplicate of an earlier URL) or failed, with the
reason and the HTTP status code; a listing or sitemap page that could not
be read gets a line too. A summary goes to standard error.

Examples:

	solieu scrape -o docs.jsonl --contact me@example.org https://baolangson.vn/bai-viet-123.html
	solieu scrape --listing https://baolangson.vn/chinh-tri --pages 5 --warc crawl.warc.gz
	solieu scrape --sitemap https://example.vn/sitemap.xml --log urls.jsonl
	solieu scrape --with-text saved-page.html

Flags:
`)
	if c.fs != nil {
		c.fs.PrintDefaults()
	}
}
