package scrape

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fixturePage is a small page in the markup of a provincial paper.
func fixturePage(title, body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + ` | Báo Tỉnh</title>
<meta property="og:title" content="` + title + `"></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li></ul>
<div class="article"><h1 class="article__title">` + title + `</h1><div class="article__meta">Thứ sáu, 12/08/2022 10:30</div>
<div class="article__body"><p>` + body + `</p><p>Toàn Đảng bộ có 3.912 đảng viên, sinh hoạt tại 73 tổ chức cơ sở đảng, tăng 2% so với cùng kỳ.</p></div></div>
<div class="footer">Bản quyền thuộc Báo Tỉnh</div></body></html>`
}

func testFetcher(t *testing.T, o Options) *Fetcher {
	t.Helper()
	if o.Delay == 0 {
		o.Delay = time.Millisecond
	}
	if o.Backoff == 0 {
		o.Backoff = 5 * time.Millisecond
	}
	if o.Timeout == 0 {
		o.Timeout = 2 * time.Second
	}
	o.Logf = t.Logf
	return NewFetcher(o)
}

// TestHostile runs the fetcher against a server that misbehaves in every
// way the issue lists. Each URL must end accounted for, in bounded time.
func TestHostile(t *testing.T) {
	var hits sync.Map // path -> *atomic.Int32
	count := func(p string) int32 {
		v, _ := hits.LoadOrStore(p, new(atomic.Int32))
		return v.(*atomic.Int32).Add(1)
	}
	big := strings.Repeat("<p>Đảng viên mới được kết nạp trong năm, nhiều chi bộ đạt trong sạch vững mạnh.</p>\n", 20<<20/90)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n")
	})
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, fixturePage("Bài tốt", "Chi bộ họp định kỳ hằng tháng, đánh giá kết quả công tác xây dựng Đảng."))
	})
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		// One byte every 50 ms: the request timeout must cut it.
		w.Header().Set("Content-Type", "text/html")
		for i := 0; i < 1000; i++ {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(50 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
	})
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		if count("/429") == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, fixturePage("Sau khi chờ", "Máy chủ cho phép tải lại sau một giây chờ đợi theo tiêu đề Retry-After."))
	})
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		if count("/500") == 1 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, fixturePage("Lần hai", "Lần thứ hai máy chủ trả lời đúng, bài viết được tải về đầy đủ."))
	})
	mux.HandleFunc("/always500", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
	})
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			tc.SetLinger(0) // RST instead of FIN
		}
		conn.Close()
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>vô tận</p>", 1000))
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/charset", func(w http.ResponseWriter, r *http.Request) {
		// Declared Latin-1, sent as UTF-8.
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, fixturePage("Sai bảng mã", "Trang khai báo bảng mã Latin-1 nhưng thực ra gửi chữ Việt bằng UTF-8."))
	})
	mux.HandleFunc("/private/secret", func(w http.ResponseWriter, r *http.Request) {
		t.Error("a disallowed URL was fetched")
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><div class='article__body'>"+big+"</div></body></html>")
	})
	mux.HandleFunc("/malformed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><div><p>Thẻ không đóng <b><i>đan xen</b></i><table><tr><td>Ô 1<td>Ô 2<tr><td>3<td>4</table><p>Nghị quyết được quán triệt tới 100% chi bộ trong toàn Đảng bộ huyện.<div><span>")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f := testFetcher(t, Options{MaxSize: 4 << 20, Timeout: 500 * time.Millisecond, Retries: 2, MaxWait: 3 * time.Second})
	sc := &Scraper{Fetcher: f}
	cases := []struct {
		path, status, reason, body string
	}{
		{"/ok", Fetched, "", "Chi bộ họp định kỳ"},
		{"/drip", Failed, "timed out", ""},
		{"/429", Fetched, "", "Retry-After"},
		{"/500", Fetched, "", "Lần thứ hai"},
		{"/always500", Failed, "HTTP 502 after 3 attempts", ""},
		{"/reset", Failed, "after 3 attempts", ""},
		{"/loop", Failed, "redirect", ""},
		{"/endless", Failed, "too large", ""},
		{"/charset", Fetched, "", "chữ Việt bằng UTF-8"},
		{"/private/secret", Skipped, "robots.txt disallows /private/secret", ""},
		{"/huge", Failed, "too large", ""},
		{"/malformed", Fetched, "", "Ô 1 | Ô 2"},
		{"/ok", Skipped, "duplicate", ""},
		{"/missing", Failed, "HTTP 404", ""},
	}
	var urls []string
	for _, c := range cases {
		urls = append(urls, srv.URL+c.path)
	}
	start := time.Now()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	i := 0
	sc.Run(context.Background(), urls, func(res *Result, pg *Page, perr error) {
		c := cases[i]
		i++
		t.Run(strings.TrimPrefix(c.path, "/")+fmt.Sprint(i), func(t *testing.T) {
			if res.URL != srv.URL+c.path || res.Status != c.status || !strings.Contains(res.Reason, c.reason) {
				t.Errorf("got %s %q (%v), want %s containing %q", res.Status, res.Reason, res.Err, c.status, c.reason)
			}
			if c.body != "" && (pg == nil || !strings.Contains(pg.Text, c.body)) {
				t.Errorf("body lacks %q: %+v %v", c.body, pg, perr)
			}
		})
	})
	if i != len(cases) {
		t.Fatalf("%d results for %d URLs", i, len(cases))
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("heap in use %d MiB after the suite", after.HeapInuse>>20)
	if after.HeapInuse > 400<<20 {
		t.Errorf("heap in use %d MiB: memory is not bounded", after.HeapInuse>>20)
	}
}

