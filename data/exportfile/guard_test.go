package exportfile

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// The roll-up reads exports through xlsxguard: a hostile or broken
// workbook is refused at once, in bounded memory, naming the file.
func TestReadRefusesHostileWorkbooks(t *testing.T) {
	good := export(t, sample())
	rewrite := func(edit func(string, []byte) ([]byte, bool), add ...hostile.Entry) []byte {
		b, err := hostile.Rewrite(good, edit, add...)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var dataSheet string // the 数据 sheet's part: the last worksheet
	rewrite(func(name string, body []byte) ([]byte, bool) {
		if strings.HasPrefix(name, "xl/worksheets/sheet") && name > dataSheet {
			dataSheet = name
		}
		return body, true
	})
	cut := func(name string, body []byte) ([]byte, bool) {
		if name == dataSheet {
			return body[:len(body)/2], true
		}
		return body, true
	}
	for _, c := range []struct {
		what string
		data []byte
		want string
	}{
		{"1 GiB image", rewrite(nil, hostile.GiBOfZeros("xl/media/image1.png")), "x.xlsx 太大：文件中的一部分（xl/media/image1.png）解压后有 1 GB，超过上限 32 MB"},
		{"password", hostile.OLE(true), "x.xlsx 受密码保护，请在 Excel/WPS 中去掉密码后另存为 .xlsx 再导入"},
		{"cut-off data sheet", rewrite(cut), "x.xlsx 工作表「数据」无法完整读取"},
	} {
		var err error
		peak, _ := hostile.Measure(func() { _, err = Read(bytes.NewReader(c.data), "x.xlsx") })
		t.Logf("%s: peak heap %d MB: %v", c.what, peak>>20, err)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || errors.Is(err, ErrNotExport) {
			t.Errorf("%s: %v, want %q…", c.what, err, c.want)
		}
		if peak > 100<<20 {
			t.Errorf("%s: peak heap %d MB", c.what, peak>>20)
		}
	}
}
