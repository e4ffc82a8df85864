package ledger

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

// maxHeap bounds the live heap while one hostile file is read.
const maxHeap = 100 << 20

// readHostile writes data to a file and reads it as a ledger, checking
// that the live heap stays under maxHeap.
func readHostile(t *testing.T, name string, data []byte) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var err error
	start := time.Now()
	peak, total := hostile.Measure(func() { err = ReadFile(context.Background(), path, &recorder{}, Options{}) })
	t.Logf("%s (%d KB): %v, peak heap %d MB, allocated %d MB: %v", name, len(data)>>10,
		time.Since(start).Round(time.Millisecond), peak>>20, total>>20, err)
	if peak > maxHeap {
		t.Errorf("reading %s took %d MB of heap, want under %d MB", name, peak>>20, maxHeap>>20)
	}
	return err
}

func hostileBook(t *testing.T, edit func(string, []byte) ([]byte, bool), add ...hostile.Entry) []byte {
	t.Helper()
	b, err := hostile.Rewrite(hundredRequests(t), edit, add...)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var mib = make([]byte, 1<<20)

func TestReadFileGigabyteMediaRefused(t *testing.T) {
	b := hostileBook(t, nil, hostile.GiBOfZeros("xl/media/image1.png"))
	err := readHostile(t, "图片.xlsx", b)
	wantFileError(t, err, "图片.xlsx", "1 GB", "超过上限 64 MB")
}

func TestReadFileSheetHoldingMoreThanDeclaredRefused(t *testing.T) {
	var sheet []byte
	hostileBook(t, func(name string, body []byte) ([]byte, bool) {
		if name == "xl/worksheets/sheet1.xml" {
			sheet = body
		}
		return body, true
	})
	b := hostileBook(t, nil, hostile.Entry{Name: "xl/worksheets/sheet1.xml", Head: sheet, Body: mib, Times: 1024,
		Declared: uint64(len(sheet))})
	err := readHostile(t, "谎报.xlsx", b)
	wantFileError(t, err, "谎报.xlsx", "工作表「依申请」", "无法完整读取")
}

func sharedStrings(item string, n int) hostile.Entry {
	const per = 1000
	return hostile.Entry{Name: "xl/sharedStrings.xml",
		Head:  fmt.Appendf(nil, `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, n, n),
		Body:  bytes.Repeat([]byte(item), per),
		Times: n / per,
		Tail:  []byte(`</sst>`)}
}

func TestReadFileTwentyFiveMillionSharedStringsRefused(t *testing.T) {
	b := hostileBook(t, nil, sharedStrings("<si><t>x</t></si>", 25_000_000))
	err := readHostile(t, "文本表.xlsx", b)
	wantFileError(t, err, "文本表.xlsx", "共享文本表", "超过上限 128 MB")
}

func TestReadFileSharedStringCountCapped(t *testing.T) {
	b := hostileBook(t, nil, sharedStrings("<si/>", 2_100_000))
	err := readHostile(t, "文本表.xlsx", b)
	wantFileError(t, err, "文本表.xlsx", "共享文本表超过 2000000 条")
}

func TestReadFileSharedStringCountLyingRefused(t *testing.T) {
	e := sharedStrings("<si/>", 2_100_000)
	e.Head = bytes.Replace(e.Head, []byte(`uniqueCount="2100000"`), []byte(`uniqueCount="1"`), 1)
	b := hostileBook(t, nil, e)
	err := readHostile(t, "文本表.xlsx", b)
	wantFileError(t, err, "文本表.xlsx", "共享文本表超过 2000000 条")
}

func TestReadFileValueInColumnXFDRefused(t *testing.T) {
	var body bytes.Buffer
	for r := 2; r <= 100_001; r++ {
		fmt.Fprintf(&body, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>A%d</t></is></c><c r="B%d"><v>45721</v></c>`+
			`<c r="C%d" t="inlineStr"><is><t>自然人</t></is></c><c r="XFD%d"><v>1</v></c></row>`, r, r, r, r, r, r)
	}
	sheet := hostile.Entry{Name: "xl/worksheets/sheet1.xml",
		Head: []byte(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			`<row r="1"><c r="A1" t="inlineStr"><is><t>申请编号</t></is></c><c r="B1" t="inlineStr"><is><t>收到日期</t></is></c>` +
			`<c r="C1" t="inlineStr"><is><t>申请人类型</t></is></c></row>`),
		Body: body.Bytes(), Times: 1,
		Tail: []byte(`</sheetData></worksheet>`)}
	b := hostileBook(t, nil, sheet)
	err := readHostile(t, "宽表.xlsx", b)
	wantFileError(t, err, "宽表.xlsx", "工作表「依申请」第2行 XFD列有内容", "最多 256 列")
}

func TestReadFileEncryptedAndOldWorkbooks(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"加密.xlsx", "加密.xlsx 受密码保护，请在 Excel/WPS 中去掉密码后另存为 .xlsx 再导入"},
		{"旧版.xlsx", "旧版.xlsx 是旧版 .xls 格式，请在 Excel/WPS 中另存为 .xlsx 再导入"},
	} {
		data := hostile.OLE(strings.HasPrefix(c.name, "加密"))
		err := readHostile(t, c.name, data)
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: %v, want %q", c.name, err, c.want)
		}
	}
}
