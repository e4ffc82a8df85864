package samples

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/xuri/excelize/v2"
)

// DocTime is the fixed time the workbook's document properties carry
// (2026-01-05T09:00:00+08:00), so that regenerating it changes nothing.
var DocTime = time.Date(2026, 1, 5, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// sheet is one ledger as the workbook lays it out.
type sheet struct {
	name  string
	title string // merged title row above the header; "" for none
	cols  []column
	rows  [][]any // string, mid, para, dateVal, money, int or nil per cell
}

// column is a header with its width in characters.
type column struct {
	header string
	width  float64
}

// dateVal is a date cell written in one of the clerk's forms.
type dateVal struct {
	t    time.Time
	form DateForm
}

// money is an amount in 分, written in 元 with two decimals.
type money int64

// mid is a short text written centred, like the dates beside it.
type mid string

// para is a long text (具体要求, 进展情况) written wrapped in its cell.
type para string

// WriteLedgerWorkbook writes the sample unit's 2025 ledgers to w as the
// clerk's XLSX workbook, one sheet per ledger. The cell contents depend
// only on Data.
func WriteLedgerWorkbook(w io.Writer) error {
	d := Data()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetDefaultFont("宋体"); err != nil {
		return fmt.Errorf("set font: %w", err)
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sheets := []sheet{publicationSheet(d), requestSheet(d), documentSheet(d), decisionSheet(d), feeSheet(d), appealSheet(d),
		taskSheet(d), progressSheet(d), quotaSheet(d), catalogSheet(d)}
	for i, s := range sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err == nil {
			err = writeSheet(f, st, s)
		}
		if err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	f.SetActiveSheet(0)
	stamp := DocTime.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: UnitName + "2025年政务公开台账", Creator: UnitName + "办公室",
		LastModifiedBy: UnitName + "办公室", Created: stamp, Modified: stamp, Language: "zh-CN",
	}); err != nil {
		return fmt.Errorf("set doc props: %w", err)
	}
	return f.Write(w)
}

// writeSheet fills one sheet: title, header, rows, widths, frozen header
// and print settings.
func writeSheet(f *excelize.File, st styles, s sheet) error {
	hdr := 1
	last, _ := excelize.ColumnNumberToName(len(s.cols))
	if s.title != "" {
		hdr = 2
		if err := f.SetCellValue(s.name, "A1", s.title); err != nil {
			return err
		}
		if err := f.MergeCell(s.name, "A1", last+"1"); err != nil {
			return err
		}
		if err := f.SetCellStyle(s.name, "A1", last+"1", st.title); err != nil {
			return err
		}
		if err := f.SetRowHeight(s.name, 1, 30); err != nil {
			return err
		}
	}
	for i, c := range s.cols {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(s.name, name, name, c.width); err != nil {
			return err
		}
		if err := setCell(f, st, s.name, i+1, hdr, c.header, st.header); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(s.name, hdr, 22); err != nil {
		return err
	}
	for r, row := range s.rows {
		lines := 1
		for c, v := range row {
			if err := setCell(f, st, s.name, c+1, hdr+1+r, v, -1); err != nil {
				return err
			}
			if p, ok := v.(para); ok {
				lines = max(lines, wrappedLines(string(p), s.cols[c].width))
			}
		}
		if lines > 1 {
			if err := f.SetRowHeight(s.name, hdr+1+r, float64(lines)*14.5+3); err != nil {
				return err
			}
		}
	}
	return finishSheet(f, s.name, hdr, last)
}

// wrappedLines estimates how many lines a wrapped text takes in a column of
// the given width: a Chinese character is two character widths.
func wrappedLines(s string, width float64) int {
	w := 0.0
	for _, r := range s {
		w++
		if r > 0x2E80 {
			w++
		}
	}
	return int(math.Ceil(w / (width - 1)))
}

// finishSheet freezes the rows down to the header and sets the page up to
// print landscape, one page wide, the header repeated on every page.
func finishSheet(f *excelize.File, name string, hdr int, last string) error {
	top := fmt.Sprintf("A%d", hdr+1)
	if err := f.SetPanes(name, &excelize.Panes{
		Freeze: true, YSplit: hdr, TopLeftCell: top, ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: "bottomLeft"}},
	}); err != nil {
		return err
	}
	landscape, a4, one, zero, fit := "landscape", 9, 1, 0, true
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name: "_xlnm.Print_Titles", Scope: name, RefersTo: fmt.Sprintf("'%s'!$1:$%d", name, hdr),
	})
}

// setCell writes v at (col, row) with its style; style -1 chooses by value.
func setCell(f *excelize.File, st styles, sh string, col, row int, v any, style int) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if style < 0 {
		style = st.text
	}
	switch x := v.(type) {
	case nil:
	case dateVal:
		v, style = dateCell(st, x)
	case money:
		v, style = float64(x)/100, st.money
	case int:
		style = st.center
	case para:
		v, style = string(x), st.wrap
	case mid:
		v, style = string(x), st.center
	}
	if err := f.SetCellValue(sh, cell, v); err != nil {
		return err
	}
	return f.SetCellStyle(sh, cell, cell, style)
}

// dateCell returns what a date cell holds and its style: a time.Time for
// the cell forms, a string for the text forms, nil for no date.
func dateCell(st styles, d dateVal) (any, int) {
	y, m, dd := d.t.Date()
	switch {
	case d.t.IsZero():
		return nil, st.center
	case d.form == DateCellISO:
		return d.t, st.dateISO
	case d.form == DateCellCN:
		return d.t, st.dateCN
	case d.form == DateTextCN:
		return fmt.Sprintf("%d年%d月%d日", y, m, dd), st.center
	default:
		return fmt.Sprintf("%d.%d.%d", y, m, dd), st.center
	}
}
