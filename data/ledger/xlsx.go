package ledger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// rawCells makes excelize give cell values as stored: date cells as serial
// numbers rather than strings formatted for some locale.
var rawCells = excelize.Options{RawCellValue: true}

// ReadXLSX reads the ledgers of an .xlsx workbook from r and streams their
// rows to sink; name is the file's base name, used in messages and Origin.
// Every sheet is read, whatever it is called: a sheet is recognised by its
// header row (the first of its first 20 non-blank rows that names every
// required column of a ledger; title rows above it are skipped). Other
// sheets are reported through opt.Notice, except blank ones, hidden ones
// and the template's 「填写说明」.
//
// The rows of each sheet are streamed, so memory does not grow with the
// number of rows; the compressed workbook itself is held in memory (ReadFile
// avoids even that).
func ReadXLSX(ctx context.Context, r io.Reader, name string, sink Sink, opt Options) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s 读取失败：%w", name, err)
	}
	if err := checkZip(bytes.NewReader(b), int64(len(b))); err != nil {
		return openError(name, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		return openError(name, err)
	}
	defer f.Close()
	return readWorkbook(ctx, f, name, sink, opt)
}

func readXLSXFile(ctx context.Context, path, name string, sink Sink, opt Options) error {
	if err := checkZipFile(path); err != nil {
		return openError(name, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		return openError(name, err)
	}
	defer f.Close()
	return readWorkbook(ctx, f, name, sink, opt)
}

// cleanError shows a library error with any invalid UTF-8 (from a damaged
// file) replaced, so that messages stay printable.
type cleanError struct{ err error }

func (e cleanError) Error() string { return strings.ToValidUTF8(e.err.Error(), "\uFFFD") }
func (e cleanError) Unwrap() error { return e.err }

func openError(name string, err error) error {
	err = cleanError{err}
	if errors.Is(err, excelize.ErrWorkbookPassword) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
		return fmt.Errorf("%s 无法打开：文件设置了密码或不是 .xlsx 格式，请去掉密码、另存为 .xlsx 后再导入（%w）", name, err)
	}
	return fmt.Errorf("%s 无法打开：不是有效的 .xlsx 文件，可能已损坏（%w）", name, err)
}

func readWorkbook(ctx context.Context, f *excelize.File, name string, sink Sink, opt Options) error {
	rd := newRead(ctx, name, sink, opt)
	props, _ := f.GetWorkbookProps()
	date1904 := props.Date1904 != nil && *props.Date1904
	for _, sh := range f.GetSheetList() {
		if err := readSheet(rd, f, sh, date1904); err != nil {
			return err
		}
		if rd.stopped {
			break
		}
	}
	return rd.done()
}

// quietSheets are the template's own sheets, skipped without a notice.
var quietSheets = map[string]bool{helpSheet: true, optionsSheet: true}

func readSheet(rd *read, f *excelize.File, name string, date1904 bool) (err error) {
	rows, err := f.Rows(name)
	if err != nil {
		rd.opt.notice(fmt.Sprintf("%s 工作表「%s」无法读取，已跳过", rd.file, name))
		return nil
	}
	defer func() {
		if cerr := rows.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("%s 工作表「%s」读取失败：%w", rd.file, name, cleanError{cerr})
		}
	}()
	s := &sheet{r: rd, name: name, date1904: date1904}
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(rawCells)
		if err != nil {
			return fmt.Errorf("%s 工作表「%s」第%d行读取失败：%w", rd.file, name, n, cleanError{err})
		}
		stop, err := s.row(n, cells)
		if err != nil {
			return err
		}
		if stop {
			break
		}
	}
	if err := rows.Error(); err != nil {
		return fmt.Errorf("%s 工作表「%s」读取失败：%w", rd.file, name, cleanError{err})
	}
	visible, _ := f.GetSheetVisible(name)
	s.finish(!visible || quietSheets[name])
	return nil
}
