package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// excelizeSheets gives an excelize workbook's sheets to ReadExportSheets,
// as ReadExport has always read them.
type excelizeSheets struct{ f *excelize.File }

// Rows reads the 数据 sheet row by row up to its 校验码 row, or only its
// first row when that is not the header (what lies below is never read), and any other sheet whole (GetRows).
func (x excelizeSheets) Rows(sheet string) ([][]string, bool, error) {
	if idx, err := x.f.GetSheetIndex(sheet); err != nil || idx < 0 {
		return nil, false, nil
	}
	if sheet != ExportDataSheet {
		rows, err := x.f.GetRows(sheet, excelize.Options{RawCellValue: true})
		return rows, true, err
	}
	it, err := x.f.Rows(sheet)
	if err != nil {
		return nil, true, err
	}
	defer it.Close()
	var rows [][]string
	for it.Next() {
		cols, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, true, err
		}
		rows = append(rows, cols)
		if len(rows) == 1 && !dataHeader(cols) || len(rows) > 1 && len(cols) > 0 && cols[0] == ExportChecksumLabel {
			break // ReadExportSheets reads no further
		}
	}
	return rows, true, it.Error()
}
