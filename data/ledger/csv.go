package ledger

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"unicode/utf8"
)

// sniffSize is how much of a CSV file is looked at to tell its encoding.
const sniffSize = 64 << 10

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// ReadCSV reads one ledger from a CSV file and streams its rows to sink;
// name is the file's base name, used in messages and Origin. The file may be
// UTF-8, with or without BOM, or GBK (as Excel on Chinese Windows saves
// it): valid UTF-8 at the start means UTF-8, anything else GBK (GB18030).
// A field that is not valid in that encoding, or holds a NUL byte, is
// refused with its row and column rather than stored altered. Title rows
// may precede the header row, as in a workbook. Commas separate fields, or
// tabs when the first line has tabs and no comma; CR, LF and CRLF all end
// a record. The file is streamed, never held in memory whole, and lines,
// fields and columns are capped (csvRecords).
func ReadCSV(ctx context.Context, r io.Reader, name string, sink Sink, opt Options) error {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return &FileError{File: name, Msg: "读取失败", Err: err}
	}
	gbk, err := sniffEncoding(br, head, name)
	if err != nil {
		return err
	}
	cr := &csvRecords{br: br, comma: sniffComma(head), gbk: gbk, file: name}
	rd := newRead(ctx, name, sink, opt)
	s := &sheet{r: rd}
	if err := s.records(cr); err != nil {
		return err
	}
	s.finish(true) // a CSV file without a ledger is an error, not a notice
	return rd.done()
}

// sniffEncoding skips a UTF-8 BOM, refuses UTF-16 and reports whether the
// file is GBK.
func sniffEncoding(br *bufio.Reader, head []byte, name string) (gbk bool, err error) {
	switch {
	case bytes.HasPrefix(head, utf8BOM):
		_, _ = br.Discard(len(utf8BOM))
		return false, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return false, &FileError{File: name, Msg: "是 UTF-16（Unicode 文本）编码，无法导入：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx"}
	}
	return !validUTF8Prefix(head), nil
}

// validUTF8Prefix reports whether b is valid UTF-8, allowing the last rune
// to be cut short by the end of b.
func validUTF8Prefix(b []byte) bool {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				b = b[:i]
			}
			break
		}
	}
	return utf8.Valid(b)
}

// sniffComma chooses the field separator from the first line: a tab when
// it has tabs and no comma, else a comma. Both are plain ASCII in GBK too.
func sniffComma(head []byte) byte {
	line := head
	if i := bytes.IndexAny(head, "\r\n"); i >= 0 {
		line = head[:i]
	}
	if bytes.IndexByte(line, '\t') >= 0 && bytes.IndexByte(line, ',') < 0 {
		return '\t'
	}
	return ','
}

// records takes the rows of a CSV file until its end or until s.row
// says stop, then has a Batcher sink write the rows it holds back: the
// error of one of them comes before whatever stopped the read.
func (s *sheet) records(cr *csvRecords) error {
	err := s.eachRecord(cr)
	if ferr := s.r.flush(); ferr != nil {
		return ferr
	}
	return err
}

func (s *sheet) eachRecord(cr *csvRecords) error {
	for {
		rec, err := cr.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		stop, err := s.row(cr.num, rec)
		if err != nil || stop {
			return err
		}
	}
}
