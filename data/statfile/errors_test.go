package statfile

import (
	"bytes"
	"strings"
	"testing"
)

// edit is one change to the national workbook: a cell's new value, or nil
// to clear it.
type edit struct {
	sheet, cell string
	value       any
}

func TestReadErrors(t *testing.T) {
	const want4 = "，应按国家格式写明三类情形，每类下列出「结果维持」「结果纠正」「其他结果」「尚未审结」「总计」"
	tests := []struct {
		name  string
		edits []edit
		want  string
	}{
		{"text", []edit{{"表三", "D9", "十二"}},
			"报表.xlsx 工作表「表三」D9：「十二」不是数字，应为非负整数（空白按0计）"},
		{"negative", []edit{{"表三", "E10", "-3"}},
			"报表.xlsx 工作表「表三」E10：「-3」是负数，应为非负整数（空白按0计）"},
		{"negative number", []edit{{"表二", "C4", -2}},
			"报表.xlsx 工作表「表二」C4：「-2」是负数，应为非负整数（空白按0计）"},
		{"decimal", []edit{{"表四", "B5", 2.5}},
			"报表.xlsx 工作表「表四」B5：「2.5」不是整数，应为非负整数（空白按0计）"},
		{"fee", []edit{{"表二", "B15", "约4千"}},
			"报表.xlsx 工作表「表二」B15：「约4千」不是数字，应为非负金额，单位万元（空白按0计）"},
		{"negative fee", []edit{{"表二", "B15", "-0.5"}},
			"报表.xlsx 工作表「表二」B15：「-0.5」是负数，应为非负金额，单位万元（空白按0计）"},
		{"two at once", []edit{{"表三", "D9", "十二"}, {"表四", "A5", "x"}},
			"报表.xlsx 工作表「表三」D9：「十二」不是数字，应为非负整数（空白按0计）\n" +
				"报表.xlsx 工作表「表四」A5：「x」不是数字，应为非负整数（空白按0计）"},
		{"row label", []edit{{"表三", "C10", nil}, {"表三", "A5", "新收申请"}},
			"报表.xlsx 工作表「表三」A5：标签「新收申请」与国家格式的标签都不相近，" +
				"应为「一、本年新收政府信息公开申请数量」「（三）不予公开 2.其他法律行政法规禁止公开」之一\n" +
				"报表.xlsx 工作表「表三」：表三缺少行「一、本年新收政府信息公开申请数量」「（三）不予公开 2.其他法律行政法规禁止公开」，" +
				"应按国家格式列出全部25行（编号、标点可以不同）"},
		{"column label", []edit{{"表三", "F4", nil}},
			"报表.xlsx 工作表「表三」：表三缺少列「科研机构」，应在「申请人情况」下按国家格式写明这些列"},
		{"no column labels", []edit{{"表三", "D3", nil}, {"表三", "E4", nil}, {"表三", "F4", nil},
			{"表三", "G4", nil}, {"表三", "H4", nil}, {"表三", "I4", nil}, {"表三", "J3", nil}},
			"报表.xlsx 工作表「表三」：表三找不到列标签「自然人」「商业企业」「科研机构」「社会公益组织」「法律服务机构」「其他」「总计」，" +
				"应在「申请人情况」下按国家格式写明这些列"},
		{"table 4 label", []edit{{"表四", "L4", nil}},
			"报表.xlsx 工作表「表四」：表四缺少「复议后起诉」下的「结果纠正」" + want4},
		{"table 4 block", []edit{{"表四", "F3", "诉讼"}},
			"报表.xlsx 工作表「表四」：表四缺少「未经复议直接起诉」" + want4},
		{"table 2 item", []edit{{"表二", "A12", nil}},
			"报表.xlsx 工作表「表二」：表二找不到这些项目或它们上方的表头：「行政强制」（表头「本年处理决定数量」），应按国家格式列出全部六项"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := nationalBook(t)
			for _, e := range tt.edits {
				var err error
				if e.value == nil {
					err = b.f.SetCellValue(e.sheet, e.cell, "")
				} else {
					err = b.f.SetCellValue(e.sheet, e.cell, e.value)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			got, err := Read(bytes.NewReader(b.bytes()), "报表.xlsx")
			if err == nil {
				t.Fatalf("no error; found %v", got.Found)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}

func TestReadNoTable(t *testing.T) {
	b := newBook(t, "Sheet1")
	b.set("Sheet1", 1, 1, "行政许可")
	b.set("Sheet1", 2, 1, "行政复议")
	b.set("Sheet1", 1, 2, "你好")
	_, err := Read(bytes.NewReader(b.bytes()), "报表.xlsx")
	want := "报表.xlsx：没有找到表二、表三或表四（按「规章」「本年新收政府信息公开申请数量」「自然人」「行政复议」「结果维持」等行列标签查找），" +
		"请确认这是政府信息公开工作年度报告的统计表"
	if err == nil || err.Error() != want {
		t.Errorf("error\n got: %v\nwant: %s", err, want)
	}
}

func TestReadNotWorkbook(t *testing.T) {
	_, err := Read(strings.NewReader("申请人情况,自然人\n"), "报表.csv")
	if err == nil || err.Error() != "报表.csv 不是 .xlsx 工作簿（内容不是 Excel 2007 及以后的格式），可能已损坏；请在 Excel/WPS 中另存为 .xlsx 再试" {
		t.Errorf("error = %v", err)
	}
}

func TestReadUncalculatedFormula(t *testing.T) {
	b := nationalBook(t)
	if err := b.f.SetCellValue("表三", "D9", nil); err != nil {
		t.Fatal(err)
	}
	if err := b.f.SetCellFormula("表三", "D9", "SUM(E9:I9)"); err != nil {
		t.Fatal(err)
	}
	_, err := Read(strings.NewReader(string(b.bytes())), "报表.xlsx")
	want := "报表.xlsx 工作表「表三」D9：公式「=SUM(E9:I9)」没有保存计算结果，请用 Excel 或 WPS 打开、保存后再读入"
	if err == nil || err.Error() != want {
		t.Errorf("error\n got: %v\nwant: %s", err, want)
	}
}
