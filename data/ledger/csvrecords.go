package ledger

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Limits of a CSV ledger, generous for any real ledger and low enough that
// a broken file is refused at once: Excel holds at most 32,767 characters
// in a cell (under 100 KB in UTF-8), and a ledger has a few dozen columns.
const (
	maxCSVField   = 128 << 10
	maxCSVRecord  = 1 << 20
	maxCSVColumns = 256
)

// csvRecords splits a CSV file into records as Excel and WPS read it: a
// record ends at LF, CRLF or a lone CR outside quotes (inside quotes they
// are part of the value, CRLF read as LF); a quote opens a quoted field
// only at its start, and a quote inside a quoted field that is neither
// doubled nor followed by a separator is kept as it is. Blank lines are
// records too, so record numbers are the rows Excel shows. Every field is
// checked and decoded (see field); the limits above are errors.
type csvRecords struct {
	br     *bufio.Reader
	comma  byte
	gbk    bool // fields are GBK (GB18030), else UTF-8
	file   string
	num    int // 1-based number of the current record
	rec    []string
	cols   int // fields of the current record so far
	field  []byte
	length int // bytes of the current record
}

// next returns the next record, or io.EOF after the last.
func (r *csvRecords) next() ([]string, error) {
	r.num++
	r.rec, r.field, r.length, r.cols = r.rec[:0], r.field[:0], 0, 0
	started, quoted := false, false
	for {
		c, err := r.br.ReadByte()
		if err == io.EOF {
			if !started && r.cols == 0 {
				return nil, io.EOF
			}
			return r.rec, r.endField()
		}
		if err != nil {
			return nil, &FileError{File: r.file, Msg: "读取失败", Err: err}
		}
		if r.length++; r.length > maxCSVRecord {
			return nil, r.refuse("", fmt.Sprintf("这一行超过 %d MB，不像是台账的一行（文件可能已损坏，或不是台账）", maxCSVRecord>>20))
		}
		switch {
		case quoted:
			quoted = r.quotedByte(c)
		case c == r.comma:
			if err := r.endField(); err != nil {
				return nil, err
			}
			started = false
			continue
		case c == '\n' || c == '\r':
			if c == '\r' {
				r.skipLF()
			}
			return r.rec, r.endField()
		case c == '"' && !started:
			quoted = true
		default:
			r.field = append(r.field, c)
		}
		started = true
		if len(r.field) > maxCSVField {
			return nil, r.refuse(columnLetter(r.cols), fmt.Sprintf("单元格内容超过 %d KB，不像是台账的内容（文件可能已损坏，或引号没有配对）", maxCSVField>>10))
		}
	}
}

// quotedByte takes byte c of a quoted field and reports whether the field
// is still quoted.
func (r *csvRecords) quotedByte(c byte) bool {
	switch c {
	case '"':
		next, err := r.br.Peek(1)
		switch {
		case err != nil, next[0] == r.comma, next[0] == '\n', next[0] == '\r':
			return false
		case next[0] == '"':
			_, _ = r.br.ReadByte()
			r.length++
		}
		r.field = append(r.field, '"')
	case '\r':
		if r.skipLF() {
			c = '\n'
		}
		r.field = append(r.field, c)
	default:
		r.field = append(r.field, c)
	}
	return true
}

// skipLF consumes the LF of a CRLF and reports whether there was one.
func (r *csvRecords) skipLF() bool {
	if next, err := r.br.Peek(1); err == nil && next[0] == '\n' {
		_, _ = r.br.ReadByte()
		r.length++
		return true
	}
	return false
}

// endField checks and decodes the current field and appends it to the
// record. Blank fields beyond maxCSVColumns are dropped (Excel writes the
// commas of a sheet's whole used width); a value there is an error.
func (r *csvRecords) endField() error {
	col := r.cols
	r.cols++
	defer func() { r.field = r.field[:0] }()
	if col >= maxCSVColumns {
		if len(bytes.TrimSpace(r.field)) > 0 {
			return r.refuse("", fmt.Sprintf("第 %d 列有内容，超出了可读取的范围（最多 %d 列，到 %s 列）：请删除多余的列后再导入", col+1, maxCSVColumns, columnLetter(maxCSVColumns-1)))
		}
		return nil
	}
	s, msg := r.decode(r.field)
	if msg != "" {
		return r.refuse(columnLetter(col), msg)
	}
	r.rec = append(r.rec, s)
	return nil
}

// decode turns a field into text, or says why it cannot: a NUL byte, bytes
// that are not UTF-8 in a UTF-8 file, bytes GBK has no character for, or
// 「€」 (a stray byte 0x80) in a GBK file. Such a field is never changed
// into something else: a key would then be stored altered.
func (r *csvRecords) decode(b []byte) (string, string) {
	if bytes.IndexByte(b, 0) >= 0 {
		return "", "含有空字节，不像是文本（文件可能已损坏，或是改了扩展名的其他文件）：请用 Excel 或 WPS 打开后另存为 CSV 再导入"
	}
	if !r.gbk {
		if !utf8.Valid(b) {
			return "", "含有不是 UTF-8 编码的字节（文件开头是 UTF-8，这里可能混入了 GBK 等其他编码的文字）。为免存入走样的文字，已拒绝导入：请用 Excel 或 WPS 打开本文件，另存为“CSV UTF-8（逗号分隔）”后再导入"
		}
		return string(b), ""
	}
	if isASCII(b) {
		return string(b), ""
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	switch {
	case err != nil, bytes.ContainsRune(out, utf8.RuneError):
		return "", "含有无法按 GBK 编码识别的字节（文件可能已损坏，或混入了其他编码的文字）。为免存入走样的文字，已拒绝导入：请用 Excel 或 WPS 打开本文件，检查后另存为“CSV UTF-8（逗号分隔）”再导入"
	case bytes.ContainsRune(out, '€'):
		return "", "含有「€」，在 GBK 编码的文件中这通常是损坏或混入的字节。为免存入走样的文字，已拒绝导入：请检查该单元格，另存为“CSV UTF-8（逗号分隔）”后再导入"
	}
	return string(out), ""
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// refuse is the error for the current record, at column col when not "".
func (r *csvRecords) refuse(col, msg string) error {
	where := fmt.Sprintf("第%d行", r.num)
	if col != "" {
		where += " " + col + "列"
	}
	return &FileError{File: r.file, Msg: where + "：" + msg, Err: errCSVRefused}
}

var errCSVRefused = errors.New("csv record refused")
