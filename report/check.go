package report

import "fmt"

// Locate names the place of a figure for a problem message: a table cell
// of a workbook, or the figure's own name when it was counted.
type Locate func(path string) string

// CheckTables applies the rules of docs/counting.md that a finished table obeys,
// whoever filled it in: for every column of table 3, new + carried_in =
// result_total + carried_out (the statutory 勾稽关系); result_total is the
// sum of the 22 outcome rows; 总计 is the sum of the six applicant columns;
// each block of table 4 has 总计 = the sum of the other four.
func CheckTables(r *AnnualReport, where Locate) []Problem {
	if where == nil {
		where = FigureName
	}
	var out []Problem
	add := func(path, rule, format string, args ...any) {
		out = append(out, Problem{Level: LevelError, Rule: rule, Where: where(path), Message: fmt.Sprintf(format, args...)})
	}
	rows := &r.Table3.Rows
	for j, col := range Table3Columns {
		in := rows[RowNew][j] + rows[RowCarriedIn][j]
		outN := rows[RowResultTotal][j] + rows[RowCarriedOut][j]
		if in != outN {
			add("table3.new."+col.Code, "勾稽关系",
				"表三「%s」列：第一项 %d + 第二项 %d = %d，不等于第三项总计 %d + 第四项 %d = %d",
				col.Label, rows[RowNew][j], rows[RowCarriedIn][j], in, rows[RowResultTotal][j], rows[RowCarriedOut][j], outN)
		}
		sum := 0
		for i := RowFirstResult; i < RowResultTotal; i++ {
			sum += rows[i][j]
		}
		if sum != rows[RowResultTotal][j] {
			add("table3.result_total."+col.Code, "办理结果总计",
				"表三「%s」列：（七）总计为 %d，但（一）至（六）各项之和为 %d", col.Label, rows[RowResultTotal][j], sum)
		}
	}
	for i, row := range Table3Rows {
		sum := 0
		for j := 0; j < NumApplicantTypes; j++ {
			sum += rows[i][j]
		}
		if sum != rows[i][TotalCol] {
			add("table3."+row.Code+".total", "总计列",
				"表三「%s」行：总计为 %d，但六类申请人之和为 %d", rowTitle(i), rows[i][TotalCol], sum)
		}
	}
	for _, b := range Table4Blocks {
		v := r.Table4.Block(AppealKind(b.Code)).Values()
		if v[0]+v[1]+v[2]+v[3] != v[4] {
			add("table4."+b.Code+".total", "表四总计",
				"表四「%s」：总计为 %d，但结果维持、结果纠正、其他结果、尚未审结之和为 %d", b.Label, v[4], v[0]+v[1]+v[2]+v[3])
		}
	}
	return out
}

// CheckCarryOver compares last year's recorded carried_out with this
// year's carried_in, column by column: they must be equal.
func CheckCarryOver(prev *AnnualReport, cur *AnnualReport, where Locate) []Problem {
	if where == nil {
		where = FigureName
	}
	var out []Problem
	for j, col := range Table3Columns {
		last, now := prev.Table3.Rows[RowCarriedOut][j], cur.Table3.Rows[RowCarriedIn][j]
		if last != now {
			out = append(out, Problem{Level: LevelError, Rule: "上年结转", Where: where("table3.carried_in." + col.Code),
				Message: fmt.Sprintf("表三「%s」列：%d 年年报的「结转下年度继续办理」为 %d，本年「上年结转」为 %d，两者应相等",
					col.Label, prev.Year, last, now)})
		}
	}
	return out
}

// NoteInForce points out, as a note never an error, that this year's
// 现行有效件数 differs from last year's plus issued minus repealed: documents
// also lapse when their validity ends (docs/counting.md).
func NoteInForce(prev *AnnualReport, cur *AnnualReport) []Problem {
	var out []Problem
	pairs := []struct {
		label     string
		last, now DocCounts
	}{
		{Table2Label(string(DocRule)), prev.Table2.Rules, cur.Table2.Rules},
		{Table2Label(string(DocNormative)), prev.Table2.NormativeDocs, cur.Table2.NormativeDocs},
	}
	for _, p := range pairs {
		want := p.last.InForce + p.now.Issued - p.now.Repealed
		if want != p.now.InForce {
			out = append(out, Problem{Level: LevelNote, Rule: "现行有效件数", Where: "表二 " + p.label,
				Message: fmt.Sprintf("上年现行有效 %d + 本年制发 %d − 本年废止 %d = %d，本年现行有效为 %d，相差 %d（有效期届满失效的文件会造成差异，请核对）",
					p.last.InForce, p.now.Issued, p.now.Repealed, want, p.now.InForce, want-p.now.InForce)})
		}
	}
	return out
}
