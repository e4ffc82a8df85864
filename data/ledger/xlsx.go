package ledger

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xxgk/xxgk/data/xlsxguard"
)

// ReadXLSX reads the ledgers of an .xlsx workbook from r and streams their
// rows to sink; name is the file's base name, used in messages and Origin.
// Every sheet is read, whatever it is called: a sheet is recognised by its
// header row (the first of its first 20 non-blank rows that names every
// required column of a ledger; title rows above it are skipped). Other
// sheets are reported through opt.Notice, except blank ones, hidden ones
// and the template's 「填写说明」. A hidden sheet that holds a ledger, and
// hidden rows of a ledger, are imported and noted.
//
// The workbook goes through xlsxguard: a password-protected or old .xls
// file, parts larger than xlsxguard.Ledger allows, a sheet cut short,
// damaged or missing, and a value in a column beyond the limit are
// refused as *FileError, so that no sheet is ever read only in part. A
// formula whose result was never saved is a *CellError.
//
// The rows of each sheet are streamed, so memory does not grow with the
// number of rows; the compressed workbook itself is held in memory (ReadFile
// avoids even that).
func ReadXLSX(ctx context.Context, r io.Reader, name string, sink Sink, opt Options) error {
	data, err := xlsxguard.ReadAll(r, name, xlsxguard.Ledger)
	if err != nil {
		return fileError(err)
	}
	b, err := xlsxguard.OpenBytes(data, name, xlsxguard.Ledger)
	if err != nil {
		return fileError(err)
	}
	return readWorkbook(ctx, b, name, sink, opt)
}

func readXLSXFile(ctx context.Context, path, name string, sink Sink, opt Options) error {
	b, err := xlsxguard.Open(path, name, xlsxguard.Ledger)
	if err != nil {
		return fileError(err)
	}
	defer b.Close()
	return readWorkbook(ctx, b, name, sink, opt)
}

// fileError turns a workbook the guard refused into a *FileError.
func fileError(err error) error {
	var ge *xlsxguard.Error
	if errors.As(err, &ge) {
		return &FileError{File: ge.File, Msg: ge.Msg, Err: ge.Err}
	}
	return err
}

func readWorkbook(ctx context.Context, b *xlsxguard.Book, name string, sink Sink, opt Options) error {
	rd := newRead(ctx, name, sink, opt)
	for _, sh := range b.Sheets() {
		if err := readSheet(rd, b, sh); err != nil {
			return fileError(err)
		}
		if rd.stopped {
			break
		}
	}
	return rd.done()
}

// quietSheets are the template's own sheets, skipped without a notice.
var quietSheets = map[string]bool{helpSheet: true, optionsSheet: true}

func readSheet(rd *read, b *xlsxguard.Book, sh xlsxguard.Sheet) error {
	rows, err := b.Rows(sh)
	if err != nil {
		return err
	}
	defer rows.Close()
	s := &sheet{r: rd, name: sh.Name, date1904: b.Date1904()}
	pipe := pipeRows(rows)
	defer pipe.stop() // before rows.Close
	err = s.rows(pipe)
	if ferr := rd.flush(); ferr != nil {
		return ferr // a row held back failed before whatever stopped the sheet
	}
	if err != nil {
		return err
	}
	s.finish(sh.Hidden || quietSheets[sh.Name])
	s.noteHidden(sh.Hidden)
	return nil
}

// rows takes the sheet's rows from pipe until the end of the sheet or
// until s.row says stop.
func (s *sheet) rows(pipe *sheetPipe) error {
	var prev *pipedBatch // the batch before, given back once a later row is taken
	for {
		batch := <-pipe.out
		for i := range batch.rows {
			row := &batch.rows[i]
			if s.lay != nil && row.beyond != nil {
				return row.beyond
			}
			s.uncached, s.hidden = row.uncached, row.hidden
			stopped, err := s.row(row.num, row.cells)
			if err != nil || stopped {
				return err
			}
		}
		if batch.end {
			return batch.err
		}
		if prev != nil {
			pipe.recycle(*prev)
		}
		prev = &batch
	}
}

// maxHiddenListed is how many hidden rows a notice lists by number.
const maxHiddenListed = 10

// noteHidden tells that a hidden sheet, or hidden rows, were imported.
func (s *sheet) noteHidden(sheetHidden bool) {
	if s.lay == nil {
		return
	}
	if n := len(s.hiddenRows); n > 0 {
		nums := make([]string, 0, min(n, maxHiddenListed))
		for _, r := range s.hiddenRows[:min(n, maxHiddenListed)] {
			nums = append(nums, fmt.Sprint(r))
		}
		more := ""
		if n > maxHiddenListed {
			more = fmt.Sprintf("等 %d 行", n)
		}
		s.r.opt.notice(fmt.Sprintf("%s（%s）：第%s行%s是隐藏行，已一并导入", s.where(), s.lay.kind.Label(), strings.Join(nums, "、"), more))
	}
	if sheetHidden {
		s.r.opt.notice(fmt.Sprintf("%s是隐藏的工作表，其中的%s台账已一并导入", s.where(), s.lay.kind.Label()))
	}
}
