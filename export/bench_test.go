package export

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/solieu/solieu/extract"
)

// synthProvinces are the provinces of the synthetic corpus.
var synthProvinces = []string{
	"Lạng Sơn", "Cần Thơ", "Hà Nội", "Thừa Thiên Huế", "Hòa Bình", "Tây Ninh", "Đắk Lắk", "Quảng Ninh",
	"Nghệ An", "Bình Dương", "Lào Cai", "Cà Mau", "Hải Dương", "Gia Lai", "Phú Thọ", "Bến Tre",
}

// synthDoc returns the i-th document of a synthetic corpus with n figures
// each: realistic strings, every metric of the taxonomy in turn, a target,
// a change, a bound and a share now and then.
func synthDoc(tax *extract.Taxonomy, i, n int) *extract.Document {
	prov := synthProvinces[i%len(synthProvinces)]
	d := &extract.Document{
		Doc:       fmt.Sprintf("bai-%06d", i),
		Source:    fmt.Sprintf("corpus/bai-%06d.html", i),
		URL:       fmt.Sprintf("https://baomau.vn/xay-dung-dang/bai-%06d.html", i),
		Title:     fmt.Sprintf("Đảng bộ tỉnh %s tổng kết công tác xây dựng Đảng năm %d", prov, 2010+i%12),
		Published: fmt.Sprintf("%d-01-%02d", 2011+i%12, 1+i%28),
		Author:    "PV",
		Subject:   "Đảng bộ tỉnh " + prov,
		Province:  prov,
		Period:    strconv.Itoa(2010 + i%12),
	}
	for k := 0; k < n; k++ {
		m := tax.Metrics[(i+k)%len(tax.Metrics)]
		f := extract.Figure{
			Metric: m.Key, Value: float64(100 + (i*7+k*13)%5000), Unit: extract.UnitCount,
			Modality: extract.Actual, Cmp: "=",
			Evidence: fmt.Sprintf("toàn Đảng bộ có %d %s trong năm", 100+(i*7+k*13)%5000, strings.ToLower(m.VI)),
			Span:     [2]int{k * 80, k*80 + 60}, Rule: m.Key + "#1",
		}
		switch k % 10 {
		case 3:
			f.Modality = extract.Target
		case 5:
			f.Modality, f.Value = extract.Change, -f.Value/10
		case 7:
			f.Cmp = ">"
		case 9:
			f.Unit, f.Value = extract.UnitPercent, float64((i+k)%1000)/10
		}
		d.Figures = append(d.Figures, f)
	}
	if i%10 == 0 {
		d.Checks = []extract.Check{{Kind: extract.CheckSum, Parent: "org.grassroots", Value: 73,
			Parts: map[string]float64{"org.grassroots.committees": 31, "org.grassroots.cells": 41}, Sum: 72,
			Message: "31 + 41 = 72, not 73", Evidence: "73 cơ sở trực thuộc"}}
	}
	return d
}

// peakMemory samples the heap while the benchmark runs and reads the
// process's peak resident set from /proc.
type peakMemory struct {
	stop chan struct{}
	wg   sync.WaitGroup
	heap atomic.Uint64
}

func startPeak() *peakMemory {
	// Reset the kernel's peak RSS counter (Linux): "5" clears VmHWM.
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	p := &peakMemory{stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > p.heap.Load() {
				p.heap.Store(ms.HeapInuse)
			}
			select {
			case <-p.stop:
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// done stops sampling and returns the peak heap and peak RSS in MB.
func (p *peakMemory) done() (heapMB, rssMB float64) {
	close(p.stop)
	p.wg.Wait()
	heapMB = float64(p.heap.Load()) / (1 << 20)
	if f, err := os.Open("/proc/self/status"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
				kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
				rssMB = float64(kb) / 1024
			}
		}
	}
	return heapMB, rssMB
}

func benchmarkExport(b *testing.B, figures int) {
	const perDoc = 40
	tax := extract.DefaultTaxonomy()
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		runtime.GC()
		peak := startPeak()
		path := filepath.Join(dir, "big.xlsx")
		out, err := CreateFile(path)
		if err != nil {
			b.Fatal(err)
		}
		e, err := New(out, Options{TmpDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i*perDoc < figures; i++ {
			if err := e.Write(synthDoc(tax, i, min(perDoc, figures-i*perDoc))); err != nil {
				b.Fatal(err)
			}
		}
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
		if err := out.Commit(); err != nil {
			b.Fatal(err)
		}
		heapMB, rssMB := peak.done()
		b.ReportMetric(heapMB, "peak-heap-MB")
		b.ReportMetric(rssMB, "peak-RSS-MB")
		if st, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(st.Size())/(1<<20), "xlsx-MB")
		}
		if got := e.Stats().Figures; got != figures {
			b.Fatalf("%d figures written, want %d", got, figures)
		}
	}
}

// BenchmarkExport100k exports 100,000 figures (2,500 documents).
func BenchmarkExport100k(b *testing.B) { benchmarkExport(b, 100_000) }

// BenchmarkExport1M exports 1,000,000 figures (25,000 documents): the
// figures sheet streams, so memory stays bounded. Run it alone:
//
//	go test ./export -run '^$' -bench Export1M -benchtime 1x
func BenchmarkExport1M(b *testing.B) { benchmarkExport(b, 1_000_000) }

// BenchmarkExport1M2 exports 1,200,000 figures: past Excel's last row, the
// figures continue on "Số liệu (2)".
func BenchmarkExport1M2(b *testing.B) { benchmarkExport(b, 1_200_000) }
