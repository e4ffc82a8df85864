package ledger

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/xxgk/xxgk/report"
)

const requestsCSV = "某某县教育局2025年依申请公开登记台账,,,,,\n" +
	",,,,,\n" +
	"序号,申请编号*,登记日期,申请人类型,答复日期,处理结果,经办人\n" +
	"1,2025-001,2025/3/5,公民,2025年4月1日,不予公开-属于国家秘密,李四\n" +
	"2,2025-002,20250310,法人或其他组织-商业企业,,,\n" +
	",,,,,,\n" +
	"3,2025-003,2025.3.12,法律服务机构,2025-03-20,部分公开,\n"

func wantRequestsCSV(file string) []report.Request {
	o := func(row int) report.Origin { return report.Origin{File: file, Row: row} }
	return []report.Request{
		{ID: "2025-001", Received: day(2025, 3, 5), Applicant: report.ApplicantNatural,
			Concluded: day(2025, 4, 1), Outcome: "withheld.state_secret", Origin: o(4)},
		{ID: "2025-002", Received: day(2025, 3, 10), Applicant: report.ApplicantCommercial, Origin: o(5)},
		{ID: "2025-003", Received: day(2025, 3, 12), Applicant: report.ApplicantLegal,
			Concluded: day(2025, 3, 20), Outcome: "partial", Origin: o(7)},
	}
}

func TestReadCSVEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(requestsCSV)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"utf8.csv":   []byte(requestsCSV),
		"bom.csv":    append([]byte{0xEF, 0xBB, 0xBF}, requestsCSV...),
		"gbk.csv":    []byte(gbk),
		"crlf.csv":   []byte(strings.ReplaceAll(requestsCSV, "\n", "\r\n")),
		"tab.csv":    []byte(strings.ReplaceAll(requestsCSV, ",", "\t")),
		"gbktab.csv": []byte(strings.ReplaceAll(gbk, ",", "\t")),
	} {
		rec, n, err := readCSVBytes(t, data, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !reflect.DeepEqual(rec.reqs, wantRequestsCSV(name)) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, rec.reqs, wantRequestsCSV(name))
		}
		want := name + "（依申请公开）：列「经办人」未识别，已忽略"
		if len(n) != 1 || n[0] != want {
			t.Errorf("%s: notices %q, want %q", name, n, want)
		}
	}
}

func TestReadCSVMultilineRowNumbers(t *testing.T) {
	data := "申请编号,收到日期,申请人类型,申请内容\n1,2025-03-05,自然人,\"第一行\n第二行\"\n2,2025-03-06,自然人,x\n"
	rec, _, err := readCSVBytes(t, []byte(data), "m.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.reqs) != 2 || rec.reqs[0].Content != "第一行\n第二行" || rec.reqs[1].Origin.Row != 3 {
		t.Errorf("rows = %+v", rec.reqs)
	}
}

func TestReadCSVCellErrorMessage(t *testing.T) {
	data := "申请编号,收到日期,申请人类型\n2025-001,2025-13-01,自然人\n"
	_, _, err := readCSVBytes(t, []byte(data), "台账.csv")
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *CellError", err)
	}
	want := "台账.csv 第2行 B列「收到日期」：「2025-13-01」不是有效日期，应为日期，如 2025-03-05、2025/3/5、2025年3月5日"
	if err.Error() != want {
		t.Errorf("message\n got %s\nwant %s", err, want)
	}
}

func TestReadCSVCollectsErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("申请编号,收到日期,申请人类型\n")
	b.WriteString("ok,2025-03-05,自然人\n")
	b.WriteString(",2025-03-05,外星人\n") // two bad cells in one row
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, "%d,2025-02-30,自然人\n", i)
	}
	rec, _, err := readCSVBytes(t, []byte(b.String()), "e.csv")
	var list *Errors
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want *Errors", err)
	}
	if len(list.Cells) != MaxCellErrors || !list.Truncated {
		t.Errorf("%d errors, truncated %v", len(list.Cells), list.Truncated)
	}
	first := list.Cells[0]
	if first.Row != 3 || first.Col != "A" || first.Value != "" || first.Expected != requiredExpected {
		t.Errorf("first error = %+v", first)
	}
	if list.Cells[1].Col != "C" || !strings.Contains(list.Cells[1].Error(), "「外星人」无法识别，应为以下之一：「自然人」") {
		t.Errorf("second error = %s", list.Cells[1])
	}
	var ce *CellError
	if !errors.As(err, &ce) || ce != first {
		t.Errorf("errors.As found %v", ce)
	}
	if len(rec.reqs) != 1 {
		t.Errorf("%d good rows passed, want 1", len(rec.reqs))
	}
	if !strings.HasPrefix(err.Error(), "台账中有 20 处错误（只列出前 20 处，其余未检查）：\n  e.csv 第3行 A列「申请编号」：必填，不能为空") {
		t.Errorf("message = %s", err)
	}
}

