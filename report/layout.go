package report

import "strconv"

// This file lays out the statutory tables 二, 三 and 四 cell by cell as the
// national format prints them: merged headers as row and column spans, the
// row numbers and the statutory wording. The HTML report and the
// workbench's 年度报告 page both walk this one layout.

// LayoutCell is one th or td of a printed statutory table. A header cell
// carries its scope (col, row, colgroup or rowgroup); spans of 1 are not
// printed.
type LayoutCell struct {
	Text    string
	Header  bool
	Scope   string
	Rowspan int
	Colspan int
	// Class is the cell's kind for a stylesheet: "num" for a figure,
	// "note", "stack" (written downwards), "group" or "block".
	Class string
	// Figure is the JSON path of the figure the cell prints, e.g.
	// "table3.granted.natural"; empty for a label.
	Figure string
}

// LayoutRow is one tr.
type LayoutRow struct{ Cells []LayoutCell }

// Layout is one statutory table: a caption, header rows repeated on every
// printed page, and one or more tbody groups.
type Layout struct {
	ID      string
	Class   string
	Caption string
	Head    []LayoutRow
	Bodies  [][]LayoutRow
}

// th returns a header cell.
func th(text, scope string, rowspan, colspan int) LayoutCell {
	return LayoutCell{Text: text, Header: true, Scope: scope, Rowspan: rowspan, Colspan: colspan}
}

// num returns a data cell holding n, the figure at path.
func num(n int, path string) LayoutCell {
	return LayoutCell{Text: strconv.Itoa(n), Class: "num", Figure: path}
}

// TableLayout returns the statutory table id of rep laid out as printed,
// or false for an unknown id.
func TableLayout(id TableID, rep *AnnualReport) (Layout, bool) {
	switch id {
	case Table2ID:
		return table2Layout(rep), true
	case Table3ID:
		return table3Layout(rep), true
	case Table4ID:
		return table4Layout(rep), true
	}
	return Layout{}, false
}

// table2Layout lays out 「二、主动公开政府信息情况」 from Table2Blocks: four
// blocks, each opening with a caption row across the four columns and a
// header row.
func table2Layout(rep *AnnualReport) Layout {
	t := Layout{ID: "table2", Class: "t2", Caption: Table2Title}
	for _, b := range Table2Blocks {
		body := t2Block(b)
		for _, r := range b.Rows {
			body = append(body, t2Row(&rep.Table2, b, r))
		}
		t.Bodies = append(t.Bodies, body)
	}
	return t
}

// t2Block returns the head of one block of table 2: the caption row and
// the header row (信息内容 and the value heads; a single head spans the
// three value columns).
func t2Block(b Table2Block) []LayoutRow {
	head := LayoutRow{[]LayoutCell{th(Table2Content, "col", 1, 1)}}
	for _, h := range b.Heads {
		head.Cells = append(head.Cells, th(h.Label, "col", 1, t2Span(len(b.Heads))))
	}
	capRow := th(b.Caption, "rowgroup", 1, 4)
	capRow.Class = "block"
	return []LayoutRow{{[]LayoutCell{capRow}}, head}
}

