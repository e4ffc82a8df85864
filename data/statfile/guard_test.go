package statfile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// The roll-up reads hand-filled tables through xlsxguard: a hostile or
// broken workbook is refused at once, in bounded memory, naming the file.
func TestReadRefusesHostileWorkbooks(t *testing.T) {
	good := nationalBook(t).bytes()
	rewrite := func(edit func(string, []byte) ([]byte, bool), add ...hostile.Entry) []byte {
		b, err := hostile.Rewrite(good, edit, add...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cut := func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet2.xml" {
			return body[:len(body)/2], true
		}
		return body, true
	}
	wide := func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet2.xml" {
			body = bytes.Replace(body, []byte("</row>"), []byte(`<c r="XFD9"><v>1</v></c></row>`), 1)
		}
		return body, true
	}
	for _, c := range []struct {
		what string
		data []byte
		want string
	}{
		{"1 GiB image", rewrite(nil, hostile.GiBOfZeros("xl/media/image1.png")), "报表.xlsx 太大：文件中的一部分（xl/media/image1.png）解压后有 1 GB，超过上限 32 MB"},
		{"password", hostile.OLE(true), "报表.xlsx 受密码保护，请在 Excel/WPS 中去掉密码后另存为 .xlsx 再导入"},
		{"old xls", hostile.OLE(false), "报表.xlsx 是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 再导入"},
		{"cut-off sheet", rewrite(cut), "报表.xlsx 工作表「表三」无法完整读取"},
		{"column XFD", rewrite(wide), "报表.xlsx 工作表「表三」第1行 XFD列有内容"},
	} {
		var err error
		peak, _ := hostile.Measure(func() { _, err = Read(bytes.NewReader(c.data), "报表.xlsx") })
		t.Logf("%s: peak heap %d MB: %v", c.what, peak>>20, err)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q…", c.what, err, c.want)
		}
		if peak > 100<<20 {
			t.Errorf("%s: peak heap %d MB", c.what, peak>>20)
		}
	}
}
