package scrape

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// metaCharset finds a charset declared in the page's head:
// <meta charset="utf-8"> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// legacyFont finds the fonts that mark a page typed in a legacy Vietnamese
// encoding whatever its declared charset: ".VnTime" and its kin (TCVN3,
// "ABC") and "VNI-Times" (VNI).
var legacyFont = regexp.MustCompile(`(?i)(\.Vn[A-Z][A-Za-z]*|VNI[- ][A-Z][A-Za-z]+)`)

// westernLabels are charsets that Vietnamese pages declare by mistake: a
// page declared so whose bytes are valid UTF-8 is read as UTF-8.
var westernLabels = map[string]bool{"windows-1252": true, "iso-8859-1": true, "us-ascii": true, "ascii": true, "latin1": true}

// Decode turns the bytes of a page into UTF-8 text and names the charset
// used. contentType is the HTTP Content-Type header, or "" for a saved
// file. The charset comes from, in order: a byte-order mark, the header, a
// meta tag in the first 4 KiB, then detection (valid UTF-8, or a legacy
// Vietnamese encoding). A declared charset that contradicts the bytes is
// overruled: UTF-8 bytes declared Latin-1 are read as UTF-8, and a page set
// in ".VnTime" or "VNI-Times" fonts is read as TCVN3 or VNI.
func Decode(b []byte, contentType string) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		return decodeAs(b[3:], "utf-8")
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		return decodeAs(b, "utf-16le")
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		return decodeAs(b, "utf-16be")
	}
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	if label == "" {
		if m := metaCharset.FindSubmatch(head); m != nil {
			label = string(m[1])
		}
	}
	label = canonical(label)
	if f := legacyFont.Find(b); f != nil && !utf8.Valid(b) {
		if bytes.HasPrefix(bytes.ToUpper(f), []byte("VNI")) {
			return decodeAs(b, "vni")
		}
		return decodeAs(b, "tcvn3")
	}
	switch {
	case label == "":
		return detect(b)
	case westernLabels[label] && utf8.Valid(b) && !isASCII(b):
		return string(b), "utf-8", nil
	case label == "utf-8" && !utf8.Valid(b):
		return detect(b)
	}
	text, enc, err = decodeAs(b, label)
	if err != nil {
		// An unknown label is no reason to lose the page.
		return detect(b)
	}
	return text, enc, nil
}

// canonical maps a charset label to the name Decode reports.
func canonical(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	l = strings.Trim(l, `"'`)
	switch l {
	case "utf8":
		return "utf-8"
	case "tcvn", "tcvn3", "tcvn-3", "tcvn5712", "abc", "x-viet-tcvn5712":
		return "tcvn3"
	case "vni", "x-viet-vni":
		return "vni"
	case "cp1258":
		return "windows-1258"
	}
	return l
}

// detect decodes bytes whose charset is not declared (or is declared
// wrongly): valid UTF-8 is taken as is; otherwise legacy detection decides.
func detect(b []byte) (string, string, error) {
	if utf8.Valid(b) {
		return string(b), "utf-8", nil
	}
	return detectLegacy(b)
}

// decodeAs decodes b from the named charset.
func decodeAs(b []byte, label string) (string, string, error) {
	switch label {
	case "utf-8":
		return strings.ToValidUTF8(string(b), "\ufffd"), "utf-8", nil
	case "tcvn3", "vni", "windows-1258":
		return decodeLegacy(b, label)
	}
	e, name := charset.Lookup(label)
	if e == nil {
		return "", "", fmt.Errorf("%w: %q", ErrCharset, label)
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("decode %s: %w", name, err)
	}
	return string(out), name, nil
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