// t2Row returns a data row of table 2: its label and its figures, the fee
// amount as held (0.00 when empty).
func t2Row(t *Table2, b Table2Block, r Table2Row) LayoutRow {
	out := LayoutRow{[]LayoutCell{th(r.Label, "row", 1, 1)}}
	vals := r.Values(t)
	for j, v := range vals {
		if r.IsAmount() && v == "" {
			v = "0.00"
		}
		out.Cells = append(out.Cells, LayoutCell{Text: v, Class: "num", Colspan: t2Span(len(vals)), Figure: r.Path(b.Heads[j])})
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

// table3Layout lays out 「三、收到和处理政府信息公开申请情况」: the 3×3 note
// cell, 申请人情况 over the seven columns, 「三、本年度办理结果」 down the 22
// result rows, and each outcome group down its items.
func table3Layout(rep *AnnualReport) Layout {
	cols := Table3Columns
	note := LayoutCell{Text: Table3Note, Rowspan: 3, Colspan: 3, Class: "note"}
	head := []LayoutRow{
		{[]LayoutCell{note, th(Table3Applicant, "colgroup", 1, len(cols))}},
		{[]LayoutCell{
			th(cols[0].Label, "col", 2, 1),
			th(Table3LegalPerson, "colgroup", 1, NumApplicantTypes-1),
			th(cols[TotalCol].Label, "col", 2, 1),
		}},
		{},
	}
	for j := 1; j < TotalCol; j++ {
		head[2].Cells = append(head[2].Cells, th(cols[j].Label, "col", 1, 1))
	}
	var body []LayoutRow
	for i, r := range Table3Rows {
		cells := t3Labels(i, r)
		for j, col := range cols {
			cells = append(cells, num(rep.Table3.Rows[i][j], "table3."+r.Code+"."+col.Code))
		}
		body = append(body, LayoutRow{cells})
	}
	return Layout{ID: "table3", Class: "t3", Caption: Table3Title, Head: head, Bodies: [][]LayoutRow{body}}
}

// t3Labels returns the header cells that open row i of table 3: the
// merged 「三、本年度办理结果」 and group cells where they start, then the
// row's numbered label across the columns left to it.
func t3Labels(i int, r Table3Row) []LayoutCell {
	var labels []LayoutCell
	if i == RowFirstResult {
		results := th(Table3Results, "rowgroup", RowResultTotal-RowFirstResult+1, 1)
		results.Class = "stack"
		labels = append(labels, results)
	}
	switch {
	case r.Group != "":
		if i == 0 || Table3Rows[i-1].Group != r.Group {
			group := th(groupTitle(r.Group), "rowgroup", GroupSize(r.Group), 1)
			group.Class = "group"
			labels = append(labels, group)
		}
		labels = append(labels, th(r.Number+r.Label, "row", 1, 1))
	case r.IsOutcome || i == RowResultTotal:
		labels = append(labels, th(r.Number+r.Label, "row", 1, 2))
	default:
		labels = append(labels, th(r.Number+r.Label, "row", 1, 3))
	}
	return labels
}

// groupTitle returns 「（三）不予公开」 for "withheld", and so on.
func groupTitle(code string) string {
	for _, g := range Table3Groups {
		if g.Code == code {
			return g.Number + g.Label
		}
	}
	return ""
}

// table4Layout lays out 「四、政府信息公开行政复议、行政诉讼情况」: 行政复议
// over five columns with its labels two rows high, 行政诉讼 over ten split
// into 未经复议直接起诉 and 复议后起诉, then one row of 15 numbers.
func table4Layout(rep *AnnualReport) Layout {
	width := len(Table4Columns)
	head := []LayoutRow{
		{[]LayoutCell{
			th(Table4Review, "colgroup", 1, width),
			th(Table4Litigation, "colgroup", 1, 2*width),
		}},
		{}, {},
	}
	var data LayoutRow
	for b, block := range Table4Blocks {
		if b > 0 {
			head[1].Cells = append(head[1].Cells, th(block.Label, "colgroup", 1, width))
		}
		for _, col := range Table4Columns {
			if b == 0 {
				head[1].Cells = append(head[1].Cells, th(col.Label, "col", 2, 1))
			} else {
				head[2].Cells = append(head[2].Cells, th(col.Label, "col", 1, 1))
			}
		}
		for j, v := range rep.Table4.Block(AppealKind(block.Code)).Values() {
			data.Cells = append(data.Cells, num(v, "table4."+block.Code+"."+Table4Columns[j].Code))
		}
	}
	return Layout{ID: "table4", Class: "t4", Caption: Table4Title, Head: head, Bodies: [][]LayoutRow{{data}}}
}
