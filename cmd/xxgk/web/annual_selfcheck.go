package web

import (
	"fmt"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// selfCheckView is the 「自查」 section of 年度报告: the four rules of the
// self-inspection with their figures and the items that break each, named
// by 索引号 / 文号 / 申请编号 / 类别 and 期间 only (never the applicant).
type selfCheckView struct {
	Year  int
	Error string // the self-inspection cannot be made: why

	AsOf         report.Date
	RegisterDays int

	Published, FormedChecked, PubOnTime int
	PubRate                             string // 按时率, "" when nothing was checked
	PubNote                             string // why the rule was not checked
	LatePubs                            []selfCheckRow

	DocCount                  int
	Synced, LateDocs, Missing int
	DocNote                   string
	Docs                      []selfCheckRow // every document with its 解读

	Received, RegChecked, RegOnTime int
	RegRate                         string
	RegNote                         string
	LateRegs                        []selfCheckRow

	Categories []selfCheckRow // the categories with a periodic 时限
	Gaps       []selfCheckRow
	GapNote    string
}

// selfCheckRow is one line of a rule's list. Key is the 索引号, 文号,
// 申请编号 or category; Href the page of its record when there is one.
type selfCheckRow struct {
	Key, Href       string
	Title           string
	From, To        string // the two dates compared
	Workdays        string // working days between them, as shown
	Status, Class   string // the outcome in words, and its colour
	Period, Limit   string
	Due, Covered, N int
}

// selfCheckOf builds the section from the self-inspection of the year.
func selfCheckOf(r *selfcheck.Result) *selfCheckView {
	v := &selfCheckView{Year: r.Year, AsOf: r.AsOf, RegisterDays: r.RegisterDays}
	if v.RegisterDays == 0 {
		v.RegisterDays = selfcheck.DefaultRegisterDays
	}
	p := r.Publishing
	v.Published, v.FormedChecked, v.PubOnTime = p.Published, p.Checked, p.OnTime()
	v.PubRate = selfcheck.NewRatio(p.OnTime(), p.Checked).String()
	if p.Checked == 0 {
		v.PubNote = "主动公开台账没有「成文日期」（或「形成日期」「变更日期」）列，或该列均未填写，无法检查发布时限。"
	}
	for _, l := range p.Late {
		v.LatePubs = append(v.LatePubs, selfCheckRow{Key: l.IndexNo, Title: l.Title, From: l.Formed.String(),
			To: l.Published.String(), Workdays: strconv.Itoa(l.Workdays), Status: "逾期", Class: "overdue"})
	}
	in := r.Interpretations
	v.DocCount = len(in.Documents)
	v.Synced, v.LateDocs, v.Missing = in.Counts()
	if v.DocCount == 0 {
		v.DocNote = fmt.Sprintf("%d 年没有印发规范性文件，无需检查解读。", r.Year)
	}
	for _, d := range in.Documents {
		row := selfCheckRow{Key: d.DocNo, Title: d.Title, From: d.Issued.String(), To: d.Released.String()}
		switch d.Status {
		case selfcheck.InterpretationSynced:
			row.Status, row.Title = "同步", d.IndexNo
		case selfcheck.InterpretationLate:
			row.Status, row.Class, row.Workdays = fmt.Sprintf("迟于 %d 个工作日", d.LateDays), "soon", strconv.Itoa(d.LateDays)
			row.Title = d.IndexNo
		default:
			row.Status, row.Class, row.Title = "缺失", "overdue", "（无）"
		}
		v.Docs = append(v.Docs, row)
	}
	g := r.Registration
	v.Received, v.RegChecked, v.RegOnTime = g.Received, g.Checked, g.OnTime()
	v.RegRate = selfcheck.NewRatio(g.OnTime(), g.Checked).String()
	if g.Checked == 0 {
		v.RegNote = "依申请公开台账没有同时填写「收到日期」和「登记日期」，无法检查登记时限。"
	}
	for _, l := range g.Late {
		v.LateRegs = append(v.LateRegs, selfCheckRow{Key: l.ID, Href: requestHref(l.ID), From: l.Received.String(),
			To: l.Registered.String(), Workdays: strconv.Itoa(l.Workdays), Status: "逾期登记", Class: "overdue"})
	}
	c := r.Coverage
	for _, x := range c.Categories {
		v.Categories = append(v.Categories, selfCheckRow{Key: x.Category, Limit: x.Limit.String(), Due: x.Due, Covered: x.Covered, N: x.Items})
	}
	if len(c.Categories) == 0 {
		v.GapNote = "目录中没有类别设置公开时限（每月、每季度、每年N月底前），无法检查应公开未公开。"
	}
	for _, x := range c.Gaps {
		v.Gaps = append(v.Gaps, selfCheckRow{Key: x.Category, Limit: x.Limit.String(), Period: x.Period,
			From: x.From.String(), To: x.To.String(), Status: "应公开未公开", Class: "overdue"})
	}
	return v
}
