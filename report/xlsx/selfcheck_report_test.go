package xlsx

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/report/selfcheck/selfchecktest"
)

func TestWriteSelfCheck(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Input())
	if err != nil {
		t.Fatal(err)
	}
	r.Produced = time.Date(2026, 1, 20, 9, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	if err := WriteSelfCheck(&buf, r); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_XLSX_OUT"); dir != "" {
		_ = os.WriteFile(dir+"/selfcheck.xlsx", buf.Bytes(), 0o644)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{"基本情况", "发布时限", "政策解读", "登记时限", "目录时限"}; !slices.Equal(got, want) {
		t.Fatalf("sheets %v, want %v", got, want)
	}
	get := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if v := get("基本情况", "A1"); v != r.Title+"\n基本情况" {
		t.Errorf("title %q", v)
	}
	if v := get("基本情况", "A2"); !strings.Contains(v, "自查年度：2025年（截至12月31日）") {
		t.Errorf("unit line %q", v)
	}
	rows, _ := f.GetRows("基本情况")
	found := map[string]string{}
	for _, row := range rows {
		if len(row) >= 2 {
			found[row[0]] = row[1]
		}
	}
	for label, want := range map[string]string{"主动公开信息（条）": "120", "　类别：招生考试": "45", "按时发布率": "76.0%", "解读同步率": "40.0%",
		"按时登记率": "93.3%", "目录时限覆盖率": "60.0%", "按时答复率": "97.4%", "　逾期未完成（项）": "2", "完成信息报送任务的单位（个）": "2"} {
		if found[label] != want {
			t.Errorf("%s = %q, want %q", label, found[label], want)
		}
	}
	if v := get("发布时限", "B4") + get("发布时限", "F5"); v != "索引号25" {
		t.Errorf("发布时限 B4+F5 = %q", v)
	}
	if n, _ := f.GetRows("发布时限"); len(n) != 4+selfchecktest.LatePublications {
		t.Errorf("发布时限 has %d rows", len(n))
	}
	if v := get("政策解读", "F6"); v != "缺失" {
		t.Errorf("政策解读 F6 = %q", v)
	}
	if v := get("登记时限", "B5") + "/" + get("登记时限", "E5"); v != "YSQ-2025-004/3" {
		t.Errorf("登记时限 row 5 = %q", v)
	}
	if v := get("目录时限", "D6"); v != "2025年6月底前" {
		t.Errorf("目录时限 D6 = %q", v)
	}
	props, _ := f.GetDocProps()
	if props.Subject != SubjectSelfCheck || props.Creator != "xxgk" {
		t.Errorf("props %+v", props)
	}
	names := f.GetDefinedName()
	if len(names) != 5 {
		t.Errorf("print titles on %d sheets, want 5", len(names))
	}
}

// A rule with nothing to list says so on its sheet.
func TestWriteSelfCheckEmptyRule(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Clean())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteSelfCheck(&buf, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("登记时限", "A4"); v != "经自查，没有超过2个工作日登记的申请。" {
		t.Errorf("登记时限 A4 = %q", v)
	}
}
