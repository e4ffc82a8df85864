package xlsx

import (
	"errors"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// setFigure writes v into the visible cell of the figure at path.
func setFigure(t *testing.T, f *excelize.File, path string, v any) {
	t.Helper()
	sheet, ref, ok := CellRef(path)
	if !ok {
		t.Fatalf("no cell for %s", path)
	}
	if err := f.SetCellValue(sheet, ref, v); err != nil {
		t.Fatal(err)
	}
}

// TestVisibleEdited refuses an export whose visible table was edited after
// it was made, though its 数据 sheet is intact: the message names the
// sheet, the cell, what it shows and what the 数据 sheet holds.
func TestVisibleEdited(t *testing.T) {
	rep := schoolReport()
	data := rep.Table3.Rows[report.RowNew][0]
	raw := editBook(t, exportBytes(t, rep), func(f *excelize.File) {
		setFigure(t, f, "table3.new.natural", 999)
		setFigure(t, f, "table2.fees.amount_wan", "4166.24")
	})
	_, err := readExport(t, raw, "一中.xlsx")
	sheet, ref, _ := CellRef("table3.new.natural")
	feeSheet, feeRef, _ := CellRef("table2.fees.amount_wan")
	want := "一中.xlsx的统计表与「数据」表不符：工作表「" + feeSheet + "」" + feeRef + " 显示 4166.24，「数据」表为 4166.241619（" +
		report.FigureName("table2.fees.amount_wan") + "）；工作表「" + sheet + "」" + ref + " 显示 999，「数据」表为 " +
		itoa(data) + "（" + report.FigureName("table3.new.natural") + "）。文件在导出后被修改过，请让该单位核实后重新导出"
	if err == nil || err.Error() != want || !errors.Is(err, ErrEdited) {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

// TestVisibleSameFigures accepts what a person may do without changing a
// figure: a 0 cleared, a number retyped as text.
func TestVisibleSameFigures(t *testing.T) {
	rep := schoolReport()
	rep.Table2.Rules.Issued = 0
	raw := editBook(t, exportBytes(t, rep), func(f *excelize.File) {
		setFigure(t, f, "table2.rules.issued", "")
		setFigure(t, f, "table3.new.natural", " "+itoa(rep.Table3.Rows[report.RowNew][0]))
	})
	if _, err := readExport(t, raw, "一中.xlsx"); err != nil {
		t.Fatal(err)
	}
}

// TestVisibleSheetMissing refuses an export whose table sheet was deleted.
func TestVisibleSheetMissing(t *testing.T) {
	raw := editBook(t, exportBytes(t, schoolReport()), func(f *excelize.File) {
		if err := f.DeleteSheet(report.Table4Title); err != nil {
			t.Fatal(err)
		}
	})
	_, err := readExport(t, raw, "一中.xlsx")
	want := "一中.xlsx缺少工作表「" + report.Table4Title + "」。文件在导出后被修改过，请让该单位重新导出"
	if err == nil || err.Error() != want || !errors.Is(err, ErrEdited) {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

func itoa(n int) string {
	var b []byte
	if n == 0 {
		return "0"
	}
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
