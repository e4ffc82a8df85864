package html

import (
	"strconv"

	"github.com/xxgk/xxgk/report"
)

// cell is one th or td of a statutory table. A header cell carries its
// scope (col, row, colgroup or rowgroup); spans of 1 are not printed.
type cell struct {
	Text    string
	Header  bool
	Scope   string
	Rowspan int
	Colspan int
	Class   string
}

// row is one tr.
type row struct{ Cells []cell }

// table is one statutory table: a caption, header rows repeated on every
// printed page, and one or more tbody groups.
type table struct {
	ID      string
	Class   string
	Caption string
	Head    []row
	Bodies  [][]row
}

// th returns a header cell.
func th(text, scope string, rowspan, colspan int) cell {
	return cell{Text: text, Header: true, Scope: scope, Rowspan: rowspan, Colspan: colspan}
}

// num returns a data cell holding n.
func num(n int) cell { return cell{Text: strconv.Itoa(n), Class: "num"} }

// buildTable returns the statutory table id of rep, or false for an
// unknown id.
func buildTable(id report.TableID, rep *report.AnnualReport) (table, bool) {
	switch id {
	case report.TableTwo:
		return table2(rep), true
	case report.TableThree:
		return table3(rep), true
	case report.TableFour:
		return table4(rep), true
	}
	return table{}, false
}

// table2 builds 「二、主动公开政府信息情况」: four blocks, each opening with a
// caption row across the four columns and a header row.
func table2(rep *report.AnnualReport) table {
	t2 := &rep.Table2
	docHeads := []string{report.Table2Issued, report.Table2Repealed, report.Table2InForce}
	docRow := func(label string, d report.DocCounts) row {
		return row{[]cell{th(label, "row", 1, 1), num(d.Issued), num(d.Repealed), num(d.InForce)}}
	}
	single := func(label string, c cell) row {
		c.Colspan = 3
		return row{[]cell{th(label, "row", 1, 1), c}}
	}
	decisions := func(label string, n int) row { return single(label, num(n)) }
	fees := t2.FeesWan
	if fees == "" {
		fees = "0.00"
	}
	return table{
		ID: "table2", Class: "t2", Caption: report.Table2Title,
		Bodies: [][]row{
			t2Block(report.Table2Item1, docHeads,
				docRow(report.DocKindLabels[report.DocRule], t2.Rules),
				docRow(report.DocKindLabels[report.DocNormative], t2.NormativeDocs)),
			t2Block(report.Table2Item5, []string{report.Table2Decisions},
				decisions(report.DecisionKindLabels[report.DecisionLicensing], t2.Licensing)),
			t2Block(report.Table2Item6, []string{report.Table2Decisions},
				decisions(report.DecisionKindLabels[report.DecisionPenalty], t2.Penalty),
				decisions(report.DecisionKindLabels[report.DecisionEnforcement], t2.Enforcement)),
			t2Block(report.Table2Item8, []string{report.Table2FeeAmount},
				single(report.Table2FeeLabel, cell{Text: fees, Class: "num"})),
		},
	}
}

// t2Block returns one block of table 2: the caption row, the header row
// (信息内容 and the value heads; a single head spans the three value
// columns) and the data rows.
func t2Block(caption string, heads []string, data ...row) []row {
	head := row{[]cell{th(report.Table2Content, "col", 1, 1)}}
	for _, h := range heads {
		span := 1
		if len(heads) == 1 {
			span = 3
		}
		head.Cells = append(head.Cells, th(h, "col", 1, span))
	}
	capRow := th(caption, "rowgroup", 1, 4)
	capRow.Class = "block"
	return append([]row{{[]cell{capRow}}, head}, data...)
}

// table3 builds 「三、收到和处理政府信息公开申请情况」 in the national layout:
// the 3×3 note cell, 申请人情况 over the seven columns, 「三、本年度办理结果」
// down the 22 result rows, and each outcome group down its items.
func table3(rep *report.AnnualReport) table {
	cols := report.Table3Columns
	note := cell{Text: report.Table3Note, Rowspan: 3, Colspan: 3, Class: "note"}
	head := []row{
		{[]cell{note, th(report.Table3Applicant, "colgroup", 1, len(cols))}},
		{[]cell{
			th(cols[0].Label, "col", 2, 1),
			th(report.Table3LegalPerson, "colgroup", 1, report.NumApplicantTypes-1),
			th(cols[report.TotalCol].Label, "col", 2, 1),
		}},
		{},
	}
	for j := 1; j < report.TotalCol; j++ {
		head[2].Cells = append(head[2].Cells, th(cols[j].Label, "col", 1, 1))
	}
	var body []row
	rows := report.Table3Rows
	for i, r := range rows {
		var labels []cell
		if i == report.RowFirstResult {
			results := th(report.Table3Results, "rowgroup", report.RowResultTotal-report.RowFirstResult+1, 1)
			results.Class = "stack"
			labels = append(labels, results)
		}
		switch {
		case r.Group != "":
			if i == 0 || rows[i-1].Group != r.Group {
				group := th(groupTitle(r.Group), "rowgroup", report.GroupSize(r.Group), 1)
				group.Class = "group"
				labels = append(labels, group)
			}
			labels = append(labels, th(r.Number+r.Label, "row", 1, 1))
		case r.IsOutcome || i == report.RowResultTotal:
			labels = append(labels, th(r.Number+r.Label, "row", 1, 2))
		default:
			labels = append(labels, th(r.Number+r.Label, "row", 1, 3))
		}
		for j := range cols {
			labels = append(labels, num(rep.Table3.Rows[i][j]))
		}
		body = append(body, row{labels})
	}
	return table{ID: "table3", Class: "t3", Caption: report.Table3Title, Head: head, Bodies: [][]row{body}}
}

// groupTitle returns 「（三）不予公开」 for "withheld", and so on.
func groupTitle(code string) string {
	for _, g := range report.Table3Groups {
		if g.Code == code {
			return g.Number + g.Label
		}
	}
	return ""
}

// table4 builds 「四、政府信息公开行政复议、行政诉讼情况」: 行政复议 over five
// columns with its labels two rows high, 行政诉讼 over ten split into
// 未经复议直接起诉 and 复议后起诉, then one row of 15 numbers.
func table4(rep *report.AnnualReport) table {
	width := len(report.Table4Columns)
	head := []row{
		{[]cell{
			th(report.Table4Review, "colgroup", 1, width),
			th(report.Table4Litigation, "colgroup", 1, 2*width),
		}},
		{}, {},
	}
	var data row
	for b, block := range report.Table4Blocks {
		if b > 0 {
			head[1].Cells = append(head[1].Cells, th(block.Label, "colgroup", 1, width))
		}
		for _, col := range report.Table4Columns {
			if b == 0 {
				head[1].Cells = append(head[1].Cells, th(col.Label, "col", 2, 1))
			} else {
				head[2].Cells = append(head[2].Cells, th(col.Label, "col", 1, 1))
			}
		}
		for _, v := range rep.Table4.Block(report.AppealKind(block.Code)).Values() {
			data.Cells = append(data.Cells, num(v))
		}
	}
	return table{ID: "table4", Class: "t4", Caption: report.Table4Title, Head: head, Bodies: [][]row{{data}}}
}