func TestRetryAfterWaits(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		times = append(times, time.Now())
		n := len(times)
		mu.Unlock()
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, "ok")
	}))
	defer srv.Close()
	res := testFetcher(t, Options{}).Fetch(context.Background(), srv.URL+"/a")
	if res.Status != Fetched || res.Attempts != 2 {
		t.Fatalf("%+v", res)
	}
	if gap := times[1].Sub(times[0]); gap < time.Second {
		t.Errorf("retried after %v, Retry-After said 1s", gap)
	}
}

func TestRetryAfterTooLong(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	res := testFetcher(t, Options{IgnoreRobots: true}).Fetch(context.Background(), srv.URL+"/a")
	if res.Status != Failed || !strings.Contains(res.Reason, "wait") {
		t.Fatalf("%+v", res)
	}
}

func TestCacheAndRefresh(t *testing.T) {
	var hits, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		if r.Header.Get("If-None-Match") == `"v1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, fixturePage("Bộ nhớ đệm", "Lần tải thứ hai lấy từ bộ nhớ đệm trên đĩa, không gửi yêu cầu nào."))
	}))
	defer srv.Close()
	cache := &Cache{Dir: t.TempDir()}
	u := srv.URL + "/bai-viet?id=1"
	if r := testFetcher(t, Options{Cache: cache}).Fetch(context.Background(), u); r.Status != Fetched {
		t.Fatalf("first: %+v", r)
	}
	r := testFetcher(t, Options{Cache: cache}).Fetch(context.Background(), u)
	if r.Status != Cached || hits.Load() != 1 || !strings.Contains(string(r.Response.Body), "bộ nhớ đệm") {
		t.Fatalf("second: %+v, %d hits", r, hits.Load())
	}
	r = testFetcher(t, Options{Cache: cache, Refresh: true}).Fetch(context.Background(), u)
	if r.Status != Cached || r.Reason != "not modified" || notModified.Load() != 1 {
		t.Fatalf("refresh: %+v", r)
	}
}

func TestUserAgent(t *testing.T) {
	got := make(chan string, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- r.UserAgent()
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	}))
	defer srv.Close()
	testFetcher(t, Options{Agent: "solieu/1.2.3", Contact: "ops@example.org"}).Fetch(context.Background(), srv.URL+"/x")
	ua := <-got
	if !strings.HasPrefix(ua, "solieu/1.2.3 ") || !strings.Contains(ua, "ops@example.org") {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		t.Error("fetched a page of a host whose robots.txt failed")
	}))
	defer srv.Close()
	res := testFetcher(t, Options{Retries: -1}).Fetch(context.Background(), srv.URL+"/a")
	if res.Status != Skipped || !errors.Is(res.Err, ErrRobots) {
		t.Fatalf("%+v", res)
	}
}
