package rollupfiles

import (
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/rollup"
)

const unitsCSV = "2025年应报送单位名单\n序号,单位名称,统一社会信用代码\n1,某某县第一中学,91350100m000100y43\n\n2, 某某县第二中学 ,\n"

var wantUnits = []rollup.Expected{
	{Name: "某某县第一中学", Code: "91350100M000100Y43"},
	{Name: "某某县第二中学"},
}

func TestReadUnitListCSV(t *testing.T) {
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(unitsCSV)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"utf8.csv": unitsCSV, "bom.csv": "\uFEFF" + unitsCSV, "gbk.csv": gbk} {
		got, err := ReadUnitList(writeFile(t, dir, name, []byte(data)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if !reflect.DeepEqual(got, wantUnits) {
			t.Errorf("%s: %+v", name, got)
		}
	}
}

func TestReadUnitListXLSX(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	rows := [][]any{{"名称", "代码"}, {"某某县第一中学", "91350100M000100Y43"}, {"某某县第二中学"}}
	for i, r := range rows {
		if err := f.SetSheetRow("Sheet1", reporttest.CellName(1, i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadUnitList(writeFile(t, t.TempDir(), "名单.xlsx", buf.Bytes()))
	if err != nil || !reflect.DeepEqual(got, wantUnits) {
		t.Errorf("got %+v, %v", got, err)
	}
}

func TestReadUnitListErrors(t *testing.T) {
	tests := []struct{ file, data, want string }{
		{"a.csv", "学校,地址\n一中,城关\n", "单位名单 a.csv：前 10 行中没有找到表头「单位名称」"},
		{"b.csv", "单位名称,代码\n一中,91350100M000100Y44\n", "单位名单 b.csv 第 2 行：统一社会信用代码「91350100M000100Y44」"},
		{"c.csv", "单位名称,代码\n一中,\n二中,\n一中,\n", "单位名单 c.csv 第 4 行：与第 2 行是同一单位（一中）"},
		{"d.csv", "单位名称,代码\n一中,91350100M000100Y43\n二中,91350100M000100Y43\n", "单位名单 d.csv 第 3 行：与第 2 行是同一单位"},
		{"e.csv", "单位名称,代码\n,91350100M000100Y43\n", "单位名单 e.csv 第 2 行：有统一社会信用代码 91350100M000100Y43 但单位名称为空"},
		{"f.csv", "单位名称\n", "单位名单 f.csv：表头下面没有单位"},
		{"g.xls", "", "单位名单 g.xls：不支持「.xls」文件"},
		{"h.xlsx", "不是工作簿", "单位名单 h.xlsx 不是 .xlsx 工作簿"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		_, err := ReadUnitList(writeFile(t, dir, tt.file, []byte(tt.data)))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %s…", tt.file, err, tt.want)
		}
	}
	if _, err := ReadUnitList(dir + "/没有.csv"); err == nil || !strings.Contains(err.Error(), "没有.csv") {
		t.Errorf("err = %v", err)
	}
}

// TestReadUnitListSameName accepts two units of one name with different
// codes, as the roll-up counts both; one of them without a code is still
// the same unit.
func TestReadUnitListSameName(t *testing.T) {
	dir := t.TempDir()
	got, err := ReadUnitList(writeFile(t, dir, "a.csv", []byte("单位名称,代码\n城关小学,91350100M000100Y43\n城关小学,91350100M000200Y3P\n")))
	want := []rollup.Expected{{Name: "城关小学", Code: "91350100M000100Y43"}, {Name: "城关小学", Code: "91350100M000200Y3P"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, %v", got, err)
	}
	_, err = ReadUnitList(writeFile(t, dir, "b.csv", []byte("单位名称,代码\n城关小学,91350100M000100Y43\n城关小学,\n")))
	if w := "单位名单 b.csv 第 3 行：与第 2 行是同一单位（城关小学）"; err == nil || !strings.HasPrefix(err.Error(), w) {
		t.Errorf("err = %v, want %s…", err, w)
	}
}
