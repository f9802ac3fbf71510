package scrape

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"
)

// robots is the part of one host's robots.txt that applies to solieu.
type robots struct {
	rules []robotsRule
	delay time.Duration // Crawl-delay, 0 when not given
	all   bool          // disallow everything (robots.txt unreachable)
}

type robotsRule struct {
	allow bool
	path  string
}

// parseRobots reads robots.txt (RFC 9309) and keeps the group for agent
// (a product token such as "solieu"), or the "*" group when none names it.
func parseRobots(r io.Reader, agent string) *robots {
	agent = strings.ToLower(agent)
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	inAgents := false
	sc := bufio.NewScanner(io.LimitReader(r, 512<<10))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if !inAgents || cur == nil {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(v))
			inAgents = true
		case "allow", "disallow":
			inAgents = false
			if cur != nil && (v != "" || k == "allow") {
				cur.rules = append(cur.rules, robotsRule{allow: k == "allow", path: v})
			}
		case "crawl-delay":
			inAgents = false
			if cur != nil {
				if f, err := strconv.ParseFloat(v, 64); err == nil && f > 0 {
					cur.delay = time.Duration(f * float64(time.Second))
				}
			}
		}
	}
	var star, mine *group
	for _, g := range groups {
		for _, a := range g.agents {
			switch {
			case a == "*" && star == nil:
				star = g
			case a != "*" && strings.Contains(agent, a) && mine == nil:
				mine = g
			}
		}
	}
	if mine == nil {
		mine = star
	}
	if mine == nil {
		return &robots{}
	}
	return &robots{rules: mine.rules, delay: mine.delay}
}

// allowed reports whether path (with its query) may be fetched: the
// longest matching rule wins, Allow on a tie.
func (r *robots) allowed(path string) bool {
	if r == nil {
		return true
	}
	if r.all {
		return false
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if rule.path == "" {
			continue
		}
		if robotsMatch(rule.path, path) {
			n := len(rule.path)
			if n > best || (n == best && rule.allow) {
				best, allow = n, rule.allow
			}
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern with "*" wildcards and a
// final "$" anchor.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for _, p := range parts[1:] {
		i := strings.Index(rest, p)
		if i < 0 {
			return false
		}
		rest = rest[i+len(p):]
	}
	if anchored && len(parts) == 1 {
		return rest == ""
	}
	if anchored {
		return strings.HasSuffix(path, parts[len(parts)-1])
	}
	return true
}
