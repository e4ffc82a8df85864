package ledger

import (
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

func TestParseDate(t *testing.T) {
	d := day(2025, time.March, 5)
	tests := []struct {
		in   string
		want report.Date
	}{
		{"", 0},
		{"   ", 0},
		{"2025-03-05", d},
		{"2025-3-5", d},
		{"2025/3/5", d},
		{"2025/03/05", d},
		{"2025.3.5", d},
		{"2025.03.05", d},
		{"2025年3月5日", d},
		{"2025年03月05日", d},
		{"2025年3月5号", d},
		{"2025年3月5", d},
		{"20250305", d},
		{" 2025-03-05 ", d},
		{"\u30002025-03-05\u3000", d},
		{"\u00a02025/3/5\t", d},
		{"２０２５－０３－０５", d},
		{"２０２５年３月５日", d},
		{"２０２５／３／５", d},
		{"２０２５．３．５", d},
		{"２０２５０３０５", d},
		{"2025-03-05 00:00:00", d},
		{"2025-03-05T00:00:00Z", d},
		{"2025/3/5 8:30", d},
		{"45721", d},    // Excel serial
		{"45721.0", d},  // serial as float
		{"45721.75", d}, // date with a time of day
		{"45722", day(2025, time.March, 6)},
		{"18264", day(1950, time.January, 1)},
		{"2958465", day(9999, time.December, 31)},
		{"43890", day(2020, time.February, 29)},
		{"2024-02-29", day(2024, time.February, 29)},
		{"2025-12-31", day(2025, time.December, 31)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, in := range []string{
		"2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00",
		"20250230", "20251301", "2025年2月30日", "2025/2/29",
		"2025-3/5", "2025年3-5", "25-3-5", "3/5/2025", "2025-03", "2025年3月", "2025.3",
		"3.5", "12", "18263", "2958466", "-45721", "45721.", "1e5",
		"abc", "2025-03-05abc", "2025-03-05 x", "2025-03-05T", "2025-0305", "2025--03-05",
		"020250305", "202503051", "2025年3月5日日", "明天", "2025-03-5-1",
	} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseMonth(t *testing.T) {
	tests := []struct {
		in string
		y  int
		m  time.Month
	}{
		{"2025-06", 2025, time.June},
		{"2025-6", 2025, time.June},
		{"2025/6", 2025, time.June},
		{"2025.06", 2025, time.June},
		{"2025年6月", 2025, time.June},
		{"2025年06月", 2025, time.June},
		{"202506", 2025, time.June},
		{"２０２５年６月", 2025, time.June},
		{"2025年6", 2025, time.June},
		{" 2025-12 ", 2025, time.December},
		{"2025-06-01", 2025, time.June},
		{"45809", 2025, time.June}, // a date cell formatted as a month
	}
	for _, tt := range tests {
		y, m, ok := parseMonth(tt.in)
		if !ok || y != tt.y || m != tt.m {
			t.Errorf("parseMonth(%q) = %d, %d, %v; want %d, %d", tt.in, y, m, ok, tt.y, tt.m)
		}
	}
	for _, in := range []string{"", "2025-13", "2025-00", "202513", "6月", "2025", "2025-6月", "abc", "2025/06/31"} {
		if y, m, ok := parseMonth(in); ok {
			t.Errorf("parseMonth(%q) = %d, %d, want failure", in, y, m)
		}
	}
}

func TestParseDeadline(t *testing.T) {
	tests := []struct {
		in    string
		date  report.Date
		whole bool
	}{
		{"全年", 0, true},
		{"长期", 0, true},
		{" 全年 ", 0, true},
		{"长期坚持", 0, true},
		{"2025-06-30", day(2025, time.June, 30), false},
		{"2025年6月30日", day(2025, time.June, 30), false},
		{"", 0, false},
	}
	for _, tt := range tests {
		d, whole, err := parseDeadline(tt.in)
		if err != nil || d != tt.date || whole != tt.whole {
			t.Errorf("parseDeadline(%q) = %v, %v, %v; want %v, %v", tt.in, d, whole, err, tt.date, tt.whole)
		}
	}
	if _, _, err := parseDeadline("年底"); err == nil {
		t.Error("parseDeadline(年底): want an error")
	}
}
