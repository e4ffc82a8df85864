// Package textfile reads the small text files a clerk edits in Notepad —
// the narrative file, a year's holiday notice — whatever Notepad saved them
// as: UTF-8 with or without BOM, 「Unicode」 (UTF-16 with BOM) or 「ANSI」
// (GBK on a Chinese Windows). Refusals are *Error, in Chinese, naming the
// file and, when the parser that follows finds one, the line.
package textfile

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Error is a file a parser refuses, with the line at fault.
type Error struct {
	Name string // file name as given to the parser
	Line int    // 1-based; 0 when the whole file is at fault
	Msg  string // Chinese
}

// Error returns the Chinese message with the file name and line.
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s：%s", e.Name, e.Msg)
	}
	return fmt.Sprintf("%s 第%d行：%s", e.Name, e.Line, e.Msg)
}

// Read reads r, at most max bytes, as the text file name holding kind (e.g.
// 「年报文字」) and returns it as UTF-8 without BOM. A file too large, not
// text, or in an encoding it cannot read gives an *Error; a failing reader
// gives its own error.
func Read(r io.Reader, name, kind string, max int64) (string, error) {
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(raw)) > max {
		return "", &Error{Name: name, Msg: fmt.Sprintf("文件太大（超过 %d MB），不像是%s文件", max>>20, kind)}
	}
	text, msg := decode(raw, kind)
	if msg != "" {
		return "", &Error{Name: name, Msg: msg}
	}
	return text, nil
}

// decode returns the file as UTF-8 text without BOM, or why it cannot.
func decode(raw []byte, kind string) (string, string) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(raw)
		if err != nil {
			return "", "文件是 UTF-16 编码但内容有误；请在记事本“另存为”时把编码选为 UTF-8"
		}
		return strings.TrimPrefix(string(out), "\uFEFF"), ""
	}
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", "这不是文本文件（含有空字节）；" + kind + "应是记事本编辑的 .txt 文件"
	}
	if utf8.Valid(raw) {
		return string(raw), ""
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", "文件不是 UTF-8 编码，也无法按 GBK 读取；请在记事本“另存为”时把编码选为 UTF-8"
	}
	return string(out), ""
}
