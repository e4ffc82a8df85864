package calendar

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const head = "年份 2025\n通知 国办发明电〔2024〕12号 2024-11-12\n"

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       int
		msg        string // the whole message when exact, else a part of it
		exact      bool
	}{
		{"make-up on a Monday", head + "春节 放假 2025-01-28 至 2025-02-04\n# 说明\n劳动节 放假 2025-05-01 至 2025-05-05\n劳动节 上班 2025-04-27、2025-04-28\n", 6,
			"cal.txt 第6行：2025-04-28 是星期一，不是周末；「上班」只用于调休上班的星期六、星期日", true},
		{"bad date", head + "春节 放假 2025-02-30\n", 3,
			"cal.txt 第3行：「2025-02-30」不是有效的日期（没有这一天）", true},
		{"not a date", head + "春节 放假 正月初一\n", 3, "「正月初一」不是日期", false},
		{"unknown word", head + "春节 休息 2025-01-28\n", 3, "不认识「休息」", false},
		{"no name", head + "放假 2025-01-28\n", 3, "缺少节日名称", false},
		{"separators only", head + "春节 放假 、\n", 3, "「放假」后面没有日期", false},
		{"incomplete", head + "春节 放假\n", 3, "这一行不完整", false},
		{"outside the year", head + "春节 放假 2026-02-01\n", 3, "日期 2026-02-01 不在2025年的范围内：一年的安排只能列 2024-12-01 至 2026-01-31 之间的日子", false},
		{"early December", head + "元旦 放假 2024-11-30 至 2024-12-01\n", 3, "不在2025年的范围内", false},
		{"reversed range", head + "春节 放假 2025-02-04 至 2025-01-28\n", 3, "区间的结束日期 2025-01-28 早于开始日期 2025-02-04", false},
		{"long range", head + "春节 放假 2025-01-01 至 2025-03-01\n", 3, "超过20天", false},
		{"dangling 至", head + "春节 放假 2025-01-28 至\n", 3, "「至」前后都要有日期", false},
		{"listed twice", head + "春节 放假 2025-01-28 至 2025-02-04\n春节 上班 2025-02-01\n", 4, "2025-02-01 在第3行已经列过", false},
		{"no year", "通知 国办发明电〔2024〕12号 2024-11-12\n", 1, "要先写一行「年份 2025」", false},
		{"year twice", head + "年份 2025\n", 3, "「年份」重复出现（第1行已有）", false},
		{"bad year", "年份 二〇二五\n", 1, "「二〇二五」不是年份", false},
		{"days before notice", "年份 2025\n春节 放假 2025-01-28\n", 2, "要先有一行「通知 文号 发文日期」", false},
		{"notice without date", "年份 2025\n通知 国办发明电〔2024〕12号\n", 2, "「通知」行要写文号和发文日期", false},
		{"notice of another year", "年份 2025\n通知 X 2023-11-12\n", 2, "发文日期 2023-11-12 不像是2025年节假日安排的通知", false},
		{"notices out of order", head + "春节 放假 2025-01-28\n通知 X 2024-10-01\n春节 放假 2025-01-29\n", 4, "早于前一个通知（2024-11-12）", false},
		{"empty notice", head + "通知 X 2024-12-01\n春节 放假 2025-01-28\n", 2, "这一通知下面没有列出任何放假或上班的日子", false},
		{"empty last notice", head + "春节 放假 2025-01-28\n通知 X 2024-12-01\n", 4, "这一通知下面没有列出", false},
		{"name typo", head + "春节 放假 2025-01-28\n春杰 上班 2025-01-26\n", 4, "「春杰」只有上班、没有放假", false},
		{"empty file", "", 0, "cal.txt：文件中没有「年份」行", false},
		{"no notice", "年份 2025\n", 0, "文件中没有「通知」行", false},
		{"binary", "年份\x00", 0, "这不是文本文件", false},
	} {
		_, err := Parse(strings.NewReader(tc.text), "cal.txt")
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: error %v, want *ParseError", tc.name, err)
			continue
		}
		ok := strings.Contains(pe.Error(), tc.msg)
		if tc.exact {
			ok = pe.Error() == tc.msg
		}
		if pe.Line != tc.line || !ok {
			t.Errorf("%s: %q (line %d), want line %d and %q", tc.name, pe.Error(), pe.Line, tc.line, tc.msg)
		}
	}
}

// TestParseLenient covers what a clerk may type: BOM, CRLF, full-width
// spaces and digits, 「，」 and 「～」, ranges without spaces, remarks.
func TestParseLenient(t *testing.T) {
	text := "\uFEFF# 2025年\r\n年份 2025年\r\n\r\n通知\u3000国办发明电〔2024〕12号\u30002024-11-12\r\n" +
		"春节 放假 2025/1/28至2025/2/4 ＃ 八天\r\n春节 上班 ２０２５－０１－２６，2025-02-08\r\n国庆节、中秋节 放假 2025-10-01～2025-10-08\r\n"
	y, err := Parse(strings.NewReader(text), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if y.Year != 2025 || len(y.Rest) != 16 || len(y.Work) != 2 || y.Rest[20251005] != "国庆节、中秋节" || y.Work[20250126] != "春节" {
		t.Errorf("got %+v", y)
	}
	if n := y.Notices[0]; n.Number != "国办发明电〔2024〕12号" || n.Date != 20241112 || n.Note != "" {
		t.Errorf("notice %+v", n)
	}
}

func TestParseEncodings(t *testing.T) {
	text := head + "春节 放假 2025-01-28 至 2025-02-04\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(text)
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	for name, s := range map[string]string{"GBK": gbk, "UTF-16": utf16} {
		y, err := Parse(strings.NewReader(s), name)
		if err != nil || len(y.Rest) != 8 || y.Rest[20250128] != "春节" {
			t.Errorf("%s: %v, %+v", name, err, y)
		}
	}
}

// TestAmendment checks override order: a later notice may make a rest day a
// make-up day, a make-up day a rest day, and a weekday holiday an ordinary
// working day again.
func TestAmendment(t *testing.T) {
	y, err := Parse(strings.NewReader(head+
		"春节 放假 2025-01-28 至 2025-02-04\n春节 上班 2025-01-26\n"+
		"通知 更正 2025-01-10\n春节 放假 2025-01-26\n春节 上班 2025-02-01、2025-02-04\n"), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := y.Work[20250126]; ok || y.Rest[20250126] != "春节" {
		t.Error("2025-01-26 not turned into a rest day")
	}
	if _, ok := y.Rest[20250204]; ok || y.Work[20250204] != "春节" {
		t.Error("2025-02-04 (Tuesday) not turned back into a working day")
	}
	if len(y.Notices) != 2 || y.Notices[1].Number != "更正" {
		t.Errorf("notices %+v", y.Notices)
	}
}
