package samples

import (
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The figures the 2025 自查报告 (self-inspection) must show for the sample
// unit, worked out here from Data and the samples' own holiday data, without
// any other package of the project: publication within 20 working days of
// the 成文日期 (《政府信息公开条例》第二十六条), a 解读 with every 规范性文件
// issued in the year (同步 when published on the 印发日期 or earlier),
// registration within 2 working days of receipt, and the 公开时限 of the
// 目录. README.md repeats them; `demo`'s 自查报告 must show the same.
const (
	wantSCPublished     = 300 // items published in 2025
	wantSCFormedChecked = 264 // of them with a 成文日期
	wantSCReceived      = 36  // applications received in 2025
	wantSCRegChecked    = 36  // of them with both 收到日期 and 登记日期
	wantSCRegisterDays  = 2   // the allowed lag of 登记日期
	wantSCPublishDays   = 20  // the statutory lag of 发布日期 (第二十六条)
)

// wantSCLatePubs are the late items: 索引号 → working days from 成文日期
// to 发布日期 (the 成文日期 not counted).
var wantSCLatePubs = map[string]int{
	"11330000MB0000000H/2025-00021": 27, // 2024-12-10 → 2025-01-17, across 元旦
	"11330000MB0000000H/2025-00184": 37, // 2025-06-20 → 2025-08-12
	"11330000MB0000000H/2025-00226": 21, // 2025-09-02 → 2025-09-30, 20 without the make-up Sunday 9月28日
	"11330000MB0000000H/2025-00232": 21, // 2025-09-10 → 2025-10-15, across 国庆/中秋 and both make-up days
}

// wantSCDocs are the 2025 规范性文件 with their 解读: "同步", "迟于N" (N
// working days) or "缺失", and the 解读's 索引号.
var wantSCDocs = map[string][2]string{
	"示教发〔2025〕2号":  {"迟于4", "11330000MB0000000H/2025-00074"},
	"示教发〔2025〕6号":  {"同步", "11330000MB0000000H/2025-00089"},
	"示教发〔2025〕9号":  {"缺失", ""},
	"示教发〔2025〕12号": {"同步", "11330000MB0000000H/2025-00219"},
}

// wantSCDocCounts are the 解读 figures: 同步, 迟于, 缺失.
var wantSCDocCounts = [3]int{2, 1, 1}

// wantSCLateRegs are the applications registered late: 申请编号 → working
// days from 收到日期 to 登记日期.
var wantSCLateRegs = map[string]int{"SQ2025-013": 3}

// wantSCGaps are the periods that ended with no item of a category that
// has a 公开时限: category → periods.
var wantSCGaps = map[string][]string{"政策文件": {"2025年第一季度"}}

// wantSCCoverage is, per category with a periodic 时限, the periods due by
// the end of 2025 and how many of them had an item.
var wantSCCoverage = map[string][2]int{
	"机构概况": {1, 1}, "政策文件": {4, 3}, "规划计划": {1, 1}, "财政信息（预决算、收费）": {1, 1},
	"建议提案办理": {1, 1}, "工作动态": {12, 12}, "其他": {1, 1},
}

// selfCheckFigures is what the tests work out from the rows.
type selfCheckFigures struct {
	Published, FormedChecked int
	LatePubs                 map[string]int
	Docs                     map[string][2]string
	DocCounts                [3]int
	Received, RegChecked     int
	LateRegs                 map[string]int
	Gaps                     map[string][]string
	Coverage                 map[string][2]int
}

// yearlyBy matches the 时限 「每年N月底前」.
var yearlyBy = regexp.MustCompile(`^每年(\d{1,2})月底前$`)

// quarterNames are the quarters as a period is named.
var quarterNames = []string{"第一季度", "第二季度", "第三季度", "第四季度"}

// selfCheckOf works out the self-inspection of the sample year from d.
func selfCheckOf(t *testing.T, d Ledgers) selfCheckFigures {
	t.Helper()
	f := selfCheckFigures{LatePubs: map[string]int{}, Docs: map[string][2]string{}, LateRegs: map[string]int{},
		Gaps: map[string][]string{}, Coverage: map[string][2]int{}}
	months := map[string]map[time.Month]bool{}
	firstInterp := map[string]Publication{}
	for _, p := range d.Publications {
		if p.Published.Year() != Year {
			continue
		}
		f.Published++
		if months[p.Category] == nil {
			months[p.Category] = map[time.Month]bool{}
		}
		months[p.Category][p.Published.Month()] = true
		if !p.Formed.IsZero() {
			f.FormedChecked++
			if n := workdaysBetween(p.Formed, p.Published); n > wantSCPublishDays {
				f.LatePubs[p.IndexNo] = n
			}
		}
		if p.Category == "政策解读" && p.DocNo != "" {
			if q, ok := firstInterp[p.DocNo]; !ok || p.Published.Before(q.Published) {
				firstInterp[p.DocNo] = p
			}
		}
	}
	for _, x := range d.Documents {
		if x.Issued.Year() != Year {
			continue
		}
		p, ok := firstInterp[x.DocNo]
		switch {
		case !ok:
			f.Docs[x.DocNo] = [2]string{"缺失", ""}
			f.DocCounts[2]++
		case !p.Published.After(x.Issued):
			f.Docs[x.DocNo] = [2]string{"同步", p.IndexNo}
			f.DocCounts[0]++
		default:
			f.Docs[x.DocNo] = [2]string{fmt.Sprintf("迟于%d", workdaysBetween(x.Issued, p.Published)), p.IndexNo}
			f.DocCounts[1]++
		}
	}
	for _, r := range d.Requests {
		if r.Received.Year() != Year {
			continue
		}
		f.Received++
		if !r.Registered.IsZero() {
			f.RegChecked++
			if n := workdaysBetween(r.Received, r.Registered); n > wantSCRegisterDays {
				f.LateRegs[r.ID] = n
			}
		}
	}
	for _, c := range d.Catalog {
		have := months[c.Category]
		var periods [][]time.Month // the months of each period due by 31 December
		var names []string
		switch m := yearlyBy.FindStringSubmatch(c.Limit); {
		case c.Limit == "每月":
			for mo := time.January; mo <= time.December; mo++ {
				periods, names = append(periods, []time.Month{mo}), append(names, fmt.Sprintf("%d年%d月", Year, mo))
			}
		case c.Limit == "每季度":
			for q := 0; q < 4; q++ {
				mo := time.Month(3*q + 1)
				periods, names = append(periods, []time.Month{mo, mo + 1, mo + 2}), append(names, fmt.Sprintf("%d年%s", Year, quarterNames[q]))
			}
		case m != nil:
			n, _ := strconv.Atoi(m[1])
			var by []time.Month
			for mo := time.January; mo <= time.Month(n); mo++ {
				by = append(by, mo)
			}
			periods, names = append(periods, by), append(names, fmt.Sprintf("%d年%d月底前", Year, n))
		case c.Limit == "" || c.Limit == "随时":
			continue
		default:
			t.Fatalf("目录: category %s has 时限 %q, not a form the ledger reader takes", c.Category, c.Limit)
		}
		covered := 0
		for i, ms := range periods {
			hit := false
			for _, mo := range ms {
				hit = hit || have[mo]
			}
			if hit {
				covered++
			} else {
				f.Gaps[c.Category] = append(f.Gaps[c.Category], names[i])
			}
		}
		f.Coverage[c.Category] = [2]int{len(periods), covered}
	}
	return f
}

func TestSelfCheckFigures(t *testing.T) {
	got := selfCheckOf(t, Data())
	want := selfCheckFigures{
		Published: wantSCPublished, FormedChecked: wantSCFormedChecked, LatePubs: wantSCLatePubs,
		Docs: wantSCDocs, DocCounts: wantSCDocCounts, Received: wantSCReceived, RegChecked: wantSCRegChecked,
		LateRegs: wantSCLateRegs, Gaps: wantSCGaps, Coverage: wantSCCoverage,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("self-check =\n%+v\nwant\n%+v", got, want)
	}
}

// TestSelfCheckHingesOnCalendar checks that the chosen items need the
// official calendar: counting Monday to Friday, or calendar days, gets
// them wrong.
func TestSelfCheckHingesOnCalendar(t *testing.T) {
	weekdays := func(a, b time.Time) int {
		n := 0
		for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
			if d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
				n++
			}
		}
		return n
	}
	byIndex := map[string]Publication{}
	for _, p := range Data().Publications {
		byIndex[p.IndexNo] = p
	}
	cases := []struct {
		index                      string
		official, monFri, calendar int
	}{
		{"11330000MB0000000H/2025-00226", 21, 20, 28}, // late only because 9月28日 (Sunday) is a working day
		{"11330000MB0000000H/2025-00232", 21, 25, 35}, // late; 国庆/中秋 not counted, 9月28日 and 10月11日 counted
		{"11330000MB0000000H/2025-00242", 20, 24, 32}, // in time on the last day across 国庆/中秋
	}
	for _, c := range cases {
		p := byIndex[c.index]
		got := [3]int{workdaysBetween(p.Formed, p.Published), weekdays(p.Formed, p.Published), int(p.Published.Sub(p.Formed).Hours() / 24)}
		if got != [3]int{c.official, c.monFri, c.calendar} {
			t.Errorf("%s (%s → %s): official / Monday–Friday / calendar days = %v, want %d %d %d",
				c.index, p.Formed.Format(time.DateOnly), p.Published.Format(time.DateOnly), got, c.official, c.monFri, c.calendar)
		}
	}
	if p := byIndex["11330000MB0000000H/2025-00242"]; p.Category != "政策解读" || p.DocNo != "示教发〔2025〕12号" {
		t.Errorf("00242 = %s %s", p.Category, p.DocNo)
	}
}

