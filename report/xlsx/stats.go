package xlsx

import (
	"strconv"

	"github.com/xxgk/xxgk/report"
)

// Wording of the publication statistics sheet (docs/counting.md §4).
const (
	statsCategory    = "信息类别"
	statsTotal       = "合计"
	statsByChannel   = "按发布渠道统计"
	statsChannel     = "发布渠道"
	statsByDept      = "按发布部门（股室）统计"
	statsDept        = "发布部门"
	statsCount       = "条数"
	statsOverall     = "总体情况"
	statsItem        = "项目"
	statsShare       = "占比"
	statsAll         = "主动公开信息总数"
	statsKeyArea     = "其中：重点领域信息"
	statsFromRequest = "其中：依申请公开转主动公开"
	statsChannelNote = "注：一条信息通过多个渠道发布的，在每个渠道各计一次，各渠道条数之和可以大于主动公开信息总数。"
	statsByUnit      = "按单位统计"
	statsUnit        = "单位"
	dash             = "—"
)

// Columns of the statistics sheet: the name, twelve months, 合计.
const (
	statsMonths   = 12
	statsTotalCol = statsMonths + 2
)

// writeStats renders the year's publication statistics: a category ×
// month grid, then counts by channel and by department, then the totals.
func writeStats(s *sheet, rep *report.AnnualReport) error {
	p := &rep.Publications
	grid := writeCategoryMonths(s, p)
	if note := report.NoMonthsNote(rep); note != "" {
		s.put(1, grid, statsTotalCol, grid, note, s.st.note)
		grid++
	}
	row := writeNamedCounts(s, grid+1, statsByChannel, statsChannel, p.ByChannel)
	s.put(1, row, statsTotalCol, row, statsChannelNote, s.st.note)
	if rep.Rollup != nil {
		// A roll-up lists its units: their 股室 are their own.
		row = writeNamedCounts(s, row+2, statsByUnit, statsUnit, rep.Rollup.ByUnit)
	} else {
		row = writeNamedCounts(s, row+2, statsByDept, statsDept, p.ByDepartment)
	}
	row = writeOverall(s, row+1, p)
	if s.tallerThan(landscapePage, row) {
		// Keep the breakdowns together, after the grid, rather than
		// wherever the page happens to end.
		s.pageBreak(grid + 1)
	}
	return s.err
}

// writeCategoryMonths writes the category × month grid with its 合计 row
// and column and returns the row after it. Without a grid for its
// categories (a roll-up that summed a file lacking it) the category rows'
// month cells stay blank rather than show zeros that do not add up.
func writeCategoryMonths(s *sheet, p *report.PublicationStats) int {
	row := tableTop
	s.set(1, row, statsCategory, s.st.header)
	for m := 1; m <= statsMonths; m++ {
		s.set(1+m, row, strconv.Itoa(m)+"月", s.st.header)
	}
	s.set(statsTotalCol, row, statsTotal, s.st.header)
	row++
	for i, c := range p.ByCategory {
		s.set(1, row, c.Name, s.st.label)
		if len(p.CategoryMonth) == len(p.ByCategory) {
			for m, n := range p.CategoryMonth[i] {
				s.set(2+m, row, n, s.st.integer)
			}
		} else {
			for m := range statsMonths {
				s.set(2+m, row, "", s.st.integer)
			}
		}
		s.set(statsTotalCol, row, c.Count, s.st.integer)
		row++
	}
	s.set(1, row, statsTotal, s.st.centre)
	for m, n := range p.ByMonth {
		s.set(2+m, row, n, s.st.integer)
	}
	s.set(statsTotalCol, row, p.Total, s.st.integer)
	return row + 1
}

// writeNamedCounts writes a caption, a header and one row per name, the
// count merged over two columns, and returns the row after it.
func writeNamedCounts(s *sheet, row int, caption, head string, counts []report.NamedCount) int {
	s.put(1, row, 3, row, caption, s.st.header)
	row++
	s.set(1, row, head, s.st.header)
	s.put(2, row, 3, row, statsCount, s.st.header)
	row++
	for _, c := range counts {
		s.set(1, row, c.Name, s.st.label)
		s.put(2, row, 3, row, c.Count, s.st.integer)
		row++
	}
	return row
}

// landscapePage is the printable height of a landscape A4 page in points,
// with the margins setupPage sets and a little to spare.
const landscapePage = 480

// writeOverall writes the totals: all items, those of a 重点领域 with their
// share of all, and those converted from applications. It returns the last
// row written.
func writeOverall(s *sheet, row int, p *report.PublicationStats) int {
	s.put(1, row, 5, row, statsOverall, s.st.header)
	row++
	s.set(1, row, statsItem, s.st.header)
	s.put(2, row, 3, row, statsCount, s.st.header)
	s.put(4, row, 5, row, statsShare, s.st.header)
	row++
	lines := []struct {
		label string
		n     int
		share bool
	}{
		{statsAll, p.Total, false},
		{statsKeyArea, p.KeyArea, true},
		{statsFromRequest, p.FromRequests, false},
	}
	for _, l := range lines {
		s.set(1, row, l.label, s.st.label)
		s.put(2, row, 3, row, l.n, s.st.integer)
		if l.share {
			writeShare(s, 4, 5, row, l.n, p.Total)
		} else {
			s.put(4, row, 5, row, "", s.st.dash)
		}
		row++
	}
	return row - 1
}

// writeShare writes n/total as a percentage, or 「—」 when total is 0.
func writeShare(s *sheet, c1, c2, row, n, total int) {
	if total == 0 {
		s.put(c1, row, c2, row, dash, s.st.dash)
		return
	}
	s.put(c1, row, c2, row, float64(n)/float64(total), s.st.percent)
}
