package scrape

import "errors"

// Errors of the package; test with errors.Is.
var (
	// ErrCharset means a page declared a charset that no decoder knows.
	ErrCharset = errors.New("scrape: unknown charset")
	// ErrNoBody means no article body was found on a page.
	ErrNoBody = errors.New("scrape: no article body")
	// ErrNotHTML means a response was not an HTML page.
	ErrNotHTML = errors.New("scrape: not an HTML page")
	// ErrTooLarge means a response was larger than the size cap.
	ErrTooLarge = errors.New("scrape: response too large")
	// ErrRobots means robots.txt disallows the URL for solieu.
	ErrRobots = errors.New("scrape: disallowed by robots.txt")
	// ErrProfile means a site profile file is malformed.
	ErrProfile = errors.New("scrape: bad site profile")
)
