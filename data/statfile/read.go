// Package statfile reads a statutory annual-report table that a unit filled
// in by hand in Excel or WPS, as an upper-level bureau receives it to check
// and sum (docs/counting.md and docs/figures.md).
//
// Tables 二, 三 and 四 are found by their row and column labels wherever they
// sit: any sheet, any starting cell, title rows above, blank rows and columns
// around, merged label cells or not, labels numbered or not, full- or
// half-width. Figures may be numbers or text; blank means 0. Every figure is
// returned with the cell it came from, and every refused figure or missing
// label is reported in Chinese with its file, sheet and cell.
package statfile

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report"
)

// File is what Read found in a workbook.
type File struct {
	// Report has Table2, Table3 and Table4 filled, and Unit.Name and Year
	// when a title cell states them (「某某县教育局2025年政府信息公开工作年度报告」).
	Report *report.AnnualReport
	// Where maps the JSON path of each figure read (docs/figures.md §1), e.g.
	// "table3.granted.natural", to its cell: 「工作表「表三」D9」.
	Where map[string]string
	// Found lists the tables found, in the order "table2", "table3",
	// "table4".
	Found []string
	// Notes are what was read other than as printed: labels taken for the
	// national label they are close to (RuleLabel), with their cells, and
	// one note listing the cells whose 「/」「-」「—」「无」 was read as 0
	// (RuleZeroMark).
	Notes []report.Problem
}

// Names of the tables in File.Found.
const (
	Table2 = "table2"
	Table3 = "table3"
	Table4 = "table4"
)

// tableReader looks for one table on a sheet. It reports whether the table
// is there, complete or not; what is wrong with it goes to rd.
type tableReader struct {
	name string
	read func(rd *reader, g *grid) bool
}

var tableReaders = []tableReader{
	{Table2, readTable2},
	{Table3, readTable3},
	{Table4, readTable4},
}

// Read finds tables 二, 三 and 四 in any sheets of the workbook by their row
// and column labels, wherever they sit, and returns their figures plus where
// each figure was found. name is the file's name, used in messages. A table
// is taken from the first sheet that holds it. The error lists, one per
// line, every refused figure and missing label; a workbook with none of the
// three tables is an error.
func Read(r io.Reader, name string) (*File, error) {
	x, err := xlsxguard.OpenExcelize(r, name, xlsxguard.Small) // statutory tables take well under a megabyte
	if err != nil {
		return nil, err
	}
	defer x.Close()
	rd := &reader{name: name, out: &File{Report: &report.AnnualReport{}, Where: map[string]string{}}}
	found := map[string]bool{}
	for _, sheet := range x.GetSheetList() {
		g, err := loadGrid(x, sheet)
		if err != nil {
			return nil, fmt.Errorf("%s工作表「%s」无法读取（%w）", filePrefix(name), sheet, err)
		}
		hasTable := false
		for _, t := range tableReaders {
			if !found[t.name] && t.read(rd, g) {
				found[t.name], hasTable = true, true
			}
		}
		rd.title(g, hasTable)
	}
	for _, t := range tableReaders {
		if found[t.name] {
			rd.out.Found = append(rd.out.Found, t.name)
		}
	}
	if len(rd.problems) > 0 {
		return nil, errors.Join(rd.problems...)
	}
	if len(rd.out.Found) == 0 {
		msg := "没有找到表二、表三或表四（按「规章」「本年新收政府信息公开申请数量」「自然人」「行政复议」「结果维持」等行列标签查找），请确认这是政府信息公开工作年度报告的统计表"
		if name != "" {
			msg = name + "：" + msg
		}
		return nil, errors.New(msg)
	}
	if len(rd.zeros) > 0 {
		rd.out.Notes = append(rd.out.Notes, zeroNote(rd.zeros))
	}
	return rd.out, nil
}

// filePrefix starts a message with the file's name.
func filePrefix(name string) string {
	if name == "" {
		return ""
	}
	return name + " "
}

// reader collects the figures and the problems of one workbook.
type reader struct {
	name     string
	out      *File
	titled   int // 0, titleElsewhere or titleOnTable
	problems []error
	zeros    []zeroCell // figures' cells holding a placeholder read as 0
}

// problem records what is wrong at place, e.g. 「工作表「表三」D9」.
func (rd *reader) problem(place, msg string) {
	rd.problems = append(rd.problems, errors.New(filePrefix(rd.name)+place+"："+msg))
}

// count reads the count in (r, c) for the JSON path and records where it
// was found.
func (rd *reader) count(g *grid, r, c int, path string) int {
	rd.out.Where[path] = g.place(r, c)
	if isZeroMark(g.raw(r, c)) {
		rd.noteZero(g, r, c)
	}
	n, problem := parseCount(g.raw(r, c))
	if problem == "" {
		problem = uncalculated(g, r, c)
	}
	if problem != "" {
		rd.problem(g.place(r, c), problem)
	}
	return n
}

// amount reads the amount in 万元 in (r, c) for the JSON path.
func (rd *reader) amount(g *grid, r, c int, path string) string {
	rd.out.Where[path] = g.place(r, c)
	if isZeroMark(g.raw(r, c)) {
		rd.noteZero(g, r, c)
	}
	a, problem := parseAmount(g.raw(r, c))
	if problem == "" {
		problem = uncalculated(g, r, c)
	}
	if problem != "" {
		rd.problem(g.place(r, c), problem)
	}
	return a
}

// uncalculated refuses a blank cell holding a formula: the file was saved
// by a program that does not calculate, and blank would wrongly read as 0.
func uncalculated(g *grid, r, c int) string {
	if g.raw(r, c) != "" || g.formula == nil {
		return ""
	}
	if f := g.formula(r, c); f != "" {
		return "公式「=" + f + "」没有保存计算结果，请用 Excel 或 WPS 打开、保存后再读入"
	}
	return ""
}

// title notes the unit and year stated by the first title cell of the
// sheet (「某某县教育局2025年政府信息公开工作年度报告」). The title on the first
// sheet holding a table wins over one on another sheet, which may be a
// ledger listing last year's report.
func (rd *reader) title(g *grid, hasTable bool) {
	if rd.titled == titleOnTable || rd.titled == titleElsewhere && !hasTable {
		return
	}
	for _, row := range g.cells {
		for _, v := range row {
			if !strings.Contains(v, "报告") {
				continue
			}
			if unit, year, ok := parseTitle(v); ok {
				rd.out.Report.Unit.Name, rd.out.Report.Year = unit, year
				rd.titled = titleElsewhere
				if hasTable {
					rd.titled = titleOnTable
				}
				return
			}
		}
	}
}

// Where the unit and year were taken from; 0 while none was found.
const (
	titleElsewhere = iota + 1
	titleOnTable
)
