package scrape

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options configure a Fetcher. The zero value of every field means its
// default.
type Options struct {
	// Agent is the product token and version in the User-Agent, default
	// "solieu/0".
	Agent string
	// Contact (an e-mail or URL) is put in the User-Agent so that a site
	// can reach whoever runs the crawl.
	Contact string
	// Delay is the least time between two requests to one host, default
	// 1 s; a longer Crawl-delay in robots.txt wins.
	Delay time.Duration
	// PerHost is how many requests one host may have in flight, default 1.
	PerHost int
	// Concurrency is how many requests may be in flight overall, default 4.
	Concurrency int
	// Timeout bounds one request, body included, default 30 s.
	Timeout time.Duration
	// MaxSize caps a response body, default 10 MiB.
	MaxSize int64
	// MaxRedirects caps the redirects followed, default 5.
	MaxRedirects int
	// Retries is how many times a request is retried after a 429, a 5xx,
	// a reset or a timeout, default 3; negative means none.
	Retries int
	// Backoff is the first retry's wait, doubled each time with jitter,
	// default 1 s.
	Backoff time.Duration
	// MaxWait caps a Retry-After or backoff wait, default 2 min; a server
	// asking for longer fails the URL.
	MaxWait time.Duration
	// Cache stores responses; nil means no cache.
	Cache *Cache
	// Refresh revalidates cached responses (ETag, Last-Modified) instead
	// of trusting them.
	Refresh bool
	// IgnoreRobots skips robots.txt; for tests of sites one owns only.
	IgnoreRobots bool
	// WARC records every request and response made; nil means none.
	WARC *WARCWriter
	// Transport makes the requests; nil means a fresh http.Transport.
	Transport http.RoundTripper
	// Logf, when set, is told about waits and retries.
	Logf func(format string, args ...any)
}

// Statuses of a Result.
const (
	// Fetched: the response came from the network.
	Fetched = "fetched"
	// Cached: the response came from the cache (or was revalidated).
	Cached = "cached"
	// Skipped: the URL was not fetched (robots.txt, duplicate, not asked).
	Skipped = "skipped"
	// Failed: the URL could not be fetched or parsed.
	Failed = "failed"
)

// Result accounts for one URL: what became of it and why.
type Result struct {
	// URL is the address asked for.
	URL string `json:"url"`
	// Status is Fetched, Cached, Skipped or Failed.
	Status string `json:"status"`
	// Reason says why, in words: "robots.txt disallows /a", "HTTP 404",
	// "not modified", ...
	Reason string `json:"reason,omitempty"`
	// Code is the final HTTP status code, 0 when there was no response.
	Code int `json:"code,omitempty"`
	// Attempts counts the requests made for this URL.
	Attempts int `json:"attempts,omitempty"`
	// FinalURL is the address after redirects.
	FinalURL string `json:"final_url,omitempty"`
	// Response is the response, for Fetched and Cached results.
	Response *Response `json:"-"`
	// Err is the error behind a Failed or Skipped result.
	Err error `json:"-"`
}

// Fetcher fetches URLs politely. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	global chan struct{}

	mu    sync.Mutex
	hosts map[string]*host
}

// host is the politeness state of one host.
type host struct {
	slots  chan struct{}
	mu     sync.Mutex
	next   time.Time // earliest start of the next request
	robots *robots
	once   sync.Once
}

// NewFetcher returns a Fetcher with opts, defaults filled in.
func NewFetcher(opts Options) *Fetcher {
	if opts.Agent == "" {
		opts.Agent = "solieu/0"
	}
	if opts.Delay == 0 {
		opts.Delay = time.Second
	}
	if opts.PerHost <= 0 {
		opts.PerHost = 1
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxSize == 0 {
		opts.MaxSize = 10 << 20
	}
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = 5
	}
	if opts.Retries == 0 {
		opts.Retries = 3
	}
	if opts.Retries < 0 {
		opts.Retries = 0
	}
	if opts.Backoff == 0 {
		opts.Backoff = time.Second
	}
	if opts.MaxWait == 0 {
		opts.MaxWait = 2 * time.Minute
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	tr := opts.Transport
	if tr == nil {
		tr = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 10 * time.Second}).DialContext,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: opts.Timeout,
			MaxIdleConnsPerHost:   opts.PerHost,
			IdleConnTimeout:       30 * time.Second,
		}
	}
	f := &Fetcher{opts: opts, global: make(chan struct{}, opts.Concurrency), hosts: map[string]*host{}}
	f.client = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)
			}
			for _, v := range via {
				if v.URL.String() == req.URL.String() {
					return fmt.Errorf("redirect loop at %s", req.URL)
				}
			}
			return nil
		},
	}
	return f
}

