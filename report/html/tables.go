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
	case report.Table2ID:
		return table2(rep), true
	case report.Table3ID:
		return table3(rep), true
	case report.Table4ID:
		return table4(rep), true
	}
	return table{}, false
}

// table2 builds 「二、主动公开政府信息情况」 from report.Table2Blocks: four
// blocks, each opening with a caption row across the four columns and a
// header row.
func table2(rep *report.AnnualReport) table {
	t := table{ID: "table2", Class: "t2", Caption: report.Table2Title}
	for _, b := range report.Table2Blocks {
		body := t2Block(b)
		for _, r := range b.Rows {
			body = append(body, t2Row(&rep.Table2, r))
		}
		t.Bodies = append(t.Bodies, body)
	}
	return t
}

// t2Block returns the head of one block of table 2: the caption row and
// the header row (信息内容 and the value heads; a single head spans the
// three value columns).
func t2Block(b report.Table2Block) []row {
	head := row{[]cell{th(report.Table2Content, "col", 1, 1)}}
	for _, h := range b.Heads {
		head.Cells = append(head.Cells, th(h.Label, "col", 1, t2Span(len(b.Heads))))
	}
	capRow := th(b.Caption, "rowgroup", 1, 4)
	capRow.Class = "block"
	return []row{{[]cell{capRow}}, head}
}

// t2Row returns a data row of table 2: its label and its figures, the fee
// amount as held (0.00 when empty).
func t2Row(t *report.Table2, r report.Table2Row) row {
	out := row{[]cell{th(r.Label, "row", 1, 1)}}
	vals := r.Values(t)
	for _, v := range vals {
		if r.IsAmount() && v == "" {
			v = "0.00"
		}
		out.Cells = append(out.Cells, cell{Text: v, Class: "num", Colspan: t2Span(len(vals))})
	}
	return out
}

// t2Span is the column span of each of n value cells or heads in a row of
// table 2: the three value columns are shared among them.
func t2Span(n int) int {
	if n == 1 {
		return 3
	}
	return 1
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
