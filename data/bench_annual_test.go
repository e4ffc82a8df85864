package data

import (
	"database/sql"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// benchChannels are the channel lists of the benchmark year, as a clerk
// writes them (「、」 between channels).
var benchChannels = []string{"政府网站", "政府网站、微信公众号", "微信公众号、微博、政务新媒体", "", "公开栏", "门户网站、新闻发布会"}

// fillPublicationYear writes n items published in 2025 straight into the
// publications table (one INSERT … SELECT, seconds for a million rows):
// categories from the default list and one outside it, 40 departments and
// an unnamed one, the channel lists above, 1 in 5 key-area, 1 in 11 from
// requests.
func fillPublicationYear(tb testing.TB, st *Store, n int) {
	tb.Helper()
	cats, err := json.Marshal(append(append([]string{}, report.DefaultCategories...), "自定义类别"))
	if err != nil {
		tb.Fatal(err)
	}
	chans, err := json.Marshal(benchChannels)
	if err != nil {
		tb.Fatal(err)
	}
	q := `WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < :n)
		INSERT INTO publications (index_no, title, doc_no, published, category, channels, department,
			key_area, from_request, src_file, src_sheet, src_row, import_id, row_hash, updated_at)
		SELECT printf('P%08d', n), '关于做好第' || n || '项工作的通知', '', date('2025-01-01', '+' || (n * 7919 % 365) || ' days'),
			json_extract(:cats, '$[' || (n * 31 % json_array_length(:cats)) || ']'),
			json_extract(:chans, '$[' || (n * 17 % json_array_length(:chans)) || ']'),
			CASE WHEN n % 97 = 0 THEN '' ELSE '第' || (n % 40) || '股室' END,
			n % 5 = 0, n % 11 = 0, 'publications.csv', NULL, n + 2, 1, hex(n), '2026-01-10T09:00:00Z'
		FROM i`
	if _, err := st.db.ExecContext(tb.Context(), q, sql.Named("n", n), sql.Named("cats", string(cats)), sql.Named("chans", string(chans))); err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkAnnualReport counts the annual report of a year of a million
// published items (report.Annual as `report` runs it), in rows per second.
func BenchmarkAnnualReport(b *testing.B) {
	const n = 1_000_000
	st, err := Open(b.Context(), filepath.Join(b.TempDir(), "year.db"), OpenOptions{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.SetUnit(b.Context(), report.Unit{Name: "测试单位"}, now); err != nil {
		b.Fatal(err)
	}
	fillPublicationYear(b, st, n)
	opt := report.Options{Today: report.NewDate(2026, 1, 10)}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rep, _, err := report.Annual(b.Context(), st, 2025, opt)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Publications.Total != n {
			b.Fatalf("counted %d, want %d", rep.Publications.Total, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkAnnualCheck counts the same year as xxgk check and the
// workbench's 概览 do once a report was produced (an hour after the rows
// were written): every item changed since then is looked for, and none is
// found, in rows per second.
func BenchmarkAnnualCheck(b *testing.B) {
	const n = 1_000_000
	st, err := Open(b.Context(), filepath.Join(b.TempDir(), "year.db"), OpenOptions{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.SetUnit(b.Context(), report.Unit{Name: "测试单位"}, now); err != nil {
		b.Fatal(err)
	}
	fillPublicationYear(b, st, n)
	opt := report.Options{Today: report.NewDate(2026, 1, 10), ReportedAt: now.Add(time.Hour)}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rep, _, err := report.Annual(b.Context(), st, 2025, opt)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Publications.Total != n {
			b.Fatalf("counted %d, want %d", rep.Publications.Total, n)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}