// UserAgent is the User-Agent header sent with every request.
func (f *Fetcher) UserAgent() string {
	if f.opts.Contact == "" {
		return f.opts.Agent + " (+https://github.com/solieu/solieu)"
	}
	return f.opts.Agent + " (+https://github.com/solieu/solieu; " + f.opts.Contact + ")"
}

func (f *Fetcher) host(h string) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	st, ok := f.hosts[h]
	if !ok {
		st = &host{slots: make(chan struct{}, f.opts.PerHost)}
		f.hosts[h] = st
	}
	return st
}

// Fetch gets one URL: from the cache when it is there (and Refresh is
// off), else from the network after robots.txt allows it. It never
// returns nil; every outcome is in the Result.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) *Result {
	res := &Result{URL: rawURL}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return f.fail(res, fmt.Errorf("not an http(s) URL"))
	}
	var cached *Response
	if f.opts.Cache != nil {
		c, final, err := f.opts.Cache.Get(rawURL)
		if err != nil {
			f.opts.Logf("cache: %v", err)
		}
		if c != nil && !f.opts.Refresh {
			res.Status, res.Reason, res.Code, res.Response, res.FinalURL = Cached, "in cache", c.Status, c, final
			return res
		}
		cached = c
	}
	h := f.host(u.Host)
	if !f.opts.IgnoreRobots {
		h.once.Do(func() { h.robots = f.fetchRobots(ctx, u, h) })
		if !h.robots.allowed(u.RequestURI()) {
			res.Status, res.Err = Skipped, ErrRobots
			res.Reason = "robots.txt disallows " + u.RequestURI()
			if h.robots.all {
				res.Reason = "robots.txt could not be read; the host is skipped"
			}
			return res
		}
	}
	return f.get(ctx, u, h, res, cached)
}

func (f *Fetcher) fail(res *Result, err error) *Result {
	res.Status, res.Err, res.Reason = Failed, err, err.Error()
	return res
}

// RobotsMaxAge is how long a cached robots.txt is trusted.
const RobotsMaxAge = 24 * time.Hour

// fetchRobots reads a host's robots.txt, from the cache when it is less
// than RobotsMaxAge old: a 4xx means no rules, any other failure means the
// host is not crawled (RFC 9309).
func (f *Fetcher) fetchRobots(ctx context.Context, u *url.URL, h *host) *robots {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	agent := strings.SplitN(f.opts.Agent, "/", 2)[0]
	rules := func(code int, body []byte) *robots {
		switch {
		case code >= 200 && code < 300:
			return parseRobots(bytes.NewReader(body), agent)
		case code >= 400 && code < 500:
			return &robots{}
		}
		return &robots{all: true}
	}
	if c := f.opts.Cache; c != nil && !f.opts.Refresh {
		if r, _, _ := c.Get(ru.String()); r != nil && time.Since(r.Date) < RobotsMaxAge {
			return rules(r.Status, r.Body)
		}
	}
	resp, body, _, err := f.do(ctx, ru, h, nil)
	if err != nil {
		f.opts.Logf("robots %s: %v", ru, err)
		return &robots{all: true}
	}
	if c := f.opts.Cache; c != nil && resp.StatusCode < 500 {
		if err := c.Put(&Response{URL: ru.String(), Status: resp.StatusCode, Header: resp.Header, Body: body, Date: time.Now()}, ""); err != nil {
			f.opts.Logf("cache %s: %v", ru, err)
		}
	}
	r := rules(resp.StatusCode, body)
	if r.delay > f.opts.Delay {
		f.opts.Logf("robots %s: crawl-delay %v", ru, r.delay)
	}
	return r
}

