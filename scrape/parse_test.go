package scrape

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		name, in, want string
		clock          bool
	}{
		{"weekday and slashes", "Thứ sáu, 12/08/2022", "2022-08-12 00:00", false},
		{"dashes and time", "12-8-2022 10:30", "2022-08-12 10:30", true},
		{"words", "Hà Nội, ngày 12 tháng 8 năm 2022", "2022-08-12 00:00", false},
		{"updated line", "Cập nhật: 06:00, Thứ Năm, 12/07/2018", "2018-07-12 06:00", true},
		{"ISO with zone", "2025-06-17T13:43:02+0700", "2025-06-17 13:43", true},
		{"ISO in UTC crosses midnight", "2022-08-11T20:30:00Z", "2022-08-12 03:30", true},
		{"two-digit year, evening", "Cập nhật thứ hai, ngày 24/12/12 11:05 tối", "2012-12-24 23:05", true},
		{"English month first", "Published on 03-08-2011 01:00 AM", "2011-03-08 01:00", true},
		{"dots", "Ngày 8.6.2012", "2012-06-08 00:00", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, clock, ok := ParseDate(c.in)
			if !ok || got.Format("2006-01-02 15:04") != c.want || clock != c.clock {
				t.Errorf("ParseDate(%q) = %v, %v, %v; want %s, %v", c.in, got, clock, ok, c.want, c.clock)
			}
			if ok && got.Location() != Vietnam {
				t.Errorf("zone %v", got.Location())
			}
		})
	}
	for _, bad := range []string{"31/02/2022", "không có ngày", "12/13/2022", "1/2"} {
		if got, _, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) = %v, want none", bad, got)
		}
	}
}

func TestRobots(t *testing.T) {
	const txt = `# comment
User-agent: Googlebot
Disallow: /

User-agent: solieu
User-agent: otherbot
Disallow: /tim-kiem
Allow: /tim-kiem/cong-khai
Disallow: /*.pdf$
Crawl-delay: 2

User-agent: *
Disallow: /
`
	r := parseRobots(strings.NewReader(txt), "solieu")
	for _, c := range []struct {
		path string
		want bool
	}{
		{"/", true},
		{"/chinh-tri/bai-1.html", true},
		{"/tim-kiem?q=dang", false},
		{"/tim-kiem/cong-khai/x", true},
		{"/tai-lieu/nghi-quyet.pdf", false},
		{"/tai-lieu/nghi-quyet.pdf?x=1", true},
	} {
		if got := r.allowed(c.path); got != c.want {
			t.Errorf("allowed(%q) = %v, want %v", c.path, got, c.want)
		}
	}
	if r.delay != 2*time.Second {
		t.Errorf("crawl-delay %v", r.delay)
	}
	if star := parseRobots(strings.NewReader(txt), "unknownbot"); star.allowed("/a") {
		t.Error("the * group should disallow everything for another agent")
	}
}

func TestRenderTable(t *testing.T) {
	page := `<html><head><title>Bảng số liệu</title></head><body><div class="content">
<p>Kết quả phát triển đảng viên năm 2022 của các đảng bộ trực thuộc, theo báo cáo tổng kết của Ban Tổ chức.</p>
<table><tr><th>Đảng bộ</th><th>Kết nạp</th><th>Tỷ lệ</th></tr>
<tr><td>Huyện A</td><td>120</td><td>105%</td></tr><tr><td><p>Huyện</p><p>B</p></td><td>98</td><td>87,5%</td></tr></table>
<table><tr><td><table><tr><td>lồng</td><td>nhau</td></tr><tr><td>x</td><td>y</td></tr></table></td></tr></table>
<p>Toàn tỉnh đã kết nạp 218 đảng viên mới, vượt chỉ tiêu đề ra, chất lượng đảng viên được nâng lên rõ rệt.</p>
</div></body></html>`
	pg, err := (&Parser{}).Parse([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Đảng bộ | Kết nạp | Tỷ lệ", "Huyện A | 120 | 105%", "Huyện B | 98 | 87,5%", "lồng | nhau"} {
		if !strings.Contains(pg.Text, want+"\n") {
			t.Errorf("text lacks row %q:\n%s", want, pg.Text)
		}
	}
}

func TestDecode(t *testing.T) {
	vi := "Đảng viên mới"
	latin1 := []byte("<meta charset=\"iso-8859-1\"><p>caf\xe9</p>")
	for _, c := range []struct {
		name, ctype string
		in          []byte
		want, enc   string
	}{
		{"utf-8 bom", "", append([]byte("\xef\xbb\xbf"), vi...), vi, "utf-8"},
		{"header wins over meta", "text/html; charset=utf-8", []byte(`<meta charset="windows-1252">` + vi), `<meta charset="windows-1252">` + vi, "utf-8"},
		{"latin-1 declared, utf-8 sent", "text/html; charset=ISO-8859-1", []byte(vi), vi, "utf-8"},
		{"real latin-1", "", latin1, "<meta charset=\"iso-8859-1\"><p>café</p>", "windows-1252"},
		{"undeclared utf-8", "", []byte(vi), vi, "utf-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, enc, err := Decode(c.in, c.ctype)
			if err != nil || got != c.want || enc != c.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", got, enc, err, c.want, c.enc)
			}
		})
	}
}

