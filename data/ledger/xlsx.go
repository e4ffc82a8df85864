package ledger

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

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
		return &FileError{File: name, Msg: "读取失败", Err: err}
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

func openError(name string, err error) error {
	if errors.Is(err, excelize.ErrWorkbookPassword) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
		return &FileError{File: name, Msg: "无法打开：文件设置了密码或不是 .xlsx 格式，请去掉密码、另存为 .xlsx 后再导入", Err: err}
	}
	return &FileError{File: name, Msg: "无法打开：不是有效的 .xlsx 文件，可能已损坏", Err: err}
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

func sheetError(file, sheet string, err error) error {
	return &FileError{File: file, Msg: fmt.Sprintf("工作表「%s」读取失败，文件可能已损坏", sheet), Err: err}
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
			err = sheetError(rd.file, name, cerr)
		}
	}()
	s := &sheet{r: rd, name: name, date1904: date1904}
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns(rawCells)
		if err != nil {
			return sheetError(rd.file, name, err)
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
		return sheetError(rd.file, name, err)
	}
	visible, _ := f.GetSheetVisible(name)
	s.finish(!visible || quietSheets[name])
	return nil
}

// Deflate cannot expand data more than about 1032 times; an entry that
// claims more is damaged. The slack covers tiny entries.
const (
	maxDeflateRatio = 1100
	ratioSlack      = 1 << 20
)

var zipMagic = []byte("PK\x03\x04")

// checkZip refuses a workbook whose zip directory claims sizes its data
// cannot hold. excelize allocates what an entry claims before reading it,
// so a damaged header could otherwise ask for gigabytes. Files that are not
// zip archives (encrypted workbooks) are left to excelize.
func checkZip(r io.ReaderAt, size int64) error {
	head := make([]byte, len(zipMagic))
	if _, err := r.ReadAt(head, 0); err != nil || !bytes.Equal(head, zipMagic) {
		return nil
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		claimed, packed := f.UncompressedSize64, f.CompressedSize64
		switch {
		case f.Method == zip.Store && claimed != packed,
			packed > uint64(size),
			claimed > packed*maxDeflateRatio+ratioSlack:
			return fmt.Errorf("zip entry %q: %w", f.Name, errDamagedZip)
		}
	}
	return nil
}

var errDamagedZip = errors.New("sizes in the zip directory are impossible")

// checkZipFile runs checkZip on a file without reading it whole.
func checkZipFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return checkZip(f, fi.Size())
}