// get fetches u with retries.
func (f *Fetcher) get(ctx context.Context, u *url.URL, h *host, res *Result, cached *Response) *Result {
	for attempt := 0; ; attempt++ {
		res.Attempts++
		resp, body, final, err := f.do(ctx, u, h, cached)
		if ctx.Err() != nil {
			return f.fail(res, ctx.Err())
		}
		var wait time.Duration
		retry := false
		switch {
		case err != nil && errors.Is(err, ErrTooLarge):
			return f.fail(res, err)
		case err != nil && isRedirectErr(err):
			return f.fail(res, err)
		case err != nil:
			retry, wait = true, f.backoff(attempt)
			res.Reason = err.Error()
		case resp.StatusCode == http.StatusNotModified && cached != nil:
			res.Status, res.Reason, res.Code, res.Response, res.FinalURL = Cached, "not modified", cached.Status, cached, final
			return res
		case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable:
			retry = true
			wait = retryAfter(resp.Header.Get("Retry-After"))
			if wait == 0 {
				wait = f.backoff(attempt)
			}
			res.Reason = "HTTP " + strconv.Itoa(resp.StatusCode)
		case resp.StatusCode >= 500:
			retry, wait = true, f.backoff(attempt)
			res.Reason = "HTTP " + strconv.Itoa(resp.StatusCode)
		}
		if retry {
			res.Code = 0
			if resp != nil {
				res.Code = resp.StatusCode
			}
			if attempt >= f.opts.Retries {
				return f.fail(res, fmt.Errorf("%s after %d attempts", res.Reason, res.Attempts))
			}
			if wait > f.opts.MaxWait {
				return f.fail(res, fmt.Errorf("%s: server asks to wait %v, more than %v", res.Reason, wait, f.opts.MaxWait))
			}
			// The whole host waits: the next request to it starts no
			// earlier than now + wait.
			h.mu.Lock()
			if t := time.Now().Add(wait); t.After(h.next) {
				h.next = t
			}
			h.mu.Unlock()
			f.opts.Logf("%s: %s, retry %d in %v", u, res.Reason, attempt+1, wait.Round(time.Millisecond))
			continue
		}
		res.Code, res.FinalURL = resp.StatusCode, final
		r := &Response{URL: u.String(), Status: resp.StatusCode, Header: resp.Header, Body: body, Date: time.Now()}
		if resp.StatusCode < 200 || resp.StatusCode >= 300 {
			return f.fail(res, fmt.Errorf("HTTP %d", resp.StatusCode))
		}
		res.Status, res.Response, res.Reason = Fetched, r, ""
		if f.opts.Cache != nil {
			if err := f.opts.Cache.Put(r, final); err != nil {
				f.opts.Logf("cache %s: %v", u, err)
			}
		}
		return res
	}
}

func isRedirectErr(err error) bool {
	s := err.Error()
	return strings.Contains(s, "redirects") || strings.Contains(s, "redirect loop")
}

// backoff is the wait before retry attempt+1: Backoff·2^attempt, with
// ±50% jitter.
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.opts.Backoff << attempt
	return d/2 + time.Duration(rand.Int64N(int64(d)+1))
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// do makes one request under the host's and the global limits, waiting
// out the host's delay first, and reads the body up to MaxSize.
func (f *Fetcher) do(ctx context.Context, u *url.URL, h *host, cached *Response) (*http.Response, []byte, string, error) {
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, "", ctx.Err()
	}
	defer func() { <-h.slots }()
	delay := f.opts.Delay
	if h.robots != nil && h.robots.delay > delay {
		delay = h.robots.delay
	}
	// The delay also runs from the end of this request, so that the host
	// sees its requests at least delay apart whatever the network does.
	defer func() {
		h.mu.Lock()
		if t := time.Now().Add(delay); t.After(h.next) {
			h.next = t
		}
		h.mu.Unlock()
	}()
	h.mu.Lock()
	wait := time.Until(h.next)
	start := time.Now()
	if wait > 0 {
		start = start.Add(wait)
	}
	h.next = start.Add(delay)
	h.mu.Unlock()
	if wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return nil, nil, "", ctx.Err()
		}
	}
	select {
	case f.global <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, "", ctx.Err()
	}
	defer func() { <-f.global }()

	rctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, nil, "", err
	}
	req.Header.Set("User-Agent", f.UserAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	if cached != nil {
		if et := cached.Header.Get("ETag"); et != "" {
			req.Header.Set("If-None-Match", et)
		}
		if lm := cached.Header.Get("Last-Modified"); lm != "" {
			req.Header.Set("If-Modified-Since", lm)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, nil, "", describeNetErr(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.opts.MaxSize+1))
	if err != nil {
		return nil, nil, "", describeNetErr(err)
	}
	if int64(len(body)) > f.opts.MaxSize {
		return nil, nil, "", fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.opts.MaxSize)
	}
	final := resp.Request.URL.String()
	if f.opts.WARC != nil {
		if err := f.opts.WARC.Record(final, time.Now(), rawRequest(resp.Request), rawResponse(resp, body)); err != nil {
			f.opts.Logf("warc: %v", err)
		}
	}
	return resp, body, final, nil
}

// describeNetErr shortens transport errors into words.
func describeNetErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return errors.New("timed out")
	}
	return err
}

// rawRequest writes a request as it went on the wire, near enough for a
// WARC request record.
func rawRequest(r *http.Request) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\nHost: %s\r\n", r.Method, r.URL.RequestURI(), r.URL.Host)
	r.Header.Write(&b)
	b.WriteString("\r\n")
	return b.Bytes()
}

// rawResponse writes a response as received: status line, header, body.
// The body is the one read (decompressed by the transport, which then
// drops Content-Encoding), so Content-Length is set to match it.
func rawResponse(r *http.Response, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %s\r\n", r.Status)
	h := r.Header.Clone()
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Write(&b)
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}
