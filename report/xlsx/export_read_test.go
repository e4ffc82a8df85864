package xlsx

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/reporttest"
)

// schoolReport returns a school's report with a distinct number in every figure.
func schoolReport() *report.AnnualReport {
	r := reporttest.Annual(reporttest.Sequential(1))
	r.Unit = report.Unit{Name: "某某县第一中学", Code: "12330000MB0000002X"}
	r.Produced = time.Date(2026, 1, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	r.Publications = report.PublicationStats{Total: 9, KeyArea: 3, FromRequests: 1,
		ByCategory:   []report.NamedCount{{Name: "招生考试", Count: 5}, {Name: "政策文件", Count: 4}, {Name: "财政信息（预决算、收费）", Count: 0}},
		ByDepartment: []report.NamedCount{{Name: "办公室", Count: 9}},
		ByChannel:    []report.NamedCount{{Name: "政府网站", Count: 9}, {Name: "政务新媒体", Count: 2}},
		ByMonth:      [12]int{1, 0, 2, 0, 1, 0, 0, 3, 0, 0, 1, 1}}
	r.ProcessingFees = report.FeeSummary{Count: 2, AmountFen: 170050}
	r.Timeliness = &report.Timeliness{Concluded: 7, OnTime: 5, Late: 2, LateIDs: []string{"YSQ-2025-003", "YSQ-2025-009"}}
	return r
}

// exportBytes writes rep as an export.
func exportBytes(t testing.TB, rep *report.AnnualReport) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteExport(&b, rep, exportMeta); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// readExport opens raw and reads it as an export. The roll-up opens it
// through data/xlsxguard instead (its tests check that).
func readExport(t testing.TB, raw []byte, name string) (*ExportFile, error) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ReadExport(f, name)
}

func jsonOf(t *testing.T, rep *report.AnnualReport) string {
	t.Helper()
	var b bytes.Buffer
	if err := jsonout.Write(&b, rep); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRoundTrip(t *testing.T) {
	noTimeliness := schoolReport()
	noTimeliness.Timeliness, noTimeliness.Produced, noTimeliness.Unit.Code = nil, time.Time{}, ""
	for name, rep := range map[string]*report.AnnualReport{"full": schoolReport(), "bare": noTimeliness} {
		t.Run(name, func(t *testing.T) {
			got, err := readExport(t, exportBytes(t, rep), "一中.xlsx")
			if err != nil {
				t.Fatal(err)
			}
			if a, b := jsonOf(t, got.Report), jsonOf(t, rep); a != b {
				t.Fatalf("JSON read back differs:\n%s\nwant\n%s", a, b)
			}
			if got.Version != exportMeta.Version || !got.Produced.Equal(exportMeta.Produced) {
				t.Errorf("version %q produced %v, want %q %v", got.Version, got.Produced, exportMeta.Version, exportMeta.Produced)
			}
		})
	}
}

// editBook opens an export, changes it with change and saves it again.
func editBook(t *testing.T, raw []byte, change func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	change(f)
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestTampered(t *testing.T) {
	raw := editBook(t, exportBytes(t, schoolReport()), func(f *excelize.File) {
		rows, err := f.GetRows(ExportDataSheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			if r[0] == "table3.new.natural" {
				if err := f.SetCellValue(ExportDataSheet, "B"+strconv.Itoa(i+1), "999"); err != nil {
					t.Fatal(err)
				}
				return
			}
		}
		t.Fatal("no table3.new.natural row")
	})
	_, err := readExport(t, raw, "一中.xlsx")
	want := "一中.xlsx的数据表校验码不符，文件在导出后被修改过，请让该单位重新导出"
	if err == nil || err.Error() != want || !errors.Is(err, ErrChecksum) {
		t.Fatalf("err = %v, want %q", err, want)
	}
}

func TestNotExport(t *testing.T) {
	var annual bytes.Buffer
	if err := Write(&annual, schoolReport()); err != nil {
		t.Fatal(err)
	}
	otherHeader := editBook(t, annual.Bytes(), func(f *excelize.File) {
		if _, err := f.NewSheet(ExportDataSheet); err != nil {
			t.Fatal(err)
		}
		_ = f.SetSheetRow(ExportDataSheet, "A1", &[]string{"项目", "数量"})
	})
	for name, raw := range map[string][]byte{"annual workbook": annual.Bytes(), "other header": otherHeader} {
		_, err := readExport(t, raw, "手填.xlsx")
		if !errors.Is(err, ErrNotExport) {
			t.Errorf("%s: err = %v, want ErrNotExport", name, err)
		}
	}
}

func TestOtherErrors(t *testing.T) {
	var monthly bytes.Buffer
	s := &report.MonthlySummary{Unit: report.Unit{Name: "某某县第一中学"}, Year: 2025, Month: 3, Empty: true}
	if err := WriteMonthlyExport(&monthly, s, exportMeta); err != nil {
		t.Fatal(err)
	}
	noChecksum := editBook(t, exportBytes(t, schoolReport()), func(f *excelize.File) {
		rows, _ := f.GetRows(ExportDataSheet)
		_ = f.RemoveRow(ExportDataSheet, len(rows))
	})
	for name, c := range map[string]struct {
		raw  []byte
		want string
	}{
		"monthly":     {monthly.Bytes(), "x.xlsx是月度工作进展的上报文件，不是年度报告"},
		"no checksum": {noChecksum, "x.xlsx的数据表没有「校验码」行"},
	} {
		_, err := readExport(t, c.raw, "x.xlsx")
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || errors.Is(err, ErrNotExport) {
			t.Errorf("%s: err = %v, want %q…", name, err, c.want)
		}
	}
}
