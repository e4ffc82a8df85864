package ledger

import (
	"bytes"
	"context"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
)

func TestReadCSVLoneCREndsRecord(t *testing.T) {
	for name, data := range map[string]string{
		"cr.csv":    strings.ReplaceAll(requestsCSV, "\n", "\r"),
		"mixed.csv": strings.Replace(strings.ReplaceAll(requestsCSV, "\n", "\r\n"), "\r\n", "\r", 3),
	} {
		rec, _, err := readCSVBytes(t, []byte(data), name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := wantRequestsCSV(name); !reflect.DeepEqual(rec.reqs, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, rec.reqs, want)
		}
	}
}

func TestReadCSVCRInsideQuotesKept(t *testing.T) {
	data := "申请编号,收到日期,申请人类型,备注\r" +
		"C003,2025-03-05,自然人,\"第一行\r第二行\"\r" +
		"C004,2025-03-06,自然人,\r"
	rec, _, err := readCSVBytes(t, []byte(data), "cr.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.reqs) != 2 || rec.reqs[0].Note != "第一行\r第二行" || rec.reqs[1].ID != "C004" || rec.reqs[1].Origin.Row != 3 {
		t.Errorf("requests %+v", rec.reqs)
	}
}

// commas is an endless line of commas, never held in memory.
type commas struct{ left int }

func (c *commas) Read(p []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), c.left)
	for i := range p[:n] {
		p[i] = ','
	}
	c.left -= n
	return n, nil
}

func TestReadCSVHundredMegabyteLineRefused(t *testing.T) {
	r := io.MultiReader(strings.NewReader("申请编号,收到日期,申请人类型\nA1,2025-03-05,自然人"), &commas{left: 100 << 20})
	var err error
	peak, total := hostile.Measure(func() { err = ReadCSV(context.Background(), r, "逗号.csv", &recorder{}, Options{}) })
	t.Logf("peak heap %d MB, allocated %d MB: %v", peak>>20, total>>20, err)
	wantFileError(t, err, "逗号.csv 第2行", "超过 1 MB")
	if peak > maxHeap {
		t.Errorf("peak heap %d MB", peak>>20)
	}
}

func TestReadCSVFieldAndColumnCaps(t *testing.T) {
	head := "申请编号,收到日期,申请人类型,备注\n"
	long := head + "A1,2025-03-05,自然人," + strings.Repeat("很", 50_000) + "\n"
	_, _, err := readCSVBytes(t, []byte(long), "长.csv")
	wantFileError(t, err, "长.csv 第2行 D列", "超过 128 KB")

	wide := head + "A1,2025-03-05,自然人," + strings.Repeat(",", 300) + "多余\n"
	_, _, err = readCSVBytes(t, []byte(wide), "宽.csv")
	wantFileError(t, err, "宽.csv 第2行", "第 304 列有内容", "最多 256 列")

	trailing := head + "A1,2025-03-05,自然人,备注" + strings.Repeat(",", 1000) + "\n"
	rec, _, err := readCSVBytes(t, []byte(trailing), "空列.csv")
	if err != nil || len(rec.reqs) != 1 || rec.reqs[0].Note != "备注" {
		t.Errorf("trailing empty columns: %v, %+v", err, rec.reqs)
	}
}

func TestReadCSVInvalidBytesRefused(t *testing.T) {
	head := "申请编号,收到日期,申请人类型\n"
	var utf8Start bytes.Buffer
	utf8Start.WriteString(head)
	for utf8Start.Len() < 70<<10 {
		utf8Start.WriteString("甲乙丙丁,2025-03-05,自然人\n")
	}
	rows := strings.Count(utf8Start.String(), "\n")
	gbkKey, _ := simplifiedchinese.GBK.NewEncoder().String("张三")
	mixed := append(bytes.Clone(utf8Start.Bytes()), gbkKey+",2025-03-05,自然人\n"...)

	gbkHead, _ := simplifiedchinese.GBK.NewEncoder().String(head + "甲,2025-03-05,自然人\n")
	for _, c := range []struct {
		name string
		data []byte
		want []string
	}{
		{"混合.csv", mixed, []string{"混合.csv 第" + strconv.Itoa(rows+1) + "行 A列", "不是 UTF-8"}},
		{"欧元.csv", []byte(gbkHead + "C\x80003,2025-03-05,\xd7\xd4\xc8\xbb\xc8\xcb\n"), []string{"欧元.csv 第3行 A列", "「€」"}},
		{"乱码.csv", []byte(gbkHead + "C003,2025-03-05,\xff\xfe\n"), []string{"乱码.csv 第3行 C列", "GBK"}},
		{"空字节.csv", []byte(head + "C\x00003,2025-03-05,自然人\n"), []string{"空字节.csv 第2行 A列", "空字节"}},
	} {
		rec, _, err := readCSVBytes(t, c.data, c.name)
		wantFileError(t, err, c.want...)
		for _, r := range rec.reqs {
			if strings.ContainsAny(r.ID, "\uFFFD€\x00") {
				t.Errorf("%s: stored key %q", c.name, r.ID)
			}
		}
	}
}
