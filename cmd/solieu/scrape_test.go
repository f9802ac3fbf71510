package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
)

// site is a local news site: a category listing of 200 articles over 10
// pages, a robots.txt that keeps crawlers out of /private/, and a log of
// every request it served.
type site struct {
	mu  sync.Mutex
	log []hit
}

type hit struct {
	at   time.Time
	path string
	ua   string
}

const articles, perPage = 200, 20

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.log = append(s.log, hit{time.Now(), r.URL.RequestURI(), r.UserAgent()})
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	switch {
	case r.URL.Path == "/robots.txt":
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	case r.URL.Path == "/chinh-tri":
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		if page == 0 {
			page = 1
		}
		fmt.Fprint(w, `<html><head><title>Chính trị | Báo Tỉnh</title></head><body><ul class="menu"><li><a href="/">Trang chủ</a></li></ul><div class="list">`)
		for i := (page-1)*perPage + 1; i <= page*perPage; i++ {
			fmt.Fprintf(w, `<h3 class="story__heading"><a href="/xay-dung-dang/ket-qua-cong-tac-dang-vien-so-%d-%d.html">Kết quả công tác đảng viên số %d</a></h3>`, i, 50000+i, i)
		}
		if page == 1 {
			// A link robots.txt forbids, on the listing like any other.
			fmt.Fprint(w, `<h3 class="story__heading"><a href="/private/bai-noi-bo-chua-cong-bo-99999.html">Bài nội bộ chưa công bố ở đây</a></h3>`)
		}
		fmt.Fprint(w, `</div>`)
		if page*perPage < articles {
			fmt.Fprintf(w, `<a class="next" rel="next" href="/chinh-tri?page=%d">Trang sau</a>`, page+1)
		}
		fmt.Fprint(w, `</body></html>`)
	case strings.HasPrefix(r.URL.Path, "/xay-dung-dang/"):
		n := strings.Split(strings.TrimPrefix(r.URL.Path, "/xay-dung-dang/ket-qua-cong-tac-dang-vien-so-"), "-")[0]
		fmt.Fprintf(w, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bài %s | Báo Tỉnh</title>
<meta property="og:title" content="Kết quả công tác đảng viên số %s"></head><body>
<div class="article"><h1 class="article__title">Kết quả công tác đảng viên số %s</h1>
<div class="article__meta">Thứ sáu, 12/08/2022 10:30</div>
<div class="article__body"><p>Năm 2022, Đảng bộ xã số %s kết nạp 25 đảng viên mới, đạt 125%% chỉ tiêu; toàn Đảng bộ có 412 đảng viên.</p>
<p>Công tác kiểm tra, giám sát được tăng cường với 12 cuộc kiểm tra đối với tổ chức đảng.</p></div></div>
<div class="footer">Bản quyền thuộc Báo Tỉnh</div></body></html>`, n, n, n, n)
	default:
		http.NotFound(w, r)
	}
}

func (s *site) hits() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]hit(nil), s.log...)
}

// TestScrapeListing scrapes a 200-article listing from a local server
// with the default politeness (one request at a time per host; the delay
// is shortened from 1 s so the test is quick), then checks from the
// server's own log that robots.txt was read first and obeyed and that no
// two requests came closer than the delay; a second run must fetch
// nothing; the WARC file must read back with an independent reader.
func TestScrapeListing(t *testing.T) {
	s := &site{}
	srv := httptest.NewServer(s)
	defer srv.Close()
	dir := t.TempDir()
	const delay = 25 * time.Millisecond
	out, warc := filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "crawl.warc.gz")
	base := []string{"--listing", srv.URL + "/chinh-tri", "--pages", "20", "--delay", delay.String(),
		"--cache", filepath.Join(dir, "cache"), "--contact", "test@example.org"}
	args := append(base[:len(base):len(base)], "--warc", warc, "-o", out)
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr}
	if err := (&ScrapeCommand{Main: m}).Run(context.Background(), args); err != nil {
		t.Fatalf("scrape: %v\n%s", err, stderr.String())
	}
	log := s.hits()
	// Robots first, then 10 listing pages and 200 articles; never /private/.
	if len(log) == 0 || log[0].path != "/robots.txt" {
		t.Fatalf("first request %v, want /robots.txt", log[:min(1, len(log))])
	}
	if want := 1 + articles/perPage + articles; len(log) != want {
		t.Errorf("%d requests, want %d", len(log), want)
	}
	for i, h := range log {
		if strings.HasPrefix(h.path, "/private/") {
			t.Errorf("fetched %s, which robots.txt disallows", h.path)
		}
		if !strings.HasPrefix(h.ua, "solieu/"+Version) || !strings.Contains(h.ua, "test@example.org") {
			t.Errorf("User-Agent %q", h.ua)
		}
		if i > 0 {
			if gap := h.at.Sub(log[i-1].at); gap < delay {
				t.Errorf("request %d (%s) came %v after the previous one; delay is %v", i, h.path, gap, delay)
			}
		}
	}
	docs := readDocs(t, out)
	if len(docs) != articles+1 {
		t.Fatalf("%d documents, want %d (200 articles and the skipped one)", len(docs), articles+1)
	}
	ids := map[string]bool{}
	skipped := 0
	for _, d := range docs {
		if ids[d.Doc] {
			t.Errorf("doc id %s twice", d.Doc)
		}
		ids[d.Doc] = true
		if strings.Contains(d.URL, "/private/") {
			skipped++
			if len(d.Errors) != 1 || !strings.Contains(d.Errors[0], "robots.txt") {
				t.Errorf("skipped page errors %q", d.Errors)
			}
			continue
		}
		if len(d.Errors) > 0 || !strings.HasPrefix(d.Title, "Kết quả công tác đảng viên số") || d.Published != "2022-08-12" {
			t.Errorf("%s: title %q published %q errors %q", d.URL, d.Title, d.Published, d.Errors)
		}
	}
	if skipped != 1 {
		t.Errorf("%d robots-skipped documents, want 1", skipped)
	}
	if !strings.Contains(stderr.String(), "1 skipped") {
		t.Errorf("summary lacks the skipped URL:\n%s", stderr.String())
	}

	// A second run fetches nothing: every page and listing is in the cache.
	n := len(s.hits())
	if err := (&ScrapeCommand{Main: m}).Run(context.Background(), append(base, "-o", filepath.Join(dir, "again.jsonl"))); err != nil {
		t.Fatal(err)
	}
	if again := len(s.hits()) - n; again != 0 {
		t.Errorf("second run made %d requests, want 0", again)
	}

	// The WARC reads back with a reader that shares no code with the
	// writer: one request and one response record per request served.
	recs := readWARC(t, warc)
	var responses, requests int
	for _, r := range recs {
		switch r.header["WARC-Type"] {
		case "response":
			responses++
			if !strings.HasPrefix(string(r.block), "HTTP/1.1 200") {
				t.Errorf("response block starts %.20q", r.block)
			}
		case "request":
			requests++
		}
	}
	if responses != len(log) || requests != len(log) {
		t.Errorf("WARC has %d responses and %d requests, want %d each", responses, requests, len(log))
	}
}

func readDocs(t *testing.T, path string) []*extract.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []*extract.Document
	if err := extract.ReadDocuments(path, f, func(d *extract.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	return docs
}

type warcRecord struct {
	header map[string]string
	block  []byte
}

// readWARC is a minimal WARC 1.1 reader written from the spec: gzip
// members one after another, each a version line, header fields, a blank
// line, Content-Length bytes of block and two CRLFs.
func readWARC(t *testing.T, path string) []warcRecord {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(zr) // gzip reads concatenated members as one stream
	var recs []warcRecord
	for {
		line, err := br.ReadString('\n')
		if err == io.EOF && line == "" {
			return recs
		}
		if err != nil {
			t.Fatalf("record %d: %v", len(recs), err)
		}
		if strings.TrimSpace(line) != "WARC/1.1" {
			t.Fatalf("record %d starts %q", len(recs), line)
		}
		h := map[string]string{}
		for {
			l, err := br.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			l = strings.TrimRight(l, "\r\n")
			if l == "" {
				break
			}
			k, v, _ := strings.Cut(l, ":")
			h[k] = strings.TrimSpace(v)
		}
		n, err := strconv.Atoi(h["Content-Length"])
		if err != nil {
			t.Fatalf("record %d: Content-Length %q", len(recs), h["Content-Length"])
		}
		block := make([]byte, n)
		if _, err := io.ReadFull(br, block); err != nil {
			t.Fatal(err)
		}
		var end [4]byte
		if _, err := io.ReadFull(br, end[:]); err != nil || string(end[:]) != "\r\n\r\n" {
			t.Fatalf("record %d not closed by CRLF CRLF: %q", len(recs), end)
		}
		recs = append(recs, warcRecord{h, block})
	}
}

// TestScrapeFetchAccount checks that every URL given to solieu scrape has
// a line of its own in documents.jsonl whose fetch field says what became
// of it: an article fetched then cached, a 404, a page robots.txt keeps
// out, a URL given twice, and a listing that cannot be read.
func TestScrapeFetchAccount(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /noi-bo/\n")
	})
	mux.HandleFunc("/tin/dai-hoi-chi-bo-123.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Đại hội chi bộ | Báo Tỉnh</title></head><body>
<h1 class="article__title">Đại hội chi bộ nhiệm kỳ 2025-2027</h1><div class="article__meta">Thứ hai, 14/04/2025 08:15</div>
<div class="article__body"><p>Đến nay, 100% chi bộ trực thuộc Đảng bộ huyện đã tổ chức xong đại hội nhiệm kỳ 2025-2027, sớm hơn kế hoạch hai tuần.</p>
<p>Tỷ lệ đảng viên tham dự đại hội đạt 97,5%, cao hơn nhiệm kỳ trước.</p></div></body></html>`)
	})
	mux.HandleFunc("/tin/", http.NotFound)
	mux.HandleFunc("/chuyen-muc/", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	article := srv.URL + "/tin/dai-hoi-chi-bo-123.html"
	base := []string{"--delay", "1ms", "--retries", "0", "--cache", filepath.Join(dir, "cache"),
		"--listing", srv.URL + "/chuyen-muc/xay-dung-dang",
		article, srv.URL + "/tin/khong-con-456.html", srv.URL + "/noi-bo/bao-cao.html", article}
	run := func(out string) []*extract.Document {
		t.Helper()
		var stderr bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &stderr}
		if err := (&ScrapeCommand{Main: m}).Run(context.Background(), append([]string{"-o", out}, base...)); err != nil {
			t.Fatalf("scrape: %v\n%s", err, stderr.String())
		}
		return readDocs(t, out)
	}
	type want struct {
		url, status, reason string
		code                int
		at, errs, title     bool
	}
	check := func(docs []*extract.Document, wants []want) {
		t.Helper()
		if len(docs) != len(wants) {
			t.Fatalf("%d documents, want %d", len(docs), len(wants))
		}
		ids := map[string]bool{}
		for i, w := range wants {
			d := docs[i]
			if ids[d.Doc] {
				t.Errorf("doc id %s twice", d.Doc)
			}
			ids[d.Doc] = true
			f := d.Fetch
			if d.URL != w.url || f == nil {
				t.Errorf("line %d: url %q fetch %+v, want %s", i+1, d.URL, f, w.url)
				continue
			}
			if f.Status != w.status || !strings.Contains(f.Reason, w.reason) || f.Code != w.code {
				t.Errorf("line %d (%s): fetch %+v, want %s %q %d", i+1, w.url, *f, w.status, w.reason, w.code)
			}
			if at, err := time.Parse(time.RFC3339, f.FetchedAt); w.at && (err != nil || time.Since(at) > time.Hour) {
				t.Errorf("line %d: fetched_at %q", i+1, f.FetchedAt)
			} else if !w.at && f.FetchedAt != "" {
				t.Errorf("line %d: fetched_at %q on a page not fetched", i+1, f.FetchedAt)
			}
			if (len(d.Errors) > 0) != w.errs {
				t.Errorf("line %d: errors %q", i+1, d.Errors)
			}
			if (d.Title == "Đại hội chi bộ nhiệm kỳ 2025-2027") != w.title {
				t.Errorf("line %d: title %q", i+1, d.Title)
			}
		}
	}
	listing := srv.URL + "/chuyen-muc/xay-dung-dang"
	first := run(filepath.Join(dir, "first.jsonl"))
	check(first, []want{
		{url: listing, status: "failed", reason: "HTTP 410", code: 410, errs: true},
		{url: article, status: "fetched", code: 200, at: true, title: true},
		{url: srv.URL + "/tin/khong-con-456.html", status: "failed", reason: "HTTP 404", code: 404, errs: true},
		{url: srv.URL + "/noi-bo/bao-cao.html", status: "skipped", reason: "robots.txt", errs: true},
		{url: article, status: "skipped", reason: "duplicate"},
	})
	// The second run reads the article from the cache, and says when it
	// was fetched: the time of the first run.
	second := run(filepath.Join(dir, "second.jsonl"))
	check(second, []want{
		{url: listing, status: "failed", reason: "HTTP 410", code: 410, errs: true},
		{url: article, status: "cached", code: 200, at: true, title: true},
		{url: srv.URL + "/tin/khong-con-456.html", status: "failed", reason: "HTTP 404", code: 404, errs: true},
		{url: srv.URL + "/noi-bo/bao-cao.html", status: "skipped", reason: "robots.txt", errs: true},
		{url: article, status: "skipped", reason: "duplicate"},
	})
	if a, b := first[1].Fetch.FetchedAt, second[1].Fetch.FetchedAt; a != b {
		t.Errorf("cached page fetched_at %s, want the first fetch's %s", b, a)
	}
}
