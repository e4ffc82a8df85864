package xlsxguard

import (
	"bytes"
	"io"
	"os"

	"github.com/xuri/excelize/v2"
)

// OpenExcelize reads a small workbook from r (at most lim.File bytes),
// checks it as Open does and reads every worksheet once to the end — a
// damaged or cut-off sheet, too many shared strings, or a value beyond
// lim.Columns is refused — then opens it with excelize, bounded by lim.
// Every refusal is an *Error naming the file.
func OpenExcelize(r io.Reader, name string, lim Limits) (*excelize.File, error) {
	data, err := ReadAll(r, name, lim)
	if err != nil {
		return nil, err
	}
	if err := validate(data, name, lim); err != nil {
		return nil, err
	}
	x, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    lim.Total,
		UnzipXMLSizeLimit: lim.Sheet,
	})
	if err != nil {
		return nil, &Error{File: name, Msg: "不是有效的 .xlsx 文件，可能已损坏；请在 Excel/WPS 中打开后另存为 .xlsx 再试", Err: err}
	}
	return x, nil
}

// OpenExcelizeFile is OpenExcelize on the file at path.
func OpenExcelizeFile(path, name string, lim Limits) (*excelize.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{File: name, Msg: "无法打开，请检查文件是否存在、是否有读取权限", Err: err}
	}
	defer f.Close()
	return OpenExcelize(f, name, lim)
}

// validate reads every sheet of the workbook to its end.
func validate(data []byte, name string, lim Limits) error {
	b, err := OpenBytes(data, name, lim)
	if err != nil {
		return err
	}
	for _, sh := range b.Sheets() {
		if err := readThrough(b, sh); err != nil {
			return err
		}
	}
	return nil
}

func readThrough(b *Book, sh Sheet) error {
	rows, err := b.Rows(sh)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if rows.Row().Beyond > 0 {
			return rows.BeyondError()
		}
	}
	return rows.Err()
}
