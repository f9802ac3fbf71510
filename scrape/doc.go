// Package scrape fetches articles from Vietnamese news and party web sites
// and turns each page into a Page: headline, date, byline and body text.
//
// Fetching is polite: robots.txt is obeyed, each host gets its own delay
// and concurrency limit, Retry-After is honoured, failures back off, and
// every response lands in an on-disk cache keyed by a hash of its URL so
// that a second run fetches nothing twice. Every URL asked for ends with a
// Result that says whether it was fetched, skipped or failed, and why.
//
// Article extraction works on bytes already fetched (a response, a saved
// .html file or a WARC record): the charset is found from the HTTP header,
// a BOM, meta tags or detection; site profiles (data, see Profiles) name the
// selectors of known sites; a readability-style scorer finds the body of
// any other page. The lead paragraph (sapo), which often carries the
// main figure, heads the body; photo captions count as body text; the
// byline is read from the profile, the last lines of the body or the
// line just after it. Tables in the body are kept as text rows
// ("cell | cell | cell") so that figures in tables reach the extractor.
//
// The package knows no metric: it hands pages on.
package scrape
