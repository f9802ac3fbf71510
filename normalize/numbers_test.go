package normalize

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// num describes an expected Number by its text and fields; the rest is
// zero.
type num struct {
	text    string
	value   float64
	kind    Kind
	percent bool
	alt     float64 // when HasAlt
	extra   float64 // Denominator or To
}

func (n num) String() string {
	return fmt.Sprintf("%q=%v %s%%%v alt=%v x=%v", n.text, n.value, n.kind, n.percent, n.alt, n.extra)
}

func describe(s string, ns []Number) []num {
	var out []num
	for _, n := range ns {
		d := num{text: s[n.Start:n.End], value: n.Value, kind: n.Kind, percent: n.Percent}
		if n.HasAlt {
			d.alt = n.Alt
		}
		d.extra = n.Denominator + n.To
		out = append(out, d)
	}
	return out
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []num
	}{
		{"vietnamese thousands", "có 3.912 đảng viên", []num{{text: "3.912", value: 3912, alt: 3.912}}},
		{"two thousand groups", "1.251.000 người", []num{{text: "1.251.000", value: 1251000}}},
		{"decimal comma", "đạt 20,9%", []num{{text: "20,9", value: 20.9, percent: true}}},
		{"space thousands", "3 912 người", []num{{text: "3 912", value: 3912}}},
		{"ambiguous comma", "1,200 người", []num{{text: "1,200", value: 1.2, alt: 1200}}},
		{"dot with two digits is decimal", "35.34", []num{{text: "35.34", value: 35.34}}},
		{"leading zero not thousands", "0,500", []num{{text: "0,500", value: 0.5}}},
		{"english thousands", "1,200,000", []num{{text: "1,200,000", value: 1200000}}},
		{"english decimal after thousands", "1,200.5", []num{{text: "1,200.5", value: 1200.5}}},
		{"vietnamese thousands and decimal", "3.912,5", []num{{text: "3.912,5", value: 3912.5}}},
		{"multiplier nghìn", "1,5 nghìn", []num{{text: "1,5 nghìn", value: 1500}}},
		{"multiplier triệu", "2 triệu đồng", []num{{text: "2 triệu", value: 2e6}}},
		{"scales combined", "2 tỷ 500 triệu", []num{{text: "2 tỷ 500 triệu", value: 2.5e9}}},
		{"là năm is a year", "đây là năm Đảng bộ tập trung", nil},
		{"tỷ lệ is no scale", "hằng năm tỷ lệ nữ đạt 40%", []num{{text: "40", value: 40, percent: true}}},
		{"a scale before lệ-less words", "hai tỷ đồng", []num{{text: "hai tỷ", value: 2e9}}},
		{"words 21", "hai mươi mốt đảng viên", []num{{text: "hai mươi mốt", value: 21}}},
		{"words 105", "một trăm linh năm", []num{{text: "một trăm linh năm", value: 105}}},
		{"words 105 lẻ", "một trăm lẻ năm", []num{{text: "một trăm lẻ năm", value: 105}}},
		{"words 15", "mười lăm chi bộ", []num{{text: "mười lăm", value: 15}}},
		{"words 24", "hai mươi tư", []num{{text: "hai mươi tư", value: 24}}},
		{"words 250", "hai trăm năm mươi", []num{{text: "hai trăm năm mươi", value: 250}}},
		{"words rưỡi", "một nghìn rưỡi", []num{{text: "một nghìn rưỡi", value: 1500}}},
		{"words 2300000", "hai triệu ba trăm nghìn", []num{{text: "hai triệu ba trăm nghìn", value: 2.3e6}}},
		{"words chục", "hai chục người", []num{{text: "hai chục", value: 20}}},
		{"single word counts", "kết nạp hai đảng viên", []num{{text: "hai", value: 2}}},
		{"twenty years is not 25", "hai mươi năm", []num{{text: "hai mươi", value: 20}}},
		{"100 years", "một trăm năm", []num{{text: "một trăm", value: 100}}},
		{"percent words", "20 phần trăm", []num{{text: "20", value: 20, percent: true}}},
		{"percent with space", "đạt 92,5 %", []num{{text: "92,5", value: 92.5, percent: true}}},
		{"sign not included", "giảm -18", []num{{text: "18", value: 18}}},
		{"một số excluded", "một số đảng viên", nil},
		{"một đồng chí counts", "cảnh cáo một đồng chí", []num{{text: "một", value: 1}}},
		{"một đồng of money excluded", "giá một đồng.", nil},
		{"hai tỉnh excluded", "tổng số đảng viên của hai tỉnh", nil},
		{"trong năm excluded", "trong năm", nil},
		{"năm before year excluded", "năm 2014", []num{{text: "2014", value: 2014, kind: Year}}},
		{"5 năm", "5 năm", []num{{text: "5", value: 5}}},
		{"hằng năm", "hằng năm", nil},
		{"năm as five", "năm đảng viên", []num{{text: "năm", value: 5}}},
		{"name not a number", "quận Ba Đình", nil},
		{"sentence start counts", "Hai đảng viên", []num{{text: "Hai", value: 2}}},
		{"enumeration", "Một là, tăng cường", nil},
		{"date d/m/yyyy", "ngày 14/5/2011", []num{{text: "14/5/2011", value: 14, kind: Date}}},
		{"date dd.mm.yyyy", "30.6.2022", []num{{text: "30.6.2022", value: 30, kind: Date}}},
		{"date with cue", "tính đến ngày 30-6", []num{{text: "30-6", value: 30, kind: Date}}},
		{"date of a batch", "phát thẻ đảng viên đợt 19-5", []num{{text: "19-5", value: 19, kind: Date}}},
		{"date of an occasion", "nhân dịp 2-9", []num{{text: "2-9", value: 2, kind: Date}}},
		{"date of the national day", "mừng Quốc khánh 2/9", []num{{text: "2/9", value: 2, kind: Date}}},
		{"date with đến", "đến 30/6", []num{{text: "30/6", value: 30, kind: Date}}},
		{"month year", "tháng 6/2022", []num{{text: "6/2022", value: 6, kind: Date}}},
		{"ratio", "12/14 chi bộ", []num{{text: "12/14", value: 12, kind: Ratio, extra: 14}}},
		{"range", "từ 5-7 người", []num{{text: "5-7", value: 5, kind: Range, extra: 7}}},
		{"year range", "nhiệm kỳ 2020-2025", []num{{text: "2020-2025", value: 2020, kind: Year, extra: 2025}}},
		{"code CT/TW", "Chỉ thị số 03-CT/TW", []num{{text: "03", value: 3, kind: Code}}},
		{"code QĐ/TW", "Quy định 29-QĐ/TW", []num{{text: "29", value: 29, kind: Code}}},
		{"code suffix", "COVID-19", []num{{text: "19", value: 19, kind: Code}}},
		{"code letters around", "H5N1", []num{{text: "5", value: 5, kind: Code}, {text: "1", value: 1, kind: Code}}},
		{"unit attached is plain", "20ha", []num{{text: "20", value: 20}}},
		{"ordinal digits", "Điều 30", []num{{text: "30", value: 30, kind: Ordinal}}},
		{"ordinal words", "lần thứ hai", []num{{text: "hai", value: 2, kind: Ordinal}}},
		{"ordinal trung ương", "Hội nghị Trung ương 4", []num{{text: "4", value: 4, kind: Ordinal}}},
		{"thousands after an ordinal cue", "Đảng bộ Công an Trung ương 6.000", []num{{text: "6.000", value: 6000, kind: Plain, alt: 6}}},
		{"time", "lúc 8h30", []num{{text: "8h30", value: 8, kind: Time}}},
		{"time colon", "14:00", []num{{text: "14:00", value: 14, kind: Time}}},
		{"hectares not time", "8ha", []num{{text: "8", value: 8}}},
		{"several", "khiển trách 16, cảnh cáo 2, khai trừ 1", []num{{text: "16", value: 16}, {text: "2", value: 2}, {text: "1", value: 1}}},
		{"list with comma space", "1, 2", []num{{text: "1", value: 1}, {text: "2", value: 2}}},
		{"newline breaks phrase", "hai\nmươi", []num{{text: "hai", value: 2}}},
		{"year month", "date 2023-12 Ban", []num{{text: "2023-12", value: 2023, kind: Date}}},
		{"dot day month with cue", "Ngày 1.11, Ban", []num{{text: "1.11", value: 1, kind: Date}}},
		{"năm before punctuation is a year", "đạt 64% kế hoạch năm.", []num{{text: "64", value: 64, percent: true}}},
		{"capital after dash is a name", "Muôn - Năm", nil},
		{"year without cue plain", "2014 đảng viên", []num{{text: "2014", value: 2014}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.in, Numbers(tt.in))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Numbers(%q)\n got %v\nwant %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestNumbersFields(t *testing.T) {
	s := "đạt 35,34 phần trăm"
	ns := Numbers(s)
	if len(ns) != 1 {
		t.Fatalf("got %d numbers", len(ns))
	}
	n := ns[0]
	if !n.Percent || s[n.Start:n.PercentEnd] != "35,34 phần trăm" || s[n.Start:n.End] != "35,34" {
		t.Errorf("percent span: %+v", n)
	}
	if n.Words {
		t.Error("digits marked as words")
	}
	w := Numbers("1,5 nghìn")[0]
	if !w.Words {
		t.Error("multiplier word not marked as words")
	}
	p := Numbers("288 người")[0]
	if p.PercentEnd != p.End {
		t.Errorf("PercentEnd = %d, want End %d", p.PercentEnd, p.End)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
		ok   bool
	}{
		{"thousands", "3.912", 3912, true},
		{"thousands 1251", "1.251", 1251, true},
		{"decimal", "20,9", 20.9, true},
		{"words", "hai mươi mốt", 21, true},
		{"words with spaces around", "  mười lăm ", 15, true},
		{"multiplier", "1,5 nghìn", 1500, true},
		{"lone năm", "năm", 5, true},
		{"date is not", "14/5/2011", 0, false},
		{"percent is not", "20%", 0, false},
		{"text is not", "đảng viên", 0, false},
		{"two numbers are not", "1 2", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ParseNumber(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("ParseNumber(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestParseNumberRules(t *testing.T) {
	tests := []struct{ name, in, err string }{
		{"ok", "not [một] số\ncue date ngày\n", ""},
		{"context placeholders", "not <num> [năm]\nnot <word> [năm]", ""},
		{"no bracket", "not một số", "r.txt:1: no [number word]"},
		{"not a number word", "not [đảng] viên", "r.txt:1: \"đảng\" is not a number word"},
		{"two brackets", "not [một] [hai]", "r.txt:1: two bracketed words"},
		{"unknown kind", "\ncue money đồng", "r.txt:2: unknown kind"},
		{"short cue", "cue date", "r.txt:1: want cue KIND WORDS"},
		{"unknown rule", "skip [một]", "r.txt:1: unknown rule"},
		{"duplicate", "cue date ngày\ncue date ngày", "r.txt:2: duplicate rule (first on line 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseNumberRules("r.txt", strings.NewReader(tt.in))
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)):
				t.Fatalf("err = %v, want prefix %q", err, tt.err)
			}
		})
	}
	rules, err := ParseNumberRules("r.txt", strings.NewReader("not [hai] bên"))
	if err != nil {
		t.Fatal(err)
	}
	if got := rules.Numbers("hai bên, hai người"); len(got) != 1 || got[0].Value != 2 || got[0].Start != len("hai bên, ") {
		t.Errorf("custom rules: %+v", got)
	}
}

// TestAppendNumbers checks that AppendNumbers gives what Numbers gives,
// after what dst already holds, and that reusing dst keeps no number of
// the text before.
func TestAppendNumbers(t *testing.T) {
	rules := DefaultNumberRules()
	texts := []string{
		"Kết nạp 1.251 đảng viên, đạt 104,5%; năm 2023 có hai mươi mốt chi bộ.",
		"Không có số nào ở đây.",
		"Ngày 12/8/2022, 9/11 đảng bộ đạt từ 5-7 điểm.",
	}
	var buf []Number
	for _, s := range texts {
		want := rules.Numbers(s)
		prefix := []Number{{Start: -1}}
		got := rules.AppendNumbers(prefix, s)
		if len(got) != len(want)+1 || got[0].Start != -1 {
			t.Fatalf("%q: AppendNumbers after one element gave %d numbers, want %d after it", s, len(got), len(want))
		}
		if !reflect.DeepEqual(got[1:], append([]Number(nil), want...)) && len(want) > 0 {
			t.Errorf("%q: AppendNumbers = %+v, want %+v", s, got[1:], want)
		}
		buf = rules.AppendNumbers(buf[:0], s)
		if len(buf) != len(want) || len(want) > 0 && !reflect.DeepEqual(buf, want) {
			t.Errorf("%q: reused buffer holds %+v, want %+v", s, buf, want)
		}
	}
}
