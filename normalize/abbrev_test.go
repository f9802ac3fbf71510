package normalize

import (
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	tests := []struct {
		name, in, want string
		span           string // a part of the expanded Norm ...
		spanOrig       string // ... and the Orig it must map to
		opts           Options
	}{
		{name: "member", in: "kết nạp 21 ĐV mới", want: "kết nạp 21 đảng viên mới", span: "đảng viên", spanOrig: "ĐV"},
		{name: "inside expansion rounds out", in: "21 ĐV mới", want: "21 đảng viên mới", span: "viên", spanOrig: "ĐV"},
		{name: "span across", in: "21\u00a0ĐV  mới", want: "21 đảng viên mới", span: "21 đảng viên mới", spanOrig: "21\u00a0ĐV  mới"},
		{name: "longest wins", in: "ĐVDB và ĐVCT", want: "đảng viên dự bị và đảng viên chính thức"},
		{name: "tone style new", in: "UBKT", want: "Uỷ ban Kiểm tra"},
		{name: "tone style old", in: "UBKT", want: "Ủy ban Kiểm tra", opts: Options{Tone: OldStyle}},
		{name: "codes stay", in: "Chỉ thị 03-CT/TW và 29-QĐ/TW", want: "Chỉ thị 03-CT/TW và 29-QĐ/TW"},
		{name: "case sensitive", in: "đv mới", want: "đv mới"},
		{name: "inside a word stays", in: "ĐVX TCCSĐA", want: "ĐVX TCCSĐA"},
		{name: "end of sentence", in: "của các TCCSĐ.", want: "của các tổ chức cơ sở đảng."},
		{name: "dot then letters stays", in: "TP.HCM", want: "TP.HCM"},
		{name: "punctuation around", in: "(HĐND, UBND)", want: "(Hội đồng nhân dân, Uỷ ban nhân dân)"},
		{name: "nothing to do", in: "đảng viên", want: "đảng viên"},
		{name: "promising candidates", in: "cho 68 QCƯT, 12 QCUT", want: "cho 68 quần chúng ưu tú, 12 quần chúng ưu tú"},
		{name: "new members", in: "kết nạp 57 ĐVM", want: "kết nạp 57 đảng viên mới"},
		{name: "comrade contracted", in: "khiển trách 4 đ/c, Đ/c Lan", want: "khiển trách 4 đồng chí, Đồng chí Lan", span: "đồng chí", spanOrig: "đ/c"},
		{name: "a slash after a word stays", in: "Số 12/đ/c", want: "Số 12/đ/c"},
	}
	e := NewExpander(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := e.Expand(New(tt.in, tt.opts))
			if x.Norm != tt.want {
				t.Fatalf("Expand(%q).Norm = %q, want %q", tt.in, x.Norm, tt.want)
			}
			if x.Orig != tt.in {
				t.Errorf("Orig = %q", x.Orig)
			}
			if tt.span != "" {
				i := strings.Index(x.Norm, tt.span)
				s, e := x.OrigSpan(i, i+len(tt.span))
				if got := x.Orig[s:e]; got != tt.spanOrig {
					t.Errorf("span %q maps to %q, want %q", tt.span, got, tt.spanOrig)
				}
			}
			checkOffsets(t, x)
		})
	}
}

func TestExpandKeepsInput(t *testing.T) {
	x := New("21 ĐV", Options{})
	NewExpander(nil).Expand(x)
	if x.Norm != "21 ĐV" || len(x.maps) != 0 {
		t.Errorf("Expand changed its input: %q, %d maps", x.Norm, len(x.maps))
	}
}

func TestDefaultAbbrevs(t *testing.T) {
	list := DefaultAbbrevs()
	want := map[string]string{"ĐV": "đảng viên", "TCCSĐ": "tổ chức cơ sở đảng", "HTXSNV": "hoàn thành xuất sắc nhiệm vụ"}
	have := map[string]string{}
	for _, a := range list {
		have[a.Short] = a.Long
	}
	for k, v := range want {
		if have[k] != v {
			t.Errorf("%s = %q, want %q", k, have[k], v)
		}
	}
	list[0].Short = "changed"
	if DefaultAbbrevs()[0].Short == "changed" {
		t.Error("DefaultAbbrevs returned the shared list")
	}
}

func TestParseAbbrevs(t *testing.T) {
	tests := []struct {
		name, in, err string
		want          []Abbrev
	}{
		{name: "one", in: "ĐV = đảng viên # comment\n", want: []Abbrev{{"ĐV", "đảng viên"}}},
		{name: "spaces squeezed", in: "  CB   =  cán   bộ  ", want: []Abbrev{{"CB", "cán bộ"}}},
		{name: "NFC", in: "Đa\u0309NG = x", want: []Abbrev{{"ĐảNG", "x"}}},
		{name: "no equals", in: "\n\nĐV đảng viên", err: "a.txt:3: want SHORT = long form"},
		{name: "empty long", in: "ĐV =", err: "a.txt:1: empty side"},
		{name: "two words", in: "Đ V = x", err: "a.txt:1: \"Đ V\" is not one word"},
		{name: "slash inside", in: "đ/c = đồng chí", want: []Abbrev{{"đ/c", "đồng chí"}}},
		{name: "slash at the end", in: "đ/ = x", err: "a.txt:1: \"đ/\" is not one word"},
		{name: "duplicate", in: "ĐV = a\nĐV = b", err: "a.txt:2: duplicate ĐV (first on line 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAbbrevs("a.txt", strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err = %v, want prefix %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) || got[0] != tt.want[0] {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
