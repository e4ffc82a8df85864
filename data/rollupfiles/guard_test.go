package rollupfiles

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// A unit list is read through xlsxguard like every other workbook.
func TestReadUnitListRefusesHostileWorkbooks(t *testing.T) {
	f := excelize.NewFile()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"单位名称"})
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"某某县第一中学"})
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	huge, err := hostile.Rewrite(buf.Bytes(), nil, hostile.GiBOfZeros("xl/media/image1.png"))
	if err != nil {
		t.Fatal(err)
	}
	wide, err := hostile.Rewrite(buf.Bytes(), func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet1.xml" {
			body = bytes.Replace(body, []byte("</row>"), []byte(`<c r="XFD1"><v>1</v></c></row>`), 1)
		}
		return body, true
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		file string
		data []byte
		want string
	}{
		{"图片.xlsx", huge, "单位名单 图片.xlsx 太大：文件中的一部分（xl/media/image1.png）解压后有 1 GB，超过上限 32 MB"},
		{"加密.xlsx", hostile.OLE(true), "单位名单 加密.xlsx 受密码保护，请在 Excel/WPS 中去掉密码后另存为 .xlsx 再导入"},
		{"旧版.xlsx", hostile.OLE(false), "单位名单 旧版.xlsx 是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 再导入"},
		{"宽.xlsx", wide, "单位名单 宽.xlsx 工作表「Sheet1」第1行 XFD列有内容"},
	} {
		var err error
		path := writeFile(t, dir, c.file, c.data)
		peak, _ := hostile.Measure(func() { _, err = ReadUnitList(path) })
		t.Logf("%s: peak heap %d MB: %v", c.file, peak>>20, err)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%s: %v, want %q…", c.file, err, c.want)
		}
		if peak > 100<<20 {
			t.Errorf("%s: peak heap %d MB", c.file, peak>>20)
		}
	}
}
