package selfcheck

import (
	"fmt"
	"strings"
)

// overview is section 一: publications by category and channel, the
// applications, and the self-inspection's four rates.
func (b reportBuilder) overview(f ReportFigures) []Part {
	p := f.Publications
	var cats, chans []string
	for _, c := range p.ByCategory {
		s := fmt.Sprintf("%s%d条", c.Name, c.Count)
		if c.Limit != "" {
			s += "（公开时限：" + c.Limit + "）"
		}
		cats = append(cats, s)
	}
	for _, c := range p.ByChannel {
		chans = append(chans, fmt.Sprintf("%s%d条", c.Name, c.Count))
	}
	pub := fmt.Sprintf("%d年，本单位主动公开政府信息%d条。", b.res.Year, p.Total)
	if len(cats) > 0 {
		pub += "按主动公开目录类别分：" + strings.Join(cats, "，") + "。"
	}
	if len(chans) > 0 {
		pub += "按发布渠道分：" + strings.Join(chans, "，") + "。"
	}
	rq := f.Requests
	req := fmt.Sprintf("本年新收政府信息公开申请%d件，上年结转%d件，本年度办结%d件，结转下年度继续办理%d件。",
		rq.Received, rq.CarriedIn, rq.Concluded, rq.CarriedOut)
	if rq.Timely != nil {
		req += fmt.Sprintf("办结的申请中，在法定期限内答复%d件，按时答复率%s。", rq.Timely.Part, rq.Timely.String())
	} else {
		req += "本次未计算按时答复情况（缺少本年度的工作日历）。"
	}
	return []Part{
		{Subhead: "（一）主动公开", Paragraphs: []string{pub}},
		{Subhead: "（二）依申请公开", Paragraphs: []string{req}},
		{Subhead: "（三）自查指标", Paragraphs: []string{"本次自查的四项指标如下表（「—」表示台账缺少相关数据、未能计算）。"}, Table: rateTable(f)},
	}
}

// rateTable is the self-inspection's four rates.
func rateTable(f ReportFigures) *Table {
	row := func(name, basis string, r Ratio) []string {
		return []string{name, basis, decimal(r.Part) + "/" + decimal(r.Whole), r.String()}
	}
	return &Table{Name: "自查指标", Header: []string{"指标", "计算口径", "数量", "比率"},
		Widths: []float64{32, 84, 22, 18}, Centre: []bool{true, false, true, true},
		Rows: [][]string{
			row("按时发布率", fmt.Sprintf("%d个工作日内发布的信息 / 填写了成文日期的信息", f.Publishing.Days), f.Publishing.OnTime),
			row("解读同步率", "同步发布解读的规范性文件 / 本年印发的规范性文件", f.Interpreting.SyncRate),
			row("按时登记率", fmt.Sprintf("%d个工作日内登记的申请 / 填写了收到日期和登记日期的申请", f.Registration.Days), f.Registration.OnTime),
			row("目录时限覆盖率", "有信息公开的期间 / 设有公开时限的类别已到期的期间", f.Coverage.Rate),
		}}
}

// rules is section 二: one sub-part per rule with its source, figures and
// the items that break it.
func (b reportBuilder) rules(f ReportFigures, tables []Table) []Part {
	return []Part{b.publishingPart(f.Publishing, tables[0]), b.interpretPart(f.Interpreting, tables[1]),
		b.registrationPart(f.Registration, tables[2]), b.coveragePart(f.Coverage, tables[3])}
}

// withItems is a part whose table lists the items, or whose one sentence
// says nothing broke the rule.
func withItems(p Part, t Table, late int) Part {
	if late == 0 {
		p.Paragraphs = append(p.Paragraphs, "经自查，"+t.Empty)
		return p
	}
	p.Table = &t
	return p
}

