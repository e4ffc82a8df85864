package xlsx

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// ErrEdited means a table a person reads in the export does not show what
// its 「数据」 sheet holds, or is missing: it was edited after the export
// was made.
var ErrEdited = errors.New("export tables differ from the data sheet")

// maxListed is how many differing cells a message names.
const maxListed = 5

// mismatch is a visible cell that does not show its figure.
type mismatch struct {
	sheet, cell string
	shown, data string
	path        string
}

// editedError names the file, and the missing sheet or the cells that
// differ.
type editedError struct {
	name    string
	missing string // a sheet not found
	diffs   []mismatch
}

func (e editedError) Is(target error) bool { return target == ErrEdited }

func (e editedError) Error() string {
	if e.missing != "" {
		return fmt.Sprintf("%s缺少工作表「%s」。文件在导出后被修改过，请让该单位重新导出", e.name, e.missing)
	}
	var parts []string
	for _, d := range e.diffs[:min(len(e.diffs), maxListed)] {
		shown := d.shown
		if strings.TrimSpace(shown) == "" {
			shown = "空白"
		}
		parts = append(parts, fmt.Sprintf("工作表「%s」%s 显示 %s，「数据」表为 %s（%s）", d.sheet, d.cell, shown, d.data, report.FigureName(d.path)))
	}
	more := ""
	if n := len(e.diffs); n > maxListed {
		more = fmt.Sprintf("等共 %d 处", n)
	}
	return fmt.Sprintf("%s的统计表与「数据」表不符：%s%s。文件在导出后被修改过，请让该单位核实后重新导出", e.name, strings.Join(parts, "；"), more)
}

// compareVisible checks every figure of rep against the cell of the
// visible tables that shows it, in table order. Where each figure is
// shown is worked out once (shownLayout): for each file only the values
// are listed (figureValues) and the cells looked up by number.
func compareVisible(s ExportSheets, rep *report.AnnualReport, name string) error {
	layout, n := shownLayout()
	vals := figureValues(rep, make([]string, 0, n))
	if len(vals) != n {
		return compareVisibleByPath(s, rep, name)
	}
	var names [3]string // the sheets read, a handful
	var read [3][][]string
	var diffs []mismatch
	for _, f := range layout {
		k := slices.Index(names[:], f.sheet)
		if k < 0 {
			k = slices.Index(names[:], "")
			if k < 0 { // more sheets than the tables have: by path
				return compareVisibleByPath(s, rep, name)
			}
			rows, ok, err := s.Rows(f.sheet)
			if !ok {
				return editedError{name: name, missing: f.sheet}
			} else if err != nil {
				return fmt.Errorf("%s的工作表「%s」无法读取：%w", name, f.sheet, err)
			}
			names[k], read[k] = f.sheet, rows
		}
		shown := cellAtRC(read[k], f.col, f.row)
		if v := vals[f.index]; !sameFigure(shown, v) {
			diffs = append(diffs, mismatch{sheet: f.sheet, cell: f.ref, shown: shown, data: v, path: f.path})
		}
	}
	if len(diffs) > 0 {
		return editedError{name: name, diffs: diffs}
	}
	return nil
}

// compareVisibleByPath is compareVisible through rep.Figures and CellRef,
// figure by figure: what compareVisible does, and the test it is checked
// against (TestCompareVisibleIsByPath).
func compareVisibleByPath(s ExportSheets, rep *report.AnnualReport, name string) error {
	sheets := map[string][][]string{}
	var diffs []mismatch
	for _, fig := range rep.Figures() {
		sheet, ref, ok := CellRef(fig.Path)
		if !ok {
			continue // table 3's group sums are not shown
		}
		rows, ok := sheets[sheet]
		if !ok {
			var err error
			if rows, ok, err = s.Rows(sheet); !ok {
				return editedError{name: name, missing: sheet}
			} else if err != nil {
				return fmt.Errorf("%s的工作表「%s」无法读取：%w", name, sheet, err)
			}
			sheets[sheet] = rows
		}
		shown := cellAt(rows, ref)
		if !sameFigure(shown, fig.Value) {
			diffs = append(diffs, mismatch{sheet: sheet, cell: ref, shown: shown, data: fig.Value, path: fig.Path})
		}
	}
	if len(diffs) > 0 {
		return editedError{name: name, diffs: diffs}
	}
	return nil
}

// cellAtRC is the value of the cell at col, row (from 1) in rows, "" when
// beyond them.
func cellAtRC(rows [][]string, col, row int) string {
	if row < 1 || col < 1 || row > len(rows) || col > len(rows[row-1]) {
		return ""
	}
	return rows[row-1][col-1]
}

// cellAt is the value of the cell ref in rows, "" when beyond them.
func cellAt(rows [][]string, ref string) string {
	col, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil || row > len(rows) || col > len(rows[row-1]) {
		return ""
	}
	return rows[row-1][col-1]
}

// decimal is a number as a cell holds it.
var decimal = regexp.MustCompile(`^-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$`)

// sameFigure says whether a cell showing shown shows the figure data: the
// same number, however written; a blank cell shows 0.
func sameFigure(shown, data string) bool {
	if shown == data { // as it is shown in nearly every cell: no parsing
		return true
	}
	a, b := figureNumber(shown), figureNumber(data)
	if a == nil || b == nil {
		return strings.TrimSpace(shown) == strings.TrimSpace(data)
	}
	return a.Cmp(b) == 0
}

// figureNumber parses a figure, nil when it is not a plain decimal number.
func figureNumber(s string) *big.Rat {
	s = strings.TrimSpace(s)
	if s == "" {
		s = "0"
	}
	if !decimal.MatchString(s) {
		return nil
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil
	}
	return r
}
