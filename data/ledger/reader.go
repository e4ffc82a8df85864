package ledger

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ReadFile reads one .xlsx or .csv ledger file (by extension, case-
// insensitive) and streams every data row, converted and validated, to
// sink. Each row's Origin (File = base name of path, Sheet, Row = 1-based
// row number as Excel or the CSV shows it) is set; Origin.Updated is left
// zero.
//
// Bad cells do not stop the read at once: up to MaxCellErrors are
// collected (rows with a bad cell are not passed to sink) and returned as a
// *CellError, or as *Errors when there are several. A file with no
// recognisable ledger gives *NoLedgerError. An error from sink or ctx stops
// the read and is returned as it is.
func ReadFile(ctx context.Context, path string, sink Sink, opt Options) error {
	if b, ok := sink.(Batcher); ok {
		b.SetBatching(true)
		defer b.SetBatching(false)
	}
	name := filepath.Base(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readXLSXFile(ctx, path, name, sink, opt)
	case ".csv":
		f, err := os.Open(path)
		if err != nil {
			return &FileError{File: name, Msg: "无法打开，请检查文件是否存在、是否有读取权限", Err: err}
		}
		defer f.Close()
		return ReadCSV(ctx, f, name, sink, opt)
	case ".xls", ".et", ".wps":
		return &FileError{File: name, Msg: "是旧版 Excel（.xls）或 WPS 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再导入"}
	}
	return &FileError{File: name, Msg: "不是可导入的台账文件：只支持 .xlsx 和 .csv"}
}

// read is the state of one file's read.
type read struct {
	ctx     context.Context
	file    string
	sink    Sink
	opt     Options
	rows    int // data rows read
	found   int // sheets recognised as a ledger
	errs    errorList
	stopped bool // too many bad cells
	hints   []string
}

func newRead(ctx context.Context, file string, sink Sink, opt Options) *read {
	return &read{ctx: ctx, file: file, sink: sink, opt: opt}
}

// flush writes the rows a Batcher sink holds back.
func (r *read) flush() error {
	if b, ok := r.sink.(Batcher); ok {
		return b.Flush()
	}
	return nil
}

// done ends the read: the final progress call, then the collected errors or
// the missing-ledger error.
func (r *read) done() error {
	r.opt.progress(r.rows)
	if err := r.errs.err(); err != nil {
		return err
	}
	if r.found == 0 {
		return &NoLedgerError{File: r.file, Hints: r.hints}
	}
	return nil
}

// sheet is one sheet of a workbook, or a whole CSV file (name "").
type sheet struct {
	r        *read
	name     string
	date1904 bool
	scanned  int // non-blank rows tried as a header
	lay      *layout
	near     *layout
	conv     *rowConv
	nonBlank bool
	// Of the current row of a workbook: the columns whose formula has no
	// saved result, and whether the row is hidden.
	uncached   []int
	hidden     bool
	hiddenRows []int // data rows read that were hidden
}

// where names the sheet for notices: 「台账.xlsx 工作表「依申请」」 or 「台账.csv」.
func (s *sheet) where() string {
	if s.name == "" {
		return s.r.file
	}
	return fmt.Sprintf("%s 工作表「%s」", s.r.file, s.name)
}

// row takes row n of the sheet. stop says the rest of the sheet need not be
// read: no header near the top, or the read is over.
func (s *sheet) row(n int, cells []string) (stop bool, err error) {
	if err := s.r.ctx.Err(); err != nil {
		return true, err
	}
	if isBlankRow(cells) {
		return false, nil
	}
	s.nonBlank = true
	if s.lay == nil {
		return s.header(cells), nil
	}
	s.conv.reset(n, cells)
	s.conv.checkUncached(s.uncached)
	if s.hidden {
		s.hiddenRows = append(s.hiddenRows, n)
	}
	if err := emitRow(s.conv, s.r.sink); err != nil {
		return true, err
	}
	if len(s.conv.bad) > 0 {
		if err := s.r.flush(); err != nil {
			return true, err
		}
	}
	for _, e := range s.conv.bad {
		if s.r.errs.add(e) {
			s.r.stopped = true
			return true, nil
		}
	}
	s.r.rows++
	if s.r.rows%progressEvery == 0 {
		if err := s.r.flush(); err != nil {
			return true, err
		}
		s.r.opt.progress(s.r.rows)
	}
	return false, nil
}

// header tries a row near the top of the sheet as its header row.
func (s *sheet) header(cells []string) (stop bool) {
	s.scanned++
	lay, near := detectHeader(cells)
	if lay == nil {
		if s.near == nil {
			s.near = near
		}
		return s.scanned >= maxHeaderScan
	}
	s.lay, s.r.found = lay, s.r.found+1
	s.conv = newRowConv(lay, s.r.file, s.name, s.date1904)
	if len(lay.unknown) > 0 {
		s.r.opt.notice(fmt.Sprintf("%s（%s）：列%s未识别，已忽略", s.where(), lay.kind.Label(), quoteAll(lay.unknown)))
	}
	if len(lay.dups) > 0 {
		s.r.opt.notice(fmt.Sprintf("%s（%s）：列%s与前面的列重复，已忽略", s.where(), lay.kind.Label(), quoteAll(lay.dups)))
	}
	return false
}

// finish ends the sheet; an unrecognised sheet is reported unless quiet.
func (s *sheet) finish(quiet bool) {
	if s.lay != nil || !s.nonBlank {
		return
	}
	hint := ""
	if s.near != nil {
		missing := quoteAll(s.near.missing())
		hint = fmt.Sprintf("（像是「%s」台账，但表头缺少%s）", s.near.kind.Label(), missing)
		who := "表头"
		if s.name != "" {
			who = fmt.Sprintf("工作表「%s」", s.name)
		}
		s.r.hints = append(s.r.hints, fmt.Sprintf("%s像是「%s」台账，但缺少列%s", who, s.near.kind.Label(), missing))
	}
	if !quiet {
		s.r.opt.notice(s.where() + "未识别为台账，已跳过" + hint)
	}
}

func quoteAll(ss []string) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString("「" + shorten(s, 40) + "」")
	}
	return b.String()
}
