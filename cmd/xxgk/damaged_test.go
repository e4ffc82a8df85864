package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// ledgerBook writes a workbook with 100 requests on sheet 「依申请」 and one
// publication on sheet 「主动公开」.
func ledgerBook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "依申请"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("主动公开"); err != nil {
		t.Fatal(err)
	}
	_ = f.SetSheetRow("依申请", "A1", &[]any{"申请编号", "收到日期", "申请人类型"})
	for i := 1; i <= 100; i++ {
		_ = f.SetSheetRow("依申请", fmt.Sprintf("A%d", i+1), &[]any{fmt.Sprintf("A%03d", i), "2025-03-05", "自然人"})
	}
	_ = f.SetSheetRow("主动公开", "A1", &[]any{"索引号", "信息标题", "发布日期", "信息类别"})
	_ = f.SetSheetRow("主动公开", "A2", &[]any{"IDX-1", "通知", "2025-03-05", "招生考试"})
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A sheet that cannot be read entirely refuses the whole import, and
// --replace deletes nothing on its strength.
func TestReplaceNeverDeletesOnDamagedSheet(t *testing.T) {
	dir, db := newDB(t)
	good := ledgerBook(t)
	p := filepath.Join(dir, "台账.xlsx")
	if err := os.WriteFile(p, good, 0o644); err != nil {
		t.Fatal(err)
	}
	xxgk(t, "import", "--db", db, p).must(t)
	cut := func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet1.xml" {
			return body[:len(body)/2], true
		}
		return body, true
	}
	drop := func(name string, body []byte) ([]byte, bool) { return body, name != "xl/worksheets/sheet2.xml" }
	for _, c := range []struct {
		what string
		edit func(string, []byte) ([]byte, bool)
		want string
	}{
		{"cut off", cut, "台账.xlsx 工作表「依申请」无法完整读取，文件可能已损坏或不完整"},
		{"missing part", drop, "台账.xlsx 工作表「主动公开」在文件中缺失，文件不完整或已损坏"},
	} {
		damaged, err := hostile.Rewrite(good, c.edit)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, damaged, 0o644); err != nil {
			t.Fatal(err)
		}
		r := xxgk(t, "import", "--db", db, "--replace", p)
		if r.code != 1 || !strings.Contains(r.stderr, c.want) || !strings.Contains(r.stderr, "本次导入已全部撤销") {
			t.Errorf("%s: exit %d, stderr:\n%s", c.what, r.code, r.stderr)
		}
		if n, m := countRows(t, db, "requests"), countRows(t, db, "publications"); n != 100 || m != 1 {
			t.Errorf("%s: %d requests and %d publications left, want 100 and 1", c.what, n, m)
		}
	}
}
