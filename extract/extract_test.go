package extract_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/solieu/solieu/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// articles returns the project's sample reports and, when it is there,
// the shared dev corpus.
func articles(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"../testdata/*/*.txt", "../../shared/corpus/dev/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no sample reports under ../testdata/reports")
	}
	return files
}

// benchArticles returns the texts of the benchmarks' mix
// (extract.BenchSets).
func benchArticles(b *testing.B) []string {
	var files []string
	for _, p := range articles(b) {
		if extract.BenchSets[filepath.Base(filepath.Dir(p))] {
			files = append(files, p)
		}
	}
	return files
}

func extractFile(t testing.TB, x *extract.Extractor, path string) *extract.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Document{Doc: strings.TrimSuffix(filepath.Base(path), ".txt"), Source: path, Text: string(b)}
	x.Extract(d)
	return d
}

// TestSpans checks the contract every consumer relies on: each figure's
// span lies in the text and Text[span] is its evidence, and it covers the
// figure's number.
func TestSpans(t *testing.T) {
	x := newExtractor(t)
	n := 0
	for _, f := range articles(t) {
		d := extractFile(t, x, f)
		for _, fig := range d.Figures {
			n++
			s, e := fig.Span[0], fig.Span[1]
			if s < 0 || e > len(d.Text) || s >= e {
				t.Errorf("%s: %s %v: span %v out of range", f, fig.Metric, fig.Value, fig.Span)
				continue
			}
			if got := d.Text[s:e]; got != fig.Evidence {
				t.Errorf("%s: text[span] = %q, evidence %q", f, got, fig.Evidence)
			}
			if !utf8.ValidString(fig.Evidence) {
				t.Errorf("%s: evidence %q is not valid UTF-8", f, fig.Evidence)
			}
		}
		for _, c := range d.Checks {
			if c.Evidence != "" && d.Text[c.Span[0]:c.Span[1]] != c.Evidence {
				t.Errorf("%s: check span %v does not hold %q", f, c.Span, c.Evidence)
			}
		}
	}
	if n == 0 {
		t.Fatal("no figures extracted at all")
	}
	t.Logf("%d figures checked", n)
}

// TestGolden compares the extraction of every sample report with its
// golden file testdata/NAME.golden.jsonl (go test -update rewrites them).
func TestGolden(t *testing.T) {
	x := newExtractor(t)
	files, _ := filepath.Glob("../testdata/reports/*.txt")
	if len(files) == 0 {
		t.Fatal("no sample reports")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			d := extractFile(t, x, f)
			d.Source = ""
			got, err := json.MarshalIndent(d, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(want) != string(got) {
				have := golden + ".have"
				os.WriteFile(have, got, 0o644)
				t.Errorf("extraction differs from %s; see %s (diff them, then go test -update if the change is right)", golden, have)
			}
		})
	}
}

