package ledger

import (
	"strconv"
	"time"

	"github.com/xxgk/xxgk/report"
)

// requiredExpected is what an empty required cell is told.
const requiredExpected = "必填，不能为空"

// rowConv converts the cells of one data row, column by column, recording
// every bad cell instead of stopping at the first.
type rowConv struct {
	lay      *layout
	idx      map[string]int // column key → index in lay.cols
	cells    []string
	origin   report.Origin
	date1904 bool // the workbook counts serial dates from 1904
	bad      []*CellError
	memo     choiceMemo
}

func newRowConv(lay *layout, file, sheet string, date1904 bool) *rowConv {
	return &rowConv{lay: lay, idx: colIndex[lay.kind], origin: report.Origin{File: file, Sheet: sheet}, date1904: date1904}
}

// reset prepares c for the next row.
func (c *rowConv) reset(row int, cells []string) {
	c.origin.Row, c.cells, c.bad = row, cells, c.bad[:0]
}

// value returns the trimmed cell of column key and the column's index.
func (c *rowConv) value(key string) (string, int) {
	i, ok := c.idx[key]
	if !ok {
		panic("ledger: unknown column key " + key)
	}
	if p := c.lay.pos[i]; p >= 0 && p < len(c.cells) {
		return trimCell(c.cells[p]), i
	}
	return "", i
}

func (c *rowConv) fail(i int, value, problem, expected string) {
	c.bad = append(c.bad, &CellError{
		File: c.origin.File, Sheet: c.origin.Sheet, Row: c.origin.Row,
		Col: columnLetter(c.lay.pos[i]), Header: c.lay.headers[i],
		Value: value, Problem: problem, Expected: expected,
	})
}

// uncachedExpected tells what to do with a formula whose result was never
// saved: its cell reads as blank, which would change what the row means.
const uncachedExpected = "公式没有保存计算结果（文件可能由不计算公式的程序生成），读出来是空的：" +
	"请用 Excel 或 WPS 打开并保存本文件，或把该列复制后“选择性粘贴为数值”，再导入"

// checkUncached reports the cells of the ledger's columns that hold a
// formula without a saved result (cols are 0-based cell indexes).
func (c *rowConv) checkUncached(cols []int) {
	for _, p := range cols {
		for i, q := range c.lay.pos {
			if q == p {
				c.fail(i, "", "", uncachedExpected)
			}
		}
	}
}

// isBad reports whether column i of the ledger already has a bad cell.
func (c *rowConv) isBad(i int) bool {
	col := columnLetter(c.lay.pos[i])
	for _, e := range c.bad {
		if e.Col == col {
			return true
		}
	}
	return false
}

// checkRequired reports the empty required cells.
func (c *rowConv) checkRequired() {
	for i, col := range c.lay.cols {
		if !col.Required || c.isBad(i) {
			continue
		}
		if v, _ := c.value(col.Key); v == "" {
			c.fail(i, "", "", requiredExpected)
		}
	}
}

func (c *rowConv) text(key string) string {
	v, _ := c.value(key)
	return v
}

func (c *rowConv) list(key string) []string {
	v, i := c.value(key)
	seps := listSeparators
	if c.lay.cols[i].indexNos {
		seps = indexNoSeparators
	}
	return splitList(v, seps)
}

func (c *rowConv) date(key string) report.Date {
	v, i := c.value(key)
	if v == "" {
		return 0
	}
	d, err := ParseDate(c.serial1904(v))
	if err != nil {
		c.fail(i, v, "不是有效日期", dateExpected)
	}
	return d
}

// serial1904 moves a serial date of a 1904-based workbook to the 1900 system.
func (c *rowConv) serial1904(v string) string {
	if !c.date1904 || !isNumber(v) || len(v) == 8 {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	return strconv.FormatFloat(f+1462, 'f', -1, 64)
}

func (c *rowConv) deadline(key string) (report.Date, bool) {
	v, i := c.value(key)
	if v == "" {
		return 0, false
	}
	d, whole, err := parseDeadline(c.serial1904(v))
	if err != nil {
		c.fail(i, v, "不是有效的完成时限", deadlineExpected)
	}
	return d, whole
}

func (c *rowConv) month(key string) (int, time.Month) {
	v, i := c.value(key)
	if v == "" {
		return 0, 0
	}
	y, m, ok := parseMonth(c.serial1904(v))
	if !ok {
		c.fail(i, v, "不是有效月份", monthExpected)
	}
	return y, m
}

func (c *rowConv) boolean(key string) bool {
	v, i := c.value(key)
	b, ok := parseBool(v)
	if !ok {
		c.fail(i, v, "", c.lay.cols[i].Expected())
	}
	return b
}

func (c *rowConv) count(key string) int {
	v, i := c.value(key)
	if v == "" {
		return 0
	}
	n, ok := parseCount(v)
	if !ok {
		c.fail(i, v, "不是有效的数量", countExpected)
	}
	return n
}

func (c *rowConv) amount(key string) int64 {
	v, i := c.value(key)
	if v == "" {
		return 0
	}
	fen, err := ParseAmountFen(v)
	if err != nil {
		c.fail(i, v, "不是有效金额", amountExpected)
	}
	return fen
}

// limit reads a 公开时限; an empty cell is no 时限.
func (c *rowConv) limit(key string) report.DisclosureLimit {
	v, i := c.value(key)
	l, err := report.ParseDisclosureLimit(v)
	if err != nil {
		c.fail(i, v, "不是可识别的公开时限", report.DisclosureLimitForms)
	}
	return l
}

// choice returns the code of a choice column, "" when empty.
func (c *rowConv) choice(key string) string {
	v, i := c.value(key)
	if v == "" {
		return ""
	}
	code, ok := c.memo.parse(i, c.lay.cols[i].choices, v)
	if !ok {
		c.fail(i, v, "", c.lay.cols[i].Expected())
	}
	return code
}

// columnLetter names the 0-based column p as Excel does: 0 → "A", 26 → "AA".
func columnLetter(p int) string {
	var b []byte
	for n := p + 1; n > 0; n = (n - 1) / 26 {
		b = append(b, byte('A'+(n-1)%26))
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// isBlankRow reports a row with no visible content.
func isBlankRow(cells []string) bool {
	for _, s := range cells {
		if trimCell(s) != "" {
			return false
		}
	}
	return true
}
