package statfile

import (
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// A placeholder 「/」「-」「—」「无」 in a figure's cell is read as 0 (clerks
// write them in rows the unit has no power for). So that a reader of the
// result knows, the file gets one note listing those cells — one note per
// file, not one per cell, since a table may hold dozens.

// RuleZeroMark is the rule of the note on placeholders read as 0.
const RuleZeroMark = "占位符按0计"

// zeroMarksListed is how many cells the note names before 「等」.
const zeroMarksListed = 20

// zeroCell is a figure's cell that held a placeholder.
type zeroCell struct{ sheet, cell string }

// isZeroMark reports whether the cell text is a placeholder read as 0
// (blank is not: blank is 0 by the national format's own rule).
func isZeroMark(raw string) bool {
	t := strings.TrimSuffix(cleanFigure(raw), "万元")
	return t != "" && zeroMarks[t]
}

// noteZero records that the figure at (r, c) of g was a placeholder read
// as 0.
func (rd *reader) noteZero(g *grid, r, c int) {
	name, err := excelize.CoordinatesToCellName(c+1, r+1)
	if err != nil {
		name = "第" + strconv.Itoa(r+1) + "行第" + strconv.Itoa(c+1) + "列"
	}
	rd.zeros = append(rd.zeros, zeroCell{g.sheet, name})
}

// zeroNote returns the one note on the placeholders read as 0, naming
// the cells by sheet: 「工作表「表三」D10、E10；工作表「表四」B5」.
func zeroNote(cells []zeroCell) report.Problem {
	var b strings.Builder
	sheet := ""
	for i, z := range cells {
		if i == zeroMarksListed {
			b.WriteString("等")
			break
		}
		switch {
		case z.sheet != sheet && i > 0:
			b.WriteString("；")
			fallthrough
		case z.sheet != sheet:
			b.WriteString("工作表「" + z.sheet + "」")
			sheet = z.sheet
		default:
			b.WriteString("、")
		}
		b.WriteString(z.cell)
	}
	first := cells[0]
	return report.Problem{
		Level: report.LevelNote, Rule: RuleZeroMark, Where: "工作表「" + first.sheet + "」" + first.cell,
		Message: "共" + strconv.Itoa(len(cells)) + "个数字单元格填的是「/」「-」「—」「无」等符号，已按0读取：" + b.String() + "；如应有数字，请改填",
	}
}
