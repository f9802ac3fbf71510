package scrape

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// Cache keeps fetched responses on disk, one file per URL named by the
// SHA-256 of the URL (never a path built from the URL itself).
type Cache struct {
	// Dir is the cache folder.
	Dir string
}

// DefaultCacheDir is solieu's folder under the user's cache directory.
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "solieu", "http"), nil
}

type cacheMeta struct {
	URL    string      `json:"url"`
	Final  string      `json:"final_url"`
	Status int         `json:"status"`
	Header http.Header `json:"header"`
	Date   time.Time   `json:"date"`
}

func (c *Cache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(c.Dir, h[:2], h+".resp")
}

// Get returns the cached response of url, or nil when there is none.
func (c *Cache) Get(url string) (*Response, string, error) {
	f, err := os.Open(c.path(url))
	if os.IsNotExist(err) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, "", fmt.Errorf("cache %s: %w", f.Name(), err)
	}
	var m cacheMeta
	if err := json.Unmarshal(line, &m); err != nil || m.URL != url {
		return nil, "", nil // a damaged entry is a miss
	}
	body, err := io.ReadAll(br)
	if err != nil {
		return nil, "", err
	}
	return &Response{URL: m.URL, Status: m.Status, Header: m.Header, Body: body, Date: m.Date}, m.Final, nil
}

// Put stores a response, atomically: a reader sees the old entry or the
// new one, never half of one.
func (c *Cache) Put(r *Response, final string) error {
	p := c.path(r.URL)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	meta, err := json.Marshal(cacheMeta{URL: r.URL, Final: final, Status: r.Status, Header: r.Header, Date: r.Date})
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Write(meta)
	b.WriteByte('\n')
	b.Write(r.Body)
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b.Bytes()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), p)
}
