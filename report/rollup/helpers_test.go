package rollup

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// unitReport builds a report that obeys every rule of docs/counting.md, with figures
// that differ from unit to unit and cell to cell (seed).
func unitReport(name, code string, year, seed int) *report.AnnualReport {
	r := &report.AnnualReport{Unit: report.Unit{Name: name, Code: code}, Year: year}
	r.Table2 = report.Table2{
		Rules:         report.DocCounts{Issued: seed % 2, Repealed: 0, InForce: seed % 3},
		NormativeDocs: report.DocCounts{Issued: seed + 1, Repealed: seed % 4, InForce: 10 + seed},
		Licensing:     20 + seed, Penalty: seed % 5, Enforcement: seed % 2,
		FeesWan: "0.00",
	}
	rows := &r.Table3.Rows
	for j := 0; j < report.NumApplicantTypes; j++ {
		rows[report.RowNew][j] = 30 + seed + j
		rows[report.RowCarriedIn][j] = (seed + j) % 3
		total := 0
		for i := report.RowFirstResult; i < report.RowResultTotal; i++ {
			v := (seed*7 + i*3 + j) % 4 % 2 // 0 or 1, varying
			rows[i][j] = v
			total += v
		}
		rows[report.RowResultTotal][j] = total
		rows[report.RowCarriedOut][j] = rows[report.RowNew][j] + rows[report.RowCarriedIn][j] - total
	}
	for i := range rows {
		rows[i][report.TotalCol] = 0
		for j := 0; j < report.NumApplicantTypes; j++ {
			rows[i][report.TotalCol] += rows[i][j]
		}
	}
	r.Table4.Review = appeals(seed, 1, 0, seed%2, 1)
	r.Table4.LitigationDirect = appeals(0, seed%3, 1, 0, 0)
	r.Table4.LitigationAfterReview = appeals(1, 0, 0, seed%2, 0)
	r.Publications = report.PublicationStats{
		Total: 100 + seed, KeyArea: 10 + seed, FromRequests: seed % 3,
		ByCategory:    []report.NamedCount{{Name: "政策文件", Count: 60}, {Name: "招生考试", Count: 40 + seed}},
		CategoryMonth: [][12]int{{5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5}, {40 + seed}},
		ByDepartment:  []report.NamedCount{{Name: "办公室", Count: 100 + seed}},
		ByChannel:     []report.NamedCount{{Name: "政府网站", Count: 100 + seed}, {Name: "政务新媒体", Count: seed}},
	}
	for m := range r.Publications.ByMonth {
		r.Publications.ByMonth[m] = (100 + seed) / 12
	}
	r.Publications.ByMonth[11] += (100 + seed) % 12
	r.ProcessingFees = report.FeeSummary{Count: seed % 2, AmountFen: int64(seed%2) * 10000}
	r.Timeliness = &report.Timeliness{Concluded: 22, OnTime: 22 - seed%2, Late: seed % 2, LateIDs: []string{"S-1"}}
	return r
}

func appeals(upheld, corrected, other, pending, extra int) report.AppealCounts {
	return report.AppealCounts{Upheld: upheld + extra, Corrected: corrected, Other: other, Pending: pending,
		Total: upheld + extra + corrected + other + pending}
}

// figureSum adds the figures of reports path by path, the fee as an exact
// rational, independently of the code under test.
func figureSum(t *testing.T, reps ...*report.AnnualReport) map[string]string {
	t.Helper()
	ints := map[string]int{}
	fee := new(big.Rat)
	for _, r := range reps {
		for _, f := range r.Figures() {
			if f.Path == "table2.fees.amount_wan" {
				if f.Value == "" {
					continue
				}
				v, ok := new(big.Rat).SetString(f.Value)
				if !ok {
					t.Fatalf("fee %q", f.Value)
				}
				fee.Add(fee, v)
				continue
			}
			n, err := strconv.Atoi(f.Value)
			if err != nil {
				t.Fatal(err)
			}
			ints[f.Path] += n
		}
	}
	out := map[string]string{"table2.fees.amount_wan": fee.FloatString(6)}
	for p, n := range ints {
		out[p] = strconv.Itoa(n)
	}
	return out
}

// assertSum checks every figure of got against figureSum of reps.
func assertSum(t *testing.T, got *report.AnnualReport, reps ...*report.AnnualReport) {
	t.Helper()
	want := figureSum(t, reps...)
	for _, f := range got.Figures() {
		v := f.Value
		if f.Path == "table2.fees.amount_wan" {
			r, _ := new(big.Rat).SetString(v)
			v = r.FloatString(6)
		}
		if v != want[f.Path] {
			t.Errorf("%s = %s, want %s", f.Path, f.Value, want[f.Path])
		}
	}
	if n := len(got.Figures()); n != len(want) {
		t.Errorf("%d figures, want %d", n, len(want))
	}
}
