package export

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var render = flag.String("render", "", "render the comparison sheet of the workbook `FILE` to testdata/so-sanh.png (needs soffice and pdftoppm)")

// TestRenderPNG draws the comparison sheet the way LibreOffice prints it,
// for the README:
//
//	go run ./cmd/solieu extract testdata/reports | go run ./cmd/solieu export -o report.xlsx
//	go test ./export -run TestRenderPNG -render ../report.xlsx
func TestRenderPNG(t *testing.T) {
	if *render == "" {
		t.Skip("no -render workbook given")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// One page per sheet, so that page 2 is the whole comparison.
	pdf := exec.CommandContext(ctx, "soffice", "--headless", "--norestore",
		"-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", `pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}`,
		"--outdir", dir, *render)
	if out, err := pdf.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	base := filepath.Join(dir, "page")
	name := filepath.Join(dir, strings.TrimSuffix(filepath.Base(*render), filepath.Ext(*render))+".pdf")
	png := exec.CommandContext(ctx, "pdftoppm", "-png", "-singlefile", "-r", "100", "-f", "2", "-l", "2",
		"-x", "0", "-y", "0", "-W", "1600", "-H", "1000", name, base)
	if out, err := png.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	b, err := os.ReadFile(base + ".png")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "so-sanh.png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
