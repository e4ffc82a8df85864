package ledger

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// The self-inspection's optional columns (issue 16): 成文日期 and its
// synonyms in the 主动公开 ledger, 登记日期 beside 收到日期 in the 依申请公开
// ledger, and the 目录 sheet.

func TestReadFormedCSV(t *testing.T) {
	for _, header := range []string{"成文日期", "形成日期", "变更日期", "成文时间"} {
		csv := "索引号,标题,发布日期,类别," + header + "\n" +
			"A1,通知,2025-03-05,工作动态,2025/2/20\n" +
			"A2,动态,2025-03-06,工作动态,\n"
		rec, _, err := readCSVBytes(t, []byte(csv), "主动公开.csv")
		if err != nil {
			t.Fatalf("%s: %v", header, err)
		}
		if len(rec.pubs) != 2 || rec.pubs[0].Formed != day(2025, 2, 20) || !rec.pubs[1].Formed.IsZero() {
			t.Errorf("%s: publications %+v", header, rec.pubs)
		}
	}
}

func TestReadFormedBadDate(t *testing.T) {
	b := workbook(t, []sheetSpec{{"主动", [][]any{
		{"索引号", "标题", "发布日期", "类别", "形成日期"},
		{"A1", "通知", "2025-03-05", "工作动态", "2025-02-30"},
	}}})
	_, _, err := readXLSXBytes(t, b, "台账.xlsx")
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want a CellError", err)
	}
	want := "台账.xlsx 工作表「主动」第2行 E列「形成日期」：「2025-02-30」不是有效日期，应为" + dateExpected
	if err.Error() != want {
		t.Errorf("message\n got %s\nwant %s", err, want)
	}
}

func TestReadRegistered(t *testing.T) {
	tests := []struct {
		name, csv            string
		received, registered report.Date
	}{
		{"both", "申请编号,收到日期,登记日期,申请人类型\n1,2025-03-05,2025-03-07,自然人\n", day(2025, 3, 5), day(2025, 3, 7)},
		{"synonym and 登记日期", "申请编号,登记日期,受理日期,申请人类型\n1,2025-03-07,2025-03-05,自然人\n", day(2025, 3, 5), day(2025, 3, 7)},
		{"登记日期 alone", "申请编号,登记日期,申请人类型\n1,2025-03-07,自然人\n", day(2025, 3, 7), 0},
		{"收到日期 alone", "申请编号,收到日期,申请人类型\n1,2025-03-05,自然人\n", day(2025, 3, 5), 0},
		{"both, 登记日期 empty", "申请编号,收到日期,登记日期,申请人类型\n1,2025-03-05,,自然人\n", day(2025, 3, 5), 0},
	}
	for _, tt := range tests {
		rec, n, err := readCSVBytes(t, []byte(tt.csv), "申请.csv")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(n) != 0 {
			t.Errorf("%s: notices %q", tt.name, n)
		}
		if len(rec.reqs) != 1 || rec.reqs[0].Received != tt.received || rec.reqs[0].Registered != tt.registered {
			t.Errorf("%s: requests %+v, want received %s registered %s", tt.name, rec.reqs, tt.received, tt.registered)
		}
	}
}

func TestReadRegisteredBadDate(t *testing.T) {
	// 登记日期 alone is the date received: its bad cell is a required one.
	for _, tt := range []struct{ csv, want string }{
		{"申请编号,收到日期,登记日期,申请人类型\n1,2025-03-05,3月7日,自然人\n",
			"申请.csv 第2行 C列「登记日期」：「3月7日」不是有效日期，应为" + dateExpected},
		{"申请编号,登记日期,申请人类型\n1,,自然人\n",
			"申请.csv 第2行 B列「登记日期」：" + requiredExpected},
	} {
		_, _, err := readCSVBytes(t, []byte(tt.csv), "申请.csv")
		if err == nil || err.Error() != tt.want {
			t.Errorf("err\n got %v\nwant %s", err, tt.want)
		}
	}
}

func TestReadCatalog(t *testing.T) {
	b := workbook(t, []sheetSpec{
		{"公开时限表", [][]any{
			{"某某县教育局主动公开目录"},
			{"序号", "目录类别", "时限"},
			{1, "招生考试", "按季度"},
			{2, "财务信息", "每年6月前"},
			{3, "工作动态", ""},
			{4, "人事信息", "及时"},
		}},
	})
	rec, n, err := readXLSXBytes(t, b, "目录.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(n) != 0 {
		t.Errorf("notices %q", n)
	}
	want := []report.CatalogEntry{
		{Name: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitQuarterly}},
		{Name: "财务信息", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}},
		{Name: "工作动态"},
		{Name: "人事信息", Limit: report.DisclosureLimit{Kind: report.LimitAnytime}},
	}
	if !reflect.DeepEqual(rec.cats, want) {
		t.Errorf("catalog\n got %+v\nwant %+v", rec.cats, want)
	}

	csv := "类别名称,公开时限要求\n招生考试,每月\n"
	rec, _, err = readCSVBytes(t, []byte(csv), "目录.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.cats) != 1 || rec.cats[0] != (report.CatalogEntry{Name: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitMonthly}}) {
		t.Errorf("csv catalog %+v", rec.cats)
	}
}

func TestReadCatalogBadLimit(t *testing.T) {
	csv := "类别,公开时限\n招生考试,每周\n,每月\n"
	_, _, err := readCSVBytes(t, []byte(csv), "目录.csv")
	var es *Errors
	if !errors.As(err, &es) || len(es.Cells) != 2 {
		t.Fatalf("err = %v, want two bad cells", err)
	}
	got := es.Cells[0].Error()
	if want := "目录.csv 第2行 B列「公开时限」：「每周」不是可识别的公开时限，应为" + report.DisclosureLimitForms; got != want {
		t.Errorf("bad 时限\n got %s\nwant %s", got, want)
	}
	if got := es.Cells[1].Error(); got != "目录.csv 第3行 A列「类别」："+requiredExpected {
		t.Errorf("empty 类别: %s", got)
	}
}

func TestCatalogSkippedByPlainSink(t *testing.T) {
	var n notes
	var s struct{ Sink }
	rec := &recorder{}
	s.Sink = rec
	csv := "类别,公开时限\n招生考试,每月\n"
	if err := ReadCSV(t.Context(), strings.NewReader(csv), "目录.csv", s, n.options()); err != nil {
		t.Fatal(err)
	}
	if len(rec.cats) != 0 {
		t.Errorf("a plain Sink got catalog rows %+v", rec.cats)
	}
}

func TestEveryKindDescribed(t *testing.T) {
	for _, k := range Kinds {
		if k.Description() == "" {
			t.Errorf("%s has no description for 填写说明", k.Label())
		}
	}
}
