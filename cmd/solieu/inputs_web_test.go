package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
	"github.com/solieu/solieu/scrape"
)

// webPage is a provincial-paper article in the markup of the common
// "cms-*" CMS, written for this test.
const webPage = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Kết nạp 120 đảng viên mới | Báo Lạng Sơn</title>
<meta property="og:title" content="Kết nạp 120 đảng viên mới">
<meta property="article:published_time" content="2022-08-12T08:15:00+07:00">
</head><body>
<header class="site-header"><ul class="menu"><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></header>
<div class="article">
<h1 class="article__title cms-title">Kết nạp 120 đảng viên mới</h1>
<div class="article__meta"><time class="time">Thứ sáu, 12/08/2022 08:15</time></div>
<div class="article__body cms-body">
<p>Sáu tháng đầu năm, Đảng bộ huyện đã kết nạp 120 đảng viên mới, đạt 60% chỉ tiêu cả năm, trong đó có 45 đảng viên là đoàn viên thanh niên.</p>
<table><tr><td>Đơn vị</td><td>Kết nạp</td></tr><tr><td>Xã A</td><td>12</td></tr></table>
<p>Công tác kiểm tra, giám sát được tăng cường, với 35 cuộc kiểm tra đối với tổ chức đảng và đảng viên.</p>
<p class="article__author"><strong>HẢI YẾN</strong></p>
</div></div>
<div class="box-related"><a href="/a.html">Tin liên quan một</a><a href="/b.html">Tin liên quan hai</a></div>
<footer>Bản quyền thuộc Báo Lạng Sơn</footer>
</body></html>`

func TestWebInputHTML(t *testing.T) {
	var docs []*extract.Document
	handled, err := webInput("dir/bai-viet.html", strings.NewReader(webPage), func(d *extract.Document) { docs = append(docs, d) })
	if !handled || err != nil || len(docs) != 1 {
		t.Fatalf("handled %v, err %v, %d documents", handled, err, len(docs))
	}
	d := docs[0]
	if d.Doc != "bai-viet" || d.Source != "dir/bai-viet.html" {
		t.Errorf("doc %q source %q", d.Doc, d.Source)
	}
	if d.Title != "Kết nạp 120 đảng viên mới" || d.Published != "2022-08-12" || d.Author != "HẢI YẾN" || d.Encoding != "utf-8" {
		t.Errorf("title %q published %q author %q encoding %q", d.Title, d.Published, d.Author, d.Encoding)
	}
	for _, want := range []string{"kết nạp 120 đảng viên mới, đạt 60%", "Xã A | 12", "35 cuộc kiểm tra"} {
		if !strings.Contains(d.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, d.Text)
		}
	}
	for _, bad := range []string{"Tin liên quan", "Bản quyền", "Kinh tế"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text has boilerplate %q:\n%s", bad, d.Text)
		}
	}
	if len(d.Errors) != 0 {
		t.Errorf("errors %q", d.Errors)
	}
}

func TestWebInputNotWeb(t *testing.T) {
	handled, err := webInput("a.txt", strings.NewReader("x"), func(*extract.Document) { t.Error("emitted") })
	if handled || err != nil {
		t.Errorf("handled %v err %v", handled, err)
	}
}

func TestWebInputNoBody(t *testing.T) {
	var docs []*extract.Document
	handled, _ := webInput("empty.htm", strings.NewReader("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>"), func(d *extract.Document) { docs = append(docs, d) })
	if !handled || len(docs) != 1 || len(docs[0].Errors) != 1 {
		t.Fatalf("handled %v docs %+v", handled, docs)
	}
}

func TestWebInputWARC(t *testing.T) {
	for _, name := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			w, err := scrape.CreateWARC(path, "solieu-test")
			if err != nil {
				t.Fatal(err)
			}
			date := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
			for _, rec := range []struct{ url, ctype, body string }{
				{"https://baolangson.vn/ket-nap-120-dang-vien-moi-5012345.html", "text/html; charset=utf-8", webPage},
				{"https://baolangson.vn/robots.txt", "text/plain", "User-agent: *\nAllow: /\n"},
			} {
				resp := "HTTP/1.1 200 OK\r\nContent-Type: " + rec.ctype + "\r\n\r\n" + rec.body
				req := "GET / HTTP/1.1\r\nHost: baolangson.vn\r\n\r\n"
				if err := w.Record(rec.url, date, []byte(req), []byte(resp)); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var docs []*extract.Document
			handled, err := webInput(path, bytes.NewReader(b), func(d *extract.Document) { docs = append(docs, d) })
			if !handled || err != nil || len(docs) != 1 {
				t.Fatalf("handled %v err %v docs %d", handled, err, len(docs))
			}
			d := docs[0]
			if d.URL != "https://baolangson.vn/ket-nap-120-dang-vien-moi-5012345.html" || !strings.HasPrefix(d.Doc, "baolangson.vn-") || !strings.Contains(d.Source, name+"@") {
				t.Errorf("url %q doc %q source %q", d.URL, d.Doc, d.Source)
			}
			if d.Title != "Kết nạp 120 đảng viên mới" || !strings.Contains(d.Text, "35 cuộc kiểm tra") {
				t.Errorf("title %q text %q", d.Title, d.Text)
			}
		})
	}
}
