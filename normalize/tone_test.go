package normalize

import "testing"

func TestSetTone(t *testing.T) {
	tests := []struct {
		name, in, new, old string
	}{
		{"oa open", "hòa", "hoà", "hòa"},
		{"oa open new in", "hoà", "hoà", "hòa"},
		{"oe open", "khỏe", "khoẻ", "khỏe"},
		{"uy open", "thủy", "thuỷ", "thủy"},
		{"uy alone", "ủy", "uỷ", "ủy"},
		{"uy alone capital", "Ủy ban", "Uỷ ban", "Ủy ban"},
		{"oa dot", "họa", "hoạ", "họa"},
		{"oa with coda stays", "hoàng", "hoàng", "hoàng"},
		{"oa with coda fixed", "hòang", "hoàng", "hoàng"},
		{"toán", "toán", "toán", "toán"},
		{"uyê on ê", "khuyến", "khuyến", "khuyến"},
		{"qu onset y", "quý", "quý", "quý"},
		{"qu onset y misplaced", "qúy", "quý", "quý"},
		{"qu onset ynh", "quỳnh", "quỳnh", "quỳnh"},
		{"qu onset a", "quả", "quả", "quả"},
		{"gi onset a", "già", "già", "già"},
		{"gi onset misplaced", "gìa", "già", "già"},
		{"gi as nucleus", "gì", "gì", "gì"},
		{"gi nucleus with coda", "gìn", "gìn", "gìn"},
		{"ươ on ơ", "người", "người", "người"},
		{"ưa on ư", "cửa", "cửa", "cửa"},
		{"ua on u", "múa", "múa", "múa"},
		{"oai on a", "ngoài", "ngoài", "ngoài"},
		{"oai misplaced", "ngòai", "ngoài", "ngoài"},
		{"uyu on y", "khuỷu", "khuỷu", "khuỷu"},
		{"all caps", "THỦY LỢI HÒA BÌNH", "THUỶ LỢI HOÀ BÌNH", "THỦY LỢI HÒA BÌNH"},
		{"mixed case kept per letter", "HòA", "HoÀ", "HòA"},
		{"hóa", "hóa học", "hoá học", "hóa học"},
		{"no tone", "hoa", "hoa", "hoa"},
		{"two tones left alone", "hòà", "hòà", "hòà"},
		{"foreign word left alone", "wìa", "wìa", "wìa"},
		{"long run left alone", "thủyyyyyyy", "thủyyyyyyy", "thủyyyyyyy"},
		{"decomposed input composed", "tho\u0309a", "thoả", "thỏa"},
		{"punctuation around", "(hòa).", "(hoà).", "(hòa)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SetTone(tt.in, NewStyle); got != tt.new {
				t.Errorf("SetTone(%q, NewStyle) = %q, want %q", tt.in, got, tt.new)
			}
			if got := SetTone(tt.in, OldStyle); got != tt.old {
				t.Errorf("SetTone(%q, OldStyle) = %q, want %q", tt.in, got, tt.old)
			}
			if got := SetTone(tt.new, NewStyle); got != tt.new {
				t.Errorf("not idempotent: SetTone(%q, NewStyle) = %q", tt.new, got)
			}
		})
	}
}
