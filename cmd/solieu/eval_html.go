package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"

	"github.com/solieu/solieu/scrape"
)

// EvalHTMLCommand scores article extraction against saved pages with gold
// fields (../shared/corpus/html by default).
type EvalHTMLCommand struct {
	Main *Main

	fs *flag.FlagSet
}

// Run parses flags and prints the pass rates.
func (c *EvalHTMLCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("solieu eval-html", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	c.fs = fs
	fs.Usage = c.Usage
	verbose := fs.Bool("v", false, "list each page's failures")
	profiles := fs.String("profiles", "", "site profiles `FILE` (YAML) used before the built-in ones")
	generic := fs.Bool("generic", false, "use no site profile: score the generic extractor alone, as on a site no profile knows")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := filepath.Join("..", "shared", "corpus", "html")
	switch fs.NArg() {
	case 0:
	case 1:
		dir = fs.Arg(0)
	default:
		c.Usage()
		return flag.ErrHelp
	}
	p := &scrape.Parser{}
	if *profiles != "" {
		ps, err := scrape.LoadProfiles(*profiles)
		if err != nil {
			return err
		}
		p.Profiles = ps
	}
	if *generic {
		ps := p.Profiles
		if ps == nil {
			ps = scrape.DefaultProfiles()
		}
		ps.Sites = nil
		p.Profiles = ps
	}
	r, err := scrape.Evaluate(dir, p)
	if err != nil {
		return err
	}
	w := c.Main.Stdout
	if *verbose {
		for _, s := range r.Pages {
			var lines []string
			for _, m := range s.Missing {
				lines = append(lines, fmt.Sprintf("missing   %.90q", m))
			}
			for _, l := range s.Leaked {
				lines = append(lines, fmt.Sprintf("leaked    %.90q", l))
			}
			if !s.TitleOK {
				lines = append(lines, fmt.Sprintf("title     %q, want %q", s.Page.Title, s.Gold.Title))
			}
			if !s.DateOK {
				lines = append(lines, fmt.Sprintf("date      %q, want %q", s.Page.Published, s.Gold.Published))
			}
			if !s.AuthorOK {
				lines = append(lines, fmt.Sprintf("author    %q, want %q", s.Page.Author, s.Gold.Author))
			}
			if s.Err != nil {
				lines = append(lines, fmt.Sprintf("error     %v", s.Err))
			}
			if len(lines) == 0 {
				continue
			}
			prof := s.Page.Profile
			if prof == "" {
				prof = "generic"
			}
			fmt.Fprintf(w, "%s (%s):\n", s.Name, prof)
			for _, l := range lines {
				fmt.Fprintln(w, "  "+l)
			}
		}
	}
	contain, notContain, title, date, author := r.Rates()
	fmt.Fprintf(w, "%d pages: must-contain %.1f%% (%d/%d), must-not-contain %.1f%% (%d/%d), title %.1f%%, date %.1f%%, author %.1f%%\n",
		len(r.Pages), 100*contain, r.Contain, r.ContainOf, 100*notContain, r.NotContain, r.NotContainOf, 100*title, 100*date, 100*author)
	return nil
}

// Usage prints the command's help.
func (c *EvalHTMLCommand) Usage() {
	fmt.Fprint(c.Main.Stderr, `Usage: solieu eval-html [-v] [--generic] [--profiles FILE] [DIR]

Parse every NAME.html of DIR (default ../shared/corpus/html) that has a
NAME.gold.json and print the pass rates of article extraction: body
strings that must be there, boilerplate that must not, title, date and
author. With -v, each page's failures are listed. With --generic, no
site profile is used, which is how pages of sites without a profile fare.

Flags:
`)
	if c.fs != nil {
		c.fs.PrintDefaults()
	}
}