func TestReadCSVNoLedger(t *testing.T) {
	_, _, err := readCSVBytes(t, []byte("姓名,电话\n张三,123\n"), "x.csv")
	var nl *NoLedgerError
	if !errors.As(err, &nl) || nl.File != "x.csv" {
		t.Fatalf("err = %v, want *NoLedgerError", err)
	}
	for _, s := range []string{"x.csv 中没有可识别的台账", "依申请公开（申请编号、收到日期、申请人类型）", "信息任务（单位、月份、任务数）"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("message %q lacks %q", err, s)
		}
	}
	_, _, err = readCSVBytes(t, []byte("申请编号,收到日期,申请人\n"), "y.csv")
	if err == nil || !strings.Contains(err.Error(), "表头像是「依申请公开」台账，但缺少列「申请人类型」") {
		t.Errorf("near miss: %v", err)
	}
	_, _, err = readCSVBytes(t, nil, "empty.csv")
	if !errors.As(err, &nl) {
		t.Errorf("empty file: %v", err)
	}
}

func TestReadCSVUTF16(t *testing.T) {
	_, _, err := readCSVBytes(t, []byte{0xFF, 0xFE, 'a', 0}, "u.csv")
	if err == nil || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("err = %v", err)
	}
}

func TestReadCSVSinkErrorAndCancel(t *testing.T) {
	stop := errors.New("store full")
	rec := &recorder{fail: stop}
	err := ReadCSV(context.Background(), strings.NewReader(requestsCSV), "s.csv", rec, Options{})
	if !errors.Is(err, stop) || len(rec.reqs) != 1 {
		t.Errorf("err = %v after %d rows", err, len(rec.reqs))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = ReadCSV(ctx, strings.NewReader(requestsCSV), "c.csv", &recorder{}, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
}

func TestReadCSVProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("单位,月份,任务数\n")
	for i := 0; i < 2500; i++ {
		fmt.Fprintf(&b, "办公室%d,2025-06,%d\n", i, i)
	}
	var calls []int
	rec := &recorder{}
	err := ReadCSV(context.Background(), strings.NewReader(b.String()), "p.csv", rec, Options{Progress: func(n int) { calls = append(calls, n) }})
	if err != nil || len(rec.quotas) != 2500 {
		t.Fatalf("err %v, %d rows", err, len(rec.quotas))
	}
	if !reflect.DeepEqual(calls, []int{1000, 2000, 2500}) {
		t.Errorf("progress calls %v", calls)
	}
}

func TestReadFileByExtension(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "台账.CSV")
	if err := os.WriteFile(path, []byte(requestsCSV), 0o600); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	if err := ReadFile(context.Background(), path, rec, Options{}); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rec.reqs, wantRequestsCSV("台账.CSV")) {
		t.Errorf("rows %+v", rec.reqs)
	}
	var tpl bytes.Buffer
	if err := WriteTemplate(&tpl, nil, time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	xlsx := filepath.Join(dir, "模板.Xlsx")
	if err := os.WriteFile(xlsx, tpl.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ReadFile(context.Background(), xlsx, &recorder{}, Options{}); err != nil {
		t.Errorf("template via ReadFile: %v", err)
	}
	for _, name := range []string{"a.xls", "a.txt", "missing.csv", "missing.xlsx"} {
		err := ReadFile(context.Background(), filepath.Join(dir, name), &recorder{}, Options{})
		var fe *FileError
		if !errors.As(err, &fe) || fe.File != name || !strings.HasPrefix(err.Error(), name+" ") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
