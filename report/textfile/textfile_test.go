package textfile

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestRead(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("【一、总体情况】\n正文"))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("【一、总体情况】\n正文"))
	for name, raw := range map[string][]byte{
		"utf-8":     []byte("【一、总体情况】\n正文"),
		"utf-8 bom": append([]byte{0xEF, 0xBB, 0xBF}, "【一、总体情况】\n正文"...),
		"gbk":       gbk,
		"utf-16":    utf16,
	} {
		got, err := Read(bytes.NewReader(raw), "a.txt", "年报文字", 1<<20)
		if err != nil || got != "【一、总体情况】\n正文" {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	cases := map[string]struct {
		raw  []byte
		want string
	}{
		"binary":   {[]byte("ab\x00cd"), "a.txt：这不是文本文件（含有空字节）；年报文字应是记事本编辑的 .txt 文件"},
		"too big":  {bytes.Repeat([]byte("字"), 1<<20), "a.txt：文件太大（超过 1 MB），不像是年报文字文件"},
		"not text": {[]byte{0x81, 0x30, 0xFF, 0xFF}, "a.txt：文件不是 UTF-8 编码，也无法按 GBK 读取；请在记事本“另存为”时把编码选为 UTF-8"},
	}
	for name, c := range cases {
		_, err := Read(bytes.NewReader(c.raw), "a.txt", "年报文字", 1<<20)
		var e *Error
		if !errors.As(err, &e) || err.Error() != c.want {
			t.Errorf("%s: err = %v, want %s", name, err, c.want)
		}
	}
	if got := (&Error{Name: "b.txt", Line: 3, Msg: "未知标题"}).Error(); !strings.HasPrefix(got, "b.txt 第3行：") {
		t.Errorf("line error = %s", got)
	}
}
