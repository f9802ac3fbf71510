package scrape

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"time"
)

// Page is one web page turned into an article.
type Page struct {
	// URL is the address asked for (or recorded in a WARC or saved page).
	URL string `json:"url"`
	// FinalURL is the address after redirects; equal to URL without them.
	FinalURL string `json:"final_url,omitempty"`
	// Title is the on-page headline.
	Title string `json:"title"`
	// Published is the article's date as YYYY-MM-DD, YYYY-MM or YYYY, in
	// Vietnam's time, or "" when the page shows none.
	Published string `json:"published"`
	// PublishedTime is the same instant with its time of day when the page
	// gives one, in zone Asia/Ho_Chi_Minh; zero when Published is "".
	PublishedTime time.Time `json:"published_time,omitzero"`
	// Author is the byline as printed.
	Author string `json:"author"`
	// Text is the body text: one paragraph a line, table rows as
	// "cell | cell | cell".
	Text string `json:"text"`
	// Encoding names the charset the bytes were decoded from ("utf-8",
	// "windows-1258", "tcvn3", ...).
	Encoding string `json:"encoding"`
	// Profile names the site profile used, or "" for the generic scorer.
	Profile string `json:"profile,omitempty"`
	// FetchedAt is when the page was fetched (or recorded in a WARC).
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// Status is the HTTP status of the response, 0 for a saved file.
	Status int `json:"status,omitempty"`
	// Links are the article links of a listing page, absolute, in page
	// order, without duplicates; filled by Parser.Links only.
	Links []string `json:"links,omitempty"`
}

// DocID is a stable, unique-enough id for the page at rawURL: its host
// without "www." and the first 10 hex digits of the SHA-256 of the URL,
// "vnexpress.net-3f2a9c0d41".
func DocID(rawURL string) string {
	sum := sha256.Sum256([]byte(rawURL))
	host := "page"
	if u, err := url.Parse(rawURL); err == nil && u.Hostname() != "" {
		host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return host + "-" + hex.EncodeToString(sum[:5])
}
