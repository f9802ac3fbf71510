package normalize_test

import (
	"fmt"
	"strings"

	"github.com/solieu/solieu/normalize"
	"golang.org/x/text/transform"
)

func ExampleNew() {
	orig := "Ủy ban Kiểm tra\u00a0Tỉnh ủy:  kết nạp 21\u200b ĐV"
	t := normalize.New(orig, normalize.Options{})
	fmt.Println(t.Norm)

	// Map a span of Norm back to the original bytes.
	i := strings.Index(t.Norm, "Uỷ ban")
	s, e := t.OrigSpan(i, i+len("Uỷ ban"))
	fmt.Printf("%q\n", orig[s:e])
	// Output:
	// Uỷ ban Kiểm tra Tỉnh uỷ: kết nạp 21 ĐV
	// "Ủy ban"
}

func ExampleExpander_Normalize() {
	orig := "Tỉnh uỷ:  kết nạp 21 ĐV, Uỷ ban Kiểm tra"
	t := normalize.NewExpander(nil).Normalize(orig, normalize.Options{})
	fmt.Println(t.Norm)

	// The expansion maps back to its abbreviation.
	i := strings.Index(t.Norm, "đảng viên")
	s, e := t.OrigSpan(i, i+len("đảng viên"))
	fmt.Printf("%q\n", orig[s:e])
	// Output:
	// Tỉnh uỷ: kết nạp 21 đảng viên, Uỷ ban Kiểm tra
	// "ĐV"
}

func ExampleChain() {
	out, _, _ := transform.String(normalize.Chain(normalize.Options{Tone: normalize.OldStyle}), "Huyện uỷ\u2013hoà giải")
	fmt.Println(out)
	// Output: Huyện ủy-hòa giải
}

func ExampleSetTone() {
	fmt.Println(normalize.SetTone("hòa, thủy, khỏe, hoàng, quý", normalize.NewStyle))
	fmt.Println(normalize.SetTone("hoà, thuỷ, khoẻ, hoàng, quý", normalize.OldStyle))
	// Output:
	// hoà, thuỷ, khoẻ, hoàng, quý
	// hòa, thủy, khỏe, hoàng, quý
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Đảng Viên"), "|", normalize.Fold("dảng viên"))
	// Output: dang vien | dang vien
}

func ExampleNumbers() {
	s := "Đến ngày 30-6, kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu; hai mươi mốt chi bộ; Chỉ thị 03-CT/TW."
	for _, n := range normalize.Numbers(s) {
		fmt.Printf("%-14q %-6v kind=%q percent=%v\n", s[n.Start:n.End], n.Value, n.Kind, n.Percent)
	}
	// Output:
	// "30-6"         30     kind="date" percent=false
	// "288"          288    kind="" percent=false
	// "35,34"        35.34  kind="" percent=true
	// "hai mươi mốt" 21     kind="" percent=false
	// "03"           3      kind="code" percent=false
}

func ExampleParseNumber() {
	for _, s := range []string{"3.912", "20,9", "1,5 nghìn", "một trăm linh năm"} {
		v, ok := normalize.ParseNumber(s)
		fmt.Println(s, "=", v, ok)
	}
	// Output:
	// 3.912 = 3912 true
	// 20,9 = 20.9 true
	// 1,5 nghìn = 1500 true
	// một trăm linh năm = 105 true
}

func ExampleExpander_Expand() {
	t := normalize.New("Kết nạp 21 ĐV mới, 98% TCCSĐ đạt TSVM", normalize.Options{})
	x := normalize.NewExpander(nil).Expand(t)
	fmt.Println(x.Norm)
	i := strings.Index(x.Norm, "đảng viên")
	s, e := x.OrigSpan(i, i+len("đảng viên"))
	fmt.Println(x.Orig[s:e])
	// Output:
	// Kết nạp 21 đảng viên mới, 98% tổ chức cơ sở đảng đạt trong sạch, vững mạnh
	// ĐV
}

func ExampleDecode() {
	// "Việt Nam" in VNI-Windows and "đảng viên" in TCVN3 (ABC).
	for _, b := range [][]byte{[]byte("Vie\xe4t Nam"), []byte("\xae\xb6ng vi\xaan")} {
		text, enc, err := normalize.Decode(b)
		fmt.Println(text, enc, err)
	}
	// Output:
	// Việt Nam vni <nil>
	// đảng viên tcvn3 <nil>
}
