// Package rollup sums the annual reports of many units into the report of
// the unit above them (汇总, docs/figures.md §2–3): tables 二, 三 and 四 cell by cell, the
// publication statistics and the 信息处理费. It says which expected units
// sent nothing, which units break a rule of docs/counting.md (their figures still
// count), and which files it left out — another year, a second file for the
// same unit, a file it could not read — never silently.
//
// The sum of sums equals the flat sum: a county that sums its schools and
// sends the result to the city gives the city the same figures as if the
// city had summed the schools itself.
package rollup

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Kinds of Input.
const (
	KindExport = "export" // a file written by `xxgk export`
	KindHand   = "hand"   // a statutory table filled in by hand
)

// Input is one unit's file as read.
type Input struct {
	File   string
	Report *report.AnnualReport
	// Where maps a figure's JSON path to its cell, for tables filled in by
	// hand; nil for exports.
	Where map[string]string
	Kind  string // KindExport or KindHand
	Err   error  // why the file could not be read; Report is then nil
	// Notes are what the reader of a hand-filled file noted, such as a
	// label read as the national label it is close to; Where is the cell.
	Notes []report.Problem
	// Absent names the tables a hand-filled file lacks ("table2", "table3",
	// "table4"); their figures count as 0, with a note.
	Absent []string
	// Rule, when set, is why the file was left out unread or refused:
	// RuleNotFile, RuleTooLarge, RuleLink, RuleOwnOutput, RuleEdited or
	// RuleFormat.
	// Err then says it in Chinese, naming the file.
	Rule string
	// Rollup marks a file that a roll-up wrote (its summed tables or its
	// 汇总上报 export): Sum leaves it out when its unit is the summing
	// unit, whose own earlier output it then is.
	Rollup bool
}

// Expected is a unit that should send its report, from the --units list.
type Expected struct {
	Name string
	Code string // 统一社会信用代码, may be empty
}

// Problem is a rule broken by a unit's figures, or the reason a file was
// left out of the sum. Messages are in Chinese.
type Problem struct {
	// Level is report.LevelNote for what is only worth knowing (a label
	// read as the national label it is close to, 「/」 read as 0): the
	// outputs list it as 提示 and do not count it as a 问题.
	Level   report.Level
	Unit    string // the unit's name, or the file's base name
	File    string
	Rule    string
	Where   string // the cell or figure; empty when the whole file is meant
	Message string
}

// Result is a roll-up.
type Result struct {
	Name string
	Year int
	// Sum is the summed report under Unit{Name, ""} for Year. Produced is
	// left for the caller to set.
	Sum *report.AnnualReport
	// Units are the inputs summed, in input order, each with a unit name
	// (the file's base name when the table named none).
	Units []Input
	// Missing are the expected units that have no report in the sum:
	// those that sent nothing, and those whose every file was left out.
	Missing []Expected
	// Listed is true when a list of expected units was given: without
	// one, no unit can be missing, and the outputs say NoUnitList instead
	// of 「无」.
	Listed bool
	// Problems are the rules broken by included units, with their cells,
	// and notes such as a year that had to be assumed.
	Problems []Problem
	// Excluded are the files left out of the sum and why.
	Excluded []Problem
}

// RuleLabel is the rule as the outputs list it: 「标签近似（提示）」 for a
// note, the rule alone otherwise.
func (p Problem) RuleLabel() string {
	if p.Level == report.LevelNote {
		return p.Rule + "（提示）"
	}
	return p.Rule
}

// Errors counts the problems that are not notes.
func (r *Result) Errors() int {
	n := 0
	for _, p := range r.Problems {
		if p.Level != report.LevelNote {
			n++
		}
	}
	return n
}

// NoUnitList is what the outputs say of the units that did not report
// when no list of expected units was given.
const NoUnitList = "未提供应报单位名单"

// Rules of the Problems and Excluded that Sum itself finds.
const (
	RuleUnreadable = "无法读取"
	RuleYear       = "年份"
	RuleDuplicate  = "重复单位"
	RuleFee        = "收费金额"
	RuleAbsent     = "缺表"
)

// Rules of the Excluded for files left out before or instead of being
// read (Input.Rule), and for the summing unit's own earlier output.
const (
	RuleNotFile   = "非普通文件"  // a named pipe, a device, a socket
	RuleTooLarge  = "文件过大"   // over the size cap
	RuleLink      = "链接"     // a link to a folder, or to nothing
	RuleOwnOutput = "汇总结果"   // what a roll-up of this unit wrote earlier
	RuleEdited    = "导出后被修改" // an export changed after it was made
	RuleFormat    = "文件格式"   // a workbook in a format other than .xlsx
)

// tableNames names the tables of Input.Absent.
var tableNames = map[string]string{"table2": "表二", "table3": "表三", "table4": "表四"}