func TestProfilesOverride(t *testing.T) {
	user := filepath.Join(t.TempDir(), "profiles.yaml")
	os.WriteFile(user, []byte(`profiles:
  - name: mine
    hosts: [vnexpress.net]
    body: "div.noi-dung-rieng"
`), 0o644)
	ps, err := LoadProfiles(user)
	if err != nil {
		t.Fatal(err)
	}
	if p := ps.For("ione.vnexpress.net"); p == nil || p.Name != "mine" {
		t.Errorf("For = %+v, want the user's profile", p)
	}
	if p := ps.For("tuoitre.vn"); p == nil || p.Name != "tuoitre" {
		t.Errorf("built-in profiles lost: %+v", p)
	}
	if ps.Generic.unlikely == nil {
		t.Error("generic rules lost")
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("profiles:\n  - name: x\n    hosts: [a.vn]\n    body: \"div[\"\n"), 0o644)
	if _, err := LoadProfiles(bad); err == nil || !strings.Contains(err.Error(), "bad.yaml") || !strings.Contains(err.Error(), "x.body") {
		t.Errorf("bad selector error %v", err)
	}
}

func TestDefaultProfilesCoverSites(t *testing.T) {
	ps := DefaultProfiles()
	for _, h := range []string{"baolangson.vn", "dangcongsan.vn", "xaydungdang.org.vn", "nhandan.vn", "baochinhphu.vn", "vnexpress.net", "tuoitre.vn", "thanhnien.vn", "baolaocai.vn", "baocantho.com.vn"} {
		if ps.For(h) == nil {
			t.Errorf("no profile for %s", h)
		}
	}
}

