package report

import (
	"strings"
	"testing"
)

func TestCheckTablesFindsEachBrokenRule(t *testing.T) {
	ok := func() *AnnualReport {
		r := &AnnualReport{Year: 2025}
		g, p := RowIndex("granted"), RowIndex("other.other")
		for j := 0; j < NumApplicantTypes; j++ {
			r.Table3.Rows[RowNew][j] = 3
			r.Table3.Rows[RowCarriedIn][j] = 1
			r.Table3.Rows[g][j] = 2
			r.Table3.Rows[p][j] = 1
			r.Table3.Rows[RowResultTotal][j] = 3
			r.Table3.Rows[RowCarriedOut][j] = 1
		}
		for _, i := range []int{RowNew, RowCarriedIn, g, p, RowResultTotal, RowCarriedOut} {
			for j := 0; j < NumApplicantTypes; j++ {
				r.Table3.Rows[i][TotalCol] += r.Table3.Rows[i][j]
			}
		}
		r.Table4.Review = AppealCounts{Upheld: 1, Pending: 1, Total: 2}
		return r
	}
	if got := CheckTables(ok(), nil); len(got) != 0 {
		t.Fatalf("consistent table: %v", got)
	}
	cases := []struct {
		name   string
		break_ func(r *AnnualReport)
		rules  []string
		where  string
	}{
		{"carried out off by one", func(r *AnnualReport) { r.Table3.Rows[RowCarriedOut][0]++; r.Table3.Rows[RowCarriedOut][TotalCol]++ },
			[]string{"勾稽关系", "勾稽关系"}, "表三 一、本年新收政府信息公开申请数量 / 自然人"},
		{"result total not the sum", func(r *AnnualReport) {
			r.Table3.Rows[RowIndex("granted")][2]--
			r.Table3.Rows[RowIndex("granted")][TotalCol]--
		},
			[]string{"办理结果总计", "办理结果总计"}, "表三 （七）总计 / 科研机构"},
		{"row total not the sum", func(r *AnnualReport) { r.Table3.Rows[RowIndex("withheld.process")][TotalCol] = 1 },
			[]string{"办理结果总计", "总计列"}, "表三 （七）总计 / 总计"},
		{"table 4 total", func(r *AnnualReport) { r.Table4.LitigationAfterReview.Total = 1 },
			[]string{"表四总计"}, "表四 复议后起诉 / 总计"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := ok()
			c.break_(r)
			got := CheckTables(r, nil)
			var rules []string
			for _, p := range got {
				rules = append(rules, p.Rule)
			}
			if strings.Join(rules, ",") != strings.Join(c.rules, ",") {
				t.Fatalf("rules = %v, want %v (%v)", rules, c.rules, got)
			}
			if got[0].Where != c.where {
				t.Errorf("where = %q, want %q", got[0].Where, c.where)
			}
		})
	}
}

func TestCarryOverAndInForceNote(t *testing.T) {
	prev, cur := &AnnualReport{Year: 2024}, &AnnualReport{Year: 2025}
	prev.Table3.Rows[RowCarriedOut] = ApplicantCounts{2, 0, 0, 0, 1, 0, 3}
	cur.Table3.Rows[RowCarriedIn] = ApplicantCounts{2, 0, 0, 0, 1, 0, 3}
	if got := CheckCarryOver(prev, cur, nil); len(got) != 0 {
		t.Fatalf("equal carry-over: %v", got)
	}
	cur.Table3.Rows[RowCarriedIn] = ApplicantCounts{1, 0, 0, 0, 1, 0, 2}
	got := CheckCarryOver(prev, cur, nil)
	if len(got) != 2 || got[0].Where != "表三 二、上年结转政府信息公开申请数量 / 自然人" ||
		!strings.Contains(got[0].Message, "2024 年年报的「结转下年度继续办理」为 2，本年「上年结转」为 1") {
		t.Fatalf("carry-over problems = %v", got)
	}
	// 平潭综合实验区 2022→2023: 698 + 77 − 132 = 643, reported 470: a note.
	prev.Table2.NormativeDocs = DocCounts{InForce: 698}
	cur.Table2.NormativeDocs = DocCounts{Issued: 77, Repealed: 132, InForce: 470}
	notes := NoteInForce(prev, cur)
	if len(notes) != 1 || notes[0].Level != LevelNote || !strings.Contains(notes[0].Message, "= 643，本年现行有效为 470，相差 173") {
		t.Fatalf("notes = %v", notes)
	}
	cur.Table2.NormativeDocs.InForce = 643
	if notes := NoteInForce(prev, cur); len(notes) != 0 {
		t.Fatalf("consistent: %v", notes)
	}
}

func TestFigureName(t *testing.T) {
	for path, want := range map[string]string{
		"table3.withheld.state_secret.natural": "表三 （三）不予公开 1.属于国家秘密 / 自然人",
		"table3.withheld.total":                "表三 （三）不予公开（小计） / 总计",
		"table2.normative_docs.in_force":       "表二 行政规范性文件 / 现行有效件数",
		"table2.fees.amount_wan":               "表二 行政事业性收费 / 本年收费金额（单位：万元）",
		"table4.litigation_direct.pending":     "表四 未经复议直接起诉 / 尚未审结",
		"table9.x.y":                           "table9.x.y",
	} {
		if got := FigureName(path); got != want {
			t.Errorf("FigureName(%s) = %q, want %q", path, got, want)
		}
	}
}