// Sum adds up the inputs for year y under the name of the summing unit.
// An input with Err (listed under its Rule, else RuleUnreadable), one
// that a roll-up by the same name wrote (Rollup), for another year (Year 0, a table without a title,
// counts for y with a note), or for a unit already included (the same
// code; or the same name, unless both have a code) is excluded. Each included unit's
// tables are checked with report.CheckTables, located by cell for tables
// filled in by hand.
func Sum(name string, y int, inputs []Input, expected []Expected) *Result {
	res := &Result{Name: name, Year: y, Sum: &report.AnnualReport{Unit: report.Unit{Name: name}, Year: y}}
	acc, units := newAdder(res.Sum), newSeen()
	var problems problemList
	names := figureNames{}
	for _, in := range inputs {
		in = named(in)
		if p, ok := exclusion(in, name, y, res.Units, units); ok {
			res.Excluded = append(res.Excluded, p)
			continue
		}
		units.add(in.Report.Unit, len(res.Units))
		res.Units = append(res.Units, in)
		unit := in.Report.Unit.Name
		note := func(level report.Level, rule, where, msg string) {
			problems.add(Problem{Level: level, Unit: unit, File: in.File, Rule: rule, Where: where, Message: msg})
		}
		locate := locator(in)
		if in.Where == nil {
			locate = names.name
		}
		if in.Report.Year == 0 {
			note(report.LevelError, RuleYear, "", fmt.Sprintf("未能从表中识别年份，按%d年计入", y))
		}
		for _, n := range in.Notes {
			note(n.Level, n.Rule, in.File+" "+n.Where, n.Message)
		}
		for _, t := range in.Absent {
			note(report.LevelError, RuleAbsent, "", fmt.Sprintf("文件中没有找到%s，其数字按0计入", tableNames[t]))
		}
		for _, p := range report.CheckTables(in.Report, locate) {
			note(p.Level, p.Rule, p.Where, p.Message)
		}
		if err := acc.add(in.Report, in.Kind); err != nil {
			note(report.LevelError, RuleFee, locate("table2.fees.amount_wan"), err.Error())
		}
	}
	res.Problems = problems.list()
	acc.finish()
	res.Missing, res.Listed = missing(expected, res.Units), expected != nil
	return res
}

// named returns in with a copy of its report whose unit is named: the
// file's base name without extension when the table named none.
func named(in Input) Input {
	if in.Err != nil || in.Report == nil {
		return in
	}
	r := *in.Report
	r.Unit.Name = strings.TrimSpace(r.Unit.Name)
	r.Unit.Code = strings.TrimSpace(r.Unit.Code)
	if r.Unit.Name == "" {
		r.Unit.Name = baseName(in.File)
	}
	in.Report = &r
	return in
}

// baseName is the file's name without folder and extension.
func baseName(file string) string {
	b := filepath.Base(file)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// exclusion says why in must be left out of the sum by the unit name for
// year y, if it must.
func exclusion(in Input, name string, y int, included []Input, units *seen) (Problem, bool) {
	p := Problem{Unit: baseName(in.File), File: in.File}
	switch {
	case in.Err != nil && in.Rule != "":
		p.Rule, p.Message = in.Rule, in.Err.Error()
		return p, true
	case in.Err != nil:
		p.Rule, p.Message = RuleUnreadable, "无法读取："+in.Err.Error()
		return p, true
	case in.Report == nil:
		p.Rule, p.Message = RuleUnreadable, "无法读取：文件中没有年度报告数据"
		return p, true
	}
	p.Unit = in.Report.Unit.Name
	if in.Rollup && NameKey(p.Unit) == NameKey(name) {
		p.Rule, p.Message = RuleOwnOutput, fmt.Sprintf("是本单位（%s）此前汇总生成的文件，不再计入", name)
		return p, true
	}
	if in.Report.Year != y && in.Report.Year != 0 {
		p.Rule, p.Message = RuleYear, fmt.Sprintf("年份为%d年，不是%d年", in.Report.Year, y)
		return p, true
	}
	if i, why, ok := units.duplicateOf(in.Report.Unit); ok {
		p.Rule, p.Message = RuleDuplicate, duplicateMessage(in, included[i], why)
		return p, true
	}
	return p, false
}

// locator places a figure of in for a message: the file and cell, then the
// figure's printed name, for a table filled in by hand; the printed name
// for an export.
func locator(in Input) report.Locate {
	return func(path string) string {
		if in.Where == nil {
			return report.FigureName(path)
		}
		if cell := in.Where[path]; cell != "" {
			return fmt.Sprintf("%s %s（%s）", in.File, cell, report.FigureName(path))
		}
		return fmt.Sprintf("%s（%s）", in.File, report.FigureName(path))
	}
}