// TestCases are small named sentences with what must come out of them.
func TestCases(t *testing.T) {
	type fig struct {
		metric   string
		value    float64
		unit     string
		modality string
		cmp      string
	}
	cases := []struct {
		name, text string
		want       []fig
		reason     string
	}{
		{"total and parts", "Đảng bộ hiện có 12 cơ sở trực thuộc, trong đó có 5 đảng bộ, 6 chi bộ.",
			[]fig{{"org.grassroots", 12, "count", "actual", "="}, {"org.grassroots.committees", 5, "count", "actual", "="}, {"org.grassroots.cells", 6, "count", "actual", "="}},
			"a total followed by its parts gives one figure each"},
		{"verb before number", "Năm 2023 kết nạp được 57 đảng viên mới, đạt 95% chỉ tiêu.",
			[]fig{{"admission.new_members", 57, "count", "actual", "="}, {"admission.new_members", 95, "percent", "actual", "="}},
			"a rate of fulfilment is a percent of the same metric and actual"},
		{"number before verb", "Có 9 đảng viên bị khiển trách.",
			[]fig{{"discipline.reprimand", 9, "count", "actual", "="}}, "both orders"},
		{"enumeration of discipline", "Thi hành kỷ luật 10 đảng viên, gồm khiển trách 7, cảnh cáo 2, khai trừ 1.",
			[]fig{{"discipline.members", 10, "count", "actual", "="}, {"discipline.reprimand", 7, "count", "actual", "="}, {"discipline.warning", 2, "count", "actual", "="}, {"discipline.expulsion", 1, "count", "actual", "="}},
			"bare enumerations after the verb"},
		{"label with a target cue", "Năm tới đơn vị sẽ kết nạp: 12 đảng viên.",
			[]fig{{"admission.new_members", 12, "count", "target", "="}},
			"a label read in a sub-pass checks 'sẽ' in the text (it once had none and panicked)"},
		{"targets listed under their cue", "Kết quả năm 2023 khả quan.\n\nChỉ tiêu năm 2024:\n- Kết nạp không dưới 150 đảng viên mới;\n- Tỷ lệ đảng viên không hoàn thành nhiệm vụ không quá 2%.",
			[]fig{{"admission.new_members", 150, "count", "target", ">="}, {"rating.members.incomplete", 2, "percent", "target", "<="}}, "a bulleted list under 'Chỉ tiêu năm 2024:' holds targets"},
		{"plans listed under phương hướng", "Phương hướng năm 2025:\n- Kết nạp 90 đảng viên mới.",
			[]fig{{"admission.new_members", 90, "count", "target", "="}}, "'Phương hướng' opens a list of plans"},
		{"numbered plans under a section heading", "III. KẾT QUẢ\n\n1. Kết nạp 210 đảng viên mới.\n\nIV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2016\n\n1. Kết nạp từ 240 đảng viên mới trở lên.\n\n2. Cấp ủy các cấp kiểm tra ít nhất 60 tổ chức đảng.",
			[]fig{{"admission.new_members", 210, "count", "actual", "="}, {"admission.new_members", 240, "count", "target", ">="}, {"inspection.orgs", 60, "count", "target", ">="}}, "a numbered item under 'IV. PHƯƠNG HƯỚNG' is a plan, one under 'III. KẾT QUẢ' a result"},
		{"a yearly floor", "Về xây dựng Đảng, mỗi năm kết nạp không dưới 45 đảng viên.",
			[]fig{{"admission.new_members", 45, "count", "target", ">="}}, "'mỗi năm ... không dưới N' prescribes"},
		{"a yearly result", "Nhiệm kỳ qua, hằng năm kết nạp trên 100 đảng viên.",
			[]fig{{"admission.new_members", 100, "count", "actual", ">"}}, "'hằng năm ... trên N' describes"},
		{"targets counted as met", "Năm 2019, huyện có 17/19 chỉ tiêu chủ yếu đạt và vượt kế hoạch; toàn Đảng bộ kết nạp được 142 đảng viên mới.",
			[]fig{{"admission.new_members", 142, "count", "actual", "="}}, "'17/19 chỉ tiêu ... đạt' counts targets met: no target cue"},
		{"results of the targets listed", "Kết quả thực hiện chỉ tiêu năm 2023:\n- Kết nạp 160 đảng viên mới;\n- Đạt 102% chỉ tiêu.",
			[]fig{{"admission.new_members", 160, "count", "actual", "="}}, "a line of results whose cue is not among its first words lists no targets"},
		{"target", "Năm 2025 phấn đấu kết nạp 300 đảng viên.",
			[]fig{{"admission.new_members", 300, "count", "target", "="}}, "phấn đấu makes a target"},
		{"target of a city", "Năm 2024, Đảng bộ thành phố phấn đấu kết nạp 520 đảng viên trở lên.",
			[]fig{{"admission.new_members", 520, "count", "target", ">="}}, "the 'thành' of 'thành phố' is no achievement ('hoàn thành') that voids phấn đấu"},
		{"a plan set", "Năm 2021, UBKT Thành ủy đề ra kế hoạch giám sát 95 tổ chức đảng.",
			[]fig{{"supervision.orgs", 95, "count", "target", "="}}, "'đề ra kế hoạch' makes a target"},
		{"bound above", "Toàn tỉnh có trên 40.000 đảng viên.",
			[]fig{{"members.total", 40000, "count", "actual", ">"}}, "trên is >"},
		{"change", "Kết nạp 120 đảng viên mới, tăng 8 đảng viên so với năm trước.",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}, {"admission.new_members", 8, "count", "change", "="}}, "a change is signed and of the metric before"},
		{"badge tier is no figure", "Trao huy hiệu 40 năm tuổi Đảng cho 12 đồng chí.",
			[]fig{{"badges.awarded", 12, "count", "actual", "="}}, "the 40 is the tier"},
		{"badge tier before a colon", "Đợt này trao Huy hiệu Đảng cho các đồng chí, gồm: Huy hiệu 70 năm: 3 đồng chí; Huy hiệu 60 năm: 12 đồng chí.",
			[]fig{{"badges.awarded", 3, "count", "actual", "="}, {"badges.awarded", 12, "count", "actual", "="}}, "'Huy hiệu 70 năm:' names a tier without 'tuổi Đảng'"},
		{"members after the units", "Hiện Đảng bộ xã có 3 đảng bộ bộ phận, 21 chi bộ, 612 đảng viên.",
			[]fig{{"org.sub.committees", 3, "count", "actual", "="}, {"org.sub.cells", 21, "count", "actual", "="}, {"members.total", 612, "count", "actual", "="}}, "the members close a list of units after 'có'"},
		{"a pair found in violation", "Qua kiểm tra, có 12 tổ chức đảng và 45 đảng viên có vi phạm. Đã thi hành kỷ luật 3 tổ chức đảng và 20 đảng viên vi phạm.",
			[]fig{{"inspection.violating_orgs", 12, "count", "actual", "="}, {"inspection.violating_members", 45, "count", "actual", "="}, {"discipline.orgs", 3, "count", "actual", "="}, {"discipline.members", 20, "count", "actual", "="}}, "the finding after the members is the organisations' too; not after 'kỷ luật'"},
		{"the make-up of the new members", "Năm 2024, huyện kết nạp 310 đảng viên. Về cơ cấu, đảng viên nữ có 160 đồng chí; đoàn viên thanh niên 250 đồng chí.\n\nTrong tổng số ĐV mới: nữ 160 (51,6%), người có đạo 12.",
			[]fig{{"admission.new_members", 310, "count", "actual", "="}, {"admission.female", 160, "count", "actual", "="}, {"admission.youth_union", 250, "count", "actual", "="}, {"admission.female", 160, "count", "actual", "="}, {"admission.female", 51.6, "percent", "actual", "="}, {"admission.religious", 12, "count", "actual", "="}},
			"'Về cơ cấu' opens the make-up of the count before; 'Trong tổng số ĐV mới' names the new members"},
		{"a name that folds like a cue", "Nhiều đơn vị kết nạp đạt khá như: xã Phúc Khoa 18 đảng viên, thị trấn Tân Uyên 15 đảng viên.",
			[]fig{{"admission.new_members", 18, "count", "actual", "="}, {"admission.new_members", 15, "count", "actual", "="}}, "'Khoa' at the end of a name is no 'khóa' (term) before its number"},
		{"badges by tier in brackets", "Đợt này, 420 đảng viên thuộc Đảng bộ huyện Cẩm Xuyên được Ban Thường vụ Tỉnh ủy xét tặng, truy tặng Huy hiệu Đảng. Trong đó có 412 đồng chí được tặng và 8 đồng chí được truy tặng (70 năm: 4; 60 năm: 30; 30 năm: 386).\n\nTrong tổng số trên có 6 đồng chí được truy tặng. Có 2 đồng chí được truy tặng.",
			[]fig{{"badges.awarded", 420, "count", "actual", "="}, {"badges.awarded", 412, "count", "actual", "="}, {"badges.awarded", 8, "count", "actual", "="}, {"badges.awarded", 4, "count", "actual", "="}, {"badges.awarded", 30, "count", "actual", "="}, {"badges.awarded", 386, "count", "actual", "="}, {"badges.awarded", 6, "count", "actual", "="}, {"badges.awarded", 2, "count", "actual", "="}},
			"a count far from 'xét tặng, truy tặng Huy hiệu Đảng'; tiers in brackets with no noun; 'Trong tổng số trên' follows the figure before; 'được truy tặng' alone"},
		{"a result after the target's clause", "Năm 2025, Tỉnh ủy giao chỉ tiêu kết nạp 1.500 đảng viên; 6 tháng đầu năm đã kết nạp 720 đảng viên.",
			[]fig{{"admission.new_members", 1500, "count", "target", "="}, {"admission.new_members", 720, "count", "actual", "="}}, "'đã' after a ';' reports a result"},
		{"among the total admitted", "Trong tổng số đảng viên kết nạp cả nhiệm kỳ, nữ có 2.015 đồng chí. Sau lễ, tổng số đảng viên kết nạp từ đầu năm lên 41 đồng chí.",
			[]fig{{"admission.female", 2015, "count", "actual", "="}, {"admission.new_members", 41, "count", "actual", "="}}, "'Trong tổng số đảng viên' opens its parts, not the members' total; the admitted total rises 'lên 41'"},
		{"the make-up a paragraph later", "Năm 2025, toàn tỉnh kết nạp 2.400 đảng viên. Đây là năm có nhiều khó khăn.\n\nVề cơ cấu, đảng viên nữ có 1.200 đồng chí (50%); người có đạo 40 đồng chí.",
			[]fig{{"admission.new_members", 2400, "count", "actual", "="}, {"admission.female", 1200, "count", "actual", "="}, {"admission.female", 50, "percent", "actual", "="}, {"admission.religious", 40, "count", "actual", "="}},
			"'Về cơ cấu' reaches back a few sentences for its count"},
		{"a long organisation's name in a list", "Đảng bộ huyện Cái Bè kết nạp 120 đảng viên; Đảng bộ Khối các cơ quan tỉnh 87 đảng viên.",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}, {"admission.new_members", 87, "count", "actual", "="}},
			"a list item's name may run to eight words when it is a party organisation's; 'cơ quan' folds like 'có' but gives no members' total"},
		{"a target in brackets", "Đảng bộ xã đã kết nạp 41 đồng chí, đạt 82% chỉ tiêu năm (chỉ tiêu năm 2025 là 50 đảng viên); trong số này có 29 đoàn viên thanh niên.",
			[]fig{{"admission.new_members", 41, "count", "actual", "="}, {"admission.new_members", 82, "percent", "actual", "="}, {"admission.new_members", 50, "count", "target", "="}, {"admission.youth_union", 29, "count", "actual", "="}},
			"a target cue in brackets makes no target past them"},
		{"the plan in brackets, then the change", "Năm 2023, toàn Đảng bộ kết nạp được 1.264 đảng viên, đạt 105,3% kế hoạch (kế hoạch giao 1.200 đảng viên), tăng 38 đảng viên so với năm 2022.",
			[]fig{{"admission.new_members", 1264, "count", "actual", "="}, {"admission.new_members", 105.3, "percent", "actual", "="}, {"admission.new_members", 1200, "count", "target", "="}, {"admission.new_members", 38, "count", "change", "="}},
			"'kế hoạch giao N' is the plan; the change after the brackets is of the count, past its share"},
		{"units ranked after 'là'", "Đợt này trao Huy hiệu Đảng cho 900 đảng viên. Những đảng bộ có đông đảng viên được nhận Huy hiệu là Can Lộc với 104 đồng chí, Hương Khê 89 đồng chí và Thạch Hà 86 đồng chí.",
			[]fig{{"badges.awarded", 900, "count", "actual", "="}, {"badges.awarded", 104, "count", "actual", "="}, {"badges.awarded", 89, "count", "actual", "="}, {"badges.awarded", 86, "count", "actual", "="}},
			"'có đông đảng viên được nhận Huy hiệu là X với N đồng chí': the count stands for the quantifier"},
		{"a count that moved from one number to another", "Sau sắp xếp, số tổ chức cơ sở đảng toàn tỉnh giảm từ 1.595 xuống còn 1.132, giảm 463 tổ chức.",
			[]fig{{"org.grassroots", 1595, "count", "actual", "="}, {"org.grassroots", 1132, "count", "actual", "="}, {"org.grassroots", -463, "count", "change", "="}},
			"'số X giảm từ A xuống còn B' gives both ends as X, and the change after them"},
		{"parts after a share and a semicolon", "Năm 2014, toàn tỉnh kết nạp 1.386 đảng viên, đạt 92,4% kế hoạch; trong đó đảng viên người dân tộc thiểu số 1.277, nữ 612. Đảng bộ Phường 17 và Phường 10 kết nạp nhiều nhất, lần lượt 36 và 31 đảng viên. Toàn tỉnh có gần 7.800 đảng viên có trình độ đại học.",
			[]fig{{"admission.new_members", 1386, "count", "actual", "="}, {"admission.new_members", 92.4, "percent", "actual", "="}, {"admission.ethnic_minority", 1277, "count", "actual", "="}, {"admission.female", 612, "count", "actual", "="}, {"admission.new_members", 36, "count", "actual", "="}, {"admission.new_members", 31, "count", "actual", "="}},
			"'đảng viên người dân tộc thiểu số' after admissions is theirs; 'kết nạp nhiều nhất, lần lượt'; members by education are no total"},
		{"tiers after 'Cụ thể:'", "Năm 2018, Đảng bộ quận có 1.024 đảng viên được tặng Huy hiệu Đảng. Cụ thể: 30 năm: 512 đồng chí; 40 năm: 301 đồng chí.",
			[]fig{{"badges.awarded", 1024, "count", "actual", "="}, {"badges.awarded", 512, "count", "actual", "="}, {"badges.awarded", 301, "count", "actual", "="}},
			"'30 năm:' is a tier, not the count of 'Cụ thể'"},
		{"words in brackets inside a soft gap", "Năm 2022, Đảng bộ kết nạp 58 đảng viên, trong đó người dân tộc thiểu số (Tày, Nùng, Dao) 21 đồng chí.",
			[]fig{{"admission.new_members", 58, "count", "actual", "="}, {"admission.ethnic_minority", 21, "count", "actual", "="}},
			"a soft gap steps over a bracketed group of words"},
		{"Catholics among the admitted", "Từ năm 2010 đến nay, các chi bộ xóm đã kết nạp 34 đảng viên, trong đó 26 người Công giáo.",
			[]fig{{"admission.new_members", 34, "count", "actual", "="}, {"admission.religious", 26, "count", "actual", "="}},
			"'N người Công giáo' after the admitted is a religious part"},
		{"the private sector among the admitted", "Năm 2024, huyện kết nạp 980 đảng viên. Trong tổng số ĐV mới: nữ 520, công nhân, người lao động trong doanh nghiệp tư nhân 26. Đảng viên mới là người lao động trong doanh nghiệp ngoài nhà nước là 31 đồng chí. Số quần chúng được kết nạp trong các doanh nghiệp ngoài khu vực nhà nước là 41 người.",
			[]fig{{"admission.new_members", 980, "count", "actual", "="}, {"admission.female", 520, "count", "actual", "="}, {"admission.private_sector", 26, "count", "actual", "="}, {"admission.private_sector", 31, "count", "actual", "="}, {"admission.private_sector", 41, "count", "actual", "="}},
			"a bare count after the sector in a list of parts; 'Đảng viên mới là' names the new members; 'quần chúng được kết nạp trong doanh nghiệp'"},
		{"quotas handed down", "Theo đó, thành phố Bắc Ninh được giao 260 đảng viên; thị xã Từ Sơn 230; huyện Tiên Du 200.",
			[]fig{{"admission.new_members", 260, "count", "target", "="}, {"admission.new_members", 230, "count", "target", "="}, {"admission.new_members", 200, "count", "target", "="}},
			"'được giao N đảng viên' is a quota, and the list after it"},
		{"findings that call for discipline", "Qua kiểm tra, kết luận có 24 tổ chức đảng vi phạm; 52 đảng viên đến mức phải thi hành kỷ luật. Hai tổ chức đảng bị kỷ luật khiển trách.",
			[]fig{{"inspection.violating_orgs", 24, "count", "actual", "="}, {"inspection.violating_members", 52, "count", "actual", "="}, {"discipline.orgs.reprimand", 2, "count", "actual", "="}},
			"'N đảng viên đến mức phải thi hành kỷ luật' are found in violation; 'bị kỷ luật khiển trách' names the form"},
		{"shares of the units to inspect", "Năm 2020, phấn đấu cấp ủy các cấp kiểm tra ít nhất 30% tổ chức cơ sở đảng và 20% cấp ủy viên cùng cấp; giải quyết dứt điểm 100% đơn thư thuộc thẩm quyền.",
			[]fig{{"inspection.orgs", 30, "percent", "target", ">="}, {"inspection.committee_members", 20, "percent", "target", "="}, {"petitions.resolved", 100, "percent", "target", "="}},
			"shares of organisations, committee members and letters"},
		{"anonymous letters and committee members disciplined", "Trong năm tiếp nhận 268 đơn thư; trong đó đơn tố cáo 131, đơn nặc danh 72. Số cấp ủy viên bị kỷ luật là 61 đồng chí. Cấp ủy viên các cấp bị kỷ luật là 63 đồng chí.",
			[]fig{{"petitions.received", 268, "count", "actual", "="}, {"petitions.denunciations", 131, "count", "actual", "="}, {"petitions.anonymous", 72, "count", "actual", "="}, {"discipline.committee_members", 61, "count", "actual", "="}, {"discipline.committee_members", 63, "count", "actual", "="}},
			"labels before their counts"},
		{"a table's columns of units", "Nội dung | Tổ chức đảng | Đảng viên\nKiểm tra khi có dấu hiệu vi phạm | 41 | 116\nGiám sát chuyên đề | 243 | 351\n\nĐối với tổ chức đảng: khiển trách 40, cảnh cáo 11.",
			[]fig{{"inspection.orgs", 41, "count", "actual", "="}, {"inspection.members", 116, "count", "actual", "="}, {"supervision.orgs", 243, "count", "actual", "="}, {"supervision.members", 351, "count", "actual", "="}, {"discipline.orgs.reprimand", 40, "count", "actual", "="}, {"discipline.orgs.warning", 11, "count", "actual", "="}},
			"a column headed by a kind of unit is its cells' noun; 'Đối với tổ chức đảng:' sets the forms' object"},
		{"communes directly under the province", "Đảng bộ tỉnh hiện có 96 đảng bộ xã, phường trực thuộc Tỉnh ủy. Tỉnh ủy đã thành lập mới 30 đảng bộ xã, phường trực thuộc Tỉnh ủy.",
			[]fig{{"org.direct_committees", 96, "count", "actual", "="}, {"org.new", 30, "count", "actual", "="}},
			"since 2025 communes and wards stand directly under the province; those founded are new"},
		{"grassroots committees that inspect", "UBKT Huyện ủy và UBKT các đảng ủy cơ sở kiểm tra 3 tổ chức đảng và 7 đảng viên khi có dấu hiệu vi phạm.",
			[]fig{{"inspection.orgs", 3, "count", "actual", "="}, {"inspection.members", 7, "count", "actual", "="}},
			"the organisations a grassroots committee inspects are not its own sub-units"},
		{"district committees inspected", "Năm 2014, UBKT Thành ủy trực tiếp kiểm tra 6 đảng bộ quận, huyện.",
			[]fig{{"inspection.orgs", 6, "count", "actual", "="}}, "district committees right after 'kiểm tra' are inspected, not counted"},
		{"exemplary units on the old scale", "Năm 2011, có 243 tổ chức cơ sở đảng đạt trong sạch vững mạnh, trong đó 51 tổ chức đạt trong sạch vững mạnh tiêu biểu.",
			[]fig{{"rating.orgs.clean_strong", 243, "count", "actual", "="}, {"rating.orgs.clean_strong_exemplary", 51, "count", "actual", "="}}, "'tổ chức' alone and 'đạt' before the exemplary rating"},
		{"forms respectively, then the total's change", "Năm 2017, Đảng bộ đã thi hành kỷ luật 14 đảng viên; các hình thức khiển trách, cảnh cáo, cách chức, khai trừ lần lượt là 6, 4, 1 và 3 đồng chí, giảm 5 trường hợp so với năm 2016.",
			[]fig{{"discipline.members", 14, "count", "actual", "="}, {"discipline.reprimand", 6, "count", "actual", "="}, {"discipline.warning", 4, "count", "actual", "="}, {"discipline.dismissal", 1, "count", "actual", "="}, {"discipline.expulsion", 3, "count", "actual", "="}, {"discipline.members", -5, "count", "change", "="}},
			"'A, B, C lần lượt là x, y, z' pairs by rank; a change after two or more parts is their total's"},
		{"a programme set, and proposals for review", "Năm 2026, Ủy ban Kiểm tra Tỉnh ủy đề ra chương trình kiểm tra 10 tổ chức đảng. UBKT đã đề nghị Ban Thường vụ xem xét khai trừ ra khỏi Đảng 1 đảng viên.",
			[]fig{{"inspection.orgs", 10, "count", "target", "="}}, "'đề ra chương trình' plans; a proposal to review is no discipline"},
		{"pupils, Youth Union members and badges given two ways", "Năm học 2012 - 2013, toàn huyện có 6/9 trường THPT kết nạp được đảng viên là học sinh với tổng số 27 em, trong đó có 21 em nữ. Trong số đoàn viên được kết nạp có 15 đoàn viên là người dân tộc thiểu số. Đợt này, Đảng bộ phường có 31 đảng viên được tặng và 1 đảng viên được truy tặng Huy hiệu Đảng.",
			[]fig{{"admission.new_members", 27, "count", "actual", "="}, {"admission.female", 21, "count", "actual", "="}, {"admission.ethnic_minority", 15, "count", "actual", "="}, {"badges.awarded", 31, "count", "actual", "="}, {"badges.awarded", 1, "count", "actual", "="}},
			"'em' counts pupils; 'Trong số đoàn viên được kết nạp' names the admitted; 'được tặng và … được truy tặng Huy hiệu'"},
		{"classes for students and Youth Union members", "Năm 2022, Đảng ủy mở 3 lớp bồi dưỡng nhận thức về Đảng cho 386 sinh viên ưu tú; Tỉnh Đoàn mở 24 lớp bồi dưỡng cảm tình Đảng cho 1.930 đoàn viên ưu tú.",
			[]fig{{"training.classes", 3, "count", "actual", "="}, {"training.trainees", 386, "count", "actual", "="}, {"training.classes", 24, "count", "actual", "="}, {"training.trainees", 1930, "count", "actual", "="}},
			"students, pupils, Youth Union members and workers are trainees of a class too"},
		{"the admitted total said as a total", "Theo thống kê, tổng số đảng viên kết nạp mới của toàn tỉnh (2.408 đồng chí) tăng so với năm trước.",
			[]fig{{"admission.new_members", 2408, "count", "actual", "="}}, "'tổng số đảng viên kết nạp mới' counts the admitted, not the members"},
		{"a table of ratings", "Năm 2013, toàn tỉnh đánh giá 381 TCCSĐ.\n\nXếp loại | Số TCCSĐ | Tỷ lệ (%)\nTrong sạch vững mạnh | 287 | 75,3\nHoàn thành tốt nhiệm vụ | 79 | 20,7\nYếu kém | 2 | 0,5",
			[]fig{{"rating.orgs.assessed", 381, "count", "actual", "="}, {"rating.orgs.clean_strong", 287, "count", "actual", "="}, {"rating.orgs.clean_strong", 75.3, "percent", "actual", "="}, {"rating.orgs.good", 79, "count", "actual", "="}, {"rating.orgs.good", 20.7, "percent", "actual", "="}, {"rating.orgs.incomplete", 2, "count", "actual", "="}, {"rating.orgs.incomplete", 0.5, "percent", "actual", "="}},
			"'Xếp loại' heads a table of rows by rating; 'Số TCCSĐ' is the cells' noun; 'Tỷ lệ (%)' the share of the row's count"},
		{"ratings after 'Kết quả:'", "Năm 2018 có 97 TCCSĐ được đánh giá, xếp loại. Kết quả: HTXSNV 14 (14,4%), HTTNV 71, HTNV 10, KHTNV 2.",
			[]fig{{"rating.orgs.assessed", 97, "count", "actual", "="}, {"rating.orgs.excellent", 14, "count", "actual", "="}, {"rating.orgs.excellent", 14.4, "percent", "actual", "="}, {"rating.orgs.good", 71, "count", "actual", "="}, {"rating.orgs.complete", 10, "count", "actual", "="}, {"rating.orgs.incomplete", 2, "count", "actual", "="}},
			"'Kết quả:' follows the count before it; the labels come first"},
		{"a part's share of the admitted, and ratings after 'Về đảng viên'", "Năm 2023, toàn tỉnh kết nạp 1.892 đảng viên. Đoàn viên thanh niên chiếm 71,2% số đảng viên mới. Về đảng viên, tỷ lệ hoàn thành xuất sắc nhiệm vụ chiếm 14,2%; hoàn thành tốt nhiệm vụ 76,5%.",
			[]fig{{"admission.new_members", 1892, "count", "actual", "="}, {"admission.youth_union", 71.2, "percent", "actual", "="}, {"rating.members.excellent", 14.2, "percent", "actual", "="}, {"rating.members.good", 76.5, "percent", "actual", "="}},
			"'X chiếm N% số đảng viên mới'; 'Về đảng viên' names the rated"},
		{"the share of a named plan, and the private sector's people", "Năm 2019, Đảng bộ tỉnh đạt 112,2% chỉ tiêu phát triển đảng viên mà Tỉnh ủy giao. Riêng khối doanh nghiệp ngoài nhà nước kết nạp 19 người.",
			[]fig{{"admission.new_members", 112.2, "percent", "actual", "="}, {"admission.private_sector", 19, "count", "actual", "="}},
			"'đạt N% chỉ tiêu phát triển đảng viên' is the admissions' share of plan; 'người' counts the sector's admitted"},
		{"transfers and their parts", "Năm 2022, chuyển sinh hoạt đảng cho 3.486 trường hợp; trong đó chuyển trong nội bộ thành phố 2.587 trường hợp, tiếp nhận từ các tỉnh, thành khác 377 trường hợp. Có 17 đảng viên sinh hoạt tạm thời.",
			[]fig{{"members.transferred", 3486, "count", "actual", "="}, {"members.transferred", 2587, "count", "actual", "="}, {"members.transferred", 377, "count", "actual", "="}, {"members.transferred", 17, "count", "actual", "="}},
			"parts of the transfers after them, and temporary membership"},
		{"probationers made full members, said first", "Nhiệm kỳ qua, 1.688 đảng viên dự bị được xét chuyển chính thức.",
			[]fig{{"admission.official_recognized", 1688, "count", "actual", "="}}, "the probationers made full members, not the probationers' count"},
		{"a class's number and year passed over, two groups sent to study", "Sáng 13/5, Trung tâm khai giảng lớp bồi dưỡng nhận thức về Đảng thứ 3 trong năm 2019 cho 84 quần chúng ưu tú. Đảng ủy cử 46 đồng chí đi học trung cấp lý luận chính trị và 12 đồng chí học cao cấp lý luận chính trị. Các TCCSĐ tổ chức 418 buổi sinh hoạt chuyên đề.",
			[]fig{{"training.trainees", 84, "count", "actual", "="}, {"training.trainees", 46, "count", "actual", "="}, {"training.trainees", 12, "count", "actual", "="}, {"propaganda.sessions", 418, "count", "actual", "="}},
			"a gap passes a year or an ordinal at no cost; the second group sent; 'buổi sinh hoạt chuyên đề'"},
		{"the count it rose from, and a part after 'là'", "Năm 2023, huyện Kỳ Sơn kết nạp 163 đảng viên, tăng từ 118 đảng viên của năm 2022. Toàn tỉnh kết nạp 3.912 đảng viên, trong đó 1.347 là người dân tộc thiểu số.",
			[]fig{{"admission.new_members", 163, "count", "actual", "="}, {"admission.new_members", 118, "count", "actual", "="}, {"admission.new_members", 3912, "count", "actual", "="}, {"admission.ethnic_minority", 1347, "count", "actual", "="}},
			"'tăng từ A' after a count gives the count it rose from; 'trong đó N là người dân tộc thiểu số'"},
		{"what is left", "Cùng với sáp nhập thôn, bản, số chi bộ thôn, bản còn 1.076 chi bộ, giảm 112 chi bộ so với cuối năm 2024.",
			[]fig{{"org.sub.cells", 1076, "count", "actual", "="}, {"org.sub.cells", -112, "count", "change", "="}}, "'số X còn N' reads as X: N, its label through commas"},
		{"a kind's share of the members", "Hiện nay, đảng viên dự bị chiếm 12,4% tổng số đảng viên toàn Đảng bộ.",
			[]fig{{"members.probationary", 12.4, "percent", "actual", "="}}, "'đảng viên dự bị chiếm N% tổng số đảng viên'"},
		{"parts said with the new members first, and committee members after units", "Năm 2021, huyện kết nạp 96 đảng viên; 81 đảng viên mới là người dân tộc thiểu số. Có 58 công nhân trong doanh nghiệp ngoài nhà nước. UBKT giám sát 9 TCCSĐ và 27 cấp ủy viên.",
			[]fig{{"admission.new_members", 96, "count", "actual", "="}, {"admission.ethnic_minority", 81, "count", "actual", "="}, {"admission.private_sector", 58, "count", "actual", "="}, {"supervision.orgs", 9, "count", "actual", "="}, {"supervision.committee_members", 27, "count", "actual", "="}},
			"'N đảng viên mới là người dân tộc thiểu số'; 'giám sát … và N cấp ủy viên'"},
		{"a quota far from its cue", "Chỉ tiêu tỉnh giao cho Đảng bộ huyện Mù Cang Chải năm 2015 là 120 đảng viên.",
			[]fig{{"admission.new_members", 120, "count", "target", "="}}, "'Chỉ tiêu … là N đảng viên' over fourteen words"},
		{"committees completed, a ward's units, women admitted", "Ban Thường vụ Tỉnh ủy đã kiện toàn cấp ủy tại 37 đảng bộ xã, phường. Đảng bộ phường hiện có 74 tổ chức đảng trực thuộc. Trong năm 2025 có 689 hội viên phụ nữ được kết nạp vào Đảng.",
			[]fig{{"org.committees_consolidated", 37, "count", "actual", "="}, {"org.sub", 74, "count", "actual", "="}, {"admission.female", 689, "count", "actual", "="}},
			"'kiện toàn cấp ủy tại N đảng bộ'; a ward's own units; Women's Union members admitted are women admitted"},
		{"units ranked 'với N'", "Năm 2016, toàn tỉnh kết nạp 1.204 đảng viên, trong đó 7 người trong doanh nghiệp ngoài nhà nước. Dẫn đầu về số lượng là Đảng bộ thành phố Bắc Ninh với 152 ĐV, tiếp đến là thị xã Từ Sơn 131 ĐV.",
			[]fig{{"admission.new_members", 1204, "count", "actual", "="}, {"admission.private_sector", 7, "count", "actual", "="}, {"admission.new_members", 152, "count", "actual", "="}, {"admission.new_members", 131, "count", "actual", "="}},
			"a ranked unit 'với N ĐV' counts the total ranked, not its members"},
		{"parts in a row, forms counted after the total, cards for the new", "Năm 2016, tỉnh kết nạp 1.204 đảng viên. Trong số đảng viên mới có 41 người đang làm việc tại doanh nghiệp ngoài nhà nước và 7 người theo đạo Công giáo. Các cấp ủy đã thi hành kỷ luật 6 đảng viên với hình thức khiển trách 4, cảnh cáo 2. Huyện uỷ trao thẻ đảng viên cho 27 đảng viên mới kết nạp.",
			[]fig{{"admission.new_members", 1204, "count", "actual", "="}, {"admission.private_sector", 41, "count", "actual", "="}, {"admission.religious", 7, "count", "actual", "="}, {"discipline.members", 6, "count", "actual", "="}, {"discipline.reprimand", 4, "count", "actual", "="}, {"discipline.warning", 2, "count", "actual", "="}, {"cards.issued", 27, "count", "actual", "="}},
			"a sector's label reads no count past 'và'; a form with its own count leaves the total; cards handed to new members"},
		{"Youth Union members among the admitted", "6 tháng qua các TCCSĐ đã kết nạp 97 đảng viên mới, trong đó có 61 đoàn viên, 43 nữ.",
			[]fig{{"admission.new_members", 97, "count", "actual", "="}, {"admission.youth_union", 61, "count", "actual", "="}, {"admission.female", 43, "count", "actual", "="}}, "'đoàn viên' alone among the admitted"},
		{"the assessed, verb first or as a label", "Năm 2013, toàn tỉnh đã đánh giá 381 TCCSĐ. Đối với đảng viên, số được đánh giá, xếp loại là 13.589 đồng chí.",
			[]fig{{"rating.orgs.assessed", 381, "count", "actual", "="}, {"rating.members.assessed", 13589, "count", "actual", "="}}, "'đã đánh giá N TCCSĐ'; 'số được đánh giá, xếp loại là N đồng chí'"},
		{"a paragraph keeps its topic", "Về công tác phát triển đảng viên, năm 2019 toàn tỉnh kết nạp 4.212 đảng viên; nữ chiếm 52,1%. Người dân tộc thiểu số có 611 người.\n\nĐối với tổ chức đảng: khiển trách 40, cảnh cáo 11. Đối với đảng viên: khiển trách 862, cảnh cáo 317.",
			[]fig{{"admission.new_members", 4212, "count", "actual", "="}, {"admission.female", 52.1, "percent", "actual", "="}, {"admission.ethnic_minority", 611, "count", "actual", "="}, {"discipline.orgs.reprimand", 40, "count", "actual", "="}, {"discipline.orgs.warning", 11, "count", "actual", "="}, {"discipline.reprimand", 862, "count", "actual", "="}, {"discipline.warning", 317, "count", "actual", "="}},
			"a context phrase holds to the end of its paragraph; the last one before a number rules"},
		{"shares with their counts, and a result after a quota", "Năm 2019, toàn tỉnh kết nạp 4.212 đảng viên, bằng 71,2% chỉ tiêu nghị quyết; nữ chiếm 52,1% với 2.194 người; đoàn viên thanh niên là 3.307 đồng chí, tức 78,5%. Thị xã Hoàng Mai, dù chỉ tiêu chỉ là 90, đã kết nạp tới 117 người. Có 2.137 quần chúng ưu tú đã được kết nạp.",
			[]fig{{"admission.new_members", 4212, "count", "actual", "="}, {"admission.new_members", 71.2, "percent", "actual", "="}, {"admission.female", 52.1, "percent", "actual", "="}, {"admission.female", 2194, "count", "actual", "="}, {"admission.youth_union", 3307, "count", "actual", "="}, {"admission.youth_union", 78.5, "percent", "actual", "="}, {"admission.new_members", 117, "count", "actual", "="}, {"admission.new_members", 2137, "count", "actual", "="}},
			"'chiếm X% với N người', 'tức X%', 'bằng X% chỉ tiêu nghị quyết'; 'đã' after a comma past a quota reports a result"},
		{"badge tiers first", "Huy hiệu 75 năm tuổi Đảng được trao cho hai đồng chí. Người nhận Huy hiệu 60 năm tuổi Đảng là 4; 50 năm - 19; 45 năm - 23. Có 3 đồng chí đã từ trần được truy tặng.",
			[]fig{{"badges.awarded", 2, "count", "actual", "="}, {"badges.awarded", 4, "count", "actual", "="}, {"badges.awarded", 19, "count", "actual", "="}, {"badges.awarded", 23, "count", "actual", "="}, {"badges.awarded", 3, "count", "actual", "="}},
			"the tier before its count, with 'được trao cho', 'là' or a dash; the dead given theirs posthumously"},
		{"a label 'Số … là N' and its bare parts", "Số đảng viên đang sinh hoạt là 5.847 người. Trong đó: chính thức 5.402, dự bị 445; nữ 2.136; người dân tộc thiểu số 71.",
			[]fig{{"members.total", 5847, "count", "actual", "="}, {"members.official", 5402, "count", "actual", "="}, {"members.probationary", 445, "count", "actual", "="}, {"members.female", 2136, "count", "actual", "="}, {"members.ethnic_minority", 71, "count", "actual", "="}},
			"'Số X là N' reads 'có N X'; the parts after 'Trong đó:' with their labels bare"},
		{"ratings with colons and counts before abbreviations", "Trong 56 tổ chức cơ sở đảng được đánh giá, có 39 TCCSĐ đạt trong sạch vững mạnh. Hoàn thành tốt nhiệm vụ: 14; hoàn thành nhiệm vụ: 3. Ở khối đảng viên, trong 71.254 người được đánh giá, 11.903 người HTXSNV; HTTNV 54.880; HTNV 3.926.",
			[]fig{{"rating.orgs.assessed", 56, "count", "actual", "="}, {"rating.orgs.clean_strong", 39, "count", "actual", "="}, {"rating.orgs.good", 14, "count", "actual", "="}, {"rating.orgs.complete", 3, "count", "actual", "="}, {"rating.members.assessed", 71254, "count", "actual", "="}, {"rating.members.excellent", 11903, "count", "actual", "="}, {"rating.members.good", 54880, "count", "actual", "="}, {"rating.members.complete", 3926, "count", "actual", "="}},
			"a rating label with ':' before its count; 'N người được đánh giá'; 'N người HTXSNV'"},
		{"a form's share, units founded, classes more than before", "Năm 2021, thi hành kỷ luật 412 đảng viên, khiển trách chiếm 68,9%. Có 4 tổ chức cơ sở đảng đã được thành lập mới. Trung tâm mở 27 lớp cho 612 người; số lớp tăng 6 so với năm trước.",
			[]fig{{"discipline.members", 412, "count", "actual", "="}, {"discipline.reprimand", 68.9, "percent", "actual", "="}, {"org.new", 4, "count", "actual", "="}, {"training.classes", 27, "count", "actual", "="}, {"training.trainees", 612, "count", "actual", "="}, {"training.classes", 6, "count", "change", "="}},
			"the form before its share; the units before 'được thành lập mới'; 'cho N người'; 'số lớp tăng N'"},
		{"findings as a ratio, and the forms' context", "Qua kiểm tra, kết luận 214/268 đảng viên có vi phạm. Về hình thức kỷ luật đối với đảng viên, khiển trách chiếm 68,9%.",
			[]fig{{"inspection.violating_members", 214, "count", "actual", "="}, {"discipline.reprimand", 68.9, "percent", "actual", "="}},
			"'X/Y đảng viên có vi phạm' finds X in violation; 'Về hình thức kỷ luật đối với đảng viên' is the discipline's context"},
		{"the old scale with the label first", "Năm 2017, tỷ lệ đủ tư cách, hoàn thành xuất sắc nhiệm vụ là 17,2%. Đủ tư cách, hoàn thành tốt nhiệm vụ có 5.104; vi phạm tư cách hoặc không hoàn thành nhiệm vụ 38 đảng viên.",
			[]fig{{"rating.members.excellent", 17.2, "percent", "actual", "="}, {"rating.members.good", 5104, "count", "actual", "="}, {"rating.members.incomplete", 38, "count", "actual", "="}},
			"'đủ tư cách, hoàn thành … nhiệm vụ là/có N'"},
		{"units that took part in the review", "Năm 2024, toàn tỉnh có 508 TCCSĐ thực hiện kiểm điểm, đánh giá, xếp loại.",
			[]fig{{"rating.orgs.assessed", 508, "count", "actual", "="}}, "'thực hiện kiểm điểm' names the assessed"},
		{"dates and decrees", "Ngày 14/5/2021, thực hiện Quy định số 29-QĐ/TW và kỷ niệm 90 năm thành lập Đảng.",
			nil, "dates, document numbers and anniversaries are not figures"},
		{"range", "Mỗi xã kết nạp được từ 2 đến 3 đảng viên trở lên.",
			[]fig{{"admission.new_members", 2, "count", "actual", ">="}, {"admission.new_members", 3, "count", "actual", "<="}}, "a range gives two bounded figures"},
		{"delegates total only", "Đại hội có 400 đại biểu, trong đó 120 đại biểu nữ (chiếm 30%) và 25 đại biểu trẻ.",
			[]fig{{"congress.delegates", 400, "count", "actual", "="}}, "parts of congress delegates are not figures"},
		{"delegation to the higher congress", "Dự đại hội có 300 đại biểu chính thức, trong đó 90 đại biểu nữ. Đại hội đã bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh gồm 12 đồng chí.",
			[]fig{{"congress.delegates", 300, "count", "actual", "="}, {"congress.delegates", 12, "count", "actual", "="}}, "the delegation is a total of its own (whole=yes), the women a part"},
		{"committees elected", "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XVIII với 71 đồng chí; bầu 15 đồng chí vào Ban Thường vụ Tỉnh ủy. Đoàn có 8 đại biểu chính thức đi dự Đại hội toàn quốc.",
			[]fig{{"congress.committee_elected", 71, "count", "actual", "="}, {"congress.standing_committee_elected", 15, "count", "actual", "="}, {"congress.delegates", 8, "count", "actual", "="}},
			"'với 71 đồng chí', 'bầu 15 đồng chí vào Ban Thường vụ'; the delegation to the higher congress"},
		{"assessed out of total", "Năm 2022 có 95 trong tổng số 100 tổ chức cơ sở đảng được đánh giá, xếp loại.",
			[]fig{{"rating.orgs.assessed", 95, "count", "actual", "="}, {"org.grassroots", 100, "count", "actual", "="}}, "the total is its own figure, the assessed count another"},
		{"bound word between verb and number", "Các cấp ủy mở 12 lớp học tập nghị quyết cho gần 4.000 đảng viên.",
			[]fig{{"training.classes", 12, "count", "actual", "="}, {"training.trainees", 4000, "count", "actual", "~"}}, "rules need not spell the bound words"},
		{"proposed discipline", "Ủy ban kiểm tra đã đề nghị xem xét kỷ luật 3 đảng viên.",
			nil, "discipline proposed to a higher body is not a figure"},
		{"commendations", "Dịp này, Huyện ủy khen thưởng 12 tổ chức cơ sở đảng và 25 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu.",
			nil, "units and members commended are not ratings"},
		{"findings of an inspection", "Qua kiểm tra, giám sát, đã chỉ ra 21 tổ chức đảng và 40 đảng viên có hạn chế, khuyết điểm.",
			nil, "those found wanting are no count of the inspected"},
		{"findings at units", "Qua kiểm tra, đã chỉ ra hạn chế, khuyết điểm ở 5 tổ chức đảng.",
			nil, "the units found wanting are no count of the inspected"},
		{"a quota's total", "Ban Thường vụ Tỉnh ủy giao chỉ tiêu phát triển đảng viên năm 2024 cho các huyện với tổng số 980 đảng viên.",
			[]fig{{"admission.new_members", 980, "count", "target", "="}}, "'chỉ tiêu phát triển đảng viên … tổng số N đảng viên' is the quota, not the members"},
		{"the plan in brackets", "Toàn tỉnh kết nạp 1.210 đảng viên, đạt 86% kế hoạch (kế hoạch cả năm là 1.400 đảng viên).",
			[]fig{{"admission.new_members", 1210, "count", "actual", "="}, {"admission.new_members", 86, "percent", "actual", "="}, {"admission.new_members", 1400, "count", "target", "="}}, "the year's plan beside the result is its target"},
		{"where trainees come from", "Lớp học có 60 học viên đến từ 12 chi bộ, đảng bộ cơ sở.",
			[]fig{{"training.trainees", 60, "count", "actual", "="}}, "'đến từ N chi bộ' counts no units"},
		{"kinds of trainees listed", "Lớp có 80 học viên, trong đó 30 học viên là nữ, 12 học viên là người dân tộc Mông.",
			[]fig{{"training.trainees", 80, "count", "actual", "="}}, "'N học viên là người …' after a comma is a kind, no figure"},
		{"a mass organisation's congress", "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X khai mạc sáng nay. Dự Đại hội có 300 đại biểu chính thức.",
			nil, "the delegates of a Farmers' Association congress are no party congress's"},
		{"a party congress referred to bare", "Đại hội đại biểu Đảng bộ huyện lần thứ XX khai mạc sáng nay. Dự Đại hội có 250 đại biểu chính thức.",
			[]fig{{"congress.delegates", 250, "count", "actual", "="}}, "a bare 'Đại hội' goes back to the named one"},
		{"those present at the ceremony", "Dịp này, huyện trao Huy hiệu Đảng đợt 2/9 cho 40 đảng viên. Tại buổi lễ, Bí thư Huyện ủy trao Huy hiệu Đảng cho 25 đảng viên có mặt.",
			[]fig{{"badges.awarded", 40, "count", "actual", "="}}, "'N đảng viên có mặt' are those present, a part of the awarded"},
		{"dossiers of units", "Hội đồng thẩm định 30 hồ sơ đề nghị kết nạp đảng viên của 12 chi bộ, đảng bộ cơ sở.",
			nil, "'hồ sơ … của N chi bộ' counts no units"},
		{"a ratio's total restated", "Đến tháng 6, 30/30 tổ chức cơ sở đảng đã tổ chức xong đại hội. Hiện Đảng bộ có 30 tổ chức cơ sở đảng.",
			[]fig{{"org.grassroots", 30, "count", "actual", "="}}, "a count equal to an earlier ratio's total restates it"},
		{"a cue after a relative đã", "Để hoàn thành chỉ tiêu năm, Ban Thường vụ yêu cầu rà soát các trường hợp đã học lớp, hoàn thiện hồ sơ; đồng thời chuẩn bị nguồn với chỉ tiêu dự kiến kết nạp 900 đảng viên.",
			[]fig{{"admission.new_members", 900, "count", "target", "="}}, "a target cue after the 'đã' sets targets again"},
		{"shortcomings at units", "Qua giám sát đã chỉ ra những hạn chế, khuyết điểm ở 14 tổ chức đảng.",
			nil, "'chỉ ra những hạn chế … ở N' counts no supervised units"},
		{"an honour for years", "Tỉnh ủy tặng cờ cho 12 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu 5 năm liền.",
			nil, "'trong sạch vững mạnh … 5 năm liền' is an honour, no rating of the year"},
		{"an association's members admitted", "Trong năm có 19 hội viên được kết nạp vào Đảng.",
			[]fig{{"admission.new_members", 19, "count", "actual", "="}}, "'N hội viên được kết nạp vào Đảng' are new members"},
		{"an association's members given badges", "Có 37 hội viên cựu chiến binh được trao tặng Huy hiệu Đảng.",
			[]fig{{"badges.awarded", 37, "count", "actual", "="}}, "'N hội viên … được trao tặng Huy hiệu Đảng' are awarded"},
		{"the women's share of new members", "Tỉnh phấn đấu hằng năm tỷ lệ nữ trong số đảng viên mới kết nạp đạt 40% trở lên.",
			[]fig{{"admission.female", 40, "percent", "target", ">="}}, "'tỷ lệ nữ trong số đảng viên mới kết nạp' is admission.female"},
		{"vocational classes", "Trung tâm Dạy nghề huyện mở 26 lớp đào tạo nghề cho 900 lao động.",
			nil, "vocational classes are no party training"},
		{"cadres planned", "Tỉnh chú trọng đào tạo thạc sĩ, tiến sĩ và phê duyệt quy hoạch 2.300 lượt cán bộ.",
			nil, "cadres planned for posts are no trainees"},
		{"members working away", "Đảng bộ có 316 đảng viên đang lao động ở nước ngoài.",
			nil, "members working away are no count of the members"},
		{"a mass organisation's target", "Các cấp bộ đoàn giới thiệu 1.236 đoàn viên ưu tú cho Đảng, đạt 103% chỉ tiêu Nghị quyết Đại hội Đoàn tỉnh.",
			nil, "the share of the Youth Union congress's target is not the party's"},
		{"a plan's lead line with its verb inside", "Năm 2018, ngành tổ chức của tỉnh phấn đấu thực hiện các chỉ tiêu:\n- Kết nạp từ 900 đảng viên mới trở lên;\n- Mở 20 lớp bồi dưỡng nhận thức về Đảng.",
			[]fig{{"admission.new_members", 900, "count", "target", ">="}, {"training.classes", 20, "count", "target", "="}}, "'phấn đấu' inside the lead line's last sentence makes its items targets"},
		{"results listed under their lead", "Kết quả thực hiện các chỉ tiêu năm 2023, tỉnh phấn đấu và đạt:\n- Kết nạp 160 đảng viên mới.",
			[]fig{{"admission.new_members", 160, "count", "actual", "="}}, "a lead line that says 'kết quả' first lists results"},
		{"units with a counted label", "Các đảng bộ có nhiều đảng viên bị kỷ luật là huyện A Lưới, Phong Điền và Nam Đông, với số đảng viên bị kỷ luật lần lượt là 8, 5 và 4 đồng chí.",
			[]fig{{"discipline.members", 8, "count", "actual", "="}, {"discipline.members", 5, "count", "actual", "="}, {"discipline.members", 4, "count", "actual", "="}}, "the words before 'lần lượt' name what each unit's number counts"},
		{"units and their verb", "Ủy ban Kiểm tra Thành ủy Buôn Ma Thuột, Thị ủy Buôn Hồ và Huyện ủy Cư Kuin giải quyết lần lượt 12, 8 và 5 đơn.",
			[]fig{{"petitions.resolved", 12, "count", "actual", "="}, {"petitions.resolved", 8, "count", "actual", "="}, {"petitions.resolved", 5, "count", "actual", "="}}, "the verb before 'lần lượt' reads each unit's number"},
		{"lines of the election results", "Kết quả bầu cử:\n- Ban Chấp hành Đảng bộ tỉnh khóa XVI: 51 đồng chí;\n- Ban Thường vụ Tỉnh ủy: 15 đồng chí;\n- Đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng: 11 đồng chí.",
			[]fig{{"congress.committee_elected", 51, "count", "actual", "="}, {"congress.standing_committee_elected", 15, "count", "actual", "="}, {"congress.delegates", 11, "count", "actual", "="}}, "the bodies elected, line by line"},
		{"state discipline", "Các cơ quan đã xử lý kỷ luật hành chính đối với 8 đảng viên là công chức. Ngoài kỷ luật về Đảng, có 4 đảng viên bị xử lý hành chính.",
			nil, "administrative discipline is not the party's"},
		{"a discipline reviewed", "Ủy ban Kiểm tra Tỉnh ủy xem xét lại quyết định kỷ luật đối với 1 đảng viên theo đơn của đương sự.",
			nil, "a discipline reviewed is no new one"},
		{"a discipline annulled", "Qua giải quyết khiếu nại, đã xóa bỏ quyết định kỷ luật 2 trường hợp.",
			nil, "a discipline annulled is no new one"},
		{"signs of violation found", "Qua giám sát, các cấp ủy đã phát hiện 3 tổ chức đảng và 7 đảng viên có dấu hiệu vi phạm.",
			nil, "signs of violation are no violations concluded"},
		{"what the disciplined violated", "Trong số đảng viên bị kỷ luật, có 24 trường hợp vi phạm chính sách dân số.",
			nil, "the disciplined counted by what they violated have no key"},
		{"the disciplined who are committee members", "Trong số đảng viên bị kỷ luật có 74 cấp ủy viên các cấp.",
			[]fig{{"discipline.committee_members", 74, "count", "actual", "="}}, "but the committee members among them are discipline.committee_members"},
		{"units found wanting", "Qua kiểm tra, vẫn còn 5 tổ chức cơ sở đảng có hạn chế, thiếu sót trong thu nộp đảng phí.",
			nil, "units with shortcomings are no count of units"},
		{"members named in denunciations", "Ủy ban kiểm tra các cấp đã giải quyết 23 đơn tố cáo đối với 26 đảng viên.",
			[]fig{{"petitions.resolved", 23, "count", "actual", "="}}, "the members a denunciation names are no count of members"},
		{"ranked second", "Dẫn đầu toàn tỉnh là Đảng bộ thành phố Pleiku với 230 đảng viên mới; xếp thứ hai là Đảng bộ huyện Chư Sê với 164 đảng viên.",
			[]fig{{"admission.new_members", 230, "count", "actual", "="}, {"admission.new_members", 164, "count", "actual", "="}}, "'xếp thứ hai là X với N đảng viên' continues the ranking"},
		{"a unit ranked by its badges", "Đảng bộ huyện Châu Thành có số đảng viên được nhận Huy hiệu nhiều nhất với 98 đồng chí; Đảng bộ thị xã Cai Lậy 75 đồng chí.",
			[]fig{{"badges.awarded", 98, "count", "actual", "="}, {"badges.awarded", 75, "count", "actual", "="}}, "'số đảng viên được nhận Huy hiệu … với N' are badges"},
		{"a change column in words", "Hình thức kỷ luật | Tổ chức đảng | Đảng viên | So với năm 2019 (đảng viên)\nKhiển trách | 3 | 52 | tăng 7\nCảnh cáo | 1 | 20 | giảm 4",
			[]fig{{"discipline.orgs.reprimand", 3, "count", "actual", "="}, {"discipline.reprimand", 52, "count", "actual", "="}, {"discipline.reprimand", 7, "count", "change", "="},
				{"discipline.orgs.warning", 1, "count", "actual", "="}, {"discipline.warning", 20, "count", "actual", "="}, {"discipline.warning", -4, "count", "change", "="}}, "'giảm 4' in a change column is a decrease"},
		{"a total row without its running number", "Toàn tỉnh kết nạp 1.520 đảng viên mới.\n\nSTT | Đơn vị | Chỉ tiêu giao | Kết nạp\n1 | Huyện Ba Vì | 120 | 131\nToàn tỉnh | 1.480 | 1.520",
			[]fig{{"admission.new_members", 1520, "count", "actual", "="}, {"admission.new_members", 120, "count", "target", "="}, {"admission.new_members", 131, "count", "actual", "="}, {"admission.new_members", 1480, "count", "target", "="}},
			"a total row's cells start one column on past 'STT', and its total restating the text's is not a new figure"},
		{"a total taken apart", "Dự đại hội có 180 đại biểu chính thức. Trong số 180 đại biểu, có 70 đại biểu nữ.",
			[]fig{{"congress.delegates", 180, "count", "actual", "="}}, "'Trong số N' names a total said before: no new figure"},
		{"badges by a named body", "Có 9 đảng viên được Ban Thường vụ Thành ủy quyết định tặng Huy hiệu Đảng đợt này.",
			[]fig{{"badges.awarded", 9, "count", "actual", "="}}, "'N đảng viên được … tặng Huy hiệu Đảng' are awarded"},
		{"a change of the awarded", "So với năm trước, số đảng viên được tặng Huy hiệu Đảng tăng hơn 200 đồng chí.",
			[]fig{{"badges.awarded", 200, "count", "change", ">"}}, "'số đảng viên được tặng Huy hiệu Đảng tăng N' is a change"},
		{"contestants", "Trên 4 nghìn lượt đảng viên tham gia các cuộc thi tìm hiểu lịch sử Đảng bộ.",
			nil, "contestants are no audience"},
		{"units not rated", "Toàn tỉnh có 563 tổ chức cơ sở đảng được đánh giá, xếp loại; 12 tổ chức cơ sở đảng chưa đủ thời gian hoạt động nên chưa đánh giá.",
			[]fig{{"rating.orgs.assessed", 563, "count", "actual", "="}}, "units not rated are no count of units"},
		{"letters received and sorted", "Ủy ban Kiểm tra đã tiếp nhận, phân loại 5 đơn thư.",
			[]fig{{"petitions.received", 5, "count", "actual", "="}}, "'tiếp nhận, phân loại N đơn thư' are letters received"},
		{"a grand total taken apart", "Toàn Đảng bộ có 389 tổ chức cơ sở đảng. Trong tổng số 389 tổ chức cơ sở đảng, có 350 tổ chức được đánh giá.",
			[]fig{{"org.grassroots", 389, "count", "actual", "="}, {"rating.orgs.assessed", 350, "count", "actual", "="}}, "'Trong tổng số N' names a total said before"},
		{"badges proposed", "Ban Tổ chức đề nghị Ban Thường vụ Tỉnh ủy xét tặng Huy hiệu Đảng cho 52 đảng viên.",
			nil, "badges only proposed are no badges awarded"},
		{"organisations under the province's committee", "Sau sắp xếp, Đảng bộ tỉnh có 104 tổ chức đảng trực thuộc Tỉnh ủy.",
			[]fig{{"org.direct_committees", 104, "count", "actual", "="}}, "'có N tổ chức đảng trực thuộc Tỉnh ủy' are its direct committees"},
		{"finances of the units under the committee", "Ủy ban Kiểm tra kiểm tra tài chính đảng đối với 6 tổ chức đảng trực thuộc Tỉnh ủy.",
			[]fig{{"inspection.orgs", 6, "count", "actual", "="}}, "but the units inspected stay inspected"},
		{"a norm per quarter", "Chi bộ sinh hoạt định kỳ vào ngày mùng 5 hằng tháng, mỗi quý có ít nhất một buổi sinh hoạt chuyên đề.",
			nil, "'mỗi quý có … một buổi' is a norm, no count of sessions"},
		{"a norm per member", "Mỗi đảng viên phụ trách một lớp hoặc một tổ chuyên môn.",
			nil, "'Mỗi đảng viên phụ trách một lớp' counts no classes"},
		{"a district site's list of other articles", "Toàn huyện kết nạp 120 đảng viên mới.\n\nCác tin đã đưa:\n · Xã Ea Kênh kết nạp 3 đảng viên (12/7/2010)\n · Huyện ủy sơ kết 6 tháng (20/7/2010)\n\nBài viết cùng chuyên mục:\n + Kiểm tra tài chính đảng tại 3 đảng bộ phường (02/6/2011)",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}}, "'Các tin đã đưa', 'Bài viết cùng chuyên mục' list other articles"},
		{"the quota in brackets", "Trong năm, toàn Đảng bộ kết nạp 198 đảng viên mới, đạt 110% chỉ tiêu Nghị quyết (chỉ tiêu 180).",
			[]fig{{"admission.new_members", 198, "count", "actual", "="}, {"admission.new_members", 110, "percent", "actual", "="}, {"admission.new_members", 180, "count", "target", "="}}, "'(chỉ tiêu N)' after the share is the quota"},
		{"a class for new members", "Sáng 15/6, Trung tâm khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2009 cho 89 đảng viên mới kết nạp.",
			[]fig{{"training.trainees", 89, "count", "actual", "="}}, "the new members a class is opened for are its trainees, not the admitted"},
		{"the list of candidates", "Đại hội thống nhất số lượng Ban Chấp hành khóa mới là 45 người và thông qua danh sách bầu cử gồm 51 đồng chí.",
			nil, "the candidates' list is no committee"},
		{"units merged", "Đảng bộ xã Tân Lập được thành lập trên cơ sở hợp nhất đảng bộ 3 xã.",
			nil, "'hợp nhất đảng bộ N xã' counts units merged away"},
		{"alternates of a delegation", "Đại hội bầu đoàn đại biểu dự Đại hội Đảng bộ tỉnh gồm 13 đại biểu chính thức và 1 đại biểu dự khuyết.",
			[]fig{{"congress.delegates", 13, "count", "actual", "="}}, "the alternates are a part of the delegation"},
		{"economic growth", "Nhiệm kỳ qua, toàn Đảng bộ kết nạp 9.820 đảng viên mới, tốc độ tăng trưởng kinh tế bình quân đạt 9,6%/năm.",
			[]fig{{"admission.new_members", 9820, "count", "actual", "="}}, "growth is no share of the admitted"},
		{"a part in its total", "Toàn Đảng bộ tỉnh có 1.137 đảng viên là người có đạo trong tổng số 17.650 đảng viên.",
			[]fig{{"members.religious", 1137, "count", "actual", "="}, {"members.total", 17650, "count", "actual", "="}}, "'trong tổng số N đảng viên' is the members' total"},
		{"years in a row", "Toàn Đảng bộ có 46 đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ 5 năm liền.",
			nil, "'5 năm liền' is a duration, and an honour for years no rating of the year"},
		{"a plan that goes on", "Năm 2025, Ủy ban Kiểm tra xác định tiếp tục thực hiện tốt chương trình kiểm tra; trong đó kiểm tra 6 tổ chức đảng.",
			[]fig{{"inspection.orgs", 6, "count", "target", "="}}, "'xác định tiếp tục' is a target cue"},
		{"shortcomings concluded", "Qua kiểm tra, cấp ủy kết luận có 14 tổ chức và 52 đảng viên còn khuyết điểm, hạn chế, yêu cầu khắc phục.",
			nil, "shortcomings are no violations"},
		{"violations concluded", "Qua kiểm tra, kết luận 9 tổ chức đảng và 31 đảng viên có vi phạm.",
			[]fig{{"inspection.violating_orgs", 9, "count", "actual", "="}, {"inspection.violating_members", 31, "count", "actual", "="}}, "violations found are figures"},
		{"change of the members removed", "Năm 2024, số đảng viên bị xóa tên giảm 8,5% so với năm trước.",
			[]fig{{"members.removed", -8.5, "percent", "change", "="}}, "'số đảng viên bị xóa tên giảm N%' is a change of members.removed"},
		{"change of the members expelled", "Số đảng viên bị khai trừ tăng 3 trường hợp so với năm 2023.",
			[]fig{{"discipline.expulsion", 3, "count", "change", "="}}, "'số đảng viên bị khai trừ tăng N' is a change of discipline.expulsion"},
		{"badges given posthumously among them", "Năm 2024, trao Huy hiệu Đảng cho 215 đảng viên, trong đó truy tặng 3 đồng chí.",
			[]fig{{"badges.awarded", 215, "count", "actual", "="}, {"badges.awarded", 3, "count", "actual", "="}}, "'truy tặng N đồng chí' after the badges is a part of them"},
		{"admitted members working in private firms", "Năm 2023 kết nạp 120 đảng viên, trong đó 9 đồng chí đang làm việc trong doanh nghiệp tư nhân.",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}, {"admission.private_sector", 9, "count", "actual", "="}}, "'đang làm việc trong doanh nghiệp tư nhân' names the sector"},
		{"delegation named by the higher committee", "Ban Thường vụ Tỉnh ủy chỉ định 6 đồng chí là đại biểu chính thức đi dự Đại hội Đảng bộ tỉnh.",
			[]fig{{"congress.delegates", 6, "count", "actual", "="}}, "the delegation to a higher congress"},
		{"cells merged away", "Huyện đã sáp nhập 14 chi bộ thôn sau khi sắp xếp thôn, tổ dân phố.",
			nil, "cells merged into others are no count of cells"},
		{"transfers in", "Tiếp nhận sinh hoạt đảng 57 trường hợp từ nơi khác chuyển đến.",
			[]fig{{"members.transferred", 57, "count", "actual", "="}}, "transfers in are transfers"},
		{"units whose leadership achieved", "Nhiệm kỳ qua, Đảng bộ thị xã với 48 tổ chức cơ sở đảng đã lãnh đạo thực hiện đạt 20/22 chỉ tiêu.",
			[]fig{{"org.grassroots", 48, "count", "actual", "="}}, "an achievement six words on is the whole committee's, not units meeting a condition"},
		{"admitted, respectively", "Đảng bộ A và Đảng bộ B kết nạp lần lượt 420 và 315 đảng viên.",
			[]fig{{"admission.new_members", 420, "count", "actual", "="}, {"admission.new_members", 315, "count", "actual", "="}}, "'kết nạp lần lượt N và M đảng viên'"},
		{"change of the members admitted", "Tổng số đảng viên kết nạp năm 2024 tăng 1.250 người so với năm 2023.",
			[]fig{{"admission.new_members", 1250, "count", "change", "="}}, "'số đảng viên kết nạp ... tăng N' changes the admissions"},
		{"person-visits of classes", "Các cấp ủy mở 1.250 lớp học tập, quán triệt Nghị quyết Hội nghị Trung ương 4, 5 khóa XIII cho 98.400 lượt cán bộ, đảng viên.",
			[]fig{{"training.classes", 1250, "count", "actual", "="}, {"training.trainees", 98400, "count", "actual", "="}}, "the person-visits of the classes before are their trainees"},
		{"a count named with là", "Năm 2023, số đảng viên không hoàn thành nhiệm vụ là 1.081 người, giảm 160 người so với năm 2022.",
			[]fig{{"rating.members.incomplete", 1081, "count", "actual", "="}, {"rating.members.incomplete", -160, "count", "change", "="}}, "'Số <label> là N' reads as 'N <label>'"},
		{"là without số", "Người được kết nạp là 12 đảng viên.",
			[]fig{{"admission.new_members", 12, "count", "actual", "="}}, "only a clause opening with 'Số' is a label"},
		{"a rating named far on", "Có 64 chi bộ trực thuộc đảng ủy cơ sở bị xếp loại không hoàn thành nhiệm vụ.",
			[]fig{{"rating.orgs.incomplete", 64, "count", "actual", "="}}, "'xếp loại' names the rating past the units' words"},
		{"some targets", "Nghị quyết đề ra một số chỉ tiêu: hằng năm kết nạp từ 900 đảng viên trở lên.",
			[]fig{{"admission.new_members", 900, "count", "target", ">="}}, "'một số chỉ tiêu' is no achievement ('so với chỉ tiêu')"},
		{"a range's scale word", "Năm 2026 phấn đấu kết nạp từ 12 đến 14 nghìn đảng viên.",
			[]fig{{"admission.new_members", 12000, "count", "target", ">="}, {"admission.new_members", 14000, "count", "target", "<="}}, "'từ 12 đến 14 nghìn' is 12 thousand to 14 thousand"},
		{"a bare count of new members", "Dẫn đầu là Đảng bộ huyện Kỳ Anh với 142 đảng viên mới.",
			[]fig{{"admission.new_members", 142, "count", "actual", "="}}, "'N đảng viên mới' counts admissions"},
		{"new members taught", "Huyện ủy mở 2 lớp bồi dưỡng lý luận chính trị cho 63 đảng viên mới.",
			[]fig{{"training.classes", 2, "count", "actual", "="}, {"training.trainees", 63, "count", "actual", "="}}, "a class's trainees stay trainees"},
		{"trainees of a class on inspection", "Huyện ủy mở 2 lớp bồi dưỡng nghiệp vụ công tác kiểm tra, giám sát cho 75 cấp ủy viên.",
			[]fig{{"training.classes", 2, "count", "actual", "="}, {"training.trainees", 75, "count", "actual", "="}}, "a class on inspection work teaches, it inspects no one"},
		{"removed for their conduct", "Các cấp ủy đã xóa tên 14 đảng viên vi phạm tư cách đảng viên.",
			[]fig{{"members.removed", 14, "count", "actual", "="}}, "removed, not rated"},
		{"badges of two rounds", "Ban Thường vụ đã xét tặng Huy hiệu Đảng đợt 3/2 và đợt 19/5 cho 412 đảng viên.",
			[]fig{{"badges.awarded", 412, "count", "actual", "="}}, "the rounds' dates between the badges and their count"},
		{"shares after their ratings", "Đối với đảng viên, tỷ lệ hoàn thành xuất sắc nhiệm vụ đạt 18,5%; hoàn thành tốt nhiệm vụ 74,2%; hoàn thành nhiệm vụ 6,9% và không hoàn thành nhiệm vụ 0,4%.",
			[]fig{{"rating.members.excellent", 18.5, "percent", "actual", "="}, {"rating.members.good", 74.2, "percent", "actual", "="}, {"rating.members.complete", 6.9, "percent", "actual", "="}, {"rating.members.incomplete", 0.4, "percent", "actual", "="}}, "a share before 'và' and the next rating is the rating's before it"},
		{"labels before their counts", "Có 12.300 đảng viên được đánh giá, xếp loại; trong đó HTXSNV 1.820, HTTNV 9.610, HTNV 760 và không hoàn thành nhiệm vụ 110 đảng viên.",
			[]fig{{"rating.members.assessed", 12300, "count", "actual", "="}, {"rating.members.excellent", 1820, "count", "actual", "="}, {"rating.members.good", 9610, "count", "actual", "="}, {"rating.members.complete", 760, "count", "actual", "="}, {"rating.members.incomplete", 110, "count", "actual", "="}}, "a list of ratings may name each before its count"},
		{"units set up, two kinds", "Năm 2024, huyện thành lập mới 2 đảng bộ cơ sở và 5 chi bộ trực thuộc.",
			[]fig{{"org.new", 2, "count", "actual", "="}, {"org.new", 5, "count", "actual", "="}}, "both kinds of units set up are new"},
		{"party units and unions set up", "Thành phố đã thành lập mới được 35 tổ chức đảng, 60 tổ chức công đoàn.",
			[]fig{{"org.new", 35, "count", "actual", "="}}, "unions set up are no party units"},
		{"complaints received", "Trong năm, UBKT Huyện ủy tiếp nhận 3 đơn khiếu nại kỷ luật đảng.",
			[]fig{{"petitions.complaints", 3, "count", "actual", "="}}, "the kind of the letters received is the most specific key"},
		{"letters of two kinds received", "UBKT tiếp nhận 5 đơn thư tố cáo, khiếu nại.",
			[]fig{{"petitions.received", 5, "count", "actual", "="}}, "letters of two kinds are letters received"},
		{"outcomes of a review", "Đã giải quyết 6 đơn khiếu nại kỷ luật đảng; giữ nguyên hình thức kỷ luật 5 trường hợp, giảm hình thức kỷ luật 1 trường hợp.",
			[]fig{{"petitions.resolved", 6, "count", "actual", "="}}, "the outcomes of a review have no key"},
		{"party fees inspected", "UBKT Huyện ủy đã kiểm tra việc thu, nộp đảng phí tại mười chi bộ, đảng bộ cơ sở.",
			[]fig{{"inspection.orgs", 10, "count", "actual", "="}}, "'chi bộ, đảng bộ cơ sở' inspected"},
		{"transfers in with sinh hoạt", "Các cấp ủy tiếp nhận 52 đảng viên từ nơi khác chuyển sinh hoạt đến.",
			[]fig{{"members.transferred", 52, "count", "actual", "="}}, "'chuyển sinh hoạt đến' is a transfer in"},
		{"change of the members rated incomplete", "Số đảng viên không hoàn thành nhiệm vụ tăng 41 đồng chí so với năm 2017.",
			[]fig{{"rating.members.incomplete", 41, "count", "change", "="}}, "a change of a named rating"},
		{"units that reviewed themselves", "Có 212/215 tổ chức cơ sở đảng tiến hành kiểm điểm, đánh giá chất lượng.",
			[]fig{{"org.grassroots", 215, "count", "actual", "="}, {"rating.orgs.assessed", 212, "count", "actual", "="}}, "'tiến hành kiểm điểm' is an assessment"},
		{"exemptions named first", "Số đảng viên được miễn sinh hoạt đảng, miễn công tác là 96 đồng chí.",
			[]fig{{"members.exempt", 96, "count", "actual", "="}}, "'miễn sinh hoạt ... là N đồng chí'"},
		{"new members of a people", "Trong số đảng viên mới kết nạp có 210 đảng viên nữ, 86 đảng viên là người dân tộc Khmer.",
			[]fig{{"admission.female", 210, "count", "actual", "="}, {"admission.ethnic_minority", 86, "count", "actual", "="}}, "a people named after 'là người dân tộc' among the admitted"},
		{"inspected, passive", "Khối | Số TCĐ được kiểm tra\nXã, thị trấn | 14\nDoanh nghiệp | 6",
			[]fig{{"inspection.orgs", 14, "count", "actual", "="}, {"inspection.orgs", 6, "count", "actual", "="}}, "'Số TCĐ được kiểm tra' counts organisations"},
		{"unsigned letters", "UBKT tiếp nhận 11 đơn thư, có 4 đơn không ký tên.",
			[]fig{{"petitions.received", 11, "count", "actual", "="}, {"petitions.anonymous", 4, "count", "actual", "="}}, "'không ký tên' letters are anonymous"},
		{"committee members among the supervised, named", "UBKT giám sát chuyên đề 12 tổ chức đảng và 30 đảng viên, trong đó 8 đồng chí là cấp ủy viên.",
			[]fig{{"supervision.orgs", 12, "count", "actual", "="}, {"supervision.members", 30, "count", "actual", "="}, {"supervision.committee_members", 8, "count", "actual", "="}}, "'trong đó N đồng chí là cấp ủy viên'"},
		{"headlines of related articles", "Năm 2023, huyện kết nạp 96 đảng viên mới.\n\nTin liên quan:\n- Bạc Liêu kết nạp hơn 1.100 đảng viên mới\n- Hội nghị Tỉnh ủy lần thứ 6\n\nChia sẻ",
			[]fig{{"admission.new_members", 96, "count", "actual", "="}}, "another article's headline gives no figure of this one"},
		{"attendance of a conference", "Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 9 điểm cầu với hơn 400 đại biểu tham dự.",
			nil, "a conference's attendance is no congress's delegates"},
		{"attendance of a conference, a sentence on", "Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Trung ương.\n\nThành phần: khoảng 800 đại biểu, gồm bí thư các chi bộ.",
			nil, "the conference named a sentence before"},
		{"delegates of a congress", "Đại hội Đảng bộ xã Tân Lập lần thứ I có 150 đại biểu chính thức tham dự.",
			[]fig{{"congress.delegates", 150, "count", "actual", "="}}, "a congress's delegates"},
		{"units' share before the members'", "Năm 2025 phấn đấu có trên 90% tổ chức cơ sở đảng và trên 92% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
			[]fig{{"rating.orgs.good", 90, "percent", "target", ">"}, {"rating.members.good", 92, "percent", "target", ">"}}, "the rating after the members' share is the units' too ('M%' in a rule)"},
		{"trainees described", "Lớp học có 64 học viên là đảng viên dự bị của các chi bộ.",
			[]fig{{"training.trainees", 64, "count", "actual", "="}}, "'N học viên là ...' is the class's trainees"},
		{"kinds of trainees among them", "Huyện ủy mở 3 lớp bồi dưỡng nhận thức về Đảng cho 230 quần chúng ưu tú, trong đó 190 học viên là sinh viên.",
			[]fig{{"training.classes", 3, "count", "actual", "="}, {"training.trainees", 230, "count", "actual", "="}}, "a kind of trainees among them has no key"},
		{"share of the admitted, far from its count", "Năm 2023, kết nạp 310 đảng viên là công nhân, người lao động trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài, chiếm 20,5% tổng số đảng viên kết nạp mới.",
			[]fig{{"admission.private_sector", 310, "count", "actual", "="}, {"admission.private_sector", 20.5, "percent", "actual", "="}}, "'chiếm N% tổng số đảng viên kết nạp mới' after a sector's count"},
		{"a table with row labels", "Chỉ tiêu | Kế hoạch | Thực hiện\nThu ngân sách (tỷ đồng) | 95 | 103\nKết nạp đảng viên mới (người) | 120 | 131\nĐảng viên hoàn thành tốt nhiệm vụ trở lên (%) | 85 | 88,2",
			[]fig{{"admission.new_members", 120, "count", "target", "="}, {"admission.new_members", 131, "count", "actual", "="}, {"rating.members.good", 85, "percent", "target", "="}, {"rating.members.good", 88.2, "percent", "actual", "="}}, "the row's first cell names the metric, the column the modality, '(%)' a share"},
		{"a table with row labels and changes", "Chỉ tiêu | Năm 2016 | Năm 2017 | Tăng (+), giảm (-)\nDoanh thu (tỷ đồng) | 1.214 | 1.472 | +258\nTổng số đảng viên (người) | 1.388 | 1.426 | +38\nĐảng viên bị kỷ luật (người) | 7 | 3 | -4",
			[]fig{{"members.total", 1388, "count", "actual", "="}, {"members.total", 1426, "count", "actual", "="}, {"members.total", 38, "count", "change", "="}, {"discipline.members", 7, "count", "actual", "="}, {"discipline.members", 3, "count", "actual", "="}, {"discipline.members", -4, "count", "change", "="}}, "a '+/-' column holds signed changes; a row of no metric gives none"},
		{"a table's column of changes", "Đơn vị | Kết nạp đảng viên | Tăng/giảm so với năm trước\nHuyện A | 120 | +14\nHuyện B | 95 | -6",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}, {"admission.new_members", 14, "count", "change", "="}, {"admission.new_members", 95, "count", "actual", "="}, {"admission.new_members", -6, "count", "change", "="}}, "a 'Tăng/giảm' column holds signed changes of the row's count"},
		{"committee members supervised", "Ủy ban Kiểm tra giám sát thường xuyên 11 đảng viên là cấp ủy viên.",
			[]fig{{"supervision.committee_members", 11, "count", "actual", "="}}, "members who are committee members count only as such"},
		{"committee members among the inspected", "Ủy ban kiểm tra các cấp kiểm tra 7 đảng viên khi có dấu hiệu vi phạm, trong đó 2 là cấp ủy viên.",
			[]fig{{"inspection.members", 7, "count", "actual", "="}, {"inspection.committee_members", 2, "count", "actual", "="}}, "'trong đó N là cấp ủy viên' is a part"},
		{"admitted as the ceremony's object", "Sáng 5/3, chi bộ tổ chức lễ kết nạp đảng viên mới cho 3 quần chúng ưu tú là công nhân.",
			[]fig{{"admission.new_members", 3, "count", "actual", "="}}, "'kết nạp đảng viên mới cho N quần chúng'"},
		{"classes for candidates", "Đảng ủy mở 4 lớp bồi dưỡng kết nạp Đảng cho 210 quần chúng.",
			[]fig{{"training.classes", 4, "count", "actual", "="}, {"training.trainees", 210, "count", "actual", "="}}, "the trainees of a class for candidates are not admitted"},
		{"proposed discipline with its form", "UBKT thống nhất đề nghị Ban Thường vụ Huyện ủy thi hành kỷ luật cách chức 1 đảng viên.",
			nil, "a form named with the proposal does not make it a decision"},
		{"label lines", "Kết quả năm 2024:\n- Kết nạp đảng viên mới: 42 đồng chí;\n- Tổng số tổ chức cơ sở đảng: 17;\n",
			[]fig{{"admission.new_members", 42, "count", "actual", "="}, {"org.grassroots", 17, "count", "actual", "="}}, "a label before a colon names the figure after it"},
		{"units listed under an opening line", "Số đảng viên bị kỷ luật ở các đảng bộ trực thuộc Tỉnh ủy như sau:\n- Đảng bộ thành phố Hà Giang: 12\n- Đảng bộ huyện Vị Xuyên: 9\n",
			[]fig{{"discipline.members", 12, "count", "actual", "="}, {"discipline.members", 9, "count", "actual", "="}}, "a unit's name before the colon takes its metric from the line that opens the list"},
		{"a label opening with số", "Kết quả năm 2024:\n- Số lớp: 12\n- Số học viên: 400\n",
			[]fig{{"training.classes", 12, "count", "actual", "="}, {"training.trainees", 400, "count", "actual", "="}}, "'Số lớp: 12' reads '12 lớp', not the document number 'số 12'"},
		{"the inspection commission's name is no inspection", "UBKT Thành ủy đã giải quyết 6 đơn tố cáo đối với 2 tổ chức đảng và 5 đảng viên.",
			[]fig{{"petitions.resolved", 6, "count", "actual", "="}}, "the 'Kiểm tra' of 'Ủy ban Kiểm tra' is no verb"},
		{"table header", "Đơn vị | Kiểm tra tổ chức đảng | Giám sát đảng viên\nHuyện A | 12 | 30\n",
			[]fig{{"inspection.orgs", 12, "count", "actual", "="}, {"supervision.members", 30, "count", "actual", "="}}, "a table cell reads its column header"},
		{"table share column", "Đơn vị | Kết nạp | Tỷ lệ (%)\nHuyện A | 52 | 22,6\nHuyện B | 47 | 104\n",
			[]fig{{"admission.new_members", 52, "count", "actual", "="}, {"admission.new_members", 22.6, "percent", "actual", "="}, {"admission.new_members", 47, "count", "actual", "="}, {"admission.new_members", 104, "percent", "actual", "="}},
			"a cell under 'Tỷ lệ (%)' is a share of the figure before it in its row"},
		{"lead-in list", "Nhiều đơn vị kết nạp được nhiều đảng viên như: xã An Hòa 14 đảng viên, xã Bình Minh 9, thị trấn Cầu Kè 7.",
			[]fig{{"admission.new_members", 14, "count", "actual", "="}, {"admission.new_members", 9, "count", "actual", "="}, {"admission.new_members", 7, "count", "actual", "="}}, "the list's lead-in names the activity"},
		{"units meeting a condition", "Có 9/11 đảng bộ trực thuộc Tỉnh ủy đạt trên 90% chỉ tiêu.",
			[]fig{{"org.direct_committees", 11, "count", "actual", "="}}, "of X/Y only the total is a figure when X counts units meeting a condition"},
		{"rated units out of the total", "Năm 2016 toàn huyện có 58/64 tổ chức cơ sở đảng đạt trong sạch, vững mạnh, chiếm 90,6%.",
			[]fig{{"org.grassroots", 64, "count", "actual", "="}, {"rating.orgs.clean_strong", 58, "count", "actual", "="}, {"rating.orgs.clean_strong", 90.6, "percent", "actual", "="}},
			"of X/Y the X is the rating (its metric exists) and the Y the grassroots total (ratio=split)"},
		{"change of a count named before it", "So với năm 2022, số đảng viên của tỉnh tăng 1.150 đồng chí; số tổ chức cơ sở đảng đạt trong sạch vững mạnh giảm 3 tổ chức.",
			[]fig{{"members.total", 1150, "count", "change", "="}, {"rating.orgs.clean_strong", -3, "count", "change", "="}}, "'số X tăng/giảm N' is a change of X"},
		{"members assessed named before the count", "Tổng số đảng viên được đánh giá, xếp loại là 12.904 đồng chí.",
			[]fig{{"rating.members.assessed", 12904, "count", "actual", "="}}, "a count of the members rated is not members.total"},
		{"shares of ratings named first", "Kết quả, tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ chiếm 40%; hoàn thành tốt nhiệm vụ chiếm 52%.\n\nĐối với đảng viên, tỷ lệ hoàn thành xuất sắc nhiệm vụ đạt 20,5%; hoàn thành tốt nhiệm vụ 73,1%.",
			[]fig{{"rating.orgs.excellent", 40, "percent", "actual", "="}, {"rating.orgs.good", 52, "percent", "actual", "="}, {"rating.members.excellent", 20.5, "percent", "actual", "="}, {"rating.members.good", 73.1, "percent", "actual", "="}},
			"a rating's label before its share continues the ratings before it; 'Đối với đảng viên' names what is rated"},
		{"a total raised to", "Năm 2024 thành lập mới 5 tổ chức cơ sở đảng, nâng tổng số TCCSĐ toàn tỉnh lên 640. Tổng số đảng viên mới từ đầu năm lên 131 đồng chí.",
			[]fig{{"org.new", 5, "count", "actual", "="}, {"org.grassroots", 640, "count", "actual", "="}, {"admission.new_members", 131, "count", "actual", "="}},
			"'tổng số X lên N' is a count of X"},
		{"change before the number", "Tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tăng 1,5% so với năm trước.",
			[]fig{{"rating.orgs.excellent", 1.5, "percent", "change", "="}}, "tăng before the number makes a change"},
		{"lead-in list of bare counts", "Năm 2023 toàn tỉnh kết nạp 900 đảng viên mới. Một số đơn vị kết nạp được nhiều đảng viên là: Lục Nam 112, Yên Dũng 87.",
			[]fig{{"admission.new_members", 900, "count", "actual", "="}, {"admission.new_members", 112, "count", "actual", "="}, {"admission.new_members", 87, "count", "actual", "="}},
			"a bare count after the lead-in stands for its quantifier ('nhiều đảng viên')"},
		{"lead-in list in brackets", "Một số đảng bộ kết nạp được nhiều đảng viên như huyện Tân Yên (184 ĐV), quận Lê Chân (121 ĐV).",
			[]fig{{"admission.new_members", 184, "count", "actual", "="}, {"admission.new_members", 121, "count", "actual", "="}},
			"'như' opens a list too, and an item's count may stand in brackets"},
		{"ranked units after a count", "Năm 2019 các tổ chức cơ sở đảng kết nạp 168 đảng viên là người Công giáo. Dẫn đầu là huyện Hải Hậu với 47 người; tiếp đến Giao Thủy 31, Nghĩa Hưng 29.",
			[]fig{{"admission.religious", 168, "count", "actual", "="}, {"admission.religious", 47, "count", "actual", "="}, {"admission.religious", 31, "count", "actual", "="}, {"admission.religious", 29, "count", "actual", "="}},
			"'dẫn đầu là', 'tiếp đến' list units that continue the count before"},
		{"a page counter after a colon", "Huyện ủy trao Huy hiệu Đảng cho 58 đảng viên. Lượt xem: 412",
			[]fig{{"badges.awarded", 58, "count", "actual", "="}}, "a colon with no unit's name before the number lists nothing"},
		{"list continuation", "Chỉ tiêu năm 2024: Đảng bộ A Lưới kết nạp 40 đảng viên; Phong Điền 35; Nam Đông 20.",
			[]fig{{"admission.new_members", 40, "count", "target", "="}, {"admission.new_members", 35, "count", "target", "="}, {"admission.new_members", 20, "count", "target", "="}},
			"list items inherit metric and modality"},
		{"direct committees of a province's report", "Theo Ban Tổ chức Tỉnh ủy, năm 2023 công tác quản lý đảng viên được cập nhật đầy đủ trên phần mềm ở cả 21 đảng bộ trực thuộc.",
			[]fig{{"org.direct_committees", 21, "count", "actual", "="}}, "under a Tỉnh ủy, the bare 'đảng bộ trực thuộc' are its direct committees"},
		{"direct committees of a centrally-run city", "Năm 2022, Ban Thường vụ Thành ủy Đà Nẵng chỉ đạo rà soát dữ liệu đảng viên trong Đảng bộ thành phố Đà Nẵng; phần mềm đã dùng ở toàn bộ 18 đảng bộ trực thuộc.",
			[]fig{{"org.direct_committees", 18, "count", "actual", "="}}, "a centrally-run city's committee is a province's"},
		{"parts of the direct committees", "Sau sắp xếp, Đảng bộ tỉnh có 96 đảng bộ trực thuộc Tỉnh ủy (90 đảng bộ xã, phường và 6 đảng bộ khối, lực lượng vũ trang).",
			[]fig{{"org.direct_committees", 96, "count", "actual", "="}, {"org.direct_committees", 90, "count", "actual", "="}, {"org.direct_committees", 6, "count", "actual", "="}},
			"committees directly under the Tỉnh ủy, whatever their level, are direct committees"},
		{"a bloc's units in a province's report", "Theo Ban Tổ chức Tỉnh ủy, năm 2023 toàn tỉnh kết nạp 900 đảng viên mới. Đảng bộ Khối Doanh nghiệp tỉnh hiện có 46 đảng bộ trực thuộc.",
			[]fig{{"admission.new_members", 900, "count", "actual", "="}, {"org.grassroots", 46, "count", "actual", "="}}, "an organisation named before the number owns the units"},
		{"a district's committees", "Ban Tổ chức Huyện ủy Lục Ngạn cho biết, năm 2023 dữ liệu đã được cập nhật ở cả 25 đảng bộ trực thuộc.",
			[]fig{{"org.grassroots", 25, "count", "actual", "="}}, "under a district the bare 'đảng bộ trực thuộc' are grassroots"},
		{"discipline verb and form before the count", "UBKT Huyện ủy thi hành kỷ luật cảnh cáo 2 đảng viên và khiển trách 1 tổ chức đảng.",
			[]fig{{"discipline.warning", 2, "count", "actual", "="}, {"discipline.orgs.reprimand", 1, "count", "actual", "="}}, "one number gives one figure, of the most specific key"},
		{"badge tiers listed with their counts", "Đợt này có 12 đảng viên được tặng Huy hiệu Đảng. Cụ thể: Huy hiệu 60 năm tuổi Đảng 02 đồng chí; Huy hiệu 30 năm tuổi Đảng 10 đồng chí.",
			[]fig{{"badges.awarded", 12, "count", "actual", "="}, {"badges.awarded", 2, "count", "actual", "="}, {"badges.awarded", 10, "count", "actual", "="}}, "a tier followed by its count needs no verb"},
		{"new members named before their parts", "Năm 2023 toàn huyện kết nạp 300 đảng viên. Công tác tạo nguồn được các cấp ủy chú trọng.\n\nTrong số đảng viên mới kết nạp, nữ chiếm 52%, người dân tộc thiểu số chiếm 40%; có 12 đảng viên là người có đạo, 25 người làm việc trong doanh nghiệp tư nhân.",
			[]fig{{"admission.new_members", 300, "count", "actual", "="}, {"admission.female", 52, "percent", "actual", "="}, {"admission.ethnic_minority", 40, "percent", "actual", "="}, {"admission.religious", 12, "count", "actual", "="}, {"admission.private_sector", 25, "count", "actual", "="}},
			"'trong số đảng viên mới' stands for a figure of new members (a context line)"},
		{"transfer out", "Năm 2024 làm thủ tục chuyển ra ngoài Đảng bộ huyện 58 trường hợp.",
			[]fig{{"members.transferred", 58, "count", "actual", "="}}, "members moved out are transferred"},
		{"parts after a context with kết nạp in it", "Năm 2023 toàn tỉnh kết nạp 2.100 đảng viên. Công tác tạo nguồn được chú trọng.\n\nTrong số đảng viên mới kết nạp, có 1.018 đảng viên nữ (chiếm 48,4%); 100% đảng viên mới là đoàn viên.",
			[]fig{{"admission.new_members", 2100, "count", "actual", "="}, {"admission.female", 1018, "count", "actual", "="}, {"admission.female", 48.4, "percent", "actual", "="}, {"admission.youth_union", 100, "percent", "actual", "="}},
			"the women are a part of the new members, not another count of them"},
		{"membership records", "Năm 2024, Đảng bộ xử lý 40 trường hợp, gồm xóa tên 33 đảng viên; 263 đồng chí được miễn sinh hoạt đảng.",
			[]fig{{"members.removed", 33, "count", "actual", "="}, {"members.exempt", 263, "count", "actual", "="}}, "a removal after 'gồm' is no membership count; đồng chí are members too"},
		{"verdicts of denunciations", "UBKT đã giải quyết 6 đơn tố cáo; kết quả có 1 đơn tố cáo đúng, 3 đơn tố cáo đúng một phần và 2 đơn tố cáo sai. Tỷ lệ giải quyết đơn thuộc thẩm quyền đạt 90%.",
			[]fig{{"petitions.resolved", 6, "count", "actual", "="}, {"petitions.resolved", 90, "percent", "actual", "="}}, "the verdicts are not counts of letters received; the resolution rate is petitions.resolved"},
		{"discipline form before đối với", "UBKT thi hành kỷ luật cách chức đối với 1 đảng viên.",
			[]fig{{"discipline.dismissal", 1, "count", "actual", "="}}, "the form names the figure across 'đối với'"},
		{"an aside in brackets", "Có 452 đồng chí được đánh giá, xếp loại (35 đồng chí được miễn sinh hoạt đảng): hoàn thành xuất sắc nhiệm vụ 61 đồng chí, hoàn thành tốt nhiệm vụ 356 đồng chí.",
			[]fig{{"rating.members.assessed", 452, "count", "actual", "="}, {"members.exempt", 35, "count", "actual", "="}, {"rating.members.excellent", 61, "count", "actual", "="}, {"rating.members.good", 356, "count", "actual", "="}},
			"a figure in brackets before the number is an aside: the ratings follow the count assessed"},
		{"organisations and members disciplined", "Các cấp ủy đã thi hành kỷ luật 1 tổ chức đảng bằng hình thức khiển trách và 40 đảng viên (khiển trách 25, cảnh cáo 12, khai trừ 3), tăng 6 đảng viên so với cùng kỳ. UBKT đề nghị Ban Thường vụ thi hành kỷ luật 1 tổ chức đảng và 2 đảng viên.",
			[]fig{{"discipline.orgs.reprimand", 1, "count", "actual", "="}, {"discipline.members", 40, "count", "actual", "="}, {"discipline.reprimand", 25, "count", "actual", "="}, {"discipline.warning", 12, "count", "actual", "="}, {"discipline.expulsion", 3, "count", "actual", "="}, {"discipline.members", 6, "count", "change", "="}},
			"the members after the organisation; a change after the parts in brackets is of the total; a proposal is no figure"},
		{"member records in their own words", "Toàn Đảng bộ có 117.390 đảng viên, trong đó đảng viên chính thức 113.842, dự bị 3.548. Trong năm đã công nhận 2.071 đảng viên dự bị trở thành đảng viên chính thức; 1.304 đảng viên cao tuổi, sức khỏe yếu được miễn công tác và sinh hoạt đảng.",
			[]fig{{"members.total", 117390, "count", "actual", "="}, {"members.official", 113842, "count", "actual", "="}, {"members.probationary", 3548, "count", "actual", "="}, {"admission.official_recognized", 2071, "count", "actual", "="}, {"members.exempt", 1304, "count", "actual", "="}},
			"labels before the counts; probationary members recognised are an official recognition"},
		{"admission of pupils and minorities", "Chi bộ trường kết nạp 3 học sinh ưu tú vào Đảng; 236 đảng viên mới là đoàn viên thanh niên. Đồn Biên phòng phối hợp kết nạp 16 quần chúng ưu tú là người dân tộc thiểu số.",
			[]fig{{"admission.new_members", 3, "count", "actual", "="}, {"admission.youth_union", 236, "count", "actual", "="}, {"admission.ethnic_minority", 16, "count", "actual", "="}},
			"pupils admitted; new members who are youth union members; a part without its total"},
		{"transfer for study", "Trong năm, chuyển sinh hoạt tạm thời cho 240 đảng viên đi học tập, công tác xa.",
			[]fig{{"members.transferred", 240, "count", "actual", "="}}, "members moved to study are transferred, not the population of a study campaign"},
		{"a series by year", "Số đảng viên được kết nạp qua từng năm: năm 2021: 310; năm 2022: 325; 6 tháng đầu năm 2023: 140. Số đảng viên được khen thưởng năm 2021 là 45, năm 2022 là 52.",
			[]fig{{"admission.new_members", 310, "count", "actual", "="}, {"admission.new_members", 325, "count", "actual", "="}, {"admission.new_members", 140, "count", "actual", "="}},
			"a year names an item of the series before it, and a label's year after its colon leaves the metric to the label; rewards have no key"},
		{"cells disciplined", "Đảng ủy xã cảnh cáo 1 chi bộ và khiển trách 2 đảng bộ cơ sở; 3 chi bộ bị kỷ luật.",
			[]fig{{"discipline.orgs.warning", 1, "count", "actual", "="}, {"discipline.orgs.reprimand", 2, "count", "actual", "="}, {"discipline.orgs", 3, "count", "actual", "="}},
			"a cell or a committee disciplined is an organisation, as a 'tổ chức đảng' is"},
		{"rate of fulfilment alone", "Quý I, huyện kết nạp 64 đảng viên. Đạt 32% kế hoạch năm. Có 12 chi bộ. Đạt 75% số chi bộ trực thuộc.",
			[]fig{{"admission.new_members", 64, "count", "actual", "="}, {"admission.new_members", 32, "percent", "actual", "="}, {"org.cells", 12, "count", "actual", "="}},
			"a sentence that opens with 'Đạt N% kế hoạch' is the share of the count before it; other shares are not"},
		{"targets of a congress by topic", "Đại hội đề ra 15 chỉ tiêu chủ yếu, trong đó thu nhập bình quân đạt 90 triệu đồng. Về xây dựng Đảng, hằng năm kết nạp từ 60 đảng viên trở lên.\n\nĐại hội đề ra 10 chỉ tiêu. Về nhiệm kỳ qua, đã kết nạp 70 đảng viên.\n\nChỉ tiêu năm 2025 được giao.\nVề công tác kiểm tra, kiểm tra 5 tổ chức đảng.",
			[]fig{{"admission.new_members", 60, "count", "target", ">="}, {"admission.new_members", 70, "count", "actual", "="}, {"inspection.orgs", 5, "count", "actual", "="}},
			"a sentence that opens with 'Về' goes on with the targets of the sentence before it in its paragraph, unless it says 'đã'"},
		{"a labelled count that moved", "Sau sắp xếp, số tổ chức cơ sở đảng giảm 12. Năm 2024 kết nạp 210 đảng viên, so với năm 2023 tăng 15 đảng viên.",
			[]fig{{"org.grassroots", -12, "count", "change", "="}, {"admission.new_members", 210, "count", "actual", "="}, {"admission.new_members", 15, "count", "change", "="}},
			"'số <label> giảm N' changes the label's count; a comparison before 'tăng N' changes the figure before it"},
		{"new members in private firms", "Kết nạp 25 đảng viên mới trong doanh nghiệp ngoài nhà nước. Số đảng viên mới ở doanh nghiệp tư nhân: 14 người.",
			[]fig{{"admission.private_sector", 25, "count", "actual", "="}, {"admission.private_sector", 14, "count", "actual", "="}},
			"'mới' between the members and the private sector still names the sector"},
		{"targets under a section or a lead sentence", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n- Kết nạp 150 đảng viên mới.\n\nNăm 2026, Đảng bộ tập trung xây dựng chi bộ. Các chỉ tiêu chủ yếu:\n1. Kết nạp 180 đảng viên mới trở lên.",
			[]fig{{"admission.new_members", 150, "count", "target", "="}, {"admission.new_members", 180, "count", "target", ">="}},
			"bullets under a Roman-numbered heading, and items under a line whose last sentence opens with a cue, are targets"},
		{"tables of kinds and forms by row", "Loại | TCCSĐ | Đảng viên\nHTXSNV | 7 | 502\n\nHình thức | Tổ chức đảng | Đảng viên\nCảnh cáo | 1 | 6",
			[]fig{{"rating.orgs.excellent", 7, "count", "actual", "="}, {"rating.members.excellent", 502, "count", "actual", "="}, {"discipline.orgs.warning", 1, "count", "actual", "="}, {"discipline.warning", 6, "count", "actual", "="}},
			"a table headed 'Loại' or 'Hình thức' names its metrics in its rows, its columns the unit counted"},
		{"local wording of classes, sessions and ratings", "Đảng ủy cử 14 quần chúng ưu tú đi học lớp bồi dưỡng nhận thức về Đảng và 9 đảng viên mới học chương trình bồi dưỡng đảng viên mới; tổ chức 6 hội nghị thông tin thời sự. Có 120 đảng viên được đánh giá, kết quả 20 đồng chí hoàn thành xuất sắc, 95 hoàn thành tốt.",
			[]fig{{"training.trainees", 14, "count", "actual", "="}, {"training.trainees", 9, "count", "actual", "="}, {"propaganda.sessions", 6, "count", "actual", "="}, {"rating.members.assessed", 120, "count", "actual", "="}, {"rating.members.excellent", 20, "count", "actual", "="}, {"rating.members.good", 95, "count", "actual", "="}},
			"people sent to a class, new members at their course, conferences of current affairs, and a list of ratings without 'nhiệm vụ'"},
		{"respectively after two forms or years", "Năm 2024 có 5 tổ chức đảng bị kỷ luật bằng hình thức khiển trách và cảnh cáo, lần lượt là 3 và 2 tổ chức. Số đảng viên bị kỷ luật các năm 2022, 2023 và 2024 lần lượt là 40, 36 và 31 đồng chí.",
			[]fig{{"discipline.orgs", 5, "count", "actual", "="}, {"discipline.orgs.reprimand", 3, "count", "actual", "="}, {"discipline.orgs.warning", 2, "count", "actual", "="}, {"discipline.members", 40, "count", "actual", "="}, {"discipline.members", 36, "count", "actual", "="}, {"discipline.members", 31, "count", "actual", "="}},
			"forms joined by 'và' count the total; the comma before 'lần lượt' ends the last label; years before it name the items of the label before them"},
		{"discipline proposed to a named body", "Ủy ban Kiểm tra thi hành kỷ luật 3 đảng viên; đề nghị Ban Thường vụ, Ban Chấp hành thi hành kỷ luật 1 tổ chức đảng và 4 đảng viên.",
			[]fig{{"discipline.members", 3, "count", "actual", "="}},
			"a proposal reaches over the bodies it names to the discipline it asks for"},
		{"share before its count", "Kết nạp 30 đảng viên.\n\nĐạt 104% kế hoạch, toàn huyện đã kết nạp 208 đảng viên mới. Huyện Yên Dũng mới đạt 31,5% chỉ tiêu (kết nạp 17 đảng viên). Huyện Sơn Động đạt 86% chỉ tiêu với 108 đảng viên mới.",
			[]fig{{"admission.new_members", 30, "count", "actual", "="}, {"admission.new_members", 104, "percent", "actual", "="}, {"admission.new_members", 208, "count", "actual", "="}, {"admission.new_members", 31.5, "percent", "actual", "="}, {"admission.new_members", 17, "count", "actual", "="}, {"admission.new_members", 86, "percent", "actual", "="}, {"admission.new_members", 108, "count", "actual", "="}},
			"a rate of fulfilment before its count takes the count's metric; the count after 'N% chỉ tiêu với' is the result, not the quota"},
		{"list items after a lead sentence and after bare items", "Đảng ủy đã kết nạp 40 đảng viên mới. Một số đảng bộ cơ sở kết nạp được nhiều đảng viên:\n- Đảng bộ Phòng Tham mưu: 8\n- Đảng bộ Công an huyện Lạc Dương: 6\n\nCác đơn vị kết nạp đông như Đảng bộ Khối Doanh nghiệp 211 đảng viên; huyện Đông Anh 187; Đảng bộ Công an thành phố 172 đảng viên; quận Cầu Giấy 98.",
			[]fig{{"admission.new_members", 40, "count", "actual", "="}, {"admission.new_members", 8, "count", "actual", "="}, {"admission.new_members", 6, "count", "actual", "="}, {"admission.new_members", 211, "count", "actual", "="}, {"admission.new_members", 187, "count", "actual", "="}, {"admission.new_members", 172, "count", "actual", "="}, {"admission.new_members", 98, "count", "actual", "="}},
			"a lead line's last sentence opens its list; an item repeats the noun of the list's first item"},
		{"ratings label first to the end of the list", "Có 90 tổ chức được xếp loại; trong đó hoàn thành tốt nhiệm vụ 60 tổ chức, hoàn thành nhiệm vụ 24 tổ chức, không hoàn thành nhiệm vụ 6 tổ chức. Có 800 đảng viên được xếp loại: HTTNV 700, HTNV 93, không hoàn thành nhiệm vụ 7.",
			[]fig{{"rating.orgs.assessed", 90, "count", "actual", "="}, {"rating.orgs.good", 60, "count", "actual", "="}, {"rating.orgs.complete", 24, "count", "actual", "="}, {"rating.orgs.incomplete", 6, "count", "actual", "="}, {"rating.members.assessed", 800, "count", "actual", "="}, {"rating.members.good", 700, "count", "actual", "="}, {"rating.members.complete", 93, "count", "actual", "="}, {"rating.members.incomplete", 7, "count", "actual", "="}},
			"a count after its label is not the count before the next label; the last label of a list reads its bare count"},
		{"badge tiers in brackets after counts", "Đợt này có 120 đảng viên được trao Huy hiệu Đảng, trong đó 9 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; 38 đồng chí (60 năm); 73 đồng chí (40 năm). Xã Hòa Bình trao cho 1 đồng chí (45 năm tuổi Đảng); 4 trường hợp được truy tặng.",
			[]fig{{"badges.awarded", 120, "count", "actual", "="}, {"badges.awarded", 9, "count", "actual", "="}, {"badges.awarded", 38, "count", "actual", "="}, {"badges.awarded", 73, "count", "actual", "="}, {"badges.awarded", 1, "count", "actual", "="}, {"badges.awarded", 4, "count", "actual", "="}},
			"a tier in brackets after a count, in a list of tiers or with 'tuổi Đảng'; posthumous awards counted as 'trường hợp'"},
		{"more or fewer than before", "Năm 2024 kết nạp 310 đảng viên, nhiều hơn năm trước 27 đồng chí; có 18 TCCSĐ hoàn thành xuất sắc nhiệm vụ, ít hơn năm trước 4 đơn vị.",
			[]fig{{"admission.new_members", 310, "count", "actual", "="}, {"admission.new_members", 27, "count", "change", "="}, {"rating.orgs.excellent", 18, "count", "actual", "="}, {"rating.orgs.excellent", -4, "count", "change", "="}},
			"'nhiều hơn' and 'ít hơn' the year before change the figure before them"},
		{"admitted groups in local wording", "Chi bộ kết nạp 3 đảng viên là đoàn viên ưu tú. Xã kết nạp được 2 thanh niên Công giáo. Năm thanh niên Ê Đê ở buôn Ko Sier được đứng vào hàng ngũ của Đảng. Huyện kết nạp 21 đảng viên đang làm việc tại doanh nghiệp ngoài khu vực nhà nước. Kết nạp 60 ĐV, trong số đó có 22 người đồng bào DTTS. Miễn sinh hoạt đảng đối với 9 đảng viên cao tuổi; kiện toàn cấp ủy 4 chi bộ.",
			[]fig{{"admission.youth_union", 3, "count", "actual", "="}, {"admission.religious", 2, "count", "actual", "="}, {"admission.ethnic_minority", 5, "count", "actual", "="}, {"admission.private_sector", 21, "count", "actual", "="}, {"admission.new_members", 60, "count", "actual", "="}, {"admission.ethnic_minority", 22, "count", "actual", "="}, {"members.exempt", 9, "count", "actual", "="}, {"org.committees_consolidated", 4, "count", "actual", "="}},
			"the most specific key for admitted Youth Union members, Catholics, an ethnic group and private-firm workers; exemptions 'đối với'; committees completed without 'tại'"},
		{"topic of admissions and ranked units", "Về kết nạp đảng viên, trong năm có 510 quần chúng là nữ, 812 đoàn viên thanh niên và 43 người lao động trong doanh nghiệp ngoài nhà nước được kết nạp. Toàn tỉnh kết nạp 1.516 đảng viên mới. Các đơn vị dẫn đầu là Đảng bộ huyện Hải Hậu (212 đảng viên), Đảng bộ huyện Nghĩa Hưng (136). Dẫn đầu về số lượng kết nạp là Đảng bộ phường Quy Nhơn với 87 đảng viên, tiếp theo là Đảng bộ phường Pleiku (64).",
			[]fig{{"admission.female", 510, "count", "actual", "="}, {"admission.youth_union", 812, "count", "actual", "="}, {"admission.private_sector", 43, "count", "actual", "="}, {"admission.new_members", 1516, "count", "actual", "="}, {"admission.new_members", 212, "count", "actual", "="}, {"admission.new_members", 136, "count", "actual", "="}, {"admission.new_members", 87, "count", "actual", "="}, {"admission.new_members", 64, "count", "actual", "="}},
			"'Về kết nạp đảng viên' opens a paragraph of admissions; a ranked unit's count in brackets; a ranking that names its metric"},
		{"coverage after a comma is no share of the figure before", "Đảng bộ có 1.124 đảng viên sinh hoạt tại 38 chi bộ, 100% thôn có chi bộ. Năm 2024 kết nạp 42 đảng viên, 100% cán bộ được học tập nghị quyết.",
			[]fig{{"members.total", 1124, "count", "actual", "="}, {"org.sub.cells", 38, "count", "actual", "="}, {"admission.new_members", 42, "count", "actual", "="}},
			"'100% thôn', '100% cán bộ' after a comma count their own base"},
		{"a bracket opened after a label's count", "Số cán bộ tham gia lần đầu là 12 đồng chí (40%).",
			nil, "a label read with its count and a bracket whose close lies past the words read once indexed out of the run (a panic)"},
		{"deaths, ratios and norms are no counts", "Toàn tỉnh có hơn 3.500 đảng viên hy sinh trong kháng chiến. Năm 2024 có 40 đảng viên bị kỷ luật, tăng 1,7 lần. Tỉnh có 130 đảng bộ xã, phường trực thuộc Tỉnh ủy, giảm 282 đơn vị hành chính cấp xã. Phấn đấu mỗi thôn có ít nhất 5 đảng viên.",
			[]fig{{"discipline.members", 40, "count", "actual", "="}, {"org.direct_committees", 130, "count", "actual", "="}},
			"members fallen in war, a change in times, a change of other units and a norm per hamlet are no figures"},
		{"targets of a congress several sentences on", "Đại hội thống nhất 20 chỉ tiêu chủ yếu. Trong đó, thu nhập bình quân đạt 70 triệu đồng; tỷ lệ lao động qua đào tạo đạt 75%. Về xây dựng Đảng, mỗi năm kết nạp từ 120 đảng viên trở lên.\n\nNghị quyết đại hội xác định: hằng năm kết nạp từ 60 ĐV trở lên; 100% TCCSĐ hoàn thành tốt nhiệm vụ trở lên.\n\nNhiệm kỳ qua, hằng năm có từ 85% tổ chức đảng trở lên hoàn thành tốt nhiệm vụ.",
			[]fig{{"admission.new_members", 120, "count", "target", ">="}, {"admission.new_members", 60, "count", "target", ">="}, {"rating.orgs.good", 100, "percent", "target", "="}, {"rating.orgs.good", 85, "percent", "actual", ">="}},
			"a topic sentence goes on with the targets of a cue up to three sentences back in its paragraph; 'xác định:' opens targets; 'từ … trở lên' each year describes"},
		{"badge tiers in shorthand", "Toàn huyện có 210 đảng viên được tặng Huy hiệu Đảng. Trong đó, Huy hiệu 75 năm tuổi Đảng 2 đồng chí; 70 năm 9; 65 năm 21 và 30 năm 178.",
			[]fig{{"badges.awarded", 210, "count", "actual", "="}, {"badges.awarded", 2, "count", "actual", "="}, {"badges.awarded", 9, "count", "actual", "="}, {"badges.awarded", 21, "count", "actual", "="}, {"badges.awarded", 178, "count", "actual", "="}},
			"after a badge figure, 'Y năm N' is the next tier's count"},
		{"members assessed, label first", "Về đảng viên, xếp loại 374 đồng chí; trong đó 61 đồng chí hoàn thành xuất sắc nhiệm vụ.",
			[]fig{{"rating.members.assessed", 374, "count", "actual", "="}, {"rating.members.excellent", 61, "count", "actual", "="}},
			"'xếp loại N đồng chí' counts the members assessed"},
		{"headlines under Các tin khác", "Năm 2024, xã kết nạp 12 đảng viên mới.\n\nCác tin khác\n- Huyện Hòa Vang kết nạp 186 đảng viên\n- 612 TCCSĐ đạt trong sạch vững mạnh",
			[]fig{{"admission.new_members", 12, "count", "actual", "="}},
			"'Các tin khác' lists other articles"},
		{"units praised and trainees by grade", "Đảng ủy phường biểu dương 27 chi bộ trực thuộc có thành tích. Lớp có 104 học viên, trong đó 41 học viên đạt loại giỏi, 63 học viên đạt loại khá. Hội nghị biểu dương 12 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu.",
			[]fig{{"training.trainees", 104, "count", "actual", "="}, {"rating.orgs.clean_strong_exemplary", 12, "count", "actual", "="}},
			"units praised for an achievement and trainees counted by their grade are no figures; units praised for their rating keep it"},
		{"letters still open", "UBKT nhận 5 đơn tố cáo, đã giải quyết 3 đơn, 2 đơn đang xem xét.",
			[]fig{{"petitions.denunciations", 5, "count", "actual", "="}, {"petitions.resolved", 3, "count", "actual", "="}},
			"letters still under review are not resolved ones"},
		{"letters of both kinds received", "Năm 2024, UBKT các cấp tiếp nhận hơn 2.700 đơn thư tố cáo, khiếu nại.",
			[]fig{{"petitions.received", 2700, "count", "actual", ">"}},
			"letters of both kinds are the letters received, not denunciations"},
		{"delegation to the congress above", "Đại hội có 145 đại biểu chính thức. Đại hội cũng bầu 11 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ huyện lần thứ XXV.",
			[]fig{{"congress.delegates", 145, "count", "actual", "="}, {"congress.delegates", 11, "count", "actual", "="}},
			"the delegation elected to the congress above is a figure of its own (as dev p077's), not a part of the congress's delegates"},
		{"a share that restates a change", "Năm 2024 kết nạp 1.200 đảng viên, tăng 103 đảng viên, tương đương 9,4%. Có 412 đảng viên bị kỷ luật, giảm 30 trường hợp, tương đương 6,8%.",
			[]fig{{"admission.new_members", 1200, "count", "actual", "="}, {"admission.new_members", 103, "count", "change", "="}, {"admission.new_members", 9.4, "percent", "change", "="}, {"discipline.members", 412, "count", "actual", "="}, {"discipline.members", -30, "count", "change", "="}, {"discipline.members", -6.8, "percent", "change", "="}},
			"'tương đương N%' after a change is the change as a share, with its sign (rule option mod=prev)"},
		{"more ethnic groups by name", "Năm 2024, xã kết nạp 12 đảng viên người Hà Nhì. Huyện kết nạp 30 đảng viên, trong đó 9 người là người Lô Lô.",
			[]fig{{"admission.ethnic_minority", 12, "count", "actual", "="}, {"admission.new_members", 30, "count", "actual", "="}, {"admission.ethnic_minority", 9, "count", "actual", "="}},
			"the ethnic groups of the north-west and the highlands the list lacked (Hà Nhì, Lô Lô, La Chí, Phù Lá, …)"},
		{"believers named as such", "Năm nay, thị trấn kết nạp 23 ĐV, trong đó 15 đồng chí là tín đồ. Đảng bộ có 4.503 đảng viên; số đảng viên là tín đồ Phật giáo Hòa Hảo là 1.860 người.",
			[]fig{{"admission.new_members", 23, "count", "actual", "="}, {"admission.religious", 15, "count", "actual", "="}, {"members.total", 4503, "count", "actual", "="}, {"members.religious", 1860, "count", "actual", "="}},
			"'là tín đồ' names believers as 'là người có đạo' does"},
		{"a context phrase after the figure before", "Về hình thức, có 3 tổ chức đảng bị khiển trách; đối với đảng viên: khiển trách 51, cảnh cáo 24.",
			[]fig{{"discipline.orgs.reprimand", 3, "count", "actual", "="}, {"discipline.reprimand", 51, "count", "actual", "="}, {"discipline.warning", 24, "count", "actual", "="}},
			"'đối với đảng viên' after a count of organisations makes the forms after it the members'"},
		{"a target cue after a share that ends the sentence before", "Đảng bộ có 43.516 đảng viên, trong đó kết nạp mới 1.200 đảng viên, đạt 98%. Mục tiêu đến năm 2025, kết nạp 1.500 đảng viên.",
			[]fig{{"members.total", 43516, "count", "actual", "="}, {"admission.new_members", 1200, "count", "actual", "="}, {"admission.new_members", 98, "percent", "actual", "="}, {"admission.new_members", 1500, "count", "target", "="}},
			"a share at the end of one sentence does not make the next sentence's 'Mục tiêu' an achievement"},
		{"groups by name, counts and labels", "Năm 2016 kết nạp 1.137 đảng viên, trong đó đảng viên là người Khmer 362 đồng chí. Năm 2020 kết nạp 90 đảng viên, trong đó mười bảy (17) người Mông. Đảng ủy miễn sinh hoạt đảng và miễn công tác cho 37 đảng viên.",
			[]fig{{"admission.new_members", 1137, "count", "actual", "="}, {"admission.ethnic_minority", 362, "count", "actual", "="}, {"admission.new_members", 90, "count", "actual", "="}, {"admission.ethnic_minority", 17, "count", "actual", "="}, {"members.exempt", 37, "count", "actual", "="}},
			"an ethnic group named after its label or right after 'người'; exemption from activity and work together"},
		{"ranked units with an apostrophe in their name", "Tính đến hết tháng 6, các đảng bộ trực thuộc đã kết nạp 1.146 đảng viên mới.\n\nDẫn đầu về số lượng là Đảng bộ huyện Cư M'gar với 97 đảng viên, kế đến là Đảng bộ huyện Krông Pắc 81 đảng viên.",
			[]fig{{"admission.new_members", 1146, "count", "actual", "="}, {"admission.new_members", 97, "count", "actual", "="}, {"admission.new_members", 81, "count", "actual", "="}},
			"an apostrophe inside a name ('Cư M'gar') does not end a ranked unit's or a list item's name"},
		{"hamlets without members", "Số thôn, bản chưa có đảng viên giảm từ 45 xuống còn 3. Toàn huyện còn 5 thôn chưa có đảng viên. Huyện có 4.200 đảng viên.",
			[]fig{{"members.total", 4200, "count", "actual", "="}},
			"counts of hamlets without members are no counts of members"},
		{"badge tiers given to their counts", "Đợt này trao tặng Huy hiệu Đảng cho 12 đảng viên: Huy hiệu 60 năm cho 2 đồng chí, 50 năm cho 4 đồng chí, 40 năm cho 6 đồng chí.",
			[]fig{{"badges.awarded", 12, "count", "actual", "="}, {"badges.awarded", 2, "count", "actual", "="}, {"badges.awarded", 4, "count", "actual", "="}, {"badges.awarded", 6, "count", "actual", "="}},
			"'Y năm cho N đồng chí' after a badge figure is the tier's count"},
		{"cards given, the number first", "Năm 2015 có 112 đảng viên mới được phát thẻ lần đầu; 7 đồng chí được cấp lại thẻ.",
			[]fig{{"cards.issued", 112, "count", "actual", "="}, {"cards.issued", 7, "count", "actual", "="}},
			"members who were given their card, the number before the passive, are cards issued, not admissions"},
		{"turns counted, not audiences", "Cả nhiệm kỳ, cấp ủy kiểm tra 1.026 lượt tổ chức đảng và 2.318 lượt đảng viên; giám sát 285 lượt tổ chức đảng. Toàn tỉnh đã có trên 41.000 lượt đảng viên được nhận Huy hiệu Đảng. Có 55.812 lượt đảng viên tham gia kiểm điểm. Tổ chức 186 lượt tuần tra với 1.150 lượt cán bộ tham gia. Hội nghị có hơn 9.600 lượt người nghe.",
			[]fig{{"inspection.orgs", 1026, "count", "actual", "="}, {"inspection.members", 2318, "count", "actual", "="}, {"supervision.orgs", 285, "count", "actual", "="}, {"badges.awarded", 41000, "count", "actual", ">"}, {"propaganda.attendance", 9600, "count", "actual", ">"}},
			"'lượt' counts turns of inspection, supervision and badges too; members in a self-criticism or on patrol are no audience"},
		{"suspended, the number first", "Năm 2024 có 2 trường hợp bị đình chỉ sinh hoạt đảng; hai đảng viên bị đình chỉ.",
			[]fig{{"discipline.suspended", 2, "count", "actual", "="}, {"discipline.suspended", 2, "count", "actual", "="}},
			"members suspended, with the number before the passive"},
		{"old-scale ratings of 'cơ sở' and 'tổ chức'", "Năm 2016 có 87 cơ sở đạt danh hiệu trong sạch vững mạnh tiêu biểu; 49 tổ chức đạt trong sạch vững mạnh (72,06%).",
			[]fig{{"rating.orgs.clean_strong_exemplary", 87, "count", "actual", "="}, {"rating.orgs.clean_strong", 49, "count", "actual", "="}, {"rating.orgs.clean_strong", 72.06, "percent", "actual", "="}},
			"'cơ sở' and 'tổ chức' count the units of both old-scale ratings"},
		{"standing committee without gồm", "Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030 được chỉ định gồm 68 đồng chí; Ban Thường vụ Tỉnh ủy 21 đồng chí.",
			[]fig{{"congress.committee_elected", 68, "count", "actual", "="}, {"congress.standing_committee_elected", 21, "count", "actual", "="}},
			"after the committee, 'Ban Thường vụ … N đồng chí' is the standing committee"},
		{"quotas handed to units and totals of new members", "Tỉnh giao chỉ tiêu phát triển đảng viên năm 2022 với tổng số 1.140 đảng viên mới. Huyện ủy Trà Cú được giao nhiều nhất với 150 đảng viên; tiếp đến là Huyện ủy Châu Thành 140. Năm 2021 toàn tỉnh kết nạp tổng số 1.052 đảng viên.",
			[]fig{{"admission.new_members", 1140, "count", "target", "="}, {"admission.new_members", 150, "count", "target", "="}, {"admission.new_members", 140, "count", "target", "="}, {"admission.new_members", 1052, "count", "actual", "="}},
			"a unit's quota and the list after it are admission targets; 'tổng số N đảng viên mới' and 'kết nạp tổng số N' count new members, not all members"},
		{"units in the plural lead a list", "Các đơn vị có tỷ lệ kết nạp cao là Đảng bộ Khối các cơ quan tỉnh (46 ĐV, đạt 71,7%), Đảng bộ huyện Krông Pắc (33 ĐV, đạt 62%).",
			[]fig{{"admission.new_members", 46, "count", "actual", "="}, {"admission.new_members", 71.7, "percent", "actual", "="}, {"admission.new_members", 33, "count", "actual", "="}, {"admission.new_members", 62, "percent", "actual", "="}},
			"'Các đơn vị … là' leads a list of units as a quantifier does, its long names within twelve tokens"},
		{"moves and removals in other words", "Trong năm có 214 lượt chuyển đi; giới thiệu sinh hoạt tạm thời 315 lượt; tiếp nhận 38 đảng viên đến sinh hoạt; 85 đảng viên bị đưa ra khỏi Đảng. Đảng ủy giới thiệu 104 đảng viên về sinh hoạt, giữ mối liên hệ với chi bộ nơi cư trú.",
			[]fig{{"members.transferred", 214, "count", "actual", "="}, {"members.transferred", 315, "count", "actual", "="}, {"members.transferred", 38, "count", "actual", "="}, {"members.removed", 85, "count", "actual", "="}},
			"transfers said as 'lượt chuyển đi', 'giới thiệu sinh hoạt tạm thời', 'tiếp nhận … đến sinh hoạt'; members keeping contact with their residence are no transfer"},
		{"units whose work ended", "Tỉnh kết thúc hoạt động 9 đảng bộ cơ sở cấp huyện; chuyển giao tổ chức đảng từ 18 đảng bộ huyện (đã kết thúc hoạt động) về 99 đảng bộ xã trực thuộc Tỉnh ủy.",
			[]fig{{"org.direct_committees", 99, "count", "actual", "="}},
			"units ended in the reorganisation are no counts, as units dissolved are not"},
		{"those present at a ceremony", "Đợt này có 120 đảng viên được trao Huy hiệu Đảng. Tại buổi lễ, 38 đồng chí có mặt đã trực tiếp nhận huy hiệu.",
			[]fig{{"badges.awarded", 120, "count", "actual", "="}},
			"the members present at the ceremony are a part of the awarded, no figure"},
		{"higher than before", "Năm 2024 trao thẻ cho 2.735 đảng viên, cao hơn 318 thẻ so với cùng kỳ.",
			[]fig{{"cards.issued", 2735, "count", "actual", "="}, {"cards.issued", 318, "count", "change", "="}},
			"'cao hơn N … so với' changes the figure before it, as 'nhiều hơn' does"},
		{"a Markdown table with row labels", "Kết quả thi hành kỷ luật:\n| Hình thức | Tổ chức đảng | Đảng viên |\n| Khiển trách | 2 | 35 |\n| Cảnh cáo | 1 | 12 |",
			[]fig{{"discipline.orgs.reprimand", 2, "count", "actual", "="}, {"discipline.reprimand", 35, "count", "actual", "="}, {"discipline.orgs.warning", 1, "count", "actual", "="}, {"discipline.warning", 12, "count", "actual", "="}},
			"a row that opens with '|' has its first cell after it: its label names the row's metric, the header its unit"},
		{"a long label before a colon", "- Kiểm tra việc thu, nộp, quản lý đảng phí: 187 tổ chức đảng.",
			[]fig{{"inspection.orgs", 187, "count", "actual", "="}},
			"a label of fourteen tokens, commas among them, is read whole before its colon"},
		{"from N or more", "Năm 2025 phấn đấu thành lập mới từ 4 tổ chức cơ sở đảng trở lên.",
			[]fig{{"org.new", 4, "count", "target", ">="}},
			"'từ N … trở lên' bounds N, and the rules read past the 'từ' as past other bound words"},
		{"women among the admitted named", "Trong số 52 sinh viên được kết nạp, nữ 30 đồng chí, chiếm 57,7%; 100% là đoàn viên thanh niên.",
			[]fig{{"admission.female", 30, "count", "actual", "="}, {"admission.female", 57.7, "percent", "actual", "="}, {"admission.youth_union", 100, "percent", "actual", "="}},
			"'Trong số … được kết nạp, nữ N' counts women among the admitted, and 'N% là đoàn viên' the Youth Union's share"},
		{"a rate of fulfilment after a part", "Năm nay xã kết nạp 14 đảng viên, trong đó 9 đồng chí là người dân tộc thiểu số, đạt 140% chỉ tiêu.",
			[]fig{{"admission.new_members", 14, "count", "actual", "="}, {"admission.ethnic_minority", 9, "count", "actual", "="}, {"admission.new_members", 140, "percent", "actual", "="}},
			"'đạt N% chỉ tiêu' after a part is the total's rate: the plan was set for the total"},
		{"tasks set for the next year", "Năm 2023, UBKT kiểm tra 6 tổ chức đảng.\n\nNăm 2024, UBKT Tỉnh ủy đề ra nhiệm vụ:\n- Kiểm tra khi có dấu hiệu vi phạm đối với 2 tổ chức đảng;\n- Giám sát chuyên đề 5 tổ chức đảng.\n\nQuý I, UBKT các cấp đã tập trung:\n- Kiểm tra 3 tổ chức đảng.",
			[]fig{{"inspection.orgs", 6, "count", "actual", "="}, {"inspection.orgs", 2, "count", "target", "="}, {"supervision.orgs", 5, "count", "target", "="}, {"inspection.orgs", 3, "count", "actual", "="}},
			"a list under 'đề ra nhiệm vụ:' (or 'Nhiệm vụ năm …', '… tập trung:') holds plans, unless its lead says 'đã'"},
		{"an inspection commission's year", "Kết luận 120 đảng viên có vi phạm, trong đó vi phạm đến mức phải thi hành kỷ luật 41 đảng viên. Có 12 đảng viên bị kỷ luật là cấp ủy viên. Có 30 đơn đủ điều kiện giải quyết (tố cáo 22 đơn, khiếu nại kỷ luật đảng 8 đơn); đơn giấu tên, mạo danh là 9 đơn. Cơ quan quản lý xử lý kỷ luật về chính quyền đối với 6 công chức (cảnh cáo 2, khiển trách 4).",
			[]fig{{"inspection.violating_members", 120, "count", "actual", "="}, {"inspection.violating_members", 41, "count", "actual", "="}, {"discipline.committee_members", 12, "count", "actual", "="}, {"petitions.denunciations", 22, "count", "actual", "="}, {"petitions.complaints", 8, "count", "actual", "="}, {"petitions.anonymous", 9, "count", "actual", "="}},
			"the finding before its number, committee members among the disciplined, the kinds of letters in brackets and after their kind; state discipline in brackets is no figure"},
		{"ratings listed label first", "Kết quả: HTTNV 40 tổ chức (80%), HTNV 8 tổ chức (16%), không HTNV 2 tổ chức (4%).",
			[]fig{{"rating.orgs.good", 40, "count", "actual", "="}, {"rating.orgs.good", 80, "percent", "actual", "="}, {"rating.orgs.complete", 8, "count", "actual", "="}, {"rating.orgs.complete", 16, "percent", "actual", "="}, {"rating.orgs.incomplete", 2, "count", "actual", "="}, {"rating.orgs.incomplete", 4, "percent", "actual", "="}},
			"a gap going right pays for the comma it crosses: 'không HTNV' after it is the next item's label, not the 8's"},
		{"targets agreed on", "Năm 2024 huyện đạt 15/17 chỉ tiêu:\n- Kết nạp 95 đảng viên mới.\n\nHội nghị thống nhất một số chỉ tiêu chủ yếu năm 2025:\n- Kết nạp 120 đảng viên mới.",
			[]fig{{"admission.new_members", 95, "count", "actual", "="}, {"admission.new_members", 120, "count", "target", "="}},
			"'chỉ tiêu' anywhere in a list's lead makes its items targets, unless it follows what was achieved ('đạt 15/17 chỉ tiêu:')"},
		{"changes joined by và", "So với cuối năm 2022, Đảng bộ xã tăng 1 tổ chức cơ sở đảng và 23 đảng viên.",
			[]fig{{"org.grassroots", 1, "count", "change", "="}, {"members.total", 23, "count", "change", "="}},
			"a change goes on over 'và' to the count right after its evidence"},
		{"a body's demand", "Ban Thường vụ Huyện ủy yêu cầu năm 2026 kết nạp ít nhất 120 đảng viên mới. Ủy ban Kiểm tra Huyện ủy đã họp, yêu cầu khắc phục hạn chế; giải quyết 4 đơn tố cáo. Theo yêu cầu của Huyện ủy, xã đã kết nạp 9 đảng viên.",
			[]fig{{"admission.new_members", 120, "count", "target", ">="}, {"petitions.resolved", 4, "count", "actual", "="}, {"admission.new_members", 9, "count", "actual", "="}},
			"'yêu cầu' after a body's name sets targets; after a comma (one of the things done) or 'theo' it does not"},
		{"parts of a count after its change", "Năm 2024 toàn tỉnh có 40 đảng viên bị đưa ra khỏi Đảng, giảm 6 trường hợp so với năm trước. Trong đó, Đảng bộ huyện Mỹ Xuyên có 15 trường hợp, Đảng bộ huyện Cù Lao Dung 9 trường hợp.",
			[]fig{{"members.removed", 40, "count", "actual", "="}, {"members.removed", -6, "count", "change", "="}, {"members.removed", 15, "count", "actual", "="}, {"members.removed", 9, "count", "actual", "="}},
			"'Trong đó' after a count and its change breaks down the count; 'trường hợp' counts members as 'đảng viên' does"},
		{"trainees of a course named by its verb", "Tháng 3/2025, Ban Tổ chức Huyện ủy sẽ tập huấn cho 240 bí thư chi bộ về cập nhật dữ liệu đảng viên.",
			[]fig{{"training.trainees", 240, "count", "target", "="}},
			"'tập huấn cho N bí thư chi bộ' counts trainees"},
		{"norms for each unit", "Năm 2023, Huyện ủy chỉ đạo mỗi chi bộ trực thuộc kiểm tra từ 1 đến 2 đảng viên; mỗi đảng ủy cơ sở kiểm tra ít nhất 3 tổ chức đảng trực thuộc. Bình quân mỗi chi bộ có 25 đảng viên.",
			[]fig{{"inspection.members", 1, "count", "target", ">="}, {"inspection.members", 2, "count", "target", "<="}, {"inspection.orgs", 3, "count", "target", ">="}},
			"a floor or a range set for each unit ('mỗi chi bộ') is a quota; an average is no figure"},
		{"units that beat their quota, listed", "Năm 2023 toàn tỉnh kết nạp 2.104 đảng viên. Một số đảng bộ kết nạp vượt chỉ tiêu cao như: Đảng bộ huyện Yên Châu 212 đảng viên, Đảng bộ huyện Mai Sơn 187 đảng viên.",
			[]fig{{"admission.new_members", 2104, "count", "actual", "="}, {"admission.new_members", 212, "count", "actual", "="}, {"admission.new_members", 187, "count", "actual", "="}},
			"'vượt chỉ tiêu … như:' lists admissions, not quotas"},
		{"supervision of a subject named at length", "Ban Thường vụ Huyện ủy giám sát chuyên đề việc học tập, quán triệt và xây dựng chương trình hành động thực hiện nghị quyết tại 9 đảng bộ trực thuộc.",
			[]fig{{"supervision.orgs", 9, "count", "actual", "="}},
			"'tại' before the number anchors a long gap after 'giám sát chuyên đề'"},
		{"study conferences and their attendees", "Huyện ủy tổ chức 4 hội nghị học tập, quán triệt nghị quyết; các chi bộ mở 36 lớp học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII cho 2.410/2.530 đảng viên.",
			[]fig{{"training.classes", 4, "count", "actual", "="}, {"training.classes", 36, "count", "actual", "="}, {"training.trainees", 2410, "count", "actual", "="}},
			"conferences to study a resolution are its classes; 'lớp … cho X/Y đảng viên' counts the X who came, over a long name of the resolution"},
		{"a plan announced", "Theo kế hoạch, trong tháng 10/2025, Trung tâm Chính trị huyện mở 2 lớp bồi dưỡng nhận thức về Đảng.",
			[]fig{{"training.classes", 2, "count", "target", "="}},
			"'Theo kế hoạch,' opens a plan"},
		{"cards reissued and trainees counted", "Trong quý, Huyện ủy cấp lại thẻ đảng viên bị mất, hư hỏng cho 14 đồng chí. Trung tâm mở 1 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới với 64 đảng viên mới. Số quần chúng ưu tú tham gia lớp bồi dưỡng nhận thức về Đảng tăng 18 người so với năm 2022.",
			[]fig{{"cards.issued", 14, "count", "actual", "="}, {"training.classes", 1, "count", "actual", "="}, {"training.trainees", 64, "count", "actual", "="}, {"training.trainees", 18, "count", "change", "="}},
			"cards reissued 'cho N đồng chí' after their state; a class 'với' its trainees; a change of the trainees named by their class"},
		{"a yearly ceiling", "Mỗi năm, Đảng ủy Khối cử tối đa 8 đồng chí đi học cao cấp lý luận chính trị.",
			[]fig{{"training.trainees", 8, "count", "target", "<="}},
			"a ceiling set for every year prescribes, as a floor does"},
		{"committees inspected as units", "Năm 2024, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra tài chính đảng đối với 5 huyện ủy, thị ủy.",
			[]fig{{"inspection.orgs", 5, "count", "actual", "="}},
			"a district's committee inspected counts as an organisation"},
		{"a province's cells and a commune's", "Tỉnh ủy Tuyên Quang tổng kết công tác xây dựng Đảng năm 2025\n\nToàn Đảng bộ tỉnh có 186.000 đảng viên, sinh hoạt tại 6.412 chi bộ. Tại xã Minh Quang, Đảng bộ xã hiện có 1.318 đảng viên sinh hoạt tại 46 chi bộ.",
			[]fig{{"members.total", 186000, "count", "actual", "="}, {"org.cells", 6412, "count", "actual", "="}, {"members.total", 1318, "count", "actual", "="}, {"org.sub.cells", 46, "count", "actual", "="}},
			"the cells members 'sinh hoạt tại' in a province's report are of every level; a commune named before them, even without its name, keeps them its own"},
		{"candidates admitted and a count that looks like a year", "Chi bộ tổ chức lễ kết nạp cho 3 (ba) QCƯT. Hiện nay, Đảng bộ phường có 2046 đảng viên; năm 2025 Đảng bộ kết nạp 18 đảng viên.",
			[]fig{{"admission.new_members", 3, "count", "actual", "="}, {"members.total", 2046, "count", "actual", "="}, {"admission.new_members", 18, "count", "actual", "="}},
			"'lễ kết nạp cho N quần chúng ưu tú' (QCƯT); a four-digit number before 'đảng viên' counts, after 'năm' it is a year"},
		{"a headline that rounds the body", "Bình Định kết nạp hơn 1 nghìn đảng viên mới\n\nNăm 2024, Đảng bộ tỉnh kết nạp 1.078 đảng viên, đạt 107,8% kế hoạch (kế hoạch 1.000); các cấp ủy tiếp tục rà soát, bồi dưỡng quần chúng ưu tú, chú trọng đoàn viên thanh niên và công nhân trong các doanh nghiệp trên địa bàn.",
			[]fig{{"admission.new_members", 1078, "count", "actual", "="}, {"admission.new_members", 107.8, "percent", "actual", "="}, {"admission.new_members", 1000, "count", "target", "="}},
			"a headline's rounded figure restates the exact one in the body; the plan in brackets is a target"},
		{"workers admitted in private firms", "Kết nạp 6 công nhân vào Đảng tại doanh nghiệp ngoài nhà nước",
			[]fig{{"admission.private_sector", 6, "count", "actual", "="}},
			"workers admitted 'tại doanh nghiệp ngoài nhà nước' in one phrase"},
		{"letters pending", "Ủy ban Kiểm tra Huyện ủy tiếp nhận 7 đơn tố cáo; đến nay đã giải quyết xong 5 đơn, 2 đơn còn lại đang được xác minh.",
			[]fig{{"petitions.denunciations", 7, "count", "actual", "="}, {"petitions.resolved", 5, "count", "actual", "="}},
			"letters still being checked have no key"},
		{"an inspection plan", "Thực hiện kế hoạch kiểm tra năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 15 tổ chức đảng. Năm 2025, kế hoạch kiểm tra tài chính đảng tại 14 tổ chức cơ sở đảng.",
			[]fig{{"inspection.orgs", 15, "count", "actual", "="}, {"inspection.orgs", 14, "count", "target", "="}},
			"'kế hoạch kiểm tra … N' plans; what was done 'thực hiện kế hoạch' is a result"},
		{"private sector said after the count", "Năm 2026, Đảng bộ tỉnh phấn đấu kết nạp ít nhất 900 đảng viên trong khu vực kinh tế ngoài nhà nước.",
			[]fig{{"admission.private_sector", 900, "count", "target", ">="}},
			"'trong khu vực kinh tế ngoài nhà nước' after the admitted makes them the private sector's"},
		{"expelled with 'ra khỏi Đảng'", "Tại kỳ họp, Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật khai trừ ra khỏi Đảng 3 đảng viên vi phạm pháp luật.",
			[]fig{{"discipline.expulsion", 3, "count", "actual", "="}},
			"the form's words 'ra khỏi Đảng' between the form and the count"},
		{"badges proposed and awarded", "Ban Thường vụ Huyện ủy đã xét, đề nghị và tổ chức trao tặng Huy hiệu Đảng cho 118 đảng viên. Đảng ủy xã đề nghị Huyện ủy trao tặng Huy hiệu Đảng cho 12 đảng viên và đã tổ chức trao vào dịp 3/2.",
			[]fig{{"badges.awarded", 118, "count", "actual", "="}, {"badges.awarded", 12, "count", "actual", "="}},
			"badges proposed, then awarded, are awarded"},
		{"violations found, members first", "Ủy ban Kiểm tra Huyện ủy kiểm tra 15 đảng viên và 3 tổ chức đảng khi có dấu hiệu vi phạm; qua kiểm tra kết luận có 11 đảng viên và 2 tổ chức đảng vi phạm.",
			[]fig{{"inspection.members", 15, "count", "actual", "="}, {"inspection.orgs", 3, "count", "actual", "="}, {"inspection.violating_members", 11, "count", "actual", "="}, {"inspection.violating_orgs", 2, "count", "actual", "="}},
			"'kết luận có N đảng viên và M tổ chức đảng vi phạm' counts both as violating"},
		{"a breakdown opened by Cụ thể", "Đợt này, toàn Đảng bộ có 96 đảng viên được tặng Huy hiệu Đảng. Cụ thể: 70 năm tuổi Đảng có 2 đồng chí; 60 năm tuổi Đảng: 9 đồng chí.",
			[]fig{{"badges.awarded", 96, "count", "actual", "="}, {"badges.awarded", 2, "count", "actual", "="}, {"badges.awarded", 9, "count", "actual", "="}},
			"'Cụ thể:' opens the parts of the figure before it"},
		{"a share of a group with no key", "Năm 2024, Đảng ủy trường phấn đấu kết nạp từ 60 đảng viên trở lên, trong đó sinh viên chiếm ít nhất 75%.",
			[]fig{{"admission.new_members", 60, "count", "target", ">="}},
			"students among the admitted have no key, nor their share"},
		{"the disciplined, then the form", "Trong năm, hai đảng viên bị thi hành kỷ luật bằng hình thức khiển trách, một đảng viên bị kỷ luật cảnh cáo.",
			[]fig{{"discipline.reprimand", 2, "count", "actual", "="}, {"discipline.warning", 1, "count", "actual", "="}},
			"'N đảng viên bị thi hành kỷ luật bằng hình thức khiển trách' names its form"},
		{"a change of a long label", "Năm 2023, số đảng viên được kiểm tra khi có dấu hiệu vi phạm giảm 4 đồng chí so với năm trước.",
			[]fig{{"inspection.members", -4, "count", "change", "="}},
			"the label of a change reaches back fourteen words to its 'số'"},
		{"a change of another unit", "Hiện toàn Đảng bộ có 2.310 đảng viên, tăng 52 đảng viên và giảm 4 chi bộ so với đầu nhiệm kỳ.",
			[]fig{{"members.total", 2310, "count", "actual", "="}, {"members.total", 52, "count", "change", "="}},
			"a change counted in cells is no change of the members before it"},
		{"a committee appointed by the standing committee", "Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 được Ban Thường vụ Huyện ủy chỉ định gồm 17 đồng chí.",
			[]fig{{"congress.committee_elected", 17, "count", "actual", "="}},
			"the standing committee that appoints is not the one counted"},
		{"a cell's committee elected", "Đại hội Chi bộ thôn Đông đã bầu chi ủy nhiệm kỳ 2025 - 2027 gồm 5 đồng chí.",
			[]fig{{"congress.committee_elected", 5, "count", "actual", "="}},
			"'bầu chi ủy … gồm N đồng chí' counts a committee"},
		{"committees appointed in a range", "Mỗi đảng bộ xã được chỉ định Ban Chấp hành từ 19 đến 25 đồng chí.",
			[]fig{{"congress.committee_elected", 19, "count", "actual", ">="}, {"congress.committee_elected", 25, "count", "actual", "<="}},
			"'chỉ định Ban Chấp hành từ A đến B đồng chí'"},
		{"committee members appointed in all", "Tổng số ủy viên ban chấp hành các đảng bộ xã được chỉ định là 860 đồng chí, trong đó có 240 ủy viên ban thường vụ.",
			[]fig{{"congress.committee_elected", 860, "count", "actual", "="}, {"congress.standing_committee_elected", 240, "count", "actual", "="}},
			"'ủy viên ban chấp hành … được chỉ định là N', and 'N ủy viên ban thường vụ' among them"},
		{"units established under a committee", "Tỉnh ủy quyết định thành lập 3 đảng bộ trực thuộc Tỉnh ủy.",
			[]fig{{"org.new", 3, "count", "actual", "="}},
			"new units directly under the province are not all of them"},
		{"letters received and resolved", "Năm 2024, Ủy ban Kiểm tra Huyện ủy tiếp nhận và giải quyết 31 đơn thư.",
			[]fig{{"petitions.received", 31, "count", "actual", "="}},
			"'tiếp nhận và giải quyết N đơn thư' counts the received"},
		{"a ceiling on cells only complete", "Năm 2026, phấn đấu số chi bộ chỉ xếp loại hoàn thành nhiệm vụ không quá 15%.",
			[]fig{{"rating.orgs.complete", 15, "percent", "target", "<="}},
			"'chỉ xếp loại' before the rating"},
		{"a rating's label, the members after it", "Về xếp loại đảng viên năm 2024:\n- HTXSNV: 48 đồng chí (12,5%);\n- HTTNV: 290 đồng chí.",
			[]fig{{"rating.members.excellent", 48, "count", "actual", "="}, {"rating.members.excellent", 12.5, "percent", "actual", "="}, {"rating.members.good", 290, "count", "actual", "="}},
			"'Label: N đồng chí' reads as 'N đồng chí label'"},
		{"a rate said alone after other rates", "Đảng bộ huyện A kết nạp 120 đảng viên, đạt 105% chỉ tiêu. Vẫn còn 3 đảng bộ chưa đạt 90% kế hoạch, trong đó Đảng bộ xã B mới đạt 62,5%.",
			[]fig{{"admission.new_members", 120, "count", "actual", "="}, {"admission.new_members", 105, "percent", "actual", "="}, {"admission.new_members", 62.5, "percent", "actual", "="}},
			"'mới đạt N%' goes on from the rate before; 'chưa đạt N%' is a threshold"},
		{"admissions raised to a total", "Đợt này kết nạp 30 quần chúng ưu tú, nâng số đảng viên được kết nạp trong năm lên 96 đồng chí, đạt 104% chỉ tiêu.",
			[]fig{{"admission.new_members", 30, "count", "actual", "="}, {"admission.new_members", 96, "count", "actual", "="}, {"admission.new_members", 104, "percent", "actual", "="}},
			"'nâng số đảng viên được kết nạp … lên N'"},
		{"the new members as a group", "Các đảng viên mới đều dưới 25 tuổi; trong đó có 4 đồng chí là người dân tộc Mường.",
			[]fig{{"admission.ethnic_minority", 4, "count", "actual", "="}},
			"'Các đảng viên mới' sets the admissions as the context"},
		{"soldiers' share of the admitted", "Năm 2025, Đảng ủy phấn đấu kết nạp trên 90 đảng viên, trong đó chiến sĩ nghĩa vụ chiếm ít nhất 50%.",
			[]fig{{"admission.new_members", 90, "count", "target", ">"}},
			"soldiers among the admitted have no key"},
		{"a share that reads over its count", "Từ đầu nhiệm kỳ, huyện đã kết nạp 1.240 đảng viên, trong đó 205 đảng viên là người có đạo, chiếm 16,5%.",
			[]fig{{"admission.new_members", 1240, "count", "actual", "="}, {"admission.religious", 205, "count", "actual", "="}, {"admission.religious", 16.5, "percent", "actual", "="}},
			"the share's rule re-reads the count's words: the share takes the count's metric"},
		{"transfers with the verb first", "Đảng ủy đã chuyển sinh hoạt đảng cho 320 đảng viên về sinh hoạt tại các chi bộ xã. Có 27 đảng viên là sinh viên tốt nghiệp đã được chuyển sinh hoạt đảng về nơi cư trú; 19 đảng viên chưa hoàn thành thủ tục chuyển sinh hoạt.",
			[]fig{{"members.transferred", 320, "count", "actual", "="}, {"members.transferred", 27, "count", "actual", "="}},
			"the transferred, not the members who sit in the cells; those whose transfer is not done are none"},
		{"members' shares and groups", "Chi bộ thôn 3 có 100% đảng viên là người Công giáo. Đảng viên dự bị hiện chiếm dưới 5% tổng số đảng viên. Toàn tỉnh có 40.120 đảng viên, chiếm khoảng 4,1% dân số; đảng viên người dân tộc Tày 9.030 đồng chí.",
			[]fig{{"members.religious", 100, "percent", "actual", "="}, {"members.probationary", 5, "percent", "actual", "<"}, {"members.total", 40120, "count", "actual", "="}, {"members.total", 4.1, "percent", "actual", "~"}, {"members.ethnic_minority", 9030, "count", "actual", "="}},
			"a share against the population is the members' (ANNOTATION.md)"},
		{"a section of targets", "Mục tiêu cụ thể\n\nHằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Số đảng viên bị thi hành kỷ luật không quá 0,5% tổng số đảng viên.\n\nKết quả năm 2024\n\nToàn Đảng bộ kết nạp 120 đảng viên.",
			[]fig{{"rating.orgs.good", 85, "percent", "target", ">"}, {"discipline.members", 0.5, "percent", "target", "<="}, {"admission.new_members", 120, "count", "actual", "="}},
			"a heading 'Mục tiêu cụ thể' makes targets of its section, up to the next heading"},
		{"a plan announced over a list", "Trung tâm Chính trị huyện thông báo kế hoạch mở lớp như sau:\n1. Lớp sơ cấp lý luận chính trị: 03 lớp, dự kiến 150 học viên.\n2. Lớp bồi dưỡng nhận thức về Đảng: 04 lớp.\n\nTổng số: 07 lớp.\n\nNăm 2024, Trung tâm mở 9 lớp.",
			[]fig{{"training.classes", 3, "count", "target", "="}, {"training.trainees", 150, "count", "target", "="}, {"training.classes", 4, "count", "target", "="}, {"training.classes", 7, "count", "target", "="}, {"training.classes", 9, "count", "actual", "="}},
			"'thông báo kế hoạch … như sau:' leads a list of plans, and the 'Tổng số:' line after it"},
		{"a change in classes after trainees", "Năm 2023, Trung tâm mở 21 lớp với 1.540 học viên, tăng 4 lớp so với năm 2022.",
			[]fig{{"training.classes", 21, "count", "actual", "="}, {"training.trainees", 1540, "count", "actual", "="}, {"training.classes", 4, "count", "change", "="}},
			"a change counted in classes is no change of the trainees before it"},
		{"cards to be reissued", "Năm 2025, Ban Tổ chức Tỉnh ủy đặt kế hoạch phát thẻ cho khoảng 1.500 đảng viên, phấn đấu giảm số thẻ phải cấp lại xuống dưới 100 trường hợp. Năm 2024, số thẻ phải cấp lại giảm 12 trường hợp. Tỉnh đạt kế hoạch phát thẻ cho 1.320 đảng viên.",
			[]fig{{"cards.issued", 1500, "count", "target", "~"}, {"cards.issued", 100, "count", "target", "<"}, {"cards.issued", -12, "count", "change", "="}, {"cards.issued", 1320, "count", "actual", "="}},
			"'đặt kế hoạch' sets a plan ('đạt kế hoạch' met one); the cards to be reissued, a change and a ceiling"},
		{"badges of a tier and above", "Năm 2024, huyện trao Huy hiệu Đảng cho 412 đảng viên; riêng số đảng viên nhận Huy hiệu 70 năm tuổi Đảng trở lên là 31 đồng chí.",
			[]fig{{"badges.awarded", 412, "count", "actual", "="}, {"badges.awarded", 31, "count", "actual", "="}},
			"'Huy hiệu 70 năm tuổi Đảng trở lên là N đồng chí'"},
		{"ratings on the old scale and their ceilings", "Năm 2017 có 1.204 đảng viên được xếp loại; trong đó 18,5% đủ tư cách, hoàn thành xuất sắc nhiệm vụ. Năm 2018 phấn đấu giảm tỷ lệ tổ chức cơ sở đảng yếu kém xuống dưới 1%; tỷ lệ đảng viên vi phạm tư cách hoặc không hoàn thành nhiệm vụ không quá 0,5%. Đảng ủy kiểm tra 36 lượt chi bộ, giám sát 42 lượt chi bộ.",
			[]fig{{"rating.members.assessed", 1204, "count", "actual", "="}, {"rating.members.excellent", 18.5, "percent", "actual", "="}, {"rating.orgs.incomplete", 1, "percent", "target", "<"}, {"rating.members.incomplete", 0.5, "percent", "target", "<="}, {"inspection.orgs", 36, "count", "actual", "="}, {"supervision.orgs", 42, "count", "actual", "="}},
			"'đủ tư cách, hoàn thành …', 'yếu kém' and 'vi phạm tư cách hoặc …' before a share; 'lượt chi bộ'"},
		{"a sentence wrapped over lines", "Đảng bộ tỉnh có 41.250 đảng viên, trong đó đảng viên là người dân tộc\nthiểu số có 9 312 đồng chí, chiếm 22,6%; đảng viên là\nngười có đạo 1 145 đồng chí.",
			[]fig{{"members.total", 41250, "count", "actual", "="}, {"members.ethnic_minority", 9312, "count", "actual", "="}, {"members.ethnic_minority", 22.6, "percent", "actual", "="}, {"members.religious", 1145, "count", "actual", "="}},
			"a line break between a word and a lower-case letter wraps the sentence"},
		{"rows opened by abbreviations", "Kết quả xếp loại năm 2024:\n\nMức xếp loại | TCCSĐ | Đảng viên\nHTXSNV | 7 | 502\nHTTNV | 26 | 2.561",
			[]fig{{"rating.orgs.excellent", 7, "count", "actual", "="}, {"rating.members.excellent", 502, "count", "actual", "="}, {"rating.orgs.good", 26, "count", "actual", "="}, {"rating.members.good", 2561, "count", "actual", "="}},
			"a line that opens with an abbreviation, upper case as written, does not wrap the line before"},
		{"a table copied with tabs", "Đơn vị\tSố TCCSĐ\tSố đảng viên\nHuyện Hưng Hà\t46\t13.837\nHuyện Vũ Thư\t42\t10.248\n\nChỉ tiêu\tKế hoạch\tThực hiện\nKết nạp đảng viên\t340\t362",
			[]fig{{"org.grassroots", 46, "count", "actual", "="}, {"members.total", 13837, "count", "actual", "="}, {"org.grassroots", 42, "count", "actual", "="}, {"members.total", 10248, "count", "actual", "="}, {"admission.new_members", 340, "count", "target", "="}, {"admission.new_members", 362, "count", "actual", "="}},
			"tabs between cells break them as '|' does, and normalize reads no number across a tab ('340\\t362' is two)"},
		{"a label and a bound, a unit's members", "Dự kiến đến cuối năm 2026, số tổ chức cơ sở đảng của Đảng bộ huyện còn khoảng 48. Phấn đấu đến năm 2027, số chi bộ của Khối không quá 30. So với năm 2025, số chi bộ HTXSNV nhiều hơn 4 đơn vị.\n- Chi bộ Tổ dân phố 7: 52 đảng viên.",
			[]fig{{"org.grassroots", 48, "count", "target", "~"}, {"org.cells", 30, "count", "target", "<="}, {"members.total", 52, "count", "actual", "="}},
			"'còn' past a bound; a bound after a 'số' label stands for 'là' (not 'nhiều hơn'); a unit named before its members"},
		{"targets of firms' units, then of admissions", "Năm 2025, Đảng ủy Khối phấn đấu thành lập mới ít nhất 6 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước, kết nạp 150 đảng viên mới.",
			[]fig{{"org.new", 6, "count", "target", ">="}, {"admission.new_members", 150, "count", "target", "="}},
			"the admissions after the firms' new units are all the admissions"},
		{"a table under its caption", "Tổ chức cơ sở đảng\nMức xếp loại | Năm 2023 | Năm 2024\nHoàn thành xuất sắc nhiệm vụ | 8 | 11\nHoàn thành tốt nhiệm vụ | 40 | 39",
			[]fig{{"rating.orgs.excellent", 8, "count", "actual", "="}, {"rating.orgs.excellent", 11, "count", "actual", "="}, {"rating.orgs.good", 40, "count", "actual", "="}, {"rating.orgs.good", 39, "count", "actual", "="}},
			"the line over a table's header names what its cells count"},
		{"a quota on excellence", "Các cấp ủy thực hiện đúng quy định số tổ chức đảng hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số tổ chức đảng hoàn thành tốt nhiệm vụ.",
			[]fig{{"rating.orgs.excellent", 20, "percent", "target", "<="}},
			"a ceiling on a rating's share is a quota"},
		{"soldiers admitted", "Ngày 2/2, Đảng ủy Quân sự huyện tổ chức lễ kết nạp 18 hạ sĩ quan, chiến sĩ vào Đảng.",
			[]fig{{"admission.new_members", 18, "count", "actual", "="}},
			"'kết nạp N hạ sĩ quan, chiến sĩ vào Đảng'"},
		{"exemplary shares, the assessed, delegates appointed", "Hằng năm có trên 90% tổ chức cơ sở đảng đạt trong sạch vững mạnh, trong đó trên 40% đạt trong sạch vững mạnh tiêu biểu. Năm 2024, trong tổng số 52 chi bộ được đánh giá, xếp loại có 47 chi bộ hoàn thành tốt nhiệm vụ trở lên. Ban Thường vụ chỉ định 15 đồng chí là đại biểu chính thức dự Đại hội. Số đảng viên hiện chiếm 31,2% tổng số cán bộ, viên chức. Trong nhiệm kỳ, tổng số đảng viên tăng 96 đồng chí.",
			[]fig{{"rating.orgs.clean_strong", 90, "percent", "actual", ">"}, {"rating.orgs.clean_strong_exemplary", 40, "percent", "actual", ">"}, {"rating.orgs.assessed", 52, "count", "actual", "="}, {"rating.orgs.good", 47, "count", "actual", "="}, {"congress.delegates", 15, "count", "actual", "="}, {"members.total", 31.2, "percent", "actual", "="}, {"members.total", 96, "count", "change", "="}},
			"'trong đó N% đạt trong sạch vững mạnh tiêu biểu'; 'trong tổng số N chi bộ được đánh giá'; 'chỉ định N đồng chí là đại biểu chính thức'; members against the staff; 'tổng số đảng viên tăng'"},
		{"a table's object in its first cell or its lead", "Kết quả xếp loại chất lượng tổ chức cơ sở đảng năm 2024 như sau:\n\nMức xếp loại | Năm 2023 | Năm 2024\nHoàn thành xuất sắc nhiệm vụ | 10 | 12\n\nXếp loại đảng viên | Số lượng\nHoàn thành tốt nhiệm vụ | 4.210\n\nChỉ tiêu | Kế hoạch | Thực hiện\nTổ chức đảng được cấp ủy giám sát | 300 | 320",
			[]fig{{"rating.orgs.excellent", 10, "count", "actual", "="}, {"rating.orgs.excellent", 12, "count", "actual", "="}, {"rating.members.good", 4210, "count", "actual", "="}},
			"the object of a table's cells named in the lead line or the first header cell; a row that names units counts no members"},
		{"a table repeating the text", "Năm 2024, Đảng bộ kết nạp 418 đảng viên mới.\n\nChỉ tiêu | Năm 2023 | Năm 2024\nKết nạp đảng viên mới | 392 | 418",
			[]fig{{"admission.new_members", 418, "count", "actual", "="}, {"admission.new_members", 392, "count", "actual", "="}},
			"a table's cell that repeats a figure of the text restates it"},
		{"members against the population, and a size threshold", "Đảng bộ phường hiện có 5.210 đảng viên, đảng viên chiếm khoảng 6,1% dân số. Đến năm 2025, tỷ lệ đảng viên so với dân số của tỉnh đạt khoảng 4%. Chi bộ có từ 30 đảng viên trở lên được hỗ trợ thêm kinh phí.",
			[]fig{{"members.total", 5210, "count", "actual", "="}, {"members.total", 6.1, "percent", "actual", "~"}, {"members.total", 4, "percent", "actual", "~"}},
			"'đảng viên chiếm N% dân số', 'tỷ lệ đảng viên so với dân số'; a cell's size threshold is no figure"},
		{"an assigned plan, and shares in brackets after changes", "Năm 2023, Trung tâm được giao mở 3 lớp sơ cấp lý luận chính trị. Năm 2024, các cấp ủy thi hành kỷ luật 8 đảng viên, giảm 4 đảng viên (33,3%) so với cùng kỳ. Tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ là 16,2%, giảm 5,3% so với năm 2022 (21,5%).",
			[]fig{{"training.classes", 3, "count", "target", "="}, {"discipline.members", 8, "count", "actual", "="}, {"discipline.members", -4, "count", "change", "="}, {"discipline.members", -33.3, "percent", "change", "="}, {"rating.orgs.excellent", 16.2, "percent", "actual", "="}, {"rating.orgs.excellent", -5.3, "percent", "change", "="}, {"rating.orgs.excellent", 21.5, "percent", "actual", "="}},
			"'được giao' assigns a plan; a share in brackets right after a change is its share, after the year compared the year's value"},
		{"committee members and members' shares as objects", "Năm 2025, cấp ủy các cấp phấn đấu kiểm tra ít nhất 30% tổ chức đảng trực thuộc và không dưới 20% đảng viên; giám sát ít nhất 40 cấp ủy viên.",
			[]fig{{"inspection.orgs", 30, "percent", "target", ">="}, {"inspection.members", 20, "percent", "target", ">="}, {"supervision.committee_members", 40, "count", "target", ">="}},
			"'giám sát N cấp ủy viên' counts committee members; the members' share after the units'"},
		{"items under a lead that names the new members", "Trong số 40 đảng viên mới:\n• 25 đồng chí là nữ, chiếm 62,5%;\n• 30 đồng chí là đoàn viên thanh niên.",
			[]fig{{"admission.new_members", 40, "count", "actual", "="}, {"admission.female", 25, "count", "actual", "="}, {"admission.female", 62.5, "percent", "actual", "="}, {"admission.youth_union", 30, "count", "actual", "="}},
			"'Trong số N đảng viên mới:' sets the context of the items below it"},
		{"members of two groups named together", "Đảng bộ xã có 870 đảng viên; đảng viên nữ chiếm 31,4%, đảng viên người dân tộc Tày, Nùng chiếm 92,5%.",
			[]fig{{"members.total", 870, "count", "actual", "="}, {"members.female", 31.4, "percent", "actual", "="}, {"members.ethnic_minority", 92.5, "percent", "actual", "="}},
			"'người dân tộc Tày, Nùng chiếm N%' is no item of the list before it"},
		{"the tasks of a period opening the sentence", "Nhiệm vụ 6 tháng cuối năm, Đảng ủy tập trung hoàn thành chỉ tiêu kết nạp 120 đảng viên mới. Nhiệm vụ chính trị của Đảng bộ được hoàn thành; toàn Đảng bộ kết nạp 64 đảng viên.",
			[]fig{{"admission.new_members", 120, "count", "target", "="}, {"admission.new_members", 64, "count", "actual", "="}},
			"'Nhiệm vụ 6 tháng cuối năm, …' plans; 'Nhiệm vụ chính trị' does not"},
		{"a rate after a long aside", "Từ đầu năm đến nay, Đảng bộ Trường đã kết nạp 37 đảng viên mới, phần lớn là sinh viên có thành tích nổi bật trong học tập, nghiên cứu khoa học và hoạt động tình nguyện, đạt 92,5% kế hoạch năm.",
			[]fig{{"admission.new_members", 37, "count", "actual", "="}, {"admission.new_members", 92.5, "percent", "actual", "="}},
			"'đạt N% kế hoạch' reaches back over an aside to its count"},
		{"the admitting body inside the phrase", "Trong năm, đồn biên phòng giới thiệu 30 quần chúng ưu tú, trong đó 22 người đã được các đảng bộ xã kết nạp vào Đảng.",
			[]fig{{"admission.new_members", 22, "count", "actual", "="}},
			"'N người đã được các đảng bộ xã kết nạp vào Đảng'"},
		{"what an inspection led to, and the assessed before a comma", "Ủy ban kiểm tra các cấp kiểm tra tài chính đảng 97 tổ chức đảng, qua đó yêu cầu nộp lại hơn 312 triệu đồng; giám sát 214 tổ chức đảng. Năm 2024, trong tổng số 66 tổ chức cơ sở đảng được đánh giá, có 15 tổ chức hoàn thành xuất sắc nhiệm vụ.",
			[]fig{{"inspection.orgs", 97, "count", "actual", "="}, {"supervision.orgs", 214, "count", "actual", "="}, {"rating.orgs.assessed", 66, "count", "actual", "="}, {"rating.orgs.excellent", 15, "count", "actual", "="}},
			"'qua đó yêu cầu' is no target cue; 'trong tổng số N … được đánh giá, có' counts the assessed"},
		{"a target named after what met it", "Năm 2024, Đảng bộ kết nạp 356 đảng viên, đạt 101,7% chỉ tiêu được giao là 350 đảng viên. Huyện kết nạp 61 đảng viên, vượt chỉ tiêu Tỉnh ủy giao là 55 đảng viên.",
			[]fig{{"admission.new_members", 356, "count", "actual", "="}, {"admission.new_members", 101.7, "percent", "actual", "="}, {"admission.new_members", 350, "count", "target", "="}, {"admission.new_members", 61, "count", "actual", "="}, {"admission.new_members", 55, "count", "target", "="}},
			"'chỉ tiêu … là N' names the target's value"},
		{"a rate of fulfilment with hoàn thành", "Năm 2025, xã kết nạp 12 đảng viên, hoàn thành 75% chỉ tiêu.",
			[]fig{{"admission.new_members", 12, "count", "actual", "="}, {"admission.new_members", 75, "percent", "actual", "="}},
			"'hoàn thành N% chỉ tiêu' is the share of the figure before, as 'đạt N%' is"},
		{"plans that đề ra and kế hoạch kết nạp set", "Nghị quyết đại hội đề ra hằng năm kết nạp từ 900 đảng viên trở lên. Để hoàn thành kế hoạch kết nạp 950 đảng viên năm 2024, Huyện ủy chỉ đạo rà soát nguồn. Thực hiện kế hoạch kết nạp đảng viên, huyện đã kết nạp 420 đảng viên.",
			[]fig{{"admission.new_members", 900, "count", "target", ">="}, {"admission.new_members", 950, "count", "target", "="}, {"admission.new_members", 420, "count", "actual", "="}},
			"'đề ra hằng năm', 'kế hoạch kết nạp' are plan cues, not after 'thực hiện'"},
		{"a floor beside a near exact figure", "Đảng bộ tỉnh phấn đấu mỗi năm kết nạp từ 600 đảng viên trở lên. Năm 2024, Tỉnh ủy giao chỉ tiêu kết nạp 620 đảng viên.",
			[]fig{{"admission.new_members", 600, "count", "target", ">="}, {"admission.new_members", 620, "count", "target", "="}},
			"a floor or ceiling is a limit set, not a rounding of the exact figure near it"},
		{"cells in a ward's report", "Đảng bộ phường Tân Mai tổng kết năm 2025\n\nNăm 2025, Đảng bộ phường Tân Mai kết nạp 25 đảng viên. Hiện nay toàn Đảng bộ có 38 chi bộ. Đảng viên sinh hoạt tại 41 tổ chức đảng trực thuộc, gồm 3 đảng bộ bộ phận và 38 chi bộ. Trong đó có 12 chi bộ khối dân cư.",
			[]fig{{"admission.new_members", 25, "count", "actual", "="}, {"org.sub.cells", 38, "count", "actual", "="}, {"org.sub", 41, "count", "actual", "="}, {"org.sub.committees", 3, "count", "actual", "="}, {"org.sub.cells", 38, "count", "actual", "="}, {"org.sub.cells", 12, "count", "actual", "="}},
			"a commune's or a ward's cells are under a grassroots committee (ANNOTATION.md); 'sinh hoạt tại N tổ chức đảng trực thuộc'; cells of residential units"},
		{"a unit's cells after its members", "Quy mô một số đảng bộ mới:\n\n- Đảng bộ xã Thạch Bình: 734 đảng viên, 16 chi bộ;\n- Đảng bộ phường Đông Sơn - 2.918 đảng viên - 58 chi bộ.",
			[]fig{{"members.total", 734, "count", "actual", "="}, {"org.sub.cells", 16, "count", "actual", "="}, {"members.total", 2918, "count", "actual", "="}, {"org.sub.cells", 58, "count", "actual", "="}},
			"'Đảng bộ xã X: N đảng viên, M chi bộ' and its dashed form count the unit's cells"},
		{"a column of quotas", "Số liệu của một số chi bộ:\n\nChi bộ | Đảng viên | Chỉ tiêu kết nạp 2026\nChi bộ Công an xã | 39 | 2\nChi bộ thôn Đông | 71 | 3",
			[]fig{{"members.total", 39, "count", "actual", "="}, {"admission.new_members", 2, "count", "target", "="}, {"members.total", 71, "count", "actual", "="}, {"admission.new_members", 3, "count", "target", "="}},
			"a column whose header names a quota ('Chỉ tiêu kết nạp 2026') holds targets"},
		{"an item's own noun under a lead line", "Cụ thể:\n\n- Ủy ban Kiểm tra huyện kiểm tra khi có dấu hiệu vi phạm: 14 tổ chức đảng, 37 đảng viên.",
			[]fig{{"inspection.orgs", 14, "count", "actual", "="}, {"inspection.members", 37, "count", "actual", "="}},
			"a number with its own noun is not read as members with the lead line's words ('cụ thể' folds as 'thẻ')"},
		{"a ranking with a quantifier before là", "Năm 2024, toàn tỉnh kết nạp 2.140 đảng viên. Các đơn vị kết nạp nhiều là Đảng bộ huyện Tánh Linh với 131 đảng viên, Đảng bộ huyện Đức Linh 118 đảng viên.",
			[]fig{{"admission.new_members", 2140, "count", "actual", "="}, {"admission.new_members", 131, "count", "actual", "="}, {"admission.new_members", 118, "count", "actual", "="}},
			"'X nhiều là Đảng bộ A với N đảng viên' ranks units by the metric, as 'Dẫn đầu là' does"},
		{"a rate said of its subject", "Năm 2024, Trung tâm mở 24 lớp bồi dưỡng. Số lớp đã mở đạt 80% kế hoạch; số học viên đạt 91,5% kế hoạch năm.",
			[]fig{{"training.classes", 24, "count", "actual", "="}, {"training.classes", 80, "percent", "actual", "="}, {"training.trainees", 91.5, "percent", "actual", "="}},
			"'Số lớp … đạt N% kế hoạch', 'số học viên đạt N%': the subject names the rate's metric"},
		{"delegates of several congresses", "Đại hội Đảng bộ xã Yên Lạc có 186 đại biểu, trong đó 41 đại biểu nữ. Tại xã Tề Lỗ, đại hội diễn ra với 152 đại biểu chính thức. Đại hội Đảng bộ xã Liên Châu có 140 đại biểu.",
			[]fig{{"congress.delegates", 186, "count", "actual", "="}, {"congress.delegates", 152, "count", "actual", "="}, {"congress.delegates", 140, "count", "actual", "="}},
			"a congress's own count ('Đại hội … có N đại biểu') is no part of the delegates before it"},
		{"labels of groups under a lead-in", "Năm 2024, toàn huyện kết nạp được 316 đảng viên. Trong số đảng viên mới có:\n- Nữ: 148 đồng chí (46,8%);\n- Người dân tộc thiểu số: 52 đồng chí.",
			[]fig{{"admission.new_members", 316, "count", "actual", "="}, {"admission.female", 148, "count", "actual", "="}, {"admission.female", 46.8, "percent", "actual", "="}, {"admission.ethnic_minority", 52, "count", "actual", "="}},
			"a label reads with the context of the list's lead-in, as the words after it would"},
		{"a change after a bracketed quota and a semicolon", "6 tháng đầu năm 2023, huyện kết nạp được 92 đảng viên, đạt 46% chỉ tiêu năm (chỉ tiêu 200 đảng viên); giảm 14 đảng viên so với cùng kỳ.",
			[]fig{{"admission.new_members", 92, "count", "actual", "="}, {"admission.new_members", 46, "percent", "actual", "="}, {"admission.new_members", 200, "count", "target", "="}, {"admission.new_members", -14, "count", "change", "="}},
			"a change after a bracket and the break that closes it changes the count before the bracket"},
		{"shares in turn after two counts", "Qua kiểm tra, kết luận 64 tổ chức đảng và 210 đảng viên có vi phạm, chiếm lần lượt 71,1% và 68,4% số được kiểm tra.",
			[]fig{{"inspection.violating_orgs", 64, "count", "actual", "="}, {"inspection.violating_members", 210, "count", "actual", "="}, {"inspection.violating_orgs", 71.1, "percent", "actual", "="}, {"inspection.violating_members", 68.4, "percent", "actual", "="}},
			"'chiếm lần lượt X% và Y%' gives the shares to the counts before it in turn"},
		{"the units a plan is given to", "Ban Thường vụ Tỉnh ủy vừa giao chỉ tiêu kết nạp đảng viên năm 2026 cho 52 đảng bộ trực thuộc Tỉnh ủy. Năm 2026, Đảng bộ tỉnh phấn đấu kết nạp 2.400 đảng viên.",
			[]fig{{"org.direct_committees", 52, "count", "actual", "="}, {"admission.new_members", 2400, "count", "target", "="}},
			"units counted after 'cho' under a plan cue are there now"},
		{"a quota shared out after the total", "Năm 2026, Đảng bộ tỉnh phấn đấu kết nạp 1.900 đảng viên mới. Trong đó, 64 đảng bộ xã, phường được giao tổng cộng 1.520 đảng viên.",
			[]fig{{"admission.new_members", 1900, "count", "target", "="}, {"admission.new_members", 1520, "count", "target", "="}},
			"'được giao (tổng cộng) N đảng viên' after admissions is a quota"},
		{"grade columns of a table of organisations", "Kết quả xếp loại tổ chức cơ sở đảng ở các huyện:\n\n| Huyện | TCCSĐ được xếp loại | HTXSNV | HTTNV | KHTNV |\n| Lạc Sơn | 31 | 6 | 23 | 2 |\n| Kim Bôi | 27 | 5 | 22 | - |\n",
			[]fig{{"rating.orgs.assessed", 31, "count", "actual", "="}, {"rating.orgs.excellent", 6, "count", "actual", "="}, {"rating.orgs.good", 23, "count", "actual", "="}, {"rating.orgs.incomplete", 2, "count", "actual", "="},
				{"rating.orgs.assessed", 27, "count", "actual", "="}, {"rating.orgs.excellent", 5, "count", "actual", "="}, {"rating.orgs.good", 22, "count", "actual", "="}},
			"a column headed by a grade alone counts what another column names, organisations here"},
		{"grade columns of a table of members", "| Chi bộ | Đảng viên | HTXSNV | HTTNV | HTNV |\n| Chi bộ 1 | 48 | 7 | 38 | 3 |\n",
			[]fig{{"members.total", 48, "count", "actual", "="}, {"rating.members.excellent", 7, "count", "actual", "="}, {"rating.members.good", 38, "count", "actual", "="}, {"rating.members.complete", 3, "count", "actual", "="}},
			"a column headed by a grade alone, beside a column of members, counts members"},
		{"grades of cadres beside those of members", "Năm 2024, có 2.150 đảng viên được xếp loại, trong đó 318 đồng chí hoàn thành xuất sắc nhiệm vụ. Trong 84 cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Huyện ủy quản lý, có 17 đồng chí hoàn thành xuất sắc nhiệm vụ, 64 đồng chí hoàn thành tốt nhiệm vụ.",
			[]fig{{"rating.members.assessed", 2150, "count", "actual", "="}, {"rating.members.excellent", 318, "count", "actual", "="}},
			"'đồng chí' graded after 'cán bộ … thuộc diện … quản lý' are cadres, whose grades are no ratings of members"},
		{"a year between a rate's subject and its value", "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên năm 2023 đạt 88,5%.",
			[]fig{{"rating.orgs.good", 88.5, "percent", "actual", "="}},
			"a soft gap steps over a bare year ('năm 2023') as over a word"},
		{"a list under the goals a body sets", "Năm 2026, Huyện ủy đặt ra các mục tiêu:\n- Kết nạp 150 đảng viên mới;\n- Trên 85% chi bộ hoàn thành tốt nhiệm vụ trở lên.",
			[]fig{{"admission.new_members", 150, "count", "target", "="}, {"rating.orgs.good", 85, "percent", "target", ">"}},
			"a lead line whose last sentence names 'mục tiêu' and ends with ':' opens a list of targets"},
		{"the quota a rate beat, in brackets", "Năm 2024, có 91,2% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên, vượt chỉ tiêu Nghị quyết đề ra (từ 88% trở lên).",
			[]fig{{"rating.members.good", 91.2, "percent", "actual", "="}, {"rating.members.good", 88, "percent", "target", ">="}},
			"a share in brackets after 'chỉ tiêu … đề ra' is the quota the rate before it beat"},
		{"committees graded as the object", "Ban Thường vụ Huyện ủy đánh giá, xếp loại 27 đảng bộ; 1 đảng bộ mới thành lập chưa xếp loại.",
			[]fig{{"rating.orgs.assessed", 27, "count", "actual", "="}},
			"'xếp loại N đảng bộ' counts the committees assessed"},
		{"members taking part in the assessment", "Năm 2024, có 2.480 đảng viên tham gia đánh giá, xếp loại; 1.930 đảng viên tham gia học tập nghị quyết.",
			[]fig{{"rating.members.assessed", 2480, "count", "actual", "="}},
			"'tham gia đánh giá, xếp loại' are the assessed, not the population of a campaign"},
		{"members after a list that ends with firms", "Đảng bộ Khối hiện có 95 đảng bộ cơ sở, gồm đảng bộ cơ quan, doanh nghiệp, với hơn 8.200 đảng viên.",
			[]fig{{"org.grassroots.committees", 95, "count", "actual", "="}, {"members.total", 8200, "count", "actual", ">"}},
			"the veto of members of private firms stays in its clause: a comma ends the firms' words"},
		{"a grade's share changed after another's", "So với năm 2023, tỷ lệ đảng viên HTXSNV tăng 1,4%, tỷ lệ KHTNV giảm 0,2%.",
			[]fig{{"rating.members.excellent", 1.4, "percent", "change", "="}, {"rating.members.incomplete", -0.2, "percent", "change", "="}},
			"'tỷ lệ KHTNV giảm N%' after another grade names its own grade"},
		{"the unrated are no figure", "Năm 2024, có 3.420 đảng viên được đánh giá, xếp loại; số đảng viên không xếp loại là 215 đồng chí. Đảng ủy không đánh giá 4 chi bộ mới thành lập.",
			[]fig{{"rating.members.assessed", 3420, "count", "actual", "="}},
			"members or units left unrated ('không xếp loại', 'không đánh giá N chi bộ') have no key"},
		{"a header of two lines", "Kết quả kiểm tra, giám sát năm 2024:\n\nĐơn vị | Kiểm tra | | Giám sát |\n | Tổ chức đảng | Đảng viên | Tổ chức đảng | Đảng viên\nHuyện Mỹ Tú | 42 | 117 | 35 | 96\n",
			[]fig{{"inspection.orgs", 42, "count", "actual", "="}, {"inspection.members", 117, "count", "actual", "="}, {"supervision.orgs", 35, "count", "actual", "="}, {"supervision.members", 96, "count", "actual", "="}},
			"a second header line names the columns of the group above, which spans its empty cells"},
		{"a table's title names what it counts", "Bảng 2. Kết quả xếp loại chi bộ năm 2024\nMức xếp loại\tSố lượng\tTỷ lệ (%)\nHoàn thành xuất sắc nhiệm vụ\t48\t18,5\n",
			[]fig{{"rating.orgs.excellent", 48, "count", "actual", "="}, {"rating.orgs.excellent", 18.5, "percent", "actual", "="}},
			"a short title line over a table with row labels names the unit its counts count"},
		{"a table with row labels after a running number", "Kết quả thi hành kỷ luật năm 2024:\n\n| STT | Hình thức kỷ luật | Tổ chức đảng | Đảng viên |\n|---|---|---|---|\n| 1 | Khiển trách | 3 | 41 |\n| 2 | Cảnh cáo | - | 17 |\n",
			[]fig{{"discipline.orgs.reprimand", 3, "count", "actual", "="}, {"discipline.reprimand", 41, "count", "actual", "="}, {"discipline.warning", 17, "count", "actual", "="}},
			"an 'STT' column before the labels leaves the table one with row labels, each label after its running number"},
		{"a table of badge tiers", "Danh sách trao Huy hiệu Đảng đợt này:\n\nSTT | Loại Huy hiệu | Số đảng viên\n1 | 60 năm tuổi Đảng | 12\n2 | 30 năm tuổi Đảng | 205\n",
			[]fig{{"badges.awarded", 12, "count", "actual", "="}, {"badges.awarded", 205, "count", "actual", "="}},
			"rows under 'Loại Huy hiệu' are tiers of badges, their counts the badges awarded"},
		{"a table in fixed-width columns", "Kết quả chủ yếu:\n\nNội dung                           Năm 2023    Năm 2024    Tăng, giảm (%)\nKết nạp đảng viên mới (người)         1.240       1.302              +5,0\n",
			[]fig{{"admission.new_members", 1240, "count", "actual", "="}, {"admission.new_members", 1302, "count", "actual", "="}, {"admission.new_members", 5, "percent", "change", "="}},
			"long runs of spaces inside a line part a table's cells as tabs do, and a change column with '(%)' holds shares"},
		{"columns of committees", "Kết quả đại hội các đảng bộ xã:\n\n| Đảng bộ | Ban Chấp hành (chỉ định) | Ban Thường vụ |\n|---|---|---|\n| Xã Ia Pa | 23 | 7 |\n",
			[]fig{{"congress.committee_elected", 23, "count", "actual", "="}, {"congress.standing_committee_elected", 7, "count", "actual", "="}},
			"a column headed by a committee counts its members"},
		{"a row label that names its unit", "Bảng 3. Thi hành kỷ luật đảng viên năm 2024\nNội dung | Năm 2023 | Năm 2024\nĐảng viên bị kỷ luật | 51 | 46\nTổ chức đảng bị kỷ luật | 3 | 2\n",
			[]fig{{"discipline.members", 51, "count", "actual", "="}, {"discipline.members", 46, "count", "actual", "="}, {"discipline.orgs", 3, "count", "actual", "="}, {"discipline.orgs", 2, "count", "actual", "="}},
			"a row whose label names organisations counts them, whatever unit the table's title names"},
		{"a table of goals to strive for", "Một số chỉ tiêu trình Đại hội:\n\n| Chỉ tiêu | Mức phấn đấu |\n|---|---|\n| Kết nạp đảng viên mới cả nhiệm kỳ (người) | ít nhất 9.000 |\n",
			[]fig{{"admission.new_members", 9000, "count", "target", ">="}},
			"a column headed 'Mức phấn đấu' holds targets"},
		{"a rating list under its lead", "Kết quả xếp loại đảng viên năm 2024: hoàn thành xuất sắc nhiệm vụ 412 đồng chí; hoàn thành tốt nhiệm vụ 2.960 đồng chí.",
			[]fig{{"rating.members.excellent", 412, "count", "actual", "="}, {"rating.members.good", 2960, "count", "actual", "="}},
			"a lead 'xếp loại đảng viên:' names what its grades count, and the first grade is not the assessed total"},
		{"grades before their counts with no lead", "Năm 2024, hoàn thành xuất sắc nhiệm vụ 415 đảng viên, hoàn thành tốt nhiệm vụ 2.961 đảng viên.",
			[]fig{{"rating.members.excellent", 415, "count", "actual", "="}, {"rating.members.good", 2961, "count", "actual", "="}},
			"a grade before its count reads the count, not the grade after it"},
		{"comrades contracted", "Năm 2024, Đảng bộ phường kết nạp 27 đ/c, đạt 108% chỉ tiêu.",
			[]fig{{"admission.new_members", 27, "count", "actual", "="}, {"admission.new_members", 108, "percent", "actual", "="}},
			"'đ/c' is 'đồng chí', spelled out by normalize"},
		{"a form inside the brackets of its total", "Có 5 đảng viên bị thi hành kỷ luật (khiển trách 3 đồng chí, cảnh cáo 2 đồng chí).",
			[]fig{{"discipline.members", 5, "count", "actual", "="}, {"discipline.reprimand", 3, "count", "actual", "="}, {"discipline.warning", 2, "count", "actual", "="}},
			"'thi hành kỷ luật' does not read over a form of discipline to the count after it"},
		{"communes under the province since 2025", "Sau sắp xếp, Đảng bộ tỉnh có 102 đảng bộ xã, phường, đặc khu trực thuộc.",
			[]fig{{"org.direct_committees", 102, "count", "actual", "="}},
			"'xã, phường, đặc khu' names the commune level under the province, with or without 'Tỉnh ủy' after 'trực thuộc'"},
		{"a short brief's headline", "Kết nạp 21 đảng viên\n\nSáu tháng đầu năm 2024, Đảng bộ huyện Đầm Hà kết nạp 21 đảng viên mới.\n",
			[]fig{{"admission.new_members", 21, "count", "actual", "="}},
			"a first line set off by a blank line is the headline even when no line of the body is long, and its figure is said once"},
		{"members who studied a resolution", "Hơn 1.500 đảng viên trong toàn Đảng bộ đã tham gia học tập chuyên đề năm 2024.",
			nil,
			"the members who took part in a study are a campaign's population, not the members, however many words stand between"},
		{"or more before the noun", "Năm 2025 phấn đấu có 85% trở lên chi bộ hoàn thành tốt nhiệm vụ.",
			[]fig{{"rating.orgs.good", 85, "percent", "target", ">="}},
			"'trở lên' between the number and its noun is read past, by the rules of the words after it"},
		{"a form over units and members", "Năm qua, Đảng ủy thi hành kỷ luật cảnh cáo 2 chi bộ và 7 đảng viên.",
			[]fig{{"discipline.orgs.warning", 2, "count", "actual", "="}, {"discipline.warning", 7, "count", "actual", "="}},
			"the form before the units goes on to the members after 'và'"},
		{"the admitted by work and people", "Năm 2024 kết nạp 60 đảng viên, trong đó 21 đồng chí đang làm việc tại các doanh nghiệp ngoài nhà nước; 45 đồng chí là nữ. Năm 2025 phấn đấu kết nạp 70 đảng viên, trong đó phải có ít nhất 40% là người dân tộc thiểu số.",
			[]fig{{"admission.new_members", 60, "count", "actual", "="}, {"admission.private_sector", 21, "count", "actual", "="}, {"admission.female", 45, "count", "actual", "="}, {"admission.new_members", 70, "count", "target", "="}, {"admission.ethnic_minority", 40, "percent", "target", ">="}},
			"a private firm after words of work, a people's share after 'là'; 'phải có ít nhất' prescribes"},
		{"members' ratings and classes", "Đảng viên đủ tư cách hoàn thành tốt nhiệm vụ trở lên đạt 91,5%. Trung tâm mở 12 lớp, tăng 3 lớp so với năm trước.",
			[]fig{{"rating.members.good", 91.5, "percent", "actual", "="}, {"training.classes", 12, "count", "actual", "="}, {"training.classes", 3, "count", "change", "="}},
			"'trở lên' after a rating, and a change counted in classes"},
		{"members of ethnic minorities said with đồng bào", "Đảng bộ xã có 412 đảng viên, trong đó có 58 đảng viên là người đồng bào dân tộc thiểu số.",
			[]fig{{"members.total", 412, "count", "actual", "="}, {"members.ethnic_minority", 58, "count", "actual", "="}},
			"'là người đồng bào dân tộc' names ethnic minorities as 'là người dân tộc' does"},
	}
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.reason == "" {
				t.Fatal("every case needs a reason")
			}
			d := &extract.Document{Doc: c.name, Text: c.text}
			x.Extract(d)
			var got []fig
			for _, f := range d.Figures {
				got = append(got, fig{f.Metric, f.Value, f.Unit, f.Modality, f.Cmp})
			}
			if len(got) != len(c.want) {
				t.Fatalf("%s\ngot  %v\nwant %v (%s)", c.text, got, c.want, c.reason)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("figure %d: got %v, want %v (%s)", i, got[i], c.want[i], c.reason)
				}
			}
		})
	}
}

