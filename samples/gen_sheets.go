package samples

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// styles are the cell styles of the workbook.
type styles struct {
	title, header, text, center, dateISO, dateCN, money, wrap int
}

// newStyles registers the styles: thin borders everywhere, a shaded bold
// header, a large title, dates in the two formats clerks use.
func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	mid := func(h string) *excelize.Alignment { return &excelize.Alignment{Horizontal: h, Vertical: "center"} }
	iso, cn, amount := "yyyy-mm-dd", `yyyy"年"m"月"d"日"`, "0.00"
	defs := []*excelize.Style{
		{Font: &excelize.Font{Bold: true, Size: 16, Family: "黑体"}, Alignment: mid("center")},
		{Border: border, Font: &excelize.Font{Bold: true, Size: 11, Family: "宋体"}, Alignment: mid("center"),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}}},
		{Border: border, Alignment: mid("left")},
		{Border: border, Alignment: mid("center")},
		{Border: border, Alignment: mid("center"), CustomNumFmt: &iso},
		{Border: border, Alignment: mid("center"), CustomNumFmt: &cn},
		{Border: border, Alignment: mid("right"), CustomNumFmt: &amount},
		{Border: border, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}},
	}
	ids := make([]int, len(defs))
	for i, d := range defs {
		id, err := f.NewStyle(d)
		if err != nil {
			return styles{}, fmt.Errorf("new style: %w", err)
		}
		ids[i] = id
	}
	return styles{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7]}, nil
}

// yesNo writes a flag as the clerk does.
func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// cellOrNil returns nil for an empty string, so the cell stays empty.
func cellOrNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// publicationSheet lays out the 主动公开 ledger under a title row.
func publicationSheet(d Ledgers) sheet {
	s := sheet{name: "主动公开台账", title: UnitName + "2025年政府信息主动公开台账", cols: []column{
		{"索引号", 30}, {"标题", 62}, {"文号", 20}, {"成文日期", 14}, {"发布日期", 14}, {"类别", 22},
		{"发布渠道", 34}, {"发布机构", 18}, {"重点领域", 10}, {"依申请转主动", 13},
	}}
	for _, p := range d.Publications {
		s.rows = append(s.rows, []any{
			p.IndexNo, p.Title, cellOrNil(p.DocNo), dateVal{p.Formed, p.Form}, dateVal{p.Published, p.Form}, p.Category,
			p.Channels, p.Department, yesNo(p.KeyArea), yesNo(p.FromRequest),
		})
	}
	return s
}

// requestSheet lays out the 依申请公开 ledger under a title row, with the
// synonym 答复日期 for 办结日期 and both 收到日期 and 登记日期 (the
// self-inspection's registration rule).
func requestSheet(d Ledgers) sheet {
	s := sheet{name: "依申请公开登记", title: UnitName + "2025年依申请公开登记台账", cols: []column{
		{"申请编号", 13}, {"收到日期", 16}, {"登记日期", 16}, {"申请人类型", 13}, {"申请人", 24}, {"联系方式", 14},
		{"申请内容", 56}, {"申请方式", 10}, {"补正告知日期", 16}, {"补正收到日期", 16}, {"延期告知日期", 16},
		{"征求意见开始日期", 18}, {"征求意见结束日期", 18}, {"答复日期", 16}, {"办理结果", 36}, {"备注", 34},
	}}
	for _, r := range d.Requests {
		dv := func(t dateVal) dateVal { t.form = r.Form; return t }
		s.rows = append(s.rows, []any{
			r.ID, dv(dateVal{t: r.Received}), dv(dateVal{t: r.Registered}), r.Applicant, r.Name, r.Contact, r.Content, r.Method,
			dv(dateVal{t: r.CorrectionAsked}), dv(dateVal{t: r.CorrectionReceived}), dv(dateVal{t: r.ExtensionNotified}),
			dv(dateVal{t: r.ConsultStart}), dv(dateVal{t: r.ConsultEnd}), dv(dateVal{t: r.Concluded}),
			cellOrNil(r.Outcome), cellOrNil(r.Note),
		})
	}
	return s
}

// documentSheet lays out the 规范性文件 register, header in row 1.
func documentSheet(d Ledgers) sheet {
	s := sheet{name: "规范性文件", cols: []column{
		{"文号", 22}, {"名称", 46}, {"类型", 18}, {"印发日期", 14}, {"废止日期", 14}, {"有效期至", 14},
	}}
	for _, x := range d.Documents {
		s.rows = append(s.rows, []any{
			x.DocNo, x.Title, x.Kind, dateVal{x.Issued, DateCellISO},
			dateVal{x.Repealed, DateCellISO}, dateVal{x.ValidUntil, DateCellISO},
		})
	}
	return s
}

// decisionSheet lays out the 行政决定 register, header in row 1.
func decisionSheet(d Ledgers) sheet {
	s := sheet{name: "行政决定", cols: []column{{"决定编号", 22}, {"类型", 12}, {"决定日期", 14}}}
	for _, x := range d.Decisions {
		s.rows = append(s.rows, []any{x.ID, x.Kind, dateVal{x.Date, DateCellISO}})
	}
	return s
}

// feeSheet lays out the 收费 register, header in row 1.
func feeSheet(d Ledgers) sheet {
	s := sheet{name: "收费", cols: []column{
		{"收费编号", 14}, {"收费日期", 14}, {"金额（元）", 14}, {"类别", 16}, {"项目", 32}, {"申请编号", 13},
	}}
	for _, x := range d.Fees {
		s.rows = append(s.rows, []any{
			x.ID, dateVal{x.Date, DateCellISO}, money(x.AmountFen), x.Kind, x.Item, cellOrNil(x.RequestID),
		})
	}
	return s
}

// appealSheet lays out the 复议诉讼 ledger under a title row, with the
// optional column 应诉身份.
func appealSheet(d Ledgers) sheet {
	s := sheet{name: "复议诉讼", title: UnitName + "2025年政府信息公开行政复议、行政诉讼台账", cols: []column{
		{"案号", 26}, {"类型", 18}, {"立案日期", 16}, {"结案日期", 16}, {"结果", 10}, {"应诉身份", 12},
	}}
	for _, x := range d.Appeals {
		s.rows = append(s.rows, []any{
			x.CaseNo, x.Kind, dateVal{x.Filed, DateCellCN}, dateVal{x.Closed, DateCellCN},
			cellOrNil(x.Result), x.Role,
		})
	}
	return s
}

// catalogSheet lays out the 主动公开目录 with its 公开时限, header in row 1:
// one row per default category, in the order of the 目录.
func catalogSheet(d Ledgers) sheet {
	s := sheet{name: "目录", cols: []column{{"类别", 26}, {"公开时限", 16}}}
	for _, c := range d.Catalog {
		s.rows = append(s.rows, []any{c.Category, cellOrNil(c.Limit)})
	}
	return s
}
