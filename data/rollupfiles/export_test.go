package rollupfiles

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/xlsx"
)

// The roll-up reads exports through xlsxguard: a hostile or broken
// workbook is refused at once, in bounded memory, naming the file.
func TestReadExportRefusesHostileWorkbooks(t *testing.T) {
	good := exportFile(t, reporttest.Annual(reporttest.Sequential(1)))
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
		{"garbage", []byte("not a workbook"), "x.xlsx 不是 .xlsx 工作簿"},
	} {
		var err error
		peak, _ := hostile.Measure(func() { _, err = ReadExport(bytes.NewReader(c.data), "x.xlsx") })
		t.Logf("%s: peak heap %d MB: %v", c.what, peak>>20, err)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || errors.Is(err, xlsx.ErrNotExport) {
			t.Errorf("%s: %v, want %q…", c.what, err, c.want)
		}
		if peak > 100<<20 {
			t.Errorf("%s: peak heap %d MB", c.what, peak>>20)
		}
	}
}

func BenchmarkReadExport(b *testing.B) {
	raw := exportFile(b, reporttest.Annual(reporttest.Sequential(1)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadExport(bytes.NewReader(raw), "x.xlsx"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadExportParallel reads the export on every core at once, as a
// roll-up of many files does: 3,000 files take 3,000 × ns/op.
func BenchmarkReadExportParallel(b *testing.B) {
	raw := exportFile(b, reporttest.Annual(reporttest.Sequential(1)))
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := ReadExport(bytes.NewReader(raw), "x.xlsx"); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
