package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/solieu/solieu/normalize"
)

//go:embed data/provinces.txt
var provincesTXT string

type province struct {
	name   string
	strict bool     // counts only after "tỉnh", "thành phố", "TP"
	forms  []string // folded, space-separated tokens
}

// provinceForms indexes every spelling of every province by its first
// folded word.
var provinceForms = func() map[string][]provinceForm {
	m := map[string][]provinceForm{}
	for i, pr := range provinces {
		for _, f := range pr.forms {
			w := strings.Split(f, " ")
			m[w[0]] = append(m[w[0]], provinceForm{p: i, words: w})
		}
	}
	return m
}()

type provinceForm struct {
	p     int
	words []string
}

var provinces = func() []province {
	var out []province
	sc := bufio.NewScanner(strings.NewReader(provincesTXT))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := province{}
		if strings.HasPrefix(line, "!") {
			p.strict = true
			line = line[1:]
		}
		for i, f := range strings.Split(line, "|") {
			f = strings.TrimSpace(f)
			if i == 0 {
				p.name = f
			}
			p.forms = append(p.forms, strings.Join(phraseWords(f), " "))
		}
		out = append(out, p)
	}
	return out
}()

// fillMeta sets the document fields that are still empty.
func (x *Extractor) fillMeta(d *Document, p *pass) {
	if d.Published == "" {
		d.Published = published(p)
	}
	if d.Province == "" {
		d.Province = p.province()
	}
	if d.Subject == "" {
		d.Subject = p.subject()
	}
	if d.Period == "" {
		d.Period = p.period(d.Published)
	}
}

var (
	stampRe = regexp.MustCompile(`^\s*date (\d{4})-(\d{2})(?:-(\d{2}))?`)
	dateRe  = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[^\d]|$)`)
	isoRe   = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)`)
)

// published finds the article's date line: a " date YYYY-MM[-DD]" stamp,
// or the first day-first date on one of the short lines at the top.
func published(p *pass) string {
	text := p.nt.Norm
	if m := stampRe.FindStringSubmatch(text); m != nil {
		if m[3] != "" {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
		return m[1] + "-" + m[2]
	}
	if len(text) > 4096 {
		text = text[:4096]
	}
	lines := strings.Split(text, "\n")
	for n, line := range lines {
		if n >= 15 {
			break
		}
		if len(strings.Fields(line)) > 14 {
			continue
		}
		if m := dateRe.FindStringSubmatch(line); m != nil {
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			if d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
				return fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
			}
		}
		if m := isoRe.FindStringSubmatch(line); m != nil {
			return m[1] + "-" + m[2] + "-" + m[3]
		}
	}
	return ""
}

// province names the province most mentioned, mentions after "tỉnh",
// "thành phố" or a committee ("Tỉnh ủy X") counting three times.
func (p *pass) province() string {
	score := map[string]int{}
	first := map[string]int{}
	for i := range p.toks {
		if p.toks[i].kind != tokWord || !p.toks[i].cap {
			continue
		}
		for _, pf := range provinceForms[p.toks[i].fold] {
			pr := &provinces[pf.p]
			if _, ok := phraseAt(p.toks, i, +1, pf.words); !ok {
				continue
			}
			f := strings.Join(pf.words, " ")
			w := 1
			if i > 0 {
				switch p.toks[i-1].fold {
				case "tinh", "pho", "tp", "uy":
					w = 3
				case ".":
					if i > 1 && p.toks[i-2].fold == "tp" {
						w = 3
					}
				}
			}
			if strings.HasPrefix(f, "tp") || strings.HasPrefix(f, "thanh pho") {
				w = 3
			}
			if pr.strict && w < 3 {
				continue
			}
			if _, ok := first[pr.name]; !ok {
				first[pr.name] = i
			}
			score[pr.name] += w
		}
	}
	best, bs := "", 0
	for name, s := range score {
		if s > bs || (s == bs && first[name] < first[best]) {
			best, bs = name, s
		}
	}
	return best
}

