package xlsx

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/jsonout"
)

// Option configures a writer of this package.
type Option func(*options)

type options struct {
	note func(string)
}

// Notes sends fn what a writer changed to fit the ledgers' text into a
// workbook — a row taller than Excel allows, a text longer than a cell
// holds — one Chinese sentence a note, for the command to show the user.
// Without it the changes are made silently.
func Notes(fn func(note string)) Option {
	return func(o *options) { o.note = fn }
}

// notifier returns the note function of opts, never nil.
func notifier(opts []Option) func(string) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.note == nil {
		return func(string) {}
	}
	return o.note
}

// cutMark ends a text cut to fit a cell: the ledger has it whole.
const cutMark = "……（全文见台账）"

// fitCell returns s cut to the most a cell holds (excelize.TotalCellChars
// UTF-16 units, as Excel counts), ending with cutMark, and its length in
// those units when it was cut (0 when it fits).
func fitCell(s string) (string, int) {
	n := utf16Len(s)
	if n <= excelize.TotalCellChars {
		return s, 0
	}
	room := excelize.TotalCellChars - utf16Len(cutMark)
	used := 0
	for i, r := range s {
		if used+utf16.RuneLen(r) > room {
			return s[:i] + cutMark, n
		}
		used += utf16.RuneLen(r)
	}
	return s, 0
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// cutNote tells the user a cell's text was cut.
func cutNote(where string, n int) string {
	return fmt.Sprintf("%s的文字有 %d 字，超过 Excel 单元格的上限 %d 字，已截断，末尾注明「%s」。",
		where, n, excelize.TotalCellChars, cutMark)
}

// tallNote tells the user that rows were given Excel's greatest height.
func tallNote(sheet string, rows []int) string {
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = fmt.Sprint(r)
	}
	return fmt.Sprintf("「%s」表第 %s 行的文字需要的行高超过 Excel 的上限 %g 磅，已设为 %g 磅并靠上对齐："+
		"单元格中仍是全文，屏幕和打印只显示开头部分；全文可在编辑栏中查看，或调宽该列、精简台账中的文字。",
		sheet, strings.Join(names, "、"), maxRowHeight, maxRowHeight)
}

// fitPairs cuts the values of an export's 数据 sheet that a cell cannot
// hold, before the checksum is taken, so that the file reads back; the
// visible sheets cut the same text the same way.
func fitPairs(pairs []jsonout.Pair, notify func(string)) []jsonout.Pair {
	var out []jsonout.Pair
	for i, p := range pairs {
		v, n := fitCell(p.Value)
		if n == 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(pairs)
		}
		out[i].Value = v
		notify(cutNote(fmt.Sprintf("「%s」表中代码「%s」", ExportDataSheet, p.Code), n))
	}
	if out == nil {
		return pairs
	}
	return out
}
