package ledger

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// sniffSize is how much of a CSV file is looked at to tell its encoding.
const sniffSize = 64 << 10

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// ReadCSV reads one ledger from a CSV file and streams its rows to sink;
// name is the file's base name, used in messages and Origin. The file may be
// UTF-8, with or without BOM, or GBK (as Excel on Chinese Windows saves
// it): valid UTF-8 at the start means UTF-8, anything else is decoded as
// GBK (GB18030). Title rows may precede the header row, as in a workbook.
// Commas separate fields, or tabs when the first line has tabs and no comma.
// The file is streamed, never held in memory whole.
func ReadCSV(ctx context.Context, r io.Reader, name string, sink Sink, opt Options) error {
	br := bufio.NewReaderSize(r, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return &FileError{File: name, Msg: "读取失败", Err: err}
	}
	src, err := decodeCSV(br, head, name)
	if err != nil {
		return err
	}
	cr := csv.NewReader(src)
	cr.Comma = sniffComma(head)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true

	rd := newRead(ctx, name, sink, opt)
	s := &sheet{r: rd}
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return &FileError{File: name, Msg: fmt.Sprintf("第%d行附近 CSV 格式有误，请用 Excel 打开后重新另存为 CSV", n), Err: err}
		}
		stop, err := s.row(n, rec)
		if err != nil {
			return err
		}
		if stop {
			break
		}
	}
	s.finish(true) // a CSV file without a ledger is an error, not a notice
	return rd.done()
}

// decodeCSV returns the file as UTF-8, without BOM.
func decodeCSV(br *bufio.Reader, head []byte, name string) (io.Reader, error) {
	switch {
	case bytes.HasPrefix(head, utf8BOM):
		_, _ = br.Discard(len(utf8BOM))
		return br, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return nil, &FileError{File: name, Msg: "是 UTF-16（Unicode 文本）编码，无法导入：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx"}
	case validUTF8Prefix(head):
		return br, nil
	}
	return transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder()), nil
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
func sniffComma(head []byte) rune {
	line, _, _ := bytes.Cut(head, []byte{'\n'})
	if bytes.IndexByte(line, '\t') >= 0 && bytes.IndexByte(line, ',') < 0 {
		return '\t'
	}
	return ','
}
