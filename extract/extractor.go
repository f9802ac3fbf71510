package extract

// Options configure an Extractor. The zero value means the defaults.
type Options struct {
	// Rules replaces the built-in rules; nil means DefaultRules.
	Rules *Rules
	// Taxonomy replaces the built-in taxonomy; nil means DefaultTaxonomy.
	Taxonomy *Taxonomy
}

// Extractor finds the figures of documents. It is safe for concurrent use.
type Extractor struct {
	rules *Rules
	tax   *Taxonomy
}

// Rules is a compiled rule set (see rules.go).
type Rules struct{}

// New returns an Extractor with the given options.
func New(opts Options) (*Extractor, error) {
	x := &Extractor{rules: opts.Rules, tax: opts.Taxonomy}
	if x.tax == nil {
		x.tax = DefaultTaxonomy()
	}
	return x, nil
}

// Extract fills d's Figures, Checks, Subject, Province and Period (the last
// three only where empty) from d.Text, d.Title and d.Published.
func (x *Extractor) Extract(d *Document) {
}
