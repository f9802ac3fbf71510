package export

import (
	"math"
	"strconv"

	"github.com/solieu/solieu/extract"
	"github.com/xuri/excelize/v2"
)

// Number formats.
//
// A custom format such as "#,##0" shows the thousands and decimal separators
// of whoever opens the file: 3,912 in an English locale. The formats here
// carry a locale tag, [$-42A] (Vietnamese) or [$-409] (English, United
// States), which makes LibreOffice show 3.912 and 35,34% whatever its own
// locale, and which Excel keeps and shows with the separators of a
// Vietnamese system. The other way, literal dots in conditional sections
// ([>=1000]#"."###), forces the dot in every program but cannot show a
// decimal comma and loses the minus sign of a change in LibreOffice, so it
// was not taken. The cell stays a real number either way.
const (
	localeVI = "[$-42A]"
	localeEN = "[$-409]"
)

// bound marks put before a number whose cmp is not "=".
var boundMarks = map[string]string{
	">":  "> ",
	">=": "≥ ",
	"<":  "< ",
	"<=": "≤ ",
	"~":  "~ ",
}

// cmpSymbol returns the symbol shown for a cmp.
func cmpSymbol(cmp string) string {
	switch cmp {
	case ">=":
		return "≥"
	case "<=":
		return "≤"
	}
	return cmp
}

// Flags of a comparison cell.
const (
	flagNone = iota
	// flagConflict is a cell that holds one of two different values.
	flagConflict
	// flagCheck is a total that disagrees with its parts.
	flagCheck
)

// valueKey picks the style of a number cell.
type valueKey struct {
	percent  bool
	integral bool
	modality string
	cmp      string
	flag     int
	marks    bool // with bound marks and modality fills (the comparison)
}

// Fill colours, light enough to print.
const (
	fillTarget   = "DDEBF7"
	fillChange   = "FFF2CC"
	fillConflict = "F8CBAD"
	fillHeader   = "D9E1F2"
	fillArea     = "E7E6E6"
	fontCheck    = "C00000"
	fontMuted    = "595959"
	fontLink     = "0563C1"
)

// styles creates each cell style of a workbook once.
type styles struct {
	f      *excelize.File
	locale string
	values map[valueKey]int
	named  map[string]int
	err    error
}

func newStyles(f *excelize.File, lang string) *styles {
	s := &styles{f: f, locale: localeVI, values: map[valueKey]int{}, named: map[string]int{}}
	if lang == LangEN {
		s.locale = localeEN
	}
	return s
}

// numFmt returns the number format of a value cell.
func (s *styles) numFmt(k valueKey) string {
	var body string
	switch {
	case k.percent && k.integral:
		body = "0%"
	case k.percent:
		body = "0.0#%"
	case k.integral:
		body = "#,##0"
	default:
		body = "#,##0.0#"
	}
	mark := ""
	if k.marks {
		if m, ok := boundMarks[k.cmp]; ok {
			mark = `"` + m + `"`
		}
	}
	if k.modality == extract.Change {
		// A change shows its sign: +12, −18.
		return s.locale + mark + "+" + body + ";" + mark + "-" + body + ";" + body
	}
	return s.locale + mark + body
}

// value returns the style of a number cell.
func (s *styles) value(k valueKey) int {
	if id, ok := s.values[k]; ok {
		return id
	}
	code := s.numFmt(k)
	st := &excelize.Style{CustomNumFmt: &code, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}
	if k.marks {
		switch k.modality {
		case extract.Target:
			st.Fill = solid(fillTarget)
		case extract.Change:
			st.Fill = solid(fillChange)
		}
		switch k.flag {
		case flagConflict:
			st.Fill = solid(fillConflict)
		case flagCheck:
			st.Font = &excelize.Font{Bold: true, Color: fontCheck}
		}
		st.Border = thinBorder()
	}
	id, err := s.f.NewStyle(st)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.values[k] = id
	return id
}

// get returns one of the fixed styles of namedStyles.
func (s *styles) get(name string) int {
	if id, ok := s.named[name]; ok {
		return id
	}
	mk, ok := namedStyles[name]
	if !ok {
		panic("export: no style " + name)
	}
	id, err := s.f.NewStyle(mk(s))
	if err != nil && s.err == nil {
		s.err = err
	}
	s.named[name] = id
	return id
}

