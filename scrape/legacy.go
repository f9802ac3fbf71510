package scrape

import (
	"github.com/solieu/solieu/normalize"
)

// decodeLegacy decodes Windows-1258, TCVN3 or VNI bytes to NFC text with
// normalize's tables.
func decodeLegacy(b []byte, label string) (string, string, error) {
	enc, ok := normalize.LookupEncoding(label)
	if !ok {
		return "", "", ErrCharset
	}
	s, err := normalize.DecodeAs(b, enc)
	if err != nil {
		return "", "", err
	}
	return s, string(enc), nil
}

// detectLegacy decodes bytes that are not UTF-8: normalize tells
// Windows-1258, TCVN3, VNI and Windows-1252 apart by which reads as
// Vietnamese.
func detectLegacy(b []byte) (string, string, error) {
	s, enc, err := normalize.Decode(b)
	if err != nil {
		return "", "", err
	}
	return s, string(enc), nil
}