func (b reportBuilder) publishingPart(r RuleFigures, t Table) Part {
	p := Part{Subhead: "（一）发布时限", Paragraphs: []string{fmt.Sprintf(
		"《中华人民共和国政府信息公开条例》第二十六条规定：属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起%d个工作日内及时公开。", PublishDays)}}
	switch {
	case r.All == 0:
		p.Paragraphs = append(p.Paragraphs, "本年没有发布信息，本项无需自查。")
		return p
	case r.Checked == 0:
		p.Paragraphs = append(p.Paragraphs, "主动公开台账未填写「成文日期」（也可写作「形成日期」「变更日期」），本项未能自查。请在主动公开台账中填写该列后重新生成本报告。")
		return p
	}
	s := fmt.Sprintf("本年发布信息%d条，其中填写了成文日期的%d条，在%d个工作日内发布%d条，按时发布率%s",
		r.All, r.Checked, r.Days, r.OnTime.Part, r.OnTime.String())
	if r.Late > 0 {
		s += fmt.Sprintf("；超过%d个工作日发布的%d条，见下表（工作日为成文日期次日起算至发布日期的工作日数）", r.Days, r.Late)
	}
	s += "。"
	if n := r.All - r.Checked; n > 0 {
		s += fmt.Sprintf("另有%d条未填写成文日期，未纳入本项自查。", n)
	}
	p.Paragraphs = append(p.Paragraphs, s)
	return withItems(p, t, r.Late)
}

func (b reportBuilder) interpretPart(r InterpretFigures, t Table) Part {
	p := Part{Subhead: "（二）政策解读", Paragraphs: []string{
		"按照政策文件与解读材料同步起草、同步审签、同步发布的要求，本年印发的规范性文件应当与其解读同步公开。主动公开台账中类别为「政策解读」、「文号」一栏写明所解读文件文号的信息，即为该文件的解读。"}}
	if r.Documents == 0 {
		p.Paragraphs = append(p.Paragraphs, "本年未印发规范性文件（规范性文件台账无本年文件），本项无需自查。")
		return p
	}
	p.Paragraphs = append(p.Paragraphs, fmt.Sprintf("本年印发规范性文件%d件，同步发布解读%d件，解读迟于文件发布%d件，未发布解读%d件，解读同步率%s。",
		r.Documents, r.Synced, r.Late, r.Missing, r.SyncRate.String()))
	return withItems(p, t, r.Late+r.Missing)
}

func (b reportBuilder) registrationPart(r RuleFigures, t Table) Part {
	p := Part{Subhead: "（三）登记时限", Paragraphs: []string{fmt.Sprintf(
		"按照政务公开工作要求，政府信息公开申请应当自收到之日起%d个工作日内登记（工作日与答复期限的计算方法相同）。", r.Days)}}
	switch {
	case r.All == 0:
		p.Paragraphs = append(p.Paragraphs, "本年未收到政府信息公开申请，本项无需自查。")
		return p
	case r.Checked == 0:
		p.Paragraphs = append(p.Paragraphs, "依申请公开台账未同时填写「收到日期」和「登记日期」，本项未能自查。请在依申请公开台账中增加「收到日期」列（原「登记日期」一栏如记的是收到日期，请移入该列），并填写登记日期后重新生成本报告。")
		return p
	}
	s := fmt.Sprintf("本年收到申请%d件，其中填写了收到日期和登记日期的%d件，按时登记%d件，按时登记率%s",
		r.All, r.Checked, r.OnTime.Part, r.OnTime.String())
	if r.Late > 0 {
		s += fmt.Sprintf("；超过%d个工作日登记的%d件，见下表（只列申请编号，不含申请人信息）", r.Days, r.Late)
	}
	s += "。"
	if n := r.All - r.Checked; n > 0 {
		s += fmt.Sprintf("另有%d件未同时填写收到日期和登记日期，未纳入本项自查。", n)
	}
	p.Paragraphs = append(p.Paragraphs, s)
	return withItems(p, t, r.Late)
}

func (b reportBuilder) coveragePart(r CoverageFigures, t Table) Part {
	p := Part{Subhead: "（四）目录时限", Paragraphs: []string{
		"主动公开目录中设有公开时限（每月、每季度、每年N月底前）的类别，在每个已届满的期间内都应有信息公开，否则存在应公开未公开的风险。"}}
	if r.Categories == 0 {
		p.Paragraphs = append(p.Paragraphs, "主动公开目录未设置公开时限，本项未能自查。请在目录（xxgk init --categories 或台账的「目录」工作表）中为类别填写「公开时限」后重新生成本报告。")
		return p
	}
	s := fmt.Sprintf("目录中设有公开时限的类别%d个，截至%s已届满的期间共%d个，其中有信息公开的%d个，目录时限覆盖率%s",
		r.Categories, chineseDate(b.asOf()), r.Due, r.Covered, r.Rate.String())
	if r.Gaps > 0 {
		s += fmt.Sprintf("；应公开未公开的期间%d个，见下表", r.Gaps)
	}
	p.Paragraphs = append(p.Paragraphs, s+"。")
	return withItems(p, t, r.Gaps)
}
