package rollup

import "github.com/xxgk/xxgk/report"

// adder accumulates reports into sum.
type adder struct {
	sum   *report.AnnualReport
	fees  fee
	n     int // reports added
	timed int // reports that had Timeliness
	time  report.Timeliness
	cats  *namedSum
	// noMonths counts the units whose figures lack the category × month
	// grid: the sum then has none.
	noMonths int
	byUnit   []report.NamedCount
	chans    *namedSum
}

func newAdder(sum *report.AnnualReport) *adder {
	return &adder{sum: sum, cats: newNamedSum(), chans: newNamedSum()}
}

// add adds r, read from a file of kind (KindExport or KindHand), to the
// sum. The error says that r's fee is not a number; the rest of r is added
// all the same.
func (a *adder) add(r *report.AnnualReport, kind string) error {
	a.n++
	if kind == KindHand || len(r.Publications.CategoryMonth) != len(r.Publications.ByCategory) {
		a.noMonths++ // a hand-filled table has no 主动公开 block at all
	}
	a.byUnit = append(a.byUnit, report.NamedCount{Name: r.Unit.Name, Count: r.Publications.Total})
	addTable2(&a.sum.Table2, &r.Table2)
	for i := range r.Table3.Rows {
		for j := range r.Table3.Rows[i] {
			a.sum.Table3.Rows[i][j] += r.Table3.Rows[i][j]
		}
	}
	t, u := &a.sum.Table4, &r.Table4
	addAppeals(&t.Review, u.Review)
	addAppeals(&t.LitigationDirect, u.LitigationDirect)
	addAppeals(&t.LitigationAfterReview, u.LitigationAfterReview)
	a.addPublications(&r.Publications)
	a.sum.ProcessingFees.Count += r.ProcessingFees.Count
	a.sum.ProcessingFees.AmountFen += r.ProcessingFees.AmountFen
	if r.Timeliness != nil {
		a.timed++
		a.time.Concluded += r.Timeliness.Concluded
		a.time.OnTime += r.Timeliness.OnTime
		a.time.Late += r.Timeliness.Late
	}
	return a.fees.add(r.Table2.FeesWan)
}

// finish writes what was accumulated on the side into the sum.
func (a *adder) finish() {
	a.sum.Table2.FeesWan = a.fees.String()
	p := &a.sum.Publications
	p.ByCategory = a.cats.list()
	if p.ByCategory != nil && a.noMonths == 0 {
		p.CategoryMonth = a.cats.months
	}
	// The departments (股室) are each unit's own: summed, they would list
	// one county's 股室 under the city. Rollup.ByUnit takes their place.
	p.ByDepartment, p.ByChannel = nil, a.chans.list()
	a.sum.Rollup = &report.RollupSum{Units: a.n, NoMonths: a.noMonths, ByUnit: a.byUnit}
	if a.n > 0 && a.timed == a.n {
		t := a.time
		a.sum.Timeliness = &t
	}
}

func addTable2(s, r *report.Table2) {
	addDocs(&s.Rules, r.Rules)
	addDocs(&s.NormativeDocs, r.NormativeDocs)
	s.Licensing += r.Licensing
	s.Penalty += r.Penalty
	s.Enforcement += r.Enforcement
}

func addDocs(s *report.DocCounts, r report.DocCounts) {
	s.Issued += r.Issued
	s.Repealed += r.Repealed
	s.InForce += r.InForce
}

func addAppeals(s *report.AppealCounts, r report.AppealCounts) {
	s.Upheld += r.Upheld
	s.Corrected += r.Corrected
	s.Other += r.Other
	s.Pending += r.Pending
	s.Total += r.Total
}

func (a *adder) addPublications(r *report.PublicationStats) {
	p := &a.sum.Publications
	p.Total += r.Total
	p.KeyArea += r.KeyArea
	p.FromRequests += r.FromRequests
	for m, n := range r.ByMonth {
		p.ByMonth[m] += n
	}
	for i, c := range r.ByCategory {
		var months *[12]int
		if len(r.CategoryMonth) == len(r.ByCategory) {
			months = &r.CategoryMonth[i]
		}
		a.cats.add(c, months)
	}
	for _, c := range r.ByChannel {
		a.chans.add(c, nil)
	}
}

// namedSum adds counts by name, keeping the order of first appearance.
type namedSum struct {
	index  map[string]int
	counts []report.NamedCount
	months [][12]int // by month, beside counts
}

func newNamedSum() *namedSum { return &namedSum{index: map[string]int{}} }

func (s *namedSum) add(c report.NamedCount, months *[12]int) {
	i, ok := s.index[c.Name]
	if !ok {
		i = len(s.counts)
		s.index[c.Name] = i
		s.counts = append(s.counts, report.NamedCount{Name: c.Name})
		s.months = append(s.months, [12]int{})
	}
	s.counts[i].Count += c.Count
	if months != nil {
		for m, n := range months {
			s.months[i][m] += n
		}
	}
}

// list returns the sums, nil when there are none.
func (s *namedSum) list() []report.NamedCount {
	if len(s.counts) == 0 {
		return nil
	}
	return s.counts
}