// TestSeedCheck: the seed report's 31 + 41 is not 73, and says so.
func TestSumCheck(t *testing.T) {
	x := newExtractor(t)
	d := &extract.Document{Text: "Đảng bộ Khối hiện có 20 cơ sở trực thuộc, trong đó có 8 đảng bộ, 11 chi bộ."}
	x.Extract(d)
	if len(d.Checks) != 1 || d.Checks[0].Kind != extract.CheckSum || d.Checks[0].Sum != 19 || d.Checks[0].Value != 20 {
		t.Fatalf("checks = %+v, want one sum check 8 + 11 = 19, not 20", d.Checks)
	}
}

func TestRuleErrors(t *testing.T) {
	cases := []struct{ name, rules, want string }{
		{"unknown metric", "members.nope: N dang vien\n", "rules.txt:1: unknown metric"},
		{"no slot", "\n# c\nmembers.total: tong so dang vien\n", "rules.txt:3: pattern has no number slot"},
		{"two slots", "members.total: N dang vien N\n", "rules.txt:1: pattern has two number slots"},
		{"bad option", "members.total mod=later: N dang vien\n", "rules.txt:1: mod=later"},
		{"mod=prev without =prev", "members.total mod=prev: N dang vien\n", "rules.txt:1: mod=prev: only a =prev rule"},
		{"unbalanced", "members.total: (co|voi N dang vien\n", "rules.txt:1: unclosed bracket"},
		{"total-only unknown", "total-only members.nope\n", "rules.txt:1: total-only: unknown metric"},
		{"bad gap", "members.total: co …99 N dang vien\n", "rules.txt:1: gap"},
		{"option after colon", "members.total: co N dang vien score=2\n", "rules.txt:1: \"score=2\" in the pattern"},
		{"score out of range", "members.total score=5000: co N dang vien\n", "rules.txt:1: score=5000: want a whole number from -1000 to 1000"},
		{"context unknown metric", "# c\ncontext members.nope: trong so\n", "rules.txt:2: context: unknown metric"},
		{"context without phrase", "context admission.new_members:  \n", "rules.txt:1: context: empty phrase"},
		{"context without colon", "context admission.new_members\n", "rules.txt:1: context: want"},
		{"bad ratio", "members.total ratio=half: N dang vien\n", "rules.txt:1: ratio=half: want num, den, both or split"},
		{"bad whole", "congress.delegates whole=no: doan dai bieu gom N\n", "rules.txt:1: whole=no: only whole=yes is known"},
		{"provincial unknown metric", "org.grassroots provincial=org.nope: N dang bo\n", "rules.txt:1: provincial=org.nope: unknown metric"},
		{"provincial on a veto", "- provincial=org.direct_committees: N dang bo\n", "rules.txt:1: provincial=org.direct_committees: a rule with a metric of its own"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := extract.ParseRules("rules.txt", strings.NewReader(c.rules), nil)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestUserRulesExtend(t *testing.T) {
	user, err := extract.ParseRules("mine.txt", strings.NewReader("members.exempt id=mine: N cu tri dac biet\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.Options{Rules: user.Merge(extract.DefaultRules())})
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Document{Text: "Có 7 cử tri đặc biệt và 30 đảng viên chính thức."}
	x.Extract(d)
	if len(d.Figures) != 2 || d.Figures[0].Rule != "mine" || d.Figures[1].Metric != "members.official" {
		t.Fatalf("figures = %+v, want the user's rule and a built-in one", d.Figures)
	}
}

// TestQuotedAlternative checks that a quoted literal means the same
// among alternatives as it does alone: "[co|':']" once matched only the
// quotes and the colon as three words.
func TestQuotedAlternative(t *testing.T) {
	for _, tc := range []struct{ name, rule string }{
		{"alone", "members.exempt id=mine: cu tri ':' N\n"},
		{"among alternatives", "members.exempt id=mine: cu tri (la|':') N\n"},
		{"optional", "members.exempt id=mine: cu tri [la|':'] N\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			user, err := extract.ParseRules("mine.txt", strings.NewReader(tc.rule), nil)
			if err != nil {
				t.Fatal(err)
			}
			x, err := extract.New(extract.Options{Rules: user})
			if err != nil {
				t.Fatal(err)
			}
			d := &extract.Document{Text: "Số cử tri: 7."}
			x.Extract(d)
			if len(d.Figures) != 1 || d.Figures[0].Rule != "mine" || d.Figures[0].Evidence != "cử tri: 7" {
				t.Fatalf("figures = %+v, want one of the rule over \"cử tri: 7\"", d.Figures)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, p := range articles(f) {
		b, _ := os.ReadFile(p)
		if len(b) > 3000 {
			b = b[:3000]
		}
		f.Add(string(b))
	}
	f.Add("kết nạp 1.234 ĐV, đạt 10,5% | 3/4 | từ 1 đến")
	f.Add("Số cán bộ tham gia lần đầu là 12 đồng chí (40%).") // once out of range
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := &extract.Document{Text: s}
		x.Extract(d)
		for _, fig := range d.Figures {
			if fig.Span[0] < 0 || fig.Span[1] > len(s) || fig.Span[0] > fig.Span[1] || s[fig.Span[0]:fig.Span[1]] != fig.Evidence {
				t.Fatalf("bad span %v for %q in %q", fig.Span, fig.Evidence, s)
			}
		}
	})
}

// BenchmarkExtract measures throughput over the dev corpus and the sample
// sets of extract.BenchSets (MB/s of input text).
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	var texts []string
	size := 0
	for _, p := range benchArticles(b) {
		t, _ := os.ReadFile(p)
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			x.Extract(&extract.Document{Text: t})
		}
	}
}

// BenchmarkExtractBySet splits BenchmarkExtract by the folder its texts
// come from, so that the real articles of the dev corpus ("dev") can be
// told from the project's own sample sets. Cost follows the figures as
// well as the bytes: the samples, written to cover every metric, hold a
// figure every 85–143 bytes, the real articles one every 236 or so. Each
// sub-benchmark reports MB/s and its bytes per figure (B/fig).
func BenchmarkExtractBySet(b *testing.B) {
	x := newExtractor(b)
	sets := map[string][]string{}
	var names []string
	for _, p := range benchArticles(b) {
		set := filepath.Base(filepath.Dir(p))
		if sets[set] == nil {
			names = append(names, set)
		}
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sets[set] = append(sets[set], string(t))
	}
	for _, set := range names {
		texts := sets[set]
		b.Run(set, func(b *testing.B) {
			size, figs := 0, 0
			for _, t := range texts {
				d := &extract.Document{Text: t}
				x.Extract(d)
				size += len(t)
				figs += len(d.Figures)
			}
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, t := range texts {
					x.Extract(&extract.Document{Text: t})
				}
			}
			b.ReportMetric(float64(size)/float64(max(figs, 1)), "B/fig")
		})
	}
}

// TestTableBadgeTiers checks that a table's rows of badge tiers give each
// count its tier (badge_years) from the row's label.
func TestTableBadgeTiers(t *testing.T) {
	x := newExtractor(t)
	d := &extract.Document{Text: "STT | Loại Huy hiệu | Số đảng viên\n1 | 60 năm tuổi Đảng | 12\n2 | 30 năm tuổi Đảng | 205\n"}
	x.Extract(d)
	var got []int
	for _, f := range d.Figures {
		got = append(got, f.Qualifiers.BadgeYears)
	}
	if want := []int{60, 30}; !slices.Equal(got, want) {
		t.Errorf("badge tiers %v, want %v (figures %+v)", got, want, d.Figures)
	}
}

// TestTrainingTopics checks the topic of training classes: from the words
// after the count, else before it, and never from the name of the school
// that teaches them ("Trung tâm Chính trị huyện").
func TestTrainingTopics(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ name, text, want string }{
		{"after the count", "Năm 2024 mở 4 lớp bồi dưỡng nhận thức về Đảng.", "party_awareness"},
		{"before the count", "Về lý luận chính trị, năm 2024 mở 6 lớp.", "political_theory"},
		{"a school's name", "Trung tâm Chính trị huyện mở được 7 lớp, gồm nhiều nội dung.", "other"},
		{"a school's name and its topic", "Trường Chính trị tỉnh mở 2 lớp trung cấp lý luận chính trị.", "political_theory"},
		{"studying a resolution", "Sau khi bồi dưỡng nhận thức về Đảng, huyện mở 6 lớp học tập, quán triệt Nghị quyết.", "other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &extract.Document{Text: tt.text}
			x.Extract(d)
			if len(d.Figures) == 0 || d.Figures[0].Metric != "training.classes" {
				t.Fatalf("figures %+v, want training.classes first", d.Figures)
			}
			if got := d.Figures[0].Qualifiers.Topic; got != tt.want {
				t.Errorf("topic %q, want %q", got, tt.want)
			}
		})
	}
}

// TestInspectionActors checks who inspects: the body named before the
// count, an inspection commission named with its committee even around a
// bracketed acronym, and by the Party's statute the commissions for the
// kinds that are theirs when the text names no one.
func TestInspectionActors(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ name, text, want string }{
		{"a committee", "Năm 2024, Ban Thường vụ Huyện ủy kiểm tra 12 tổ chức đảng.", "committee"},
		{"a commission with its acronym", "Năm 2024, Ủy ban Kiểm tra (UBKT) Huyện ủy đã kiểm tra việc thu, nộp đảng phí tại 21 tổ chức đảng.", "inspection_commission"},
		{"signs of violation, no one named", "Kiểm tra khi có dấu hiệu vi phạm: 9 tổ chức đảng.", "inspection_commission"},
		{"a regular inspection, no one named", "Năm 2024 kiểm tra thường xuyên 30 tổ chức đảng.", ""},
		{"the body names who did what the headline counts", "Quý I, kiểm tra 31 tổ chức đảng\n\nTrong quý I, cấp ủy các cấp đã kiểm tra 31 tổ chức đảng và 80 đảng viên.\n", "committee"},
		{"a committee's members are no actor", "Ủy ban Kiểm tra các cấp kiểm tra 40 đảng viên (có 12 cấp ủy viên). Kiểm tra tài chính đảng tại 25 tổ chức đảng.", "inspection_commission"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &extract.Document{Text: tt.text}
			x.Extract(d)
			var orgs *extract.Figure
			for k := range d.Figures {
				if d.Figures[k].Metric == "inspection.orgs" {
					orgs = &d.Figures[k]
					break
				}
			}
			if orgs == nil {
				t.Fatalf("figures %+v, want an inspection.orgs", d.Figures)
			}
			if got := orgs.Qualifiers.Actor; got != tt.want {
				t.Errorf("actor %q, want %q", got, tt.want)
			}
		})
	}
}
