package ledger

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

func TestReadXLSXSeveralLedgers(t *testing.T) {
	march5 := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	b := workbook(t, []sheetSpec{
		{"说明", [][]any{{"本工作簿是某某县教育局 2025 年的台账"}, {"填表人：张三"}}},
		{"申请登记", [][]any{
			{"某某县教育局依申请公开登记台账"},
			{"（2025年）"},
			{"序号", "申请编号 *", "收到日期（必填）", "申请人类型", "办结日期", "办理结果"},
			{1, "A1", march5, "自然人", "2025-03-20", "予以公开"},
			{},
			{2, 1002, "2025/3/6", "社会公益组织"},
		}},
		{"空白", nil},
		{"公开台账", [][]any{
			{"索引号", "信息标题", "发布时间", "信息类别", "发布渠道", "重点领域"},
			{"IDX-1", "关于2025年招生工作的通知", 45721, "招生考试", "政府网站、微信公众号", "是"},
		}},
		{"收费", [][]any{
			{"收费编号", "收费日期", "金额"},
			{"F1", march5, 1234.56},
			{"F2", "2025-03-06", "￥1,000"},
		}},
	})
	rec, n, err := readXLSXBytes(t, b, "台账.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []report.Request{
		{ID: "A1", Received: day(2025, 3, 5), Applicant: report.ApplicantNatural, Concluded: day(2025, 3, 20),
			Outcome: "granted", Origin: report.Origin{File: "台账.xlsx", Sheet: "申请登记", Row: 4}},
		{ID: "1002", Received: day(2025, 3, 6), Applicant: report.ApplicantNonprofit,
			Origin: report.Origin{File: "台账.xlsx", Sheet: "申请登记", Row: 6}},
	}
	if !reflect.DeepEqual(rec.reqs, want) {
		t.Errorf("requests\n got %+v\nwant %+v", rec.reqs, want)
	}
	wantPub := []report.Publication{{IndexNo: "IDX-1", Title: "关于2025年招生工作的通知", Published: day(2025, 3, 5),
		Category: "招生考试", Channels: []string{"政府网站", "微信公众号"}, KeyArea: true,
		Origin: report.Origin{File: "台账.xlsx", Sheet: "公开台账", Row: 2}}}
	if !reflect.DeepEqual(rec.pubs, wantPub) {
		t.Errorf("publications\n got %+v\nwant %+v", rec.pubs, wantPub)
	}
	if len(rec.fees) != 2 || rec.fees[0].AmountFen != 123456 || rec.fees[1].AmountFen != 100000 ||
		rec.fees[0].Kind != report.FeeAdministrative || rec.fees[0].Date != day(2025, 3, 5) {
		t.Errorf("fees %+v", rec.fees)
	}
	wantNotes := []string{"台账.xlsx 工作表「说明」未识别为台账，已跳过"}
	if !slices.Equal(n, wantNotes) {
		t.Errorf("notices %q, want %q", n, wantNotes)
	}
}

func TestReadXLSXCellErrorMessage(t *testing.T) {
	rows := [][]any{{"序号", "申请编号", "收到日期", "申请人类型"}}
	for i := 2; i < 12; i++ {
		rows = append(rows, []any{i - 1, i, "2025-03-05", "自然人"})
	}
	rows = append(rows, []any{11, "2025-011", "2025-13-01", "自然人"})
	b := workbook(t, []sheetSpec{{"依申请", rows}})
	rec, _, err := readXLSXBytes(t, b, "台账.xlsx")
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *CellError", err)
	}
	wantErr := CellError{File: "台账.xlsx", Sheet: "依申请", Row: 12, Col: "C", Header: "收到日期",
		Value: "2025-13-01", Problem: "不是有效日期", Expected: dateExpected}
	if *ce != wantErr {
		t.Errorf("error %+v, want %+v", *ce, wantErr)
	}
	want := "台账.xlsx 工作表「依申请」第12行 C列「收到日期」：「2025-13-01」不是有效日期，应为日期，如 2025-03-05、2025/3/5、2025年3月5日"
	if err.Error() != want {
		t.Errorf("message\n got %s\nwant %s", err, want)
	}
	if len(rec.reqs) != 10 {
		t.Errorf("%d good rows", len(rec.reqs))
	}
}

func TestReadXLSXNoLedger(t *testing.T) {
	b := workbook(t, []sheetSpec{
		{"Sheet1", [][]any{{"姓名", "电话"}}},
		{"公开", [][]any{{"标题"}, {"索引号", "标题", "发布日期"}}},
	})
	rec, n, err := readXLSXBytes(t, b, "无.xlsx")
	var nl *NoLedgerError
	if !errors.As(err, &nl) || rec.total() != 0 {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "工作表「公开」像是「主动公开」台账，但缺少列「类别」") {
		t.Errorf("message %s", err)
	}
	if len(n) != 2 || n[1] != "无.xlsx 工作表「公开」未识别为台账，已跳过（像是「主动公开」台账，但表头缺少「类别」）" {
		t.Errorf("notices %q", n)
	}
}

func TestReadXLSXHeaderTooLow(t *testing.T) {
	var rows [][]any
	for i := 0; i < maxHeaderScan; i++ {
		rows = append(rows, []any{"标题行"})
	}
	rows = append(rows, []any{"单位", "月份", "任务数"}, []any{"办公室", "2025-06", 3})
	_, _, err := readXLSXBytes(t, workbook(t, []sheetSpec{{"S", rows}}), "low.xlsx")
	var nl *NoLedgerError
	if !errors.As(err, &nl) {
		t.Errorf("err = %v, want *NoLedgerError", err)
	}
}

func TestReadXLSXDate1904(t *testing.T) {
	f := excelize.NewFile()
	yes := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		t.Fatal(err)
	}
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"决定编号", "类型", "决定日期"})
	_ = f.SetSheetRow("Sheet1", "A2", &[]any{"D1", "行政许可", 45721 - 1462})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	rec, _, err := readXLSXBytes(t, b.Bytes(), "1904.xlsx")
	if err != nil || len(rec.decs) != 1 || rec.decs[0].Date != day(2025, 3, 5) {
		t.Errorf("err %v, decisions %+v", err, rec.decs)
	}
}

func TestReadXLSXDamaged(t *testing.T) {
	_, _, err := readXLSXBytes(t, []byte("not a zip"), "坏.xlsx")
	var fe *FileError
	if !errors.As(err, &fe) || err.Error() != "坏.xlsx 不是 .xlsx 工作簿（内容不是 Excel 2007 及以后的格式），可能已损坏；请在 Excel/WPS 中另存为 .xlsx 再试" {
		t.Errorf("err = %v", err)
	}
}
