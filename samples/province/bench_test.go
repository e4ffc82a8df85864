package province

import (
	"context"
	"io"
	"testing"

	"github.com/xxgk/xxgk/report/xlsx"
)

// benchRows runs write b.N times over rows rows and reports rows/s.
func benchRows(b *testing.B, rows int, write func() error) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := write(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkWritePublications writes 100,000 rows of the publications CSV.
func BenchmarkWritePublications(b *testing.B) {
	o := Defaults()
	o.Publications = 100_000
	benchRows(b, o.Publications, func() error { _, err := WritePublications(context.Background(), io.Discard, o); return err })
}

// BenchmarkWriteRequestsXLSX writes 10,000 rows of the request workbook.
func BenchmarkWriteRequestsXLSX(b *testing.B) {
	o := Defaults()
	o.Requests = 10_000
	benchRows(b, o.Requests, func() error { _, err := WriteRequestsXLSX(context.Background(), io.Discard, o); return err })
}

// BenchmarkExport counts and writes one unit's export file.
func BenchmarkExport(b *testing.B) {
	o := Defaults()
	benchRows(b, 1, func() error {
		rep, err := UnitReport(o, 42)
		if err != nil {
			return err
		}
		return xlsx.WriteExport(io.Discard, rep, xlsx.ExportMeta{Version: ExportVersion, Produced: Stamp})
	})
}