// indent returns the label style of a comparison row at depth, italic for
// the rows of variants (shares, targets, changes, qualified figures).
func (s *styles) indent(depth int, variant bool) int {
	name := "label"
	if variant {
		name = "variant"
	}
	key := name + string(rune('0'+min(depth, 9)))
	if id, ok := s.named[key]; ok {
		return id
	}
	st := &excelize.Style{
		Alignment: &excelize.Alignment{Horizontal: "left", Indent: depth * 2, Vertical: "top", WrapText: true},
		Border:    thinBorder(),
	}
	if variant {
		st.Font = &excelize.Font{Italic: true, Color: fontMuted}
	}
	if depth == 0 && !variant {
		st.Font = &excelize.Font{Bold: true}
	}
	id, err := s.f.NewStyle(st)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.named[key] = id
	return id
}

var namedStyles = map[string]func(s *styles) *excelize.Style{
	"header": func(*styles) *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      solid(fillHeader),
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Border:    thinBorder(),
		}
	},
	"headerRight": func(*styles) *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      solid(fillHeader),
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top", WrapText: true},
			Border:    thinBorder(),
		}
	},
	"headerCount": func(s *styles) *excelize.Style {
		code := s.locale + "#,##0"
		return &excelize.Style{
			CustomNumFmt: &code,
			Font:         &excelize.Font{Color: fontMuted},
			Fill:         solid(fillHeader),
			Alignment:    &excelize.Alignment{Vertical: "top"},
			Border:       thinBorder(),
		}
	},
	"title": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}
	},
	"note": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Italic: true, Color: fontMuted}}
	},
	"area": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: solid(fillArea), Border: thinBorder()}
	},
	"key": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Color: fontMuted, Size: 9}, Alignment: &excelize.Alignment{Vertical: "top"}, Border: thinBorder()}
	},
	"empty": func(*styles) *excelize.Style {
		return &excelize.Style{Border: thinBorder()}
	},
	"text": func(*styles) *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}
	},
	"wrap": func(*styles) *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	},
	"link": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Color: fontLink, Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	},
	"date": func(*styles) *excelize.Style {
		code := "dd/mm/yyyy"
		return &excelize.Style{CustomNumFmt: &code, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}
	},
	"int": func(s *styles) *excelize.Style {
		code := s.locale + "#,##0"
		return &excelize.Style{CustomNumFmt: &code, Alignment: &excelize.Alignment{Vertical: "top"}}
	},
	"intLeft": func(s *styles) *excelize.Style {
		code := s.locale + "#,##0"
		return &excelize.Style{CustomNumFmt: &code, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top"}}
	},
	"intLink": func(s *styles) *excelize.Style {
		code := s.locale + "#,##0"
		return &excelize.Style{CustomNumFmt: &code, Font: &excelize.Font{Color: fontLink, Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	},
	"legendMark": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}}
	},
	"fillTarget": func(*styles) *excelize.Style {
		return &excelize.Style{Fill: solid(fillTarget), Border: thinBorder()}
	},
	"fillChange": func(*styles) *excelize.Style {
		return &excelize.Style{Fill: solid(fillChange), Border: thinBorder()}
	},
	"fillConflict": func(*styles) *excelize.Style {
		return &excelize.Style{Fill: solid(fillConflict), Border: thinBorder()}
	},
	"fontCheck": func(*styles) *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Bold: true, Color: fontCheck}, Border: thinBorder()}
	},
}

func solid(color string) excelize.Fill {
	return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}
}

func thinBorder() []excelize.Border {
	c := "BFBFBF"
	return []excelize.Border{
		{Type: "left", Color: c, Style: 1},
		{Type: "right", Color: c, Style: 1},
		{Type: "top", Color: c, Style: 1},
		{Type: "bottom", Color: c, Style: 1},
	}
}

// cellNumber returns the number a cell holds for a figure value: shares are
// stored as fractions (35.34 → 0.3534, shown "35,34%"), shifted in decimal
// so that no binary noise is added.
func cellNumber(v float64, unit string) float64 {
	if unit != extract.UnitPercent {
		return v
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	if err != nil {
		return v / 100
	}
	return f
}

// integral reports whether v is shown without decimals.
func integral(v float64) bool {
	return v == math.Trunc(v) && math.Abs(v) < 1e15
}