// TestReadmeSelfCheckFigures checks that README.md shows the figures of
// the self-inspection.
func TestReadmeSelfCheckFigures(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	want := []string{
		fmt.Sprintf("2025 年发布 %d 条，填了成文日期的 %d 条，逾期 %d 条", wantSCPublished, wantSCFormedChecked, len(wantSCLatePubs)),
		fmt.Sprintf("同步 %d 件，迟于 %d 件，缺失 %d 件", wantSCDocCounts[0], wantSCDocCounts[1], wantSCDocCounts[2]),
		fmt.Sprintf("2025 年收到 %d 件，均有收到日期和登记日期，逾期登记 %d 件", wantSCReceived, len(wantSCLateRegs)),
	}
	for idx, n := range wantSCLatePubs {
		want = append(want, fmt.Sprintf("| %s | ", idx), fmt.Sprintf(" | %d |", n))
	}
	for no, v := range wantSCDocs {
		s := map[bool]string{true: v[0], false: "迟于 " + v[0][len("迟于"):] + " 个工作日"}[v[0] == "同步" || v[0] == "缺失"]
		want = append(want, fmt.Sprintf("| %s | ", no), " | "+s+" |")
	}
	for id, n := range wantSCLateRegs {
		want = append(want, fmt.Sprintf("%s（%d 个工作日）", id, n))
	}
	for c, ps := range wantSCGaps {
		for _, p := range ps {
			want = append(want, fmt.Sprintf("%s %s", c, p))
		}
	}
	for _, w := range want {
		if !strings.Contains(readme, w) {
			t.Errorf("README.md lacks %q", w)
		}
	}
}
