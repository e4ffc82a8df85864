package xlsxguard

import (
	"bytes"
	"errors"
	"io"
	"unicode/utf16"
)

// ErrEncrypted means the workbook is protected by a password: Excel then
// stores it as an OLE compound file holding an EncryptionInfo stream.
var ErrEncrypted = errors.New("workbook is encrypted (password-protected)")

// ErrOldFormat means the file is an OLE compound file without encryption:
// an Excel 97–2003 .xls (or a WPS .et) whatever its name.
var ErrOldFormat = errors.New("old OLE workbook (.xls)")

// ErrNotZip means the file is neither a zip archive nor an OLE file.
var ErrNotZip = errors.New("not a zip archive")

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	zipMagic = []byte("PK\x03\x04")
	// encInfo is the name of the stream an encrypted workbook holds, as the
	// OLE directory stores it (UTF-16LE).
	encInfo = utf16le("EncryptionInfo")
)

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// sniff tells what kind of file r holds from its first bytes, and for an
// OLE file whether it is encrypted. It returns nil for a zip archive.
func sniff(r io.ReaderAt, size int64, name string) error {
	head := make([]byte, len(oleMagic))
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, zipMagic):
		return nil
	case bytes.Equal(head, oleMagic):
		if holds(io.NewSectionReader(r, 0, size), encInfo) {
			return &Error{File: name, Msg: "受密码保护，请在 Excel/WPS 中去掉密码后另存为 .xlsx 再导入", Err: ErrEncrypted}
		}
		return &Error{File: name, Msg: "是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 再导入", Err: ErrOldFormat}
	}
	return &Error{File: name, Msg: "不是 .xlsx 工作簿（内容不是 Excel 2007 及以后的格式），可能已损坏；请在 Excel/WPS 中另存为 .xlsx 再试", Err: ErrNotZip}
}

// holds reports whether r contains pat, reading it in chunks.
func holds(r io.Reader, pat []byte) bool {
	buf := make([]byte, 64<<10)
	keep := 0
	for {
		n, err := io.ReadFull(r, buf[keep:])
		if bytes.Contains(buf[:keep+n], pat) {
			return true
		}
		if err != nil {
			return false
		}
		keep = copy(buf, buf[keep+n-len(pat)+1:keep+n])
	}
}
