package pdf

import (
	"fmt"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// The documents' text as the fonts can set it: copies of the published
// report and the monthly summary with every character the fonts cannot set
// replaced, each place named the way the clerk finds it in the narrative
// file or the ledgers.

// published returns a copy of doc with its text guarded.
func (g *charGuard) published(doc *report.PublishedReport) *report.PublishedReport {
	c := *doc
	c.Title = g.text(doc.Title, "标题")
	c.Opening = make([]string, len(doc.Opening))
	for i, p := range doc.Opening {
		c.Opening[i] = g.text(p, fmt.Sprintf("开头第%d段", i+1))
	}
	c.Sections = make([]report.Section, len(doc.Sections))
	for i, s := range doc.Sections {
		c.Sections[i] = g.section(s, i)
	}
	c.SignOff = make([]string, len(doc.SignOff))
	for i, l := range doc.SignOff {
		c.SignOff[i] = g.line(l, "落款")
	}
	return &c
}

// section guards section i: its heading, sub-heads and paragraphs, the
// paragraphs numbered through the section.
func (g *charGuard) section(s report.Section, i int) report.Section {
	s.Heading = g.text(s.Heading, fmt.Sprintf("第%d部分的标题", i+1))
	name := "「" + s.Heading + "」"
	blocks := make([]report.Block, len(s.Blocks))
	n := 0
	for j, b := range s.Blocks {
		b.Subhead = g.text(b.Subhead, name+"的小标题")
		ps := make([]string, len(b.Paragraphs))
		for k, p := range b.Paragraphs {
			n++
			ps[k] = g.text(p, fmt.Sprintf("%s第%d段", name, n))
		}
		b.Paragraphs = ps
		blocks[j] = b
	}
	s.Blocks = blocks
	return s
}

// monthly returns a copy of s with its text guarded.
func (g *charGuard) monthly(s *report.MonthlySummary) *report.MonthlySummary {
	c := *s
	c.Unit.Name = g.line(s.Unit.Name, "单位名称")
	c.Tasks = make([]report.TaskLine, len(s.Tasks))
	for i, t := range s.Tasks {
		c.Tasks[i] = g.task(t, i)
	}
	c.Units = make([]report.UnitCompletion, len(s.Units))
	for i, u := range s.Units {
		u.Unit = g.line(u.Unit, "责任单位完成情况表")
		c.Units[i] = u
	}
	p := &c.Publications
	p.ByCategory = make([]report.MonthCount, len(s.Publications.ByCategory))
	for i, m := range s.Publications.ByCategory {
		m.Name = g.line(m.Name, "信息类别")
		p.ByCategory[i] = m
	}
	p.ByDepartment = make([]report.DeptQuota, len(s.Publications.ByDepartment))
	for i, d := range s.Publications.ByDepartment {
		d.Name = g.line(d.Name, "信息发布情况表的发布单位")
		p.ByDepartment[i] = d
	}
	a := &c.Applications
	a.LateIDs = g.lines(s.Applications.LateIDs, "申请编号")
	a.Open = make([]report.OpenApplication, len(s.Applications.Open))
	for i, o := range s.Applications.Open {
		o.ID = g.line(o.ID, "申请编号")
		a.Open[i] = o
	}
	return &c
}

// task guards the i-th task line.
func (g *charGuard) task(t report.TaskLine, i int) report.TaskLine {
	t.Task.ID = g.line(t.Task.ID, fmt.Sprintf("第%d项任务的任务编号", i+1))
	of := "任务 " + t.Task.ID + " 的"
	t.Task.Area = g.text(t.Task.Area, of+"工作要点")
	t.Task.Requirement = g.text(t.Task.Requirement, of+"具体要求")
	t.Task.Units = g.lines(t.Task.Units, of+"责任单位")
	t.LatestNote = g.text(t.LatestNote, of+"最新进展")
	return t
}

// lines guards each of ss as a line.
func (g *charGuard) lines(ss []string, where string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = g.line(s, where)
	}
	return out
}

// selfCheck returns a copy of the 自查报告 with its text guarded, each
// place named by its section and sub-head.
func (g *charGuard) selfCheck(r *selfcheck.Report) *selfcheck.Report {
	c := *r
	c.Title = g.text(r.Title, "标题")
	c.Unit.Name = g.line(r.Unit.Name, "单位名称")
	c.Sections = make([]selfcheck.Section, len(r.Sections))
	for i, s := range r.Sections {
		s.Heading = g.text(s.Heading, fmt.Sprintf("第%d部分的标题", i+1))
		parts := make([]selfcheck.Part, len(s.Parts))
		for j, p := range s.Parts {
			where := "「" + s.Heading + p.Subhead + "」"
			p.Subhead = g.text(p.Subhead, where+"的小标题")
			p.Paragraphs = g.texts(p.Paragraphs, where+"的文字")
			p.After = g.texts(p.After, where+"的文字")
			if p.Table != nil {
				t := *p.Table
				t.Rows = make([][]string, len(p.Table.Rows))
				for k, row := range p.Table.Rows {
					t.Rows[k] = g.texts(row, fmt.Sprintf("%s表格第%d行", where, k+1))
				}
				p.Table = &t
			}
			parts[j] = p
		}
		s.Parts = parts
		c.Sections[i] = s
	}
	c.SignOff = g.lines(r.SignOff, "落款")
	return &c
}

// texts guards each of ss as text.
func (g *charGuard) texts(ss []string, where string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = g.text(s, where)
	}
	return out
}