func TestLinks(t *testing.T) {
	page := `<html><body><nav><a href="/">Trang chủ</a><a href="/lien-he">Liên hệ</a></nav>
<h3><a href="/xay-dung-dang/ket-nap-dang-vien-moi-12345.html">Kết nạp đảng viên mới ở xã vùng cao</a></h3>
<h3><a href="https://other.vn/bai-viet-khac-o-trang-khac-99999.html">Bài ở trang khác hẳn đây</a></h3>
<h3><a href="/xay-dung-dang/ket-nap-dang-vien-moi-12345.html#top">Kết nạp đảng viên mới ở xã vùng cao</a></h3>
<a href="/chinh-tri?page=2">Trang sau</a></body></html>`
	links, next, err := (&Parser{}).Links([]byte(page), "https://baotinh.vn/chinh-tri", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 1 || links[0] != "https://baotinh.vn/xay-dung-dang/ket-nap-dang-vien-moi-12345.html" {
		t.Errorf("links %q", links)
	}
	if next != "https://baotinh.vn/chinh-tri?page=2" {
		t.Errorf("next %q", next)
	}
}

func TestSitemap(t *testing.T) {
	sm, err := parseSitemap([]byte(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc> https://a.vn/s1.xml </loc></sitemap></sitemapindex>`))
	if err != nil || len(sm.Sitemaps) != 1 || sm.Sitemaps[0] != "https://a.vn/s1.xml" {
		t.Errorf("%+v %v", sm, err)
	}
	if _, err := parseSitemap([]byte(`<html></html>`)); err == nil {
		t.Error("an HTML page read as a sitemap")
	}
}

func TestDecodeLegacy(t *testing.T) {
	// "Đảng viên" typed in TCVN3 (ABC): Đ=A7, ả=B6, ê=AA; in Windows-1258:
	// Đ=D0, a then the combining hook D2, ê=EA.
	tcvn3 := []byte("\xa7\xb6ng vi\xaan")
	for _, c := range []struct {
		name, ctype string
		in          []byte
		enc         string
	}{
		{"declared Latin-1 in a .VnTime font", "text/html; charset=iso-8859-1", append([]byte(`<font face=".VnTime">`), tcvn3...), "tcvn3"},
		{"declared tcvn3", "text/html; charset=TCVN3", tcvn3, "tcvn3"},
		{"declared windows-1258", "", append([]byte(`<meta charset="windows-1258">`), "\xd0a\xd2ng vi\xean"...), "windows-1258"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, enc, err := Decode(c.in, c.ctype)
			if err != nil || enc != c.enc || !strings.Contains(got, "Đảng viên") {
				t.Errorf("Decode = %q, %q, %v; want Đảng viên in %s", got, enc, err, c.enc)
			}
		})
	}
}

// TestParseArticle parses pages written for this test in the markup of
// Vietnamese news CMSes and checks what the generic extractor makes of
// them: the lead, photo captions, read-also links, related boxes, the
// title beside a <title> with the site's name, and bylines in their many
// forms. No page names a known site, so no profile helps.
func TestParseArticle(t *testing.T) {
	const para = `<p>Năm 2024, Đảng bộ xã Tân Lập kết nạp 18 đảng viên mới, đạt 120% chỉ tiêu được giao; tổng số đảng viên toàn Đảng bộ là 356 đồng chí, sinh hoạt ở 14 chi bộ trực thuộc.</p>
<p>Công tác kiểm tra, giám sát được thực hiện thường xuyên, với 6 cuộc kiểm tra và 9 cuộc giám sát chuyên đề đối với tổ chức đảng và đảng viên.</p>`
	for _, c := range []struct {
		name, page            string
		title, date, author   string
		contains, notContains []string
	}{
		{
			name: "lead, related box, read-also link, credit line",
			page: `<html><head><title>Kết nạp đảng viên vượt chỉ tiêu | Báo Tỉnh</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>
<h1 class="title">Kết nạp đảng viên vượt chỉ tiêu</h1><div class="time">Thứ hai, 06/01/2025 07:45</div>
<h2 class="sapo">Toàn tỉnh kết nạp 1.250 đảng viên mới trong năm, cao nhất trong 5 năm qua, phần lớn là đoàn viên thanh niên.</h2>
<div class="content">` + para + `
<p>Cấp ủy các cấp đã chú trọng tạo nguồn từ đoàn viên ưu tú.<br><a href="/tin/bai-cu-1.html"><b>&nbsp;&gt;&gt;&nbsp;Nhiều chi bộ thôn bản chưa có đảng viên</b></a></p>
<div class="VCSortableInPreviewMode" type="RelatedNews"><table><tr><td><a href="/tin/2.html">Hội nghị sơ kết công tác xây dựng Đảng</a></td></tr><tr><td><a href="/tin/3.html">Tuyên dương 50 đảng viên tiêu biểu</a></td></tr></table></div>
<p style="text-align: right;">Theo TTXVN</p></div>
<div class="footer">Bản quyền thuộc Báo Tỉnh</div></body></html>`,
			title: "Kết nạp đảng viên vượt chỉ tiêu", date: "2025-01-06", author: "Theo TTXVN",
			contains:    []string{"Toàn tỉnh kết nạp 1.250 đảng viên mới trong năm", "đạt 120% chỉ tiêu", "tạo nguồn từ đoàn viên ưu tú"},
			notContains: []string{"Nhiều chi bộ thôn bản chưa có đảng viên", "Tuyên dương 50 đảng viên tiêu biểu", "Bản quyền", "Trang chủ"},
		},
		{
			name: "photo story told in captions",
			page: `<html><head><title>Ngày hội đại đoàn kết - Báo Tỉnh</title></head><body>
<article class="singular-container"><h1 class="title-page">Ngày hội đại đoàn kết ở khu dân cư số 3</h1>
<div class="singular-content">
<figure class="image"><img src="a.jpg"><figcaption>Sáng 15/11, hơn 300 người dân khu dân cư số 3 dự ngày hội đại đoàn kết toàn dân tộc, do Ban công tác Mặt trận tổ chức.</figcaption></figure>
<figure class="image"><img src="b.jpg"><figcaption>Năm nay, khu dân cư có 98% hộ gia đình đạt danh hiệu gia đình văn hóa, tăng 3% so với năm trước.</figcaption></figure>
<figure class="image"><img src="c.jpg"><figcaption>Chi bộ khu dân cư có 42 đảng viên, trong đó 5 đảng viên được tặng huy hiệu 30 năm tuổi Đảng, theo báo cáo tại ngày hội.</figcaption></figure>
</div></article><ul class="related"><li><a href="/1">Tin khác ở khu dân cư</a></li></ul></body></html>`,
			title:       "Ngày hội đại đoàn kết ở khu dân cư số 3",
			contains:    []string{"hơn 300 người dân khu dân cư số 3", "98% hộ gia đình đạt danh hiệu", "5 đảng viên được tặng huy hiệu 30 năm tuổi Đảng"},
			notContains: []string{"Tin khác ở khu dân cư"},
		},
		{
			name: "name line closing the body, site name as meta author",
			page: `<html><head><meta name="author" content="Báo Tỉnh"><meta property="og:site_name" content="Báo Tỉnh"><title>Chi bộ kiểu mẫu</title></head><body>
<h1 class="article__title">Chi bộ kiểu mẫu</h1><div class="article__body cms-body">` + para + `
<div class="t1"> <span class="t2">Hoàng Lan</span></div></div>
<div class="article__tags"><a href="/tu-khoa/chi-bo">#Chi bộ</a></div></body></html>`,
			title: "Chi bộ kiểu mẫu", author: "Hoàng Lan",
			contains:    []string{"kết nạp 18 đảng viên mới"},
			notContains: []string{"#Chi bộ"},
		},
		{
			name: "byline just after the body, then a back link",
			page: `<html><head><title>Tổng kết công tác Đảng năm 2024</title></head><body><table><tr><td>
<h1>Tổng kết công tác Đảng năm 2024</h1><div class="news-content">` + para + `</div>
<div style="text-align:right;font-weight:bold">Q. Minh</div>
<a href="javascript:history.go(-1)">[Quay lại]</a></td></tr></table></body></html>`,
			title: "Tổng kết công tác Đảng năm 2024", author: "Q. Minh",
			contains: []string{"9 cuộc giám sát chuyên đề"},
		},
		{
			name: "writer then source, photo credit cut",
			page: `<html><head><title>Học tập nghị quyết</title></head><body><h1>Học tập nghị quyết</h1><div class="detail">` + para + `
<p style="text-align:right"><strong>Trần Hà</strong> Ảnh: Minh Tú</p><div style="text-align: right"><i>Reuters</i></div></div></body></html>`,
			title: "Học tập nghị quyết", author: "Trần Hà",
			contains: []string{"356 đồng chí"},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			pg, err := (&Parser{}).Parse([]byte(c.page), "", "text/html; charset=utf-8")
			if err != nil {
				t.Fatal(err)
			}
			if pg.Title != c.title || pg.Published != c.date || pg.Author != c.author {
				t.Errorf("title %q date %q author %q; want %q %q %q", pg.Title, pg.Published, pg.Author, c.title, c.date, c.author)
			}
			for _, s := range c.contains {
				if !strings.Contains(pg.Text, s) {
					t.Errorf("body lacks %q:\n%s", s, pg.Text)
				}
			}
			for _, s := range c.notContains {
				if strings.Contains(pg.Text, s) {
					t.Errorf("body holds %q:\n%s", s, pg.Text)
				}
			}
		})
	}
}
