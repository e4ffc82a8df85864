package selfcheck_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// doc is a document of the 规范性文件 ledger issued on the day given.
func doc(no, issued string) report.Document {
	return report.Document{DocNo: no, Title: "文件" + no, Kind: report.DocNormative, Issued: day(issued), Origin: origin("规范性文件", 3)}
}

// interpretations lists each document as 文号:status:解读 索引号:late days.
func interpretations(in selfcheck.Interpretations) []string {
	names := map[selfcheck.InterpretationStatus]string{selfcheck.InterpretationSynced: "同步",
		selfcheck.InterpretationLate: "迟于", selfcheck.InterpretationMissing: "缺失"}
	var out []string
	for _, d := range in.Documents {
		out = append(out, fmt.Sprintf("%s:%s:%s:%d", d.DocNo, names[d.Status], d.IndexNo, d.LateDays))
	}
	return out
}

// interpretationLedgers has a document of each outcome; 2025-12-30's 解读
// comes on Monday 2026-01-05: 12-31 (1), 01-01–01-03 rest, Sunday 01-04
// 调休 (2), 01-05 (3).
func interpretationLedgers() *reporttest.Ledgers {
	return &reporttest.Ledgers{
		Documents: []report.Document{
			doc("X教发〔2025〕1号", "2025-03-03"), // 解读 the same day, spelt with other brackets
			doc("X教发〔2025〕2号", "2025-03-04"), // Tuesday; 解读 Wednesday: 1
			doc("X教发〔2025〕3号", "2025-03-07"), // Friday; 解读 Monday: 1, across the weekend
			doc("X教发〔2025〕4号", "2025-04-01"), // only an item of another category names it
			doc("X教发〔2025〕9号", "2025-12-30"), // 解读 in January 2026
			doc("X教发〔2024〕7号", "2024-11-01"), // issued the year before: not listed
			doc("X教规〔2025〕1号", "2025-02-10"), // 解读 published before the document
		},
		Publications: []report.Publication{
			pub("J1", "政策解读", " X教发[2025]1号 ", "", "2025-03-03"),
			pub("J23", "政策解读", "X教发（2025）2号、X教发(2025)3号", "", "2025-03-10"),
			pub("J2", "政策解读", "X教发〔２０２５〕２号", "", "2025-03-05"),
			pub("J2b", "政策解读", "X教发〔2025〕2号", "", "2025-03-20"), // later: not the 解读
			pub("T4", "通知公告", "X教发〔2025〕4号", "", "2025-04-01"),
			pub("J0", "政策解读", "X教规〔2025〕1号；其他", "", "2025-02-07"),
			pub("J9", "政策解读", "X教发〔2025〕9号", "", "2026-01-05"),
		},
	}
}

// TestInterpretations pins 三同步: the same day, one working day later,
// across a weekend, missing, and the 文号 spellings that name a document.
func TestInterpretations(t *testing.T) {
	res := check(t, interpretationLedgers(), 2025, selfcheck.Options{})
	want := []string{
		"X教规〔2025〕1号:同步:J0:0",
		"X教发〔2025〕1号:同步:J1:0",
		"X教发〔2025〕2号:迟于:J2:1",
		"X教发〔2025〕3号:迟于:J23:1",
		"X教发〔2025〕4号:缺失::0",
		"X教发〔2025〕9号:缺失::0", // as of 2025-12-31, January's 解读 is not looked at
	}
	if got := interpretations(res.Interpretations); !slices.Equal(got, want) {
		t.Errorf("interpretations\n%v\nwant\n%v", got, want)
	}
	if s, l, m := res.Interpretations.Counts(); s != 2 || l != 2 || m != 2 {
		t.Errorf("counts %d %d %d, want 2 2 2", s, l, m)
	}
	// Checked on 2026-01-20, the 解读 of 2026-01-05 counts: 3 days late.
	res = check(t, interpretationLedgers(), 2025, selfcheck.Options{AsOf: day("2026-01-20")})
	if got := interpretations(res.Interpretations)[5]; got != "X教发〔2025〕9号:迟于:J9:3" {
		t.Errorf("as of 2026-01-20: %s, want X教发〔2025〕9号:迟于:J9:3", got)
	}
	// Checked on 2026-01-04, it has not come yet.
	res = check(t, interpretationLedgers(), 2025, selfcheck.Options{AsOf: day("2026-01-04")})
	if got := interpretations(res.Interpretations)[5]; got != "X教发〔2025〕9号:缺失::0" {
		t.Errorf("as of 2026-01-04: %s, want missing", got)
	}
}

// TestRegistration pins the registration rule: received Friday
// 2025-09-26, Sunday 09-28 is a 调休 working day (1), 09-29 (2), 09-30 (3).
func TestRegistration(t *testing.T) {
	req := func(id, received, registered string) report.Request {
		r := report.Request{ID: id, Received: day(received), ApplicantName: "张三", Contact: "13800000000",
			Content: "申请内容", Origin: origin("依申请公开", 4)}
		if registered != "" {
			r.Registered = day(registered)
		}
		return r
	}
	l := &reporttest.Ledgers{Requests: []report.Request{
		req("Y2", "2025-09-26", "2025-09-29"),
		req("Y3", "2025-09-26", "2025-09-30"),
		req("Y0", "2025-09-26", ""),           // no 登记日期: not checked
		req("YB", "2025-09-26", "2025-09-25"), // registered before received
		req("P", "2024-12-30", "2025-01-06"),  // received the year before
	}}
	res := check(t, l, 2025, selfcheck.Options{})
	r := res.Registration
	if r.Received != 4 || r.Checked != 2 || len(r.Late) != 1 || r.Late[0].ID != "Y3" || r.Late[0].Workdays != 3 {
		t.Errorf("registration %+v, want 4 received, 2 checked, Y3 late by 3", r)
	}
	if res.RegisterDays != 2 {
		t.Errorf("register days %d, want the default 2", res.RegisterDays)
	}
	if len(res.Mistakes) != 1 || res.Mistakes[0].Kind != selfcheck.RegisteredBeforeReceived || res.Mistakes[0].Key != "YB" {
		t.Errorf("mistakes %+v, want YB registered before received", res.Mistakes)
	}
	res = check(t, l, 2025, selfcheck.Options{RegisterDays: 3})
	if len(res.Registration.Late) != 0 || res.Registration.OnTime() != 2 {
		t.Errorf("with 3 days: %+v, want none late", res.Registration)
	}
}
