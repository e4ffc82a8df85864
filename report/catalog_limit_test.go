package report

import (
	"strings"
	"testing"
)

func TestParseDisclosureLimit(t *testing.T) {
	cases := []struct {
		in   string
		want DisclosureLimit
		text string
	}{
		{"", DisclosureLimit{}, ""},
		{"  ", DisclosureLimit{}, ""},
		{"每月", DisclosureLimit{Kind: LimitMonthly}, "每月"},
		{"按月", DisclosureLimit{Kind: LimitMonthly}, "每月"},
		{"每季度", DisclosureLimit{Kind: LimitQuarterly}, "每季度"},
		{"每季", DisclosureLimit{Kind: LimitQuarterly}, "每季度"},
		{" 按季度 ", DisclosureLimit{Kind: LimitQuarterly}, "每季度"},
		{"每年6月底前", DisclosureLimit{Kind: LimitYearlyBy, Month: 6}, "每年6月底前"},
		{"每年6月前", DisclosureLimit{Kind: LimitYearlyBy, Month: 6}, "每年6月底前"},
		{"每年１２月前", DisclosureLimit{Kind: LimitYearlyBy, Month: 12}, "每年12月底前"},
		{"每年三月底前", DisclosureLimit{Kind: LimitYearlyBy, Month: 3}, "每年3月底前"},
		{"每年十月前", DisclosureLimit{Kind: LimitYearlyBy, Month: 10}, "每年10月底前"},
		{"每年十一月底前", DisclosureLimit{Kind: LimitYearlyBy, Month: 11}, "每年11月底前"},
		{"每年十二月前", DisclosureLimit{Kind: LimitYearlyBy, Month: 12}, "每年12月底前"},
		{"每年1月底前", DisclosureLimit{Kind: LimitYearlyBy, Month: 1}, "每年1月底前"},
		{"随时", DisclosureLimit{Kind: LimitAnytime}, "随时"},
		{"及时", DisclosureLimit{Kind: LimitAnytime}, "随时"},
		{"常态", DisclosureLimit{Kind: LimitAnytime}, "随时"},
	}
	for _, c := range cases {
		got, err := ParseDisclosureLimit(c.in)
		if err != nil {
			t.Errorf("ParseDisclosureLimit(%q): %v", c.in, err)
			continue
		}
		if got != c.want {
			t.Errorf("ParseDisclosureLimit(%q) = %+v, want %+v", c.in, got, c.want)
		}
		if got.String() != c.text {
			t.Errorf("ParseDisclosureLimit(%q).String() = %q, want %q", c.in, got.String(), c.text)
		}
		back, err := ParseDisclosureLimit(got.String())
		if err != nil || back != got {
			t.Errorf("canonical %q reads back as %+v, %v", got.String(), back, err)
		}
	}
}

func TestParseDisclosureLimitRefuses(t *testing.T) {
	for _, in := range []string{"每周", "每年13月前", "每年0月底前", "每年月前", "每年十三月前", "季度", "每年6月", "6月底前"} {
		_, err := ParseDisclosureLimit(in)
		if err == nil {
			t.Errorf("ParseDisclosureLimit(%q) accepted", in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "「"+in+"」") || !strings.Contains(msg, "每季度") || !strings.Contains(msg, "每年N月底前") {
			t.Errorf("ParseDisclosureLimit(%q) message %q does not name the value and the accepted forms", in, msg)
		}
	}
	_, err := ParseDisclosureLimit("每年13月前")
	if err == nil || !strings.Contains(err.Error(), "月份「13」应为 1–12") {
		t.Errorf("month 13: %v", err)
	}
}
