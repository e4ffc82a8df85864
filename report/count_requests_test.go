package report

import (
	"errors"
	"fmt"
	"testing"
)

// rowsOf returns the table 3 rows (codes) in which the request counts for
// year y, for the natural-person column.
func rowsOf(t *testing.T, r Request, y int) []string {
	t.Helper()
	if r.Applicant == "" {
		r.Applicant = ApplicantNatural
	}
	rep, _ := annual(&mem{reqs: []Request{r}}, y)
	var out []string
	col := ApplicantIndex(r.Applicant)
	for i, row := range Table3Rows {
		switch n := rep.Table3.Rows[i][col]; n {
		case 0:
		case 1:
			out = append(out, row.Code)
		default:
			t.Fatalf("row %s counted %d times", row.Code, n)
		}
		if rep.Table3.Rows[i][col] != rep.Table3.Rows[i][TotalCol] {
			t.Fatalf("row %s: column %d, total %d", row.Code, rep.Table3.Rows[i][col], rep.Table3.Rows[i][TotalCol])
		}
	}
	return out
}

func TestRequestRows(t *testing.T) {
	cases := []struct {
		name                string
		received, concluded string
		outcome             Outcome
		year                int
		want                string
	}{
		{"received 1 Jan is new", "2025-01-01", "", "", 2025, "[new carried_out]"},
		{"received 31 Dec is new", "2025-12-31", "", "", 2025, "[new carried_out]"},
		{"received 31 Dec of last year is not new", "2024-12-31", "", "", 2025, "[carried_in carried_out]"},
		{"received 1 Jan of next year does not count", "2026-01-01", "", "", 2025, "[]"},
		{"same-day reply", "2025-03-05", "2025-03-05", "granted", 2025, "[new granted result_total]"},
		{"concluded 31 Dec is a result, not carried out", "2025-12-31", "2025-12-31", "partial", 2025, "[new partial result_total]"},
		{"concluded 1 Jan of next year is carried out", "2025-12-31", "2026-01-01", "granted", 2025, "[new carried_out]"},
		{"carried in, concluded 1 Jan", "2024-12-31", "2025-01-01", "granted", 2025, "[carried_in granted result_total]"},
		{"concluded 31 Dec of last year is not carried in", "2024-12-20", "2024-12-31", "granted", 2025, "[]"},
		{"open across two year ends: first year", "2024-11-01", "", "", 2024, "[new carried_out]"},
		{"open across two year ends: second year", "2024-11-01", "", "", 2025, "[carried_in carried_out]"},
		{"open across two year ends: third year", "2024-11-01", "", "", 2026, "[carried_in carried_out]"},
		{"open across two year ends, then concluded", "2024-11-01", "2026-02-01", "other.other", 2026, "[carried_in other.other result_total]"},
		{"concluded two years later is carried out in the middle year", "2024-11-01", "2026-02-01", "granted", 2025, "[carried_in carried_out]"},
		{"concluded without outcome is no result", "2025-03-01", "2025-03-10", "", 2025, "[new]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Request{ID: "A1", Received: d(c.received), Concluded: d(c.concluded), Outcome: c.outcome}
			if got := fmt.Sprint(rowsOf(t, r, c.year)); got != c.want {
				t.Errorf("rows = %s, want %s", got, c.want)
			}
		})
	}
}

func TestEveryOutcomeRow(t *testing.T) {
	for i, row := range Table3Rows {
		if !row.IsOutcome {
			continue
		}
		r := Request{ID: "A1", Applicant: ApplicantLegal, Received: d("2025-05-06"), Concluded: d("2025-05-20"), Outcome: Outcome(row.Code)}
		rep, probs := annual(&mem{reqs: []Request{r}}, 2025)
		if len(probs) != 0 {
			t.Fatalf("%s: problems %v", row.Code, probs)
		}
		col := ApplicantIndex(ApplicantLegal)
		for k := range Table3Rows {
			want := 0
			if k == i || k == RowResultTotal || k == RowNew {
				want = 1
			}
			if got := rep.Table3.Rows[k][col]; got != want {
				t.Errorf("outcome %s: row %s = %d, want %d", row.Code, Table3Rows[k].Code, got, want)
			}
		}
		if row.Group != "" {
			if sum, _ := rep.Table3.Row(row.Group); sum[col] != 1 || sum[TotalCol] != 1 {
				t.Errorf("outcome %s: group %s sum = %v", row.Code, row.Group, sum)
			}
		}
	}
}

