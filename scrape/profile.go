package scrape

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

//go:embed data/profiles.yaml
var defaultProfiles []byte

// Profile holds the CSS selectors of one site's article pages. Each
// selector may be a comma-separated group; the first element that matches
// (and has text) wins. An empty selector means "let the generic extractor
// decide".
type Profile struct {
	// Name names the profile in Page.Profile and in errors.
	Name string `yaml:"name"`
	// Hosts are the host names the profile serves; a host also serves its
	// subdomains ("vnexpress.net" serves "ione.vnexpress.net").
	Hosts []string `yaml:"hosts"`
	// Title selects the headline.
	Title string `yaml:"title"`
	// Date selects the element that prints the publication date.
	Date string `yaml:"date"`
	// Author selects the byline.
	Author string `yaml:"author"`
	// Body selects the article body.
	Body string `yaml:"body"`
	// Drop selects boilerplate inside the body: related links, captions of
	// share buttons, ads.
	Drop []string `yaml:"drop"`
	// Links selects the article links of a listing (category) page.
	Links string `yaml:"links"`
	// Next selects the link to a listing's next page.
	Next string `yaml:"next"`
	// MonthFirst reads numeric dates month first (MM-DD-YYYY), as some
	// English-language CMSes print them.
	MonthFirst bool `yaml:"month_first"`

	title, date, author, body, links, next selector
	drop                                   []selector
}

// Generic is what the readability-style extractor treats as boilerplate on
// any site: class and id words that mark menus, related lists, comments,
// ads and footers, and words that mark the article itself.
type Generic struct {
	// Unlikely is a regular expression over an element's class and id that
	// marks boilerplate. White space in it is ignored.
	Unlikely string `yaml:"unlikely"`
	// Likely is a regular expression that overrides Unlikely and raises an
	// element's score: "content", "detail", "noidung"...
	Likely string `yaml:"likely"`
	// Drop selects elements removed from every page before scoring.
	Drop []string `yaml:"drop"`
	// ReadAlso is a regular expression over a link's text that marks a
	// "read also" link printed inside the body (">> Title", "Xem thêm:
	// ..."); such links are cut from the body. White space in it is
	// ignored, as in Unlikely; write \s for a space.
	ReadAlso string `yaml:"read_also"`
	// Lead selects the lead paragraph (sapo) that many sites print between
	// the headline and the body. When the body does not hold it already,
	// it becomes the body's first line: leads often carry the main figure.
	Lead string `yaml:"lead"`

	unlikely, likely, readAlso *regexp.Regexp
	drop                       []selector
	lead                       selector
}

// Profiles is the set of site profiles and the generic rules.
type Profiles struct {
	// Generic applies to every page.
	Generic Generic `yaml:"generic"`
	// Sites are the known sites' profiles. When two serve one host, the
	// one with the longer host name wins, then the earlier.
	Sites []*Profile `yaml:"profiles"`
}

// DefaultProfiles returns the embedded profiles (data/profiles.yaml).
func DefaultProfiles() *Profiles {
	p, err := ParseProfiles("profiles.yaml", bytes.NewReader(defaultProfiles))
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return p
}

// LoadProfiles reads a user's profile file. Its sites come before the
// embedded ones, so that they win for the same host; its generic rules,
// when given, replace the embedded ones.
func LoadProfiles(path string) (*Profiles, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	user, err := ParseProfiles(path, f)
	if err != nil {
		return nil, err
	}
	def := DefaultProfiles()
	if user.Generic.Unlikely == "" && user.Generic.Likely == "" && len(user.Generic.Drop) == 0 && user.Generic.ReadAlso == "" && user.Generic.Lead == "" {
		user.Generic = def.Generic
	}
	user.Sites = append(user.Sites, def.Sites...)
	return user, nil
}

// ParseProfiles reads profiles in YAML from r; name is used in errors.
// Every selector and pattern is compiled here, so that a bad one is
// reported with the profile that holds it.
func ParseProfiles(name string, r io.Reader) (*Profiles, error) {
	var p Profiles
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil && err != io.EOF {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrProfile, err)
	}
	bad := func(where, sel string, err error) error {
		return fmt.Errorf("%s: %w: %s: %q: %v", name, ErrProfile, where, sel, err)
	}
	g := &p.Generic
	var err error
	if g.unlikely, err = compileRe(g.Unlikely); err != nil {
		return nil, bad("generic.unlikely", g.Unlikely, err)
	}
	if g.likely, err = compileRe(g.Likely); err != nil {
		return nil, bad("generic.likely", g.Likely, err)
	}
	if g.readAlso, err = compileRe(g.ReadAlso); err != nil {
		return nil, bad("generic.read_also", g.ReadAlso, err)
	}
	if g.lead, err = compile(g.Lead); err != nil {
		return nil, bad("generic.lead", g.Lead, err)
	}
	for _, s := range g.Drop {
		sg, err := compile(s)
		if err != nil {
			return nil, bad("generic.drop", s, err)
		}
		g.drop = append(g.drop, sg)
	}
	for i, s := range p.Sites {
		if s.Name == "" || len(s.Hosts) == 0 {
			return nil, fmt.Errorf("%s: %w: profile %d needs a name and hosts", name, ErrProfile, i+1)
		}
		for _, f := range []struct {
			field string
			sel   string
			dst   *selector
		}{
			{"title", s.Title, &s.title}, {"date", s.Date, &s.date}, {"author", s.Author, &s.author},
			{"body", s.Body, &s.body}, {"links", s.Links, &s.links}, {"next", s.Next, &s.next},
		} {
			if *f.dst, err = compile(f.sel); err != nil {
				return nil, bad(s.Name+"."+f.field, f.sel, err)
			}
		}
		for _, d := range s.Drop {
			sg, err := compile(d)
			if err != nil {
				return nil, bad(s.Name+".drop", d, err)
			}
			s.drop = append(s.drop, sg)
		}
	}
	return &p, nil
}

// selector is a compiled CSS selector group; nil matches nothing.
type selector cascadia.SelectorGroup

// MatchAll returns the elements under n that match, in document order.
func (s selector) MatchAll(n *html.Node) []*html.Node {
	if len(s) == 0 || n == nil {
		return nil
	}
	return cascadia.QueryAll(n, cascadia.SelectorGroup(s))
}

func compile(sel string) (selector, error) {
	if strings.TrimSpace(sel) == "" {
		return nil, nil
	}
	g, err := cascadia.ParseGroup(sel)
	return selector(g), err
}

func compileRe(s string) (*regexp.Regexp, error) {
	if s == "" {
		return nil, nil
	}
	return regexp.Compile("(?i)" + strings.Join(strings.Fields(s), ""))
}

// For returns the profile serving host, or nil.
func (p *Profiles) For(host string) *Profile {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	var best *Profile
	bestLen := 0
	for _, s := range p.Sites {
		for _, h := range s.Hosts {
			h = strings.TrimPrefix(strings.ToLower(h), "www.")
			if (host == h || strings.HasSuffix(host, "."+h)) && len(h) > bestLen {
				best, bestLen = s, len(h)
			}
		}
	}
	return best
}
