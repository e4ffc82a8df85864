package data

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// rowByRow hides the store's CountPublications: report.Annual then counts
// every publication in Go, as before the store grouped them.
type rowByRow struct{ report.Ledgers }

// randomPublications makes n items over 2024–2026 with the awkward cases
// of the counting rules: categories in and out of the unit's list,
// unnamed departments and one literally named 未注明, channel lists with
// blanks, spaces, repeats and several spellings of one channel.
func randomPublications(seed uint64, n int) []report.Publication {
	rnd := rand.New(rand.NewPCG(seed, 11))
	cats := append(append([]string{}, report.DefaultCategories[:5]...), "自定义", "其它类", "")
	depts := []string{"", "办公室", "基教股", " 基教股", report.NoDepartment, "督导室"}
	chans := []string{"政府网站", "微信公众号", " 微博 ", "", "公开栏", "门户网站", "新闻发布会", "政务新媒体", "报纸", "APP"}
	out := make([]report.Publication, n)
	keys := rnd.Perm(n)
	for i := range out {
		p := report.Publication{
			IndexNo: fmt.Sprintf("P%05d", keys[i]), Title: "标题", Category: cats[rnd.IntN(len(cats))],
			Published:  report.YearStart(2024).AddDays(rnd.IntN(3 * 365)),
			Department: depts[rnd.IntN(len(depts))], KeyArea: rnd.IntN(4) == 0, FromRequest: rnd.IntN(7) == 0,
			Origin: report.Origin{File: "pubs.csv", Row: i + 2},
		}
		for range rnd.IntN(4) {
			p.Channels = append(p.Channels, chans[rnd.IntN(len(chans))])
		}
		out[i] = p
	}
	return out
}

// The store's grouped count, read from the tallies, gives exactly the
// figures of the rows' own GROUP BY, and the figures and problems of the
// row-by-row count, on random ledgers, for every year, with and without
// the row checks (today; changed after the report was produced).
func TestCountPublicationsMatchesRows(t *testing.T) {
	later := time.Date(2026, 3, 1, 17, 30, 15, 123456789, time.FixedZone("CST", 8*3600))
	for seed := uint64(1); seed <= 6; seed++ {
		st := openTemp(t)
		if err := st.SetCategories(t.Context(), report.DefaultCategories[:5]); err != nil {
			t.Fatal(err)
		}
		pubs := randomPublications(seed, 400)
		importAll(t, st, &all{pubs: pubs})
		// A second import changes a third of the items later in the day.
		im, err := st.BeginImport(t.Context(), []string{"y"}, later)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range pubs {
			if i%3 == 0 {
				p.Title = "改过的标题"
				if err := im.Publication(p); err != nil {
					t.Fatal(err)
				}
			}
		}
		if err := im.Commit(); err != nil {
			t.Fatal(err)
		}
		opts := []report.Options{
			{},
			{Today: report.NewDate(2025, 7, 1)},
			{Today: report.NewDate(2026, 2, 1), ReportedAt: later.Add(-time.Millisecond)},
			{ReportedAt: later},
			{ReportedAt: now.Add(time.Hour)},
		}
		for y := 2023; y <= 2027; y++ {
			tally, err := st.countPublications(t.Context(), y, tallyCounts)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := st.countPublications(t.Context(), y, rowCounts)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(tally, rows) {
				t.Fatalf("seed %d year %d: tallies\n%+v\nrows\n%+v", seed, y, tally, rows)
			}
			for _, opt := range opts {
				got, gotProbs, err := report.Annual(t.Context(), st, y, opt)
				if err != nil {
					t.Fatal(err)
				}
				want, wantProbs, err := report.Annual(t.Context(), rowByRow{st}, y, opt)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("seed %d year %d %+v: grouped\n%+v\nrow by row\n%+v", seed, y, opt, got.Publications, want.Publications)
				}
				if !reflect.DeepEqual(gotProbs, wantProbs) {
					t.Fatalf("seed %d year %d %+v: problems grouped\n%v\nrow by row\n%v", seed, y, opt, gotProbs, wantProbs)
				}
			}
		}
	}
}

// The test above means something only when its years have items and its
// options find problems.
func TestCountPublicationsTestHasCases(t *testing.T) {
	st := openTemp(t)
	importAll(t, st, &all{pubs: randomPublications(1, 400)})
	rep, probs, err := report.Annual(t.Context(), st, 2025, report.Options{Today: report.NewDate(2025, 7, 1), ReportedAt: now.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	p := rep.Publications
	if p.Total < 50 || len(p.ByChannel) < 4 || len(p.ByDepartment) < 4 || p.KeyArea == 0 || p.FromRequests == 0 || len(probs) < 50 {
		t.Fatalf("too few cases: %+v, %d problems", p, len(probs))
	}
}
