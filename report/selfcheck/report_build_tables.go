package selfcheck

import "fmt"

// The four rules' item tables: section 二 prints them, the workbook has
// one sheet each. Items are named by 索引号, 文号 or 申请编号 only.

// publishingTable lists the items published late.
func (b reportBuilder) publishingTable() Table {
	t := Table{Name: "发布时限", Header: []string{"序号", "索引号", "标题", "成文日期", "发布日期", "工作日"},
		Widths: []float64{11, 32, 54, 22, 22, 15}, Centre: []bool{true, true, false, true, true, true},
		Empty: "没有超过20个工作日发布的信息。"}
	for i, l := range b.res.Publishing.Late {
		t.Rows = append(t.Rows, []string{decimal(i + 1), l.IndexNo, l.Title, l.Formed.String(), l.Published.String(), decimal(l.Workdays)})
	}
	return t
}

// interpretTable lists the documents whose 解读 was late or is missing.
func (b reportBuilder) interpretTable() Table {
	t := Table{Name: "政策解读", Header: []string{"文号", "名称", "印发日期", "解读索引号", "解读日期", "情况"},
		Widths: []float64{34, 28, 22, 26, 22, 24}, Centre: []bool{true, false, true, true, true, true},
		Empty: "每件规范性文件均同步发布了解读。"}
	for _, d := range b.res.Interpretations.Documents {
		if d.Status == InterpretationSynced {
			continue
		}
		released := ""
		if !d.Released.IsZero() {
			released = d.Released.String()
		}
		t.Rows = append(t.Rows, []string{d.DocNo, d.Title, d.Issued.String(), orDash(d.IndexNo), orDash(released), interpretStatusText(d)})
	}
	return t
}

// interpretStatusText is 「同步」「迟N个工作日」 or 「缺失」.
func interpretStatusText(d DocumentInterpretation) string {
	switch d.Status {
	case InterpretationLate:
		return fmt.Sprintf("迟%d个工作日", d.LateDays)
	case InterpretationMissing:
		return "缺失"
	}
	return "同步"
}

// registrationTable lists the applications registered late, by 申请编号.
func (b reportBuilder) registrationTable() Table {
	t := Table{Name: "登记时限", Header: []string{"序号", "申请编号", "收到日期", "登记日期", "工作日"},
		Widths: []float64{12, 50, 30, 30, 16}, Centre: []bool{true, true, true, true, true},
		Empty: fmt.Sprintf("没有超过%d个工作日登记的申请。", b.registerDays())}
	for i, l := range b.res.Registration.Late {
		t.Rows = append(t.Rows, []string{decimal(i + 1), l.ID, l.Received.String(), l.Registered.String(), decimal(l.Workdays)})
	}
	return t
}

// coverageTable lists the periods with no item of a category that has a
// 公开时限.
func (b reportBuilder) coverageTable() Table {
	t := Table{Name: "目录时限", Header: []string{"序号", "类别", "公开时限", "期间"},
		Widths: []float64{12, 60, 30, 54}, Centre: []bool{true, false, true, true},
		Empty: "设有公开时限的类别在各期间均有公开。"}
	for i, g := range b.res.Coverage.Gaps {
		t.Rows = append(t.Rows, []string{decimal(i + 1), g.Category, g.Limit.String(), g.Period})
	}
	return t
}

// orDash is s, or 「—」 when empty.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