func TestEveryApplicantColumn(t *testing.T) {
	for j := 0; j < NumApplicantTypes; j++ {
		a := ApplicantType(Table3Columns[j].Code)
		r := Request{ID: "A", Applicant: a, Received: d("2025-02-03"), Concluded: d("2025-02-10"), Outcome: "granted"}
		rep, _ := annual(&mem{reqs: []Request{r}}, 2025)
		for k := 0; k < NumApplicantTypes; k++ {
			want := 0
			if k == j {
				want = 1
			}
			if got := rep.Table3.Rows[RowNew][k]; got != want {
				t.Errorf("applicant %s: new[%s] = %d, want %d", a, Table3Columns[k].Code, got, want)
			}
			if got := rep.Table3.Rows[RowIndex("granted")][k]; got != want {
				t.Errorf("applicant %s: granted[%s] = %d, want %d", a, Table3Columns[k].Code, got, want)
			}
		}
		if rep.Table3.Rows[RowNew][TotalCol] != 1 {
			t.Errorf("applicant %s: total = %d", a, rep.Table3.Rows[RowNew][TotalCol])
		}
	}
}

func TestRequestProblems(t *testing.T) {
	cases := []struct {
		name string
		r    Request
		rule string
	}{
		{"concluded without outcome", Request{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-01"), Concluded: d("2025-03-10")}, "办结未填结果"},
		{"outcome without date", Request{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-01"), Outcome: "granted"}, "结果未填办结日期"},
		{"concluded before received", Request{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-10"), Concluded: d("2025-03-01"), Outcome: "granted"}, "办结早于收到"},
		{"date in the future", Request{ID: "A", Applicant: ApplicantNatural, Received: d("2026-12-01")}, "日期在未来"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.r.Origin = Origin{File: "台账.xlsx", Sheet: "依申请", Row: 7}
			_, probs, err := Annual(t.Context(), &mem{reqs: []Request{c.r}}, 2025, Options{Today: d("2026-11-25")})
			if err != nil {
				t.Fatal(err)
			}
			if len(probs) != 1 || probs[0].Rule != c.rule || probs[0].Where != "台账.xlsx 工作表「依申请」第7行" {
				t.Fatalf("problems = %+v, want one %q at the row", probs, c.rule)
			}
		})
	}
	good := Request{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-01"), Concluded: d("2025-03-02"), Outcome: "granted"}
	if _, probs, _ := Annual(t.Context(), &mem{reqs: []Request{good}}, 2025, Options{Today: d("2026-11-25")}); len(probs) != 0 {
		t.Fatalf("good row: problems %v", probs)
	}
}

func TestChangedAfterReport(t *testing.T) {
	r := Request{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-01"), Origin: Origin{Updated: fixedTime}}
	opt := Options{ReportedAt: fixedTime.Add(-1)}
	_, probs, _ := Annual(t.Context(), &mem{reqs: []Request{r}}, 2025, opt)
	if len(probs) != 1 || probs[0].Rule != "年报生成后台账被修改" {
		t.Fatalf("problems = %v", probs)
	}
	opt.ReportedAt = fixedTime
	if _, probs, _ := Annual(t.Context(), &mem{reqs: []Request{r}}, 2025, opt); len(probs) != 0 {
		t.Fatalf("row changed at report time: problems = %v", probs)
	}
}

func TestTimeliness(t *testing.T) {
	reqs := []Request{
		{ID: "A", Applicant: ApplicantNatural, Received: d("2025-03-01"), Concluded: d("2025-03-20"), Outcome: "granted"},
		{ID: "B", Applicant: ApplicantNatural, Received: d("2025-03-01"), Concluded: d("2025-05-20"), Outcome: "granted"},
		{ID: "C", Applicant: ApplicantLegal, Received: d("2024-12-20"), Concluded: d("2025-03-01"), Outcome: "partial"},
		{ID: "D", Applicant: ApplicantNatural, Received: d("2025-12-20")},                                                 // open
		{ID: "E", Applicant: ApplicantNatural, Received: d("2025-12-20"), Concluded: d("2026-03-01"), Outcome: "granted"}, // next year
	}
	// A stand-in rule: on time within 30 calendar days.
	onTime := func(r Request) (bool, error) { return r.Concluded <= r.Received.AddDays(30), nil }
	rep, _, err := Annual(t.Context(), &mem{reqs: reqs}, 2025, Options{OnTime: onTime})
	if err != nil {
		t.Fatal(err)
	}
	want := Timeliness{Concluded: 3, OnTime: 1, Late: 2, LateIDs: []string{"B", "C"}}
	if got := rep.Timeliness; got == nil || got.Concluded != want.Concluded || got.OnTime != want.OnTime ||
		got.Late != want.Late || fmt.Sprint(got.LateIDs) != fmt.Sprint(want.LateIDs) {
		t.Fatalf("timeliness = %+v, want %+v", got, want)
	}
	if rep, _ := annual(&mem{reqs: reqs}, 2025); rep.Timeliness != nil {
		t.Error("timeliness computed without a deadline rule")
	}
	boom := fmt.Errorf("no calendar for 2026")
	_, _, err = Annual(t.Context(), &mem{reqs: reqs}, 2025, Options{OnTime: func(Request) (bool, error) { return false, boom }})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want the rule's error", err)
	}
}