// orgHeads start the name of a party organisation.
var orgHeads = [][]string{
	{"dang", "bo"}, {"dang", "uy"}, {"tinh", "uy"}, {"thanh", "uy"},
	{"huyen", "uy"}, {"quan", "uy"}, {"thi", "uy"},
}

// orgWords may continue an organisation's name in lower case.
var orgWords = map[string]bool{
	"tinh": true, "huyen": true, "quan": true, "thi": true, "xa": true, "phuong": true,
	"thanh": true, "pho": true, "tp": true, "tran": true, "khoi": true, "cac": true,
	"co": true, "quan_": true, "trung": true, "uong": true, ".": true,
}

type orgMention struct {
	name   string
	tok    int
	inHead bool
}

// subject names the organisation whose figures the article reports.
func (p *pass) subject() string {
	head := p.headEnd()
	var ms []orgMention
	for i := 0; i < len(p.toks); i++ {
		for _, h := range orgHeads {
			end, ok := phraseAt(p.toks, i, +1, h)
			if !ok || !p.toks[i].cap && h[1] != "uy" {
				continue
			}
			j := end
			caps := 0
			for j < len(p.toks) && j-end < 8 {
				t := &p.toks[j]
				if t.kind == tokWord && t.cap {
					caps++
					j++
					continue
				}
				if t.kind == tokWord && orgWords[t.fold] {
					j++
					continue
				}
				if t.fold == "." && j+1 < len(p.toks) && p.toks[j+1].start == t.end {
					j++
					continue
				}
				break
			}
			// Trim trailing lower-case connectors.
			for j > end && !p.toks[j-1].cap {
				j--
			}
			if caps == 0 {
				// "Đảng bộ tỉnh", "Đảng bộ huyện": generic names.
				if end < len(p.toks) && (p.toks[end].fold == "tinh" || p.toks[end].fold == "huyen") && p.toks[i].cap {
					j = end + 1
				} else {
					continue
				}
			}
			s, e := p.nt.OrigSpan(p.toks[i].start, p.toks[j-1].end)
			ms = append(ms, orgMention{name: strings.Join(strings.Fields(p.d.Text[s:e]), " "), tok: i, inHead: i < head})
			break
		}
	}
	whole := p.wholeProvince()
	if len(p.figs) > 0 {
		f := p.figs[0]
		// The organisation named in the first figure's sentence, before it.
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.tok < f.tok && p.sent[m.tok] == f.sent {
				if whole && !strings.Contains(normalize.Fold(m.name), "khoi") {
					return "Đảng bộ tỉnh"
				}
				return m.name
			}
		}
	}
	if whole {
		return "Đảng bộ tỉnh"
	}
	for _, m := range ms {
		if m.inHead {
			return m.name
		}
	}
	count := map[string]int{}
	for _, m := range ms {
		count[m.name]++
	}
	best, bc := "", 0
	for _, m := range ms {
		if count[m.name] > bc {
			best, bc = m.name, count[m.name]
		}
	}
	return best
}

// wholeProvince reports whether the first figures are the province's own
// ("toàn tỉnh", "Ban Tổ chức Tỉnh ủy").
func (p *pass) wholeProvince() bool {
	limit := len(p.toks)
	if len(p.figs) > 0 {
		limit = p.sentEnd(p.figs[0].tok)
	}
	for i := 0; i < limit; i++ {
		if _, ok := phraseAt(p.toks, i, +1, []string{"toan", "tinh"}); ok {
			return true
		}
	}
	return false
}

