package report

import "testing"

func TestDocuments(t *testing.T) {
	cases := []struct {
		name                        string
		kind                        DocKind
		issued, repealed, validTill string
		want                        DocCounts
	}{
		{"issued 1 Jan", DocNormative, "2025-01-01", "", "", DocCounts{1, 0, 1}},
		{"issued 31 Dec", DocNormative, "2025-12-31", "", "", DocCounts{1, 0, 1}},
		{"issued last year, in force", DocNormative, "2024-12-31", "", "", DocCounts{0, 0, 1}},
		{"issued next year", DocNormative, "2026-01-01", "", "", DocCounts{0, 0, 0}},
		{"repealed 31 Dec: repealed, not in force", DocNormative, "2020-05-01", "2025-12-31", "", DocCounts{0, 1, 0}},
		{"repealed 1 Jan: repealed, not in force", DocNormative, "2020-05-01", "2025-01-01", "", DocCounts{0, 1, 0}},
		{"repealed next year: still in force", DocNormative, "2020-05-01", "2026-01-01", "", DocCounts{0, 0, 1}},
		{"repealed last year", DocNormative, "2020-05-01", "2024-12-31", "", DocCounts{0, 0, 0}},
		{"issued and repealed in the year", DocNormative, "2025-02-01", "2025-11-01", "", DocCounts{1, 1, 0}},
		{"lapsed 31 Dec: not in force, not repealed", DocNormative, "2020-05-01", "", "2025-12-31", DocCounts{0, 0, 0}},
		{"lapsed mid-year: not repealed", DocNormative, "2020-05-01", "", "2025-06-30", DocCounts{0, 0, 0}},
		{"valid past 31 Dec", DocNormative, "2020-05-01", "", "2026-01-01", DocCounts{0, 0, 1}},
		{"rule", DocRule, "2025-04-01", "", "", DocCounts{1, 0, 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := Document{DocNo: "X", Kind: c.kind, Issued: d(c.issued), Repealed: d(c.repealed), ValidUntil: d(c.validTill)}
			rep, _ := annual(&mem{docs: []Document{doc}}, 2025)
			got, other := rep.Table2.NormativeDocs, rep.Table2.Rules
			if c.kind == DocRule {
				got, other = other, got
			}
			if got != c.want || other != (DocCounts{}) {
				t.Errorf("counts = %+v (other kind %+v), want %+v", got, other, c.want)
			}
		})
	}
}

func TestDecisions(t *testing.T) {
	m := &mem{decs: []Decision{
		{ID: "1", Kind: DecisionLicensing, Date: d("2025-01-01")},
		{ID: "2", Kind: DecisionLicensing, Date: d("2025-12-31")},
		{ID: "3", Kind: DecisionLicensing, Date: d("2024-12-31")},
		{ID: "4", Kind: DecisionLicensing, Date: d("2026-01-01")},
		{ID: "5", Kind: DecisionPenalty, Date: d("2025-06-01")},
		{ID: "6", Kind: DecisionEnforcement, Date: d("2025-06-01")},
		{ID: "7", Kind: DecisionEnforcement, Date: d("2025-07-01")},
	}}
	rep, _ := annual(m, 2025)
	if got := [3]int{rep.Table2.Licensing, rep.Table2.Penalty, rep.Table2.Enforcement}; got != [3]int{2, 1, 2} {
		t.Errorf("decisions = %v, want [2 1 2]", got)
	}
}

func TestFees(t *testing.T) {
	cases := []struct {
		fen  []int64
		want string
	}{
		{nil, "0.00"},
		{[]int64{4994999}, "4.99"},
		{[]int64{4995000}, "5.00"},
		{[]int64{4999999}, "5.00"},
		{[]int64{123450, 100, 1}, "0.12"},
		{[]int64{4166241619}, "4166.24"},
		{[]int64{2500000, 2495000}, "5.00"},
	}
	for _, c := range cases {
		var fees []Fee
		for i, f := range c.fen {
			fees = append(fees, Fee{ID: string(rune('a' + i)), Date: d("2025-03-01"), AmountFen: f, Kind: FeeAdministrative})
		}
		fees = append(fees,
			Fee{ID: "p", Date: d("2025-03-01"), AmountFen: 10000, Kind: FeeProcessing},
			Fee{ID: "old", Date: d("2024-12-31"), AmountFen: 999999, Kind: FeeAdministrative},
			Fee{ID: "new", Date: d("2026-01-01"), AmountFen: 999999, Kind: FeeAdministrative})
		rep, _ := annual(&mem{fees: fees}, 2025)
		if rep.Table2.FeesWan != c.want {
			t.Errorf("fees %v: amount_wan = %s, want %s", c.fen, rep.Table2.FeesWan, c.want)
		}
		if rep.ProcessingFees != (FeeSummary{Count: 1, AmountFen: 10000}) {
			t.Errorf("processing fees = %+v", rep.ProcessingFees)
		}
	}
}

func TestFenToWanNegative(t *testing.T) {
	if got := FenToWan(-4995000); got != "-5.00" {
		t.Errorf("FenToWan(-4995000) = %s", got)
	}
	if got := FenToWan(-1); got != "0.00" {
		t.Errorf("FenToWan(-1) = %s", got)
	}
}

func TestAppeals(t *testing.T) {
	m := &mem{apps: []Appeal{
		{CaseNo: "1", Kind: AppealReview, Filed: d("2025-01-01"), Closed: d("2025-03-01"), Result: AppealUpheld},
		{CaseNo: "2", Kind: AppealReview, Filed: d("2025-12-31"), Closed: d("2026-01-01"), Result: AppealCorrected},
		{CaseNo: "3", Kind: AppealReview, Filed: d("2025-05-01")},
		{CaseNo: "4", Kind: AppealReview, Filed: d("2024-12-31"), Closed: d("2025-03-01"), Result: AppealUpheld},
		{CaseNo: "5", Kind: AppealReview, Filed: d("2025-02-01"), Closed: d("2025-12-31"), Result: AppealCorrected},
		{CaseNo: "6", Kind: AppealLitigation, Filed: d("2025-02-01"), Closed: d("2025-06-01"), Result: AppealOtherResult},
		{CaseNo: "7", Kind: AppealLitigation, Filed: d("2025-02-01"), Closed: d("2025-06-01"), Result: AppealUpheld, Role: RoleReviewOrgan},
		{CaseNo: "8", Kind: AppealAfterReview, Filed: d("2025-08-01"), Closed: d("2025-10-01"), Result: AppealCorrected, Role: RoleRespondent},
		{CaseNo: "9", Kind: AppealAfterReview, Filed: d("2026-01-01")},
	}}
	rep, _ := annual(m, 2025)
	want := Table4{
		Review:                AppealCounts{Upheld: 1, Corrected: 1, Other: 0, Pending: 2, Total: 4},
		LitigationDirect:      AppealCounts{Other: 1, Total: 1},
		LitigationAfterReview: AppealCounts{Corrected: 1, Total: 1},
	}
	if rep.Table4 != want {
		t.Errorf("table4 = %+v\nwant     %+v", rep.Table4, want)
	}
}

func TestParseYuan(t *testing.T) {
	for in, want := range map[string]int64{"1700.50": 170050, "0.00": 0, "12": 1200, "3.5": 350, "-2.01": -201} {
		if got, err := ParseYuan(in); err != nil || got != want {
			t.Errorf("ParseYuan(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "1.234", "a.00", "1.-5"} {
		if _, err := ParseYuan(bad); err == nil {
			t.Errorf("ParseYuan(%q) accepted", bad)
		}
	}
}
