package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// TestExportDataSheetNotPrinted checks that the 数据 sheet of both exports
// is hidden, so that printing the workbook prints the cover and tables and
// not hundreds of codes, while every other sheet stays visible; and that
// the cover says where it went.
func TestExportDataSheetNotPrinted(t *testing.T) {
	books := map[string]func(*bytes.Buffer) error{
		"annual":  func(b *bytes.Buffer) error { return WriteExport(b, sampleReport(), exportMeta) },
		"monthly": func(b *bytes.Buffer) error { return WriteMonthlyExport(b, reporttest.Monthly(), exportMeta) },
	}
	for name, write := range books {
		f := openWritten(t, write)
		for _, s := range f.GetSheetList() {
			visible, err := f.GetSheetVisible(s)
			if err != nil {
				t.Fatal(err)
			}
			if visible != (s != ExportDataSheet) {
				t.Errorf("%s: sheet %s visible = %v", name, s, visible)
			}
		}
		if pairs := dataRows(t, f); len(pairs) < 10 {
			t.Errorf("%s: hidden 数据 sheet has %d rows", name, len(pairs))
		}
		if got := coverText(t, f, "文件内容"); !bytes.Contains([]byte(got), []byte("已隐藏、不打印（右击工作表标签选“取消隐藏”可查看）")) {
			t.Errorf("%s: 文件内容 = %q", name, got)
		}
	}
}

// TestTable4Landscape checks that 表四's fifteen columns print across a
// landscape A4 page, fitted to one page wide.
func TestTable4Landscape(t *testing.T) {
	f := writeBook(t, sampleReport())
	pl, err := f.GetPageLayout(report.Table4Title)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 {
		t.Errorf("表四 prints size %d %s, %d page wide", *pl.Size, *pl.Orientation, *pl.FitToWidth)
	}
}

// coverText is the cover's value beside label.
func coverText(t *testing.T, f *excelize.File, label string) string {
	t.Helper()
	rows, err := f.GetRows(ExportCoverSheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) > 1 && r[0] == label {
			return r[1]
		}
	}
	t.Fatalf("cover has no %s", label)
	return ""
}