// period decides what year or part of a year most figures refer to.
func (p *pass) period(published string) string {
	pubYear := ""
	if len(published) >= 4 {
		pubYear = published[:4]
	}
	votes := map[string]int{}
	order := map[string]int{}
	vote := func(v string, w int, at int) {
		if v == "" {
			return
		}
		if _, ok := order[v]; !ok {
			order[v] = at
		}
		votes[v] += w
	}
	marks := p.periodMarks()
	for _, f := range p.figs {
		vote(p.figurePeriod(f, pubYear, marks), 1, f.tok)
	}
	if len(votes) == 0 {
		// No figures: the year most written in the text.
		for i := range p.toks {
			if p.toks[i].year {
				vote(strconv.Itoa(int(p.toks[i].value)), 1, i)
			}
		}
		for _, y := range dateYears(p.nt.Norm) {
			vote(y, 1, len(p.toks))
		}
		if len(votes) == 1 {
			for v, n := range votes {
				if n < 2 {
					return ""
				}
				return v
			}
		}
	}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if votes[keys[a]] != votes[keys[b]] {
			return votes[keys[a]] > votes[keys[b]]
		}
		return order[keys[a]] < order[keys[b]]
	})
	if len(keys) == 0 {
		return ""
	}
	return keys[0]
}

func dateYears(s string) []string {
	var out []string
	for _, m := range dateRe.FindAllStringSubmatch(s, -1) {
		out = append(out, m[3])
	}
	return out
}

// periodMarks holds, for every token, the last year token before it and
// the part of the year ("H1", "Q1", "9M") or relative-year cue seen
// earlier in its sentence; computed once so each figure costs O(1).
type periodMarks struct {
	lastYear []int
	part     []string
	relative []bool
}

func (p *pass) periodMarks() *periodMarks {
	n := len(p.toks)
	m := &periodMarks{lastYear: make([]int, n+1), part: make([]string, n+1), relative: make([]bool, n+1)}
	last, part, rel := -1, "", false
	for i := 0; i < n; i++ {
		if i > 0 && p.sent[i] != p.sent[i-1] {
			part, rel = "", false
		}
		m.lastYear[i], m.part[i], m.relative[i] = last, part, rel
		if p.toks[i].year {
			last = i
		}
		switch {
		case seq(p.toks, i, "6", "thang", "dau", "nam"), seq(p.toks, i, "sau", "thang", "dau", "nam"):
			part = "H1"
		case seq(p.toks, i, "quy", "i"):
			part = "Q1"
		case seq(p.toks, i, "9", "thang"), seq(p.toks, i, "chin", "thang"):
			part = "9M"
		}
		if seq(p.toks, i, "tu", "dau", "nam") || seq(p.toks, i, "nam", "nay") || seq(p.toks, i, "trong", "nam") {
			rel = true
		}
	}
	return m
}

// figurePeriod finds the period of one figure: the nearest year before it
// in its sentence or shortly before; a part of the year from "6 tháng đầu
// năm", "quý I", "9 tháng"; the article's year for "từ đầu năm", "năm nay".
func (p *pass) figurePeriod(f found, pubYear string, m *periodMarks) string {
	year := ""
	if j := m.lastYear[f.tok]; j >= 0 && j >= p.sentStart(f.tok)-80 {
		t := &p.toks[j]
		year = strconv.Itoa(int(t.value))
		switch {
		case t.yearTo != 0 && strings.HasPrefix(f.Metric, "congress."):
			// A congress's figures belong to its year, the term's first.
		case t.yearTo != 0:
			year += "-" + strconv.Itoa(int(t.yearTo))
		case j >= 2 && p.toks[j-1].fold == "-" && p.toks[j-2].year:
			first := strconv.Itoa(int(p.toks[j-2].value))
			if strings.HasPrefix(f.Metric, "congress.") {
				year = first
			} else {
				year = first + "-" + year
			}
		}
	}
	part := m.part[f.tok]
	if year == "" && (part != "" || m.relative[f.tok]) {
		year = pubYear
	}
	if year == "" {
		return ""
	}
	if part != "" && !strings.Contains(year, "-") {
		return year + "-" + part
	}
	return year
}

// seq reports whether the tokens at i read words (numbers by their value).
func seq(toks []token, i int, words ...string) bool {
	for k, w := range words {
		if i+k >= len(toks) {
			return false
		}
		t := &toks[i+k]
		if t.kind == tokNum {
			if strconv.FormatFloat(t.value, 'f', -1, 64) != w {
				return false
			}
			continue
		}
		if t.fold != w {
			return false
		}
	}
	return true
}
