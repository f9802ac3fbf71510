package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
)

//go:embed data/labels.tsv
var labelsTSV string

// Labels are the words of the workbook in Vietnamese and English: sheet
// names, column headers, row marks and the legend. Metric labels come from
// the taxonomy instead.
type Labels struct {
	vi, en map[string]string
}

var defaultLabels = func() *Labels {
	l := &Labels{vi: map[string]string{}, en: map[string]string{}}
	if err := l.parse("labels.tsv", strings.NewReader(labelsTSV), false); err != nil {
		panic("export: embedded labels: " + err.Error())
	}
	return l
}()

// DefaultLabels returns the labels built into solieu (data/labels.tsv).
// Callers must not modify them.
func DefaultLabels() *Labels { return defaultLabels }

// ParseLabels reads labels in the labels.tsv format (key, Vietnamese,
// English, tab separated; # starts a comment) over the defaults: a file may
// override any subset of the keys. name is used in errors, which give the
// line and reason.
func ParseLabels(name string, r io.Reader) (*Labels, error) {
	l := &Labels{vi: map[string]string{}, en: map[string]string{}}
	for k, v := range defaultLabels.vi {
		l.vi[k] = v
	}
	for k, v := range defaultLabels.en {
		l.en[k] = v
	}
	if err := l.parse(name, r, true); err != nil {
		return nil, err
	}
	return l, nil
}

// LoadLabels reads a labels file from disk (see ParseLabels).
func LoadLabels(path string) (*Labels, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseLabels(path, f)
}

func (l *Labels) parse(name string, r io.Reader, override bool) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" {
			return fmt.Errorf("%s:%d: %w: want key, Vietnamese and English separated by tabs", name, n, ErrLabels)
		}
		key := f[0]
		if _, known := l.vi[key]; override && !known {
			return fmt.Errorf("%s:%d: %w: unknown key %q", name, n, ErrLabels, key)
		}
		if _, dup := l.vi[key]; !override && dup {
			return fmt.Errorf("%s:%d: %w: key %q listed twice", name, n, ErrLabels, key)
		}
		l.vi[key], l.en[key] = f[1], f[2]
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// Get returns the label of key in lang ("vi" or "en"), or key itself when
// there is none, so that a missing label shows instead of vanishing.
func (l *Labels) Get(lang, key string) string {
	m := l.vi
	if lang == LangEN {
		m = l.en
	}
	if s, ok := m[key]; ok {
		return s
	}
	return key
}

// has reports whether key has a label.
func (l *Labels) has(key string) bool {
	_, ok := l.vi[key]
	return ok
}
