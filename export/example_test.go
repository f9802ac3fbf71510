package export_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"log"
	"strings"

	"github.com/solieu/solieu/export"
	"github.com/solieu/solieu/extract"
)

// ExampleNew writes two figures of a report as CSV, the machine's format:
// one row per figure, the value as reported, and a guard on text that a
// spreadsheet would otherwise run as a formula.
func ExampleNew() {
	text := "Đảng bộ có 4.105 đảng viên; kết nạp 276 đảng viên mới, đạt 92,5% kế hoạch."
	d := &extract.Document{
		Doc: "khoi-2014", Title: "=Tổng kết năm 2014", Province: "Lạng Sơn", Period: "2014",
		Figures: []extract.Figure{
			{Metric: "members.total", Value: 4105, Unit: "count", Modality: "actual", Cmp: "=", Evidence: "4.105 đảng viên"},
			{Metric: "admission.new_members", Value: 92.5, Unit: "percent", Modality: "actual", Cmp: "=", Evidence: "đạt 92,5% kế hoạch"},
		},
		Text: text,
	}
	var out bytes.Buffer
	e, err := export.New(&out, export.Options{Format: export.CSV})
	if err != nil {
		log.Fatal(err)
	}
	if err := e.Write(d); err != nil {
		log.Fatal(err)
	}
	if err := e.Close(); err != nil {
		log.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out.String(), "\uFEFF"))).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows[1:] {
		fmt.Println(r[5], r[6], r[8], r[9], r[20])
	}
	// Output:
	// members.total Tổng số đảng viên 4105 count '=Tổng kết năm 2014
	// admission.new_members Kết nạp đảng viên mới 92.5 percent '=Tổng kết năm 2014
}
