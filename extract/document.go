package extract

// Document is one article and what solieu found in it. It is the record of
// documents.jsonl (see the README): scrape fills the page fields, extract
// fills the figures and document fields, export reads it all.
type Document struct {
	// Doc is the document's id: a file's name without extension, or a
	// stable id derived from a fetched page's URL. Unique within one run.
	Doc string `json:"doc"`
	// Source is where the text came from: a file path, "-" for standard
	// input, a WARC file and record, or the URL of a fetched page.
	Source string `json:"source"`
	// URL is the article's address on the web, when known.
	URL string `json:"url"`
	// Title is the article's headline.
	Title string `json:"title"`
	// Published is the article's own date: YYYY-MM-DD, YYYY-MM or YYYY.
	Published string `json:"published"`
	// Author is the byline exactly as printed.
	Author string `json:"author"`
	// Subject is the party organisation whose figures the article reports,
	// as written at its first full mention; empty when the article mixes many.
	Subject string `json:"subject"`
	// Province is the province the figures belong to, in today's spelling.
	Province string `json:"province"`
	// Period is what most figures refer to: "2014", "2014-H1", "2014-Q1",
	// "2014-9M", "2015-2020", or empty when the text gives no year.
	Period string `json:"period"`
	// Encoding names how the input bytes were decoded ("utf-8",
	// "utf-8-bom", "utf-16le", "windows-1258", ...), when known.
	Encoding string `json:"encoding,omitempty"`
	// Figures are the statistics found, in text order.
	Figures []Figure `json:"figures"`
	// Checks are the consistency findings over Figures.
	Checks []Check `json:"checks"`
	// Errors say what went wrong with this document, in words a user can
	// act on. A document with errors is still written, never dropped.
	Errors []string `json:"errors"`
	// Fetch says what became of a fetched page's URL; nil for local files.
	Fetch *Fetch `json:"fetch,omitempty"`
	// Text is the document's text as read (decoded to UTF-8, before any
	// normalization): the string that every Figure.Span indexes into. It is
	// written to documents.jsonl only on request (--with-text).
	Text string `json:"text,omitempty"`
}

// Fetch is the account of one URL: fetched, skipped or failed, and why.
type Fetch struct {
	// Status is "fetched", "cached", "skipped" or "failed".
	Status string `json:"status"`
	// Reason says why a URL was skipped or failed ("robots.txt disallows
	// /private", "HTTP 503 after 4 tries"); empty when fetched.
	Reason string `json:"reason,omitempty"`
	// Code is the final HTTP status code, when there was a response.
	Code int `json:"code,omitempty"`
	// FetchedAt is when the page was fetched (RFC 3339), when it was.
	FetchedAt string `json:"fetched_at,omitempty"`
}

// Figure is one statistic reported in a document.
type Figure struct {
	// Metric is a key of the taxonomy (metrics.yaml).
	Metric string `json:"metric"`
	// Value is the number as a reader understands it; signed for a change.
	Value float64 `json:"value"`
	// Unit is UnitCount or UnitPercent.
	Unit string `json:"unit"`
	// Modality is Actual, Target or Change.
	Modality string `json:"modality"`
	// Cmp is how the number bounds the truth: "=", ">", ">=", "<", "<=", "~".
	Cmp string `json:"cmp"`
	// Qualifiers refine the metric (badge tier, training topic, inspection
	// actor and kind).
	Qualifiers Qualifiers `json:"qualifiers"`
	// Evidence is the exact source text of the figure: Text[Span[0]:Span[1]].
	Evidence string `json:"evidence"`
	// Span holds the byte offsets [start, end) of Evidence in Document.Text.
	Span [2]int `json:"span"`
	// Rule is the id of the rule that produced the figure ("members.total#1").
	Rule string `json:"rule"`
}

// Qualifiers refine a figure's metric. The zero value means none.
type Qualifiers struct {
	// BadgeYears is the tier of a party badge ("huy hiệu 30 năm tuổi Đảng").
	BadgeYears int `json:"badge_years,omitempty"`
	// Topic is the subject of a training class: political_theory,
	// party_awareness, new_members, party_work, defence_security, other.
	Topic string `json:"topic,omitempty"`
	// Actor is who inspected: committee or inspection_commission.
	Actor string `json:"actor,omitempty"`
	// Kind is the kind of inspection: regular, thematic, violation_signs,
	// task_execution, finance, other.
	Kind string `json:"kind,omitempty"`
}

// Check is a consistency finding: a total whose parts do not add up, a part
// larger than its total, or a share above 100%.
type Check struct {
	// Kind is CheckSum, CheckPartExceeds or CheckShare.
	Kind string `json:"kind"`
	// Parent is the metric of the total involved (for CheckShare, the
	// metric of the share).
	Parent string `json:"parent"`
	// Value is the total's value (or the share's).
	Value float64 `json:"value"`
	// Parts maps each part's metric to its value.
	Parts map[string]float64 `json:"parts,omitempty"`
	// Sum is the parts' sum (CheckSum only).
	Sum float64 `json:"sum,omitempty"`
	// Message says the finding in words.
	Message string `json:"message"`
	// Evidence is the source text of the total, for the analyst to look at.
	Evidence string `json:"evidence,omitempty"`
	// Span locates Evidence in Document.Text.
	Span [2]int `json:"span"`
}

// Units of a Figure.
const (
	UnitCount   = "count"
	UnitPercent = "percent"
)

// Modalities of a Figure.
const (
	Actual = "actual"
	Target = "target"
	Change = "change"
)

// Kinds of a Check.
const (
	CheckSum         = "sum"
	CheckPartExceeds = "part_exceeds_total"
	CheckShare       = "share_over_100"
)
