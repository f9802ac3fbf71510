package scrape

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Vietnam is the zone of every date solieu reports (UTC+7 since 1975).
var Vietnam = loadVietnam()

func loadVietnam() *time.Location {
	if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return loc
	}
	return time.FixedZone("Asia/Ho_Chi_Minh", 7*3600)
}

// Date patterns, tried in order; the first that yields a valid date wins.
var (
	// ISO 8601 as in meta tags and JSON-LD: "2025-06-17T13:43:02+0700".
	isoDate = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)
	// Vietnamese words: "ngày 12 tháng 8 năm 2022".
	wordDate = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	// Day first with slashes, dashes or dots: "12/08/2022", "12-8-2022".
	dmyDate = regexp.MustCompile(`\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b`)
	// Day first with a two-digit year, as old CMSes print it: "ngày 24/12/12".
	dmyShort = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2})\b`)
	// A time of day near a date: "10:30", "10h30", "06:00 AM", "11:05 tối".
	clock = regexp.MustCompile(`(?i)\b(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*(AM|PM|SA|CH|sáng|trưa|chiều|tối|đêm)(?:[^\pL]|$))?`)
	// Month-first context of English-language CMSes: "Published on 03-08-2011".
	monthFirst = regexp.MustCompile(`(?i)\b(published|posted|updated)\s+on\b`)
)

// ParseDate finds the first date in s in one of the forms Vietnamese sites
// print ("Thứ sáu, 12/08/2022", "12-8-2022 10:30", "ngày 12 tháng 8 năm
// 2022", "Cập nhật: 06:00, Thứ Năm, 12/07/2018") or ISO 8601, with a time
// of day when one stands next to it. Times without a zone are Vietnam's.
// ok is false when s holds no valid date.
func ParseDate(s string) (t time.Time, hasClock, ok bool) {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if m := isoDate.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		y, mo, d := atoi(g[1]), atoi(g[2]), atoi(g[3])
		if valid(y, mo, d) {
			hh, mm, ss := atoi(g[4]), atoi(g[5]), atoi(g[6])
			loc := Vietnam
			if z := g[7]; z != "" {
				loc = zone(z)
			}
			t := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc).In(Vietnam)
			if g[4] == "" {
				t = time.Date(y, time.Month(mo), d, 0, 0, 0, 0, Vietnam)
			}
			return t, g[4] != "", true
		}
	}
	var y, mo, d int
	var at int
	if m := wordDate.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		d, mo, y, at = atoi(g[1]), atoi(g[2]), atoi(g[3]), m[0]
	} else if m := dmyDate.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		d, mo, y, at = atoi(g[1]), atoi(g[2]), atoi(g[3]), m[0]
		if loc := monthFirst.FindStringIndex(s); loc != nil && loc[1] <= m[0] {
			d, mo = mo, d
		}
	} else if m := dmyShort.FindStringSubmatchIndex(s); m != nil {
		g := groups(s, m)
		d, mo, y, at = atoi(g[1]), atoi(g[2]), 2000+atoi(g[3]), m[0]
	} else {
		return time.Time{}, false, false
	}
	if !valid(y, mo, d) {
		return time.Time{}, false, false
	}
	hh, mm := -1, 0
	// The clock closest to the date, before or after it.
	best := -1
	for _, c := range clock.FindAllStringSubmatchIndex(s, -1) {
		dist := c[0] - at
		if dist < 0 {
			dist = -dist
		}
		if dist > 60 {
			continue
		}
		if best >= 0 && dist >= best {
			continue
		}
		g := groups(s, c)
		h, mi := atoi(g[1]), atoi(g[2])
		switch strings.ToUpper(g[3]) {
		case "PM", "CH", "CHIỀU", "TỐI":
			if h < 12 {
				h += 12
			}
		case "ĐÊM":
			if h >= 6 && h < 12 {
				h += 12
			}
		case "AM", "SA":
			if h == 12 {
				h = 0
			}
		}
		if h > 23 || mi > 59 {
			continue
		}
		best, hh, mm = dist, h, mi
	}
	if hh < 0 {
		return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, Vietnam), false, true
	}
	return time.Date(y, time.Month(mo), d, hh, mm, 0, 0, Vietnam), true, true
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// valid reports a plausible article date: a real calendar day from 1990
// to 2100.
func valid(y, m, d int) bool {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// zone turns "Z", "+07:00" or "+0700" into a location.
func zone(z string) *time.Location {
	if z == "Z" {
		return time.UTC
	}
	z = strings.ReplaceAll(z, ":", "")
	if len(z) != 5 {
		return Vietnam
	}
	off := (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
	if z[0] == '-' {
		off = -off
	}
	return time.FixedZone(z, off)
}
