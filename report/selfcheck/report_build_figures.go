package selfcheck

import "github.com/xxgk/xxgk/report"

// figures gathers the numbers of every section from the annual count, the
// Result and the monthly summary.
func (b reportBuilder) figures() ReportFigures {
	var f ReportFigures
	p := b.rep.Publications
	f.Publications.Total = p.Total
	limits := map[string]string{}
	for _, c := range b.in.Catalog {
		limits[c.Name] = c.Limit.String()
	}
	seen := map[string]bool{}
	for _, c := range p.ByCategory {
		f.Publications.ByCategory = append(f.Publications.ByCategory, CategoryFigure{c.Name, c.Count, limits[c.Name]})
		seen[c.Name] = true
	}
	// a category of the 目录 with a 时限 and nothing published is shown too
	for _, c := range b.in.Catalog {
		if l := c.Limit.String(); l != "" && !seen[c.Name] {
			f.Publications.ByCategory = append(f.Publications.ByCategory, CategoryFigure{c.Name, 0, l})
			seen[c.Name] = true
		}
	}
	for _, c := range p.ByChannel {
		f.Publications.ByChannel = append(f.Publications.ByChannel, NamedFigure{c.Name, c.Count})
	}
	t3 := b.rep.Table3.Rows
	f.Requests = RequestFigures{Received: t3[report.RowNew][report.TotalCol], CarriedIn: t3[report.RowCarriedIn][report.TotalCol],
		Concluded: t3[report.RowResultTotal][report.TotalCol], CarriedOut: t3[report.RowCarriedOut][report.TotalCol]}
	if tm := b.rep.Timeliness; tm != nil {
		r := NewRatio(tm.OnTime, tm.Concluded)
		f.Requests.Timely = &r
	}
	pub := b.res.Publishing
	f.Publishing = RuleFigures{All: pub.Published, Checked: pub.Checked, Late: len(pub.Late), OnTime: NewRatio(pub.OnTime(), pub.Checked), Days: PublishDays}
	synced, late, missing := b.res.Interpretations.Counts()
	n := len(b.res.Interpretations.Documents)
	f.Interpreting = InterpretFigures{Documents: n, Synced: synced, Late: late, Missing: missing, SyncRate: NewRatio(synced, n)}
	reg := b.res.Registration
	f.Registration = RuleFigures{All: reg.Received, Checked: reg.Checked, Late: len(reg.Late), OnTime: NewRatio(reg.OnTime(), reg.Checked), Days: b.registerDays()}
	cov := b.res.Coverage
	f.Coverage.Categories = len(cov.Categories)
	for _, c := range cov.Categories {
		f.Coverage.Due += c.Due
		f.Coverage.Covered += c.Covered
	}
	f.Coverage.Gaps = len(cov.Gaps)
	f.Coverage.Rate = NewRatio(f.Coverage.Covered, f.Coverage.Due)
	if s := b.in.Tasks; s != nil {
		if c := s.TaskCounts; c.Total > 0 {
			f.Tasks = &TaskFigures{Total: c.Total, Done: c.Done, InProgress: c.InProgress, NotStarted: c.NotStarted, Overdue: c.Overdue}
		}
		for _, d := range s.Publications.ByDepartment {
			if d.YearToDateQuota > 0 {
				f.Quotas = append(f.Quotas, QuotaFigures{d.Name, d.YearToDate, d.YearToDateQuota, d.YearToDate >= d.YearToDateQuota})
			}
		}
	}
	return f
}

// registerDays is the allowed lag of registration.
func (b reportBuilder) registerDays() int {
	if b.res.RegisterDays > 0 {
		return b.res.RegisterDays
	}
	return DefaultRegisterDays
}
