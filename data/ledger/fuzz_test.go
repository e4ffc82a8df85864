package ledger

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-03-05", "2025/3/5", "2025.3.5", "2025年3月5日", "20250305", "２０２５－０３－０５",
		"45721", "45721.5", "2025-02-30", "2025-03-05T00:00:00Z", " ", "", "2025年3月5号 8:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if d != 0 {
				t.Fatalf("ParseDate(%q) = %v with error %v", s, d, err)
			}
			return
		}
		if d.IsZero() {
			if strings.TrimFunc(s, isBlank) != "" && trimCell(normValue(s)) != "" {
				t.Fatalf("ParseDate(%q) = zero date without error", s)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = invalid date %d", s, d)
		}
		// A parsed date parses again, as the store writes it.
		if again, err := ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %v; reparse gives %v, %v", s, d, again, err)
		}
	})
}

func FuzzReadCSV(f *testing.F) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(requestsCSV)
	for _, s := range []string{
		requestsCSV, gbk, "\xEF\xBB\xBF" + requestsCSV,
		"单位,月份,任务数\n办公室,2025-06,12\n",
		"收费编号,收费日期,金额（元）\nF1,2025-03-05,1234.5599999999999\n",
		"案号,类型,立案日期,结案日期,结果,应诉身份\n1,行政复议,2025-01-01,2025-02-01,维持,被告\n",
		"任务编号,工作要点,具体要求,责任单位,完成时限\nT1,a,b,c、d,全年\n",
		"任务编号,日期,状态,佐证索引号\nT1,2025-06-30,推进中,a/1;b/2\n",
		"索引号,标题,发布日期,类别,发布渠道,重点领域\n1,t,45721,c,政府网站/微博,√\n",
		"文号,名称,类型,印发日期,废止日期,有效期至\n1,n,规章,2020-01-01,,2030-12-31\n",
		"决定编号,类型,决定日期\n1,许可,20250101\n",
		"\"unterminated", "a\tb\n", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rec := &recorder{}
		err := ReadCSV(context.Background(), bytes.NewReader(data), "f.csv", rec, Options{Notice: func(string) {}})
		checkReadResult(t, err, rec)
	})
}

func FuzzReadXLSX(f *testing.F) {
	small := workbook(f, []sheetSpec{
		{"依申请", [][]any{{"标题"}, {"申请编号", "收到日期", "申请人类型", "办结日期", "办理结果"},
			{"1", 45721, "自然人", "2025-04-01", "予以公开"}}},
		{"信息任务", [][]any{{"单位", "月份", "任务数"}, {"办公室", "2025-06", 3}}},
	})
	f.Add(small)
	// Stored (uncompressed) copies let mutations reach the XML itself.
	f.Add(storeZip(f, small))
	f.Add(storeZip(f, fillTemplate(f, template(f, nil), roundTripRows)))
	f.Fuzz(func(t *testing.T, data []byte) {
		rec := &recorder{}
		err := ReadXLSX(context.Background(), bytes.NewReader(data), "f.xlsx", rec, Options{Notice: func(string) {}})
		checkReadResult(t, err, rec)
	})
}

// checkReadResult checks what any read, of any input, must give: errors in
// Chinese that name the file, and rows with valid dates and origins.
func checkReadResult(t *testing.T, err error, rec *recorder) {
	if err != nil {
		var ce *CellError
		if errors.As(err, &ce) && (ce.Row < 1 || ce.Col == "" || ce.Header == "") {
			t.Fatalf("cell error without a place: %+v", ce)
		}
		if !utf8.ValidString(err.Error()) {
			t.Fatalf("error message not UTF-8: %q", err)
		}
		return
	}
	for _, r := range rec.reqs {
		if r.Received.IsZero() || !r.Received.Valid() || r.ID == "" || r.Origin.Row < 1 {
			t.Fatalf("bad request row %+v", r)
		}
	}
	for _, q := range rec.quotas {
		if q.Month < 1 || q.Month > 12 || q.Target < 0 {
			t.Fatalf("bad quota row %+v", q)
		}
	}
	for _, fee := range rec.fees {
		if fee.AmountFen < 0 {
			t.Fatalf("negative fee %+v", fee)
		}
	}
}

// storeZip repacks a zip archive without compression.
func storeZip(t testing.TB, b []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
