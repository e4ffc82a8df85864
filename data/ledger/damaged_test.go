package ledger

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rezip rewrites a zip archive, passing every entry through edit: it
// returns the new content, or false to leave the entry out.
func rezip(t testing.TB, data []byte, edit func(name string, body []byte) ([]byte, bool)) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		body, keep := edit(f.Name, body)
		if !keep {
			continue
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(body); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// hundredRequests is a workbook with a request ledger of 100 rows on
// sheet 「依申请」 and a publication ledger on sheet 「主动公开」.
func hundredRequests(t testing.TB) []byte {
	rows := [][]any{{"申请编号", "收到日期", "申请人类型"}}
	for i := 1; i <= 100; i++ {
		rows = append(rows, []any{fmt.Sprintf("A%03d", i), "2025-03-05", "自然人"})
	}
	return workbook(t, []sheetSpec{
		{"依申请", rows},
		{"主动公开", [][]any{
			{"索引号", "信息标题", "发布日期", "信息类别"},
			{"IDX-1", "通知", "2025-03-05", "招生考试"},
		}},
	})
}

func wantFileError(t *testing.T, err error, parts ...string) {
	t.Helper()
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v (%T), want *FileError", err, err)
	}
	for _, p := range parts {
		if !strings.Contains(fe.Error(), p) {
			t.Errorf("message %q does not say %q", fe.Error(), p)
		}
	}
}

func TestReadXLSXTruncatedSheetRefused(t *testing.T) {
	b := rezip(t, hundredRequests(t), func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet1.xml" {
			return body[:len(body)/2], true
		}
		return body, true
	})
	rec, _, err := readXLSXBytes(t, b, "台账.xlsx")
	wantFileError(t, err, "台账.xlsx", "工作表「依申请」", "无法完整读取")
	t.Logf("%v (after %d rows)", err, len(rec.reqs))
}

func TestReadXLSXGarbledSheetRefused(t *testing.T) {
	b := rezip(t, hundredRequests(t), func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet1.xml" {
			i := bytes.Index(body, []byte(`<row r="50"`))
			return append(append(body[:i:i], "<row r=\"50\"><c><v>1</c>"...), body[i:]...), true
		}
		return body, true
	})
	_, _, err := readXLSXBytes(t, b, "台账.xlsx")
	wantFileError(t, err, "台账.xlsx", "工作表「依申请」", "无法完整读取")
}

func TestReadXLSXMissingSheetPartRefused(t *testing.T) {
	b := rezip(t, hundredRequests(t), func(name string, body []byte) ([]byte, bool) {
		return body, name != "xl/worksheets/sheet2.xml"
	})
	_, _, err := readXLSXBytes(t, b, "台账.xlsx")
	wantFileError(t, err, "台账.xlsx", "工作表「主动公开」", "缺失")
}

func TestReadXLSXFormulaWithoutCachedValue(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range [][]any{
		{"申请编号", "收到日期", "申请人类型", "办结日期", "办理结果"},
		{"A1", "2025-03-05", "自然人", "2025-03-20", "予以公开"},
		{"A2", "2025-03-06", "自然人", "2025-03-21"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellFormula("Sheet1", "E3", `IF(D3<>"","予以公开","")`); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	_, _, err := readXLSXBytes(t, buf.Bytes(), "台账.xlsx")
	var ce *CellError
	if !errors.As(err, &ce) {
		t.Fatalf("err = %v, want *CellError", err)
	}
	want := "台账.xlsx 工作表「Sheet1」第3行 E列「办理结果」：公式没有保存计算结果"
	if !strings.HasPrefix(ce.Error(), want) || !strings.Contains(ce.Error(), "WPS") {
		t.Errorf("message %q, want it to start %q and say what to do", ce.Error(), want)
	}
}

func TestReadXLSXHiddenSheetAndRowsImportedWithNotice(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("隐藏台账"); err != nil {
		t.Fatal(err)
	}
	for i, row := range [][]any{
		{"申请编号", "收到日期", "申请人类型"},
		{"A1", "2025-03-05", "自然人"},
		{"A2", "2025-03-06", "自然人"},
		{"A3", "2025-03-07", "自然人"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow("隐藏台账", cell, &[]any{"IDX-" + fmt.Sprint(i), "标题", "2025-03-05", "招生考试"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetSheetRow("隐藏台账", "A1", &[]any{"索引号", "信息标题", "发布日期", "信息类别"}); err != nil {
		t.Fatal(err)
	}
	for _, r := range []int{2, 4} {
		if err := f.SetRowVisible("Sheet1", r, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetSheetVisible("隐藏台账", false); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	rec, n, err := readXLSXBytes(t, buf.Bytes(), "台账.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.reqs) != 3 || len(rec.pubs) != 3 {
		t.Fatalf("read %d requests, %d publications; want 3 and 3", len(rec.reqs), len(rec.pubs))
	}
	want := []string{
		"台账.xlsx 工作表「Sheet1」（依申请公开）：第2、4行是隐藏行，已一并导入",
		"台账.xlsx 工作表「隐藏台账」是隐藏的工作表，其中的主动公开台账已一并导入",
	}
	if strings.Join(n, "\n") != strings.Join(want, "\n") {
		t.Errorf("notices\n%s\nwant\n%s", strings.Join(n, "\n"), strings.Join(want, "\n"))
	}
}

func TestHiddenRowsNoticeListsTen(t *testing.T) {
	var n notes
	s := &sheet{r: newRead(context.Background(), "台账.xlsx", nil, n.options()), name: "依申请", lay: &layout{kind: KindRequests}}
	for r := 2; r <= 16; r++ {
		s.hiddenRows = append(s.hiddenRows, r)
	}
	s.noteHidden(false)
	want := "台账.xlsx 工作表「依申请」（依申请公开）：第2、3、4、5、6、7、8、9、10、11行等 15 行是隐藏行，已一并导入"
	if len(n) != 1 || n[0] != want {
		t.Errorf("notices %q, want %q", n, want)
	}
}
