package extract

import (
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed data/metrics.yaml
var metricsYAML []byte

// Metric is one entry of the metric taxonomy.
type Metric struct {
	// Key is the stable identifier, dotted: area.object[.detail].
	Key string `yaml:"key"`
	// VI and EN are the labels an analyst sees.
	VI string `yaml:"vi"`
	EN string `yaml:"en"`
	// Counts says what one unit of the value is (member, organisation, ...).
	Counts string `yaml:"counts"`
	// Parent is the key this metric is a part of, if any.
	Parent string `yaml:"parent"`
	// Sums is true where the parts under Parent should add up to it.
	Sums bool `yaml:"sums"`
	// Cues are typical wordings (examples, not rules).
	Cues []string `yaml:"cues"`
	// Note says what belongs here and what does not.
	Note string `yaml:"note"`
}

// Area is the metric's first key segment ("discipline" for
// "discipline.reprimand").
func (m Metric) Area() string {
	area, _, _ := strings.Cut(m.Key, ".")
	return area
}

// Taxonomy is the ordered list of metrics with a lookup by key.
type Taxonomy struct {
	// Metrics are in file order, which is the order analysts see.
	Metrics []Metric
	byKey   map[string]int
	parent  []int // index of each metric's parent, or -1
	summing []int // how many children of each metric sum to it
}

// Lookup returns the metric with the given key.
func (t *Taxonomy) Lookup(key string) (Metric, bool) {
	i, ok := t.byKey[key]
	if !ok {
		return Metric{}, false
	}
	return t.Metrics[i], true
}

// Index returns the metric's position in taxonomy order, or -1.
func (t *Taxonomy) Index(key string) int {
	if i, ok := t.byKey[key]; ok {
		return i
	}
	return -1
}

// Children returns the metrics whose Parent is key, in taxonomy order.
func (t *Taxonomy) Children(key string) []Metric {
	var out []Metric
	for _, m := range t.Metrics {
		if m.Parent == key {
			out = append(out, m)
		}
	}
	return out
}

// ParseTaxonomy reads a taxonomy in the metrics.yaml format. name is used in
// error messages.
func ParseTaxonomy(name string, r io.Reader) (*Taxonomy, error) {
	var file struct {
		Areas []Metric `yaml:"areas"`
	}
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	t := &Taxonomy{Metrics: file.Areas, byKey: make(map[string]int, len(file.Areas))}
	for i, m := range t.Metrics {
		if m.Key == "" {
			return nil, fmt.Errorf("%s: metric %d has no key", name, i+1)
		}
		if _, dup := t.byKey[m.Key]; dup {
			return nil, fmt.Errorf("%s: metric %q listed twice", name, m.Key)
		}
		t.byKey[m.Key] = i
	}
	t.parent = make([]int, len(t.Metrics))
	t.summing = make([]int, len(t.Metrics))
	for i, m := range t.Metrics {
		t.parent[i] = -1
		if m.Parent != "" {
			p, ok := t.byKey[m.Parent]
			if !ok {
				return nil, fmt.Errorf("%s: metric %q has unknown parent %q", name, m.Key, m.Parent)
			}
			t.parent[i] = p
			if m.Sums {
				t.summing[p]++
			}
		}
	}
	return t, nil
}

// LoadTaxonomy reads a taxonomy file from disk.
func LoadTaxonomy(path string) (*Taxonomy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseTaxonomy(path, f)
}

var defaultTaxonomy = func() *Taxonomy {
	t, err := ParseTaxonomy("metrics.yaml", strings.NewReader(string(metricsYAML)))
	if err != nil {
		panic("extract: embedded taxonomy: " + err.Error())
	}
	return t
}()

// DefaultTaxonomy returns the taxonomy built into solieu (a copy of
// spec/metrics.yaml). Callers must not modify it.
func DefaultTaxonomy() *Taxonomy { return defaultTaxonomy }

// parentOf returns the index of the parent of metric i, or -1 for none
// (and for i < 0, a metric not in the taxonomy).
func (t *Taxonomy) parentOf(i int32) int32 {
	if i < 0 || int(i) >= len(t.parent) {
		return -1
	}
	return int32(t.parent[i])
}
