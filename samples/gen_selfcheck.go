package samples

import "time"

// The columns and sheet the self-inspection (自查) reads: 成文日期 on the
// 主动公开 ledger, 文号 on the 政策解读 items, 登记日期 beside 收到日期 on
// the 依申请公开 ledger and the 目录 with its 公开时限. None of them draws
// from the generator's random source, so the rows and figures of the annual
// tables stay as they were.

// formedLag is how many working days before its 发布日期 a routine item
// was formed: 1 to 19, always in time (《条例》第二十六条 allows 20).
func formedLag(i int) int { return 1 + i*7%19 }

// formedBlank reports whether the clerk left item i's 成文日期 blank.
func formedBlank(i int) bool { return i%8 == 5 }

// formedFixed gives the 成文日期 of chosen items by title: the late ones
// and the ones that hinge on the holiday calendar. The tests work out each
// lag from the holiday data.
var formedFixed = map[string]string{
	// Late across the year end and 元旦: 27 working days.
	"2024年秋季学期示例县学生资助资金发放情况公示": "2024-12-10",
	// Late: the 决算 was approved in June, 37 working days.
	"示例县教育局2024年部门决算公开": "2025-06-20",
	// Late by one day only because of 调休: 21 working days with the make-up
	// days 9月28日 (Sunday) and 10月11日 (Saturday) counted and 国庆/中秋
	// (10月1日—8日) not; weekdays alone would give 25.
	"2025年秋季学期普通高中国家助学金拟资助学生名单公示": "2025-09-10",
	// In time on the last day across 国庆/中秋: exactly 20 working days,
	// 32 calendar days (Monday to Friday alone would give 24).
	"《示例县中小学课后服务管理办法（试行）》解读": "2025-09-22",
	// The 规范性文件 themselves are formed on their 印发日期.
	"示例县中小学校长职级制管理办法":    "2025-04-01",
	"示例县民办学校年度检查办法":      "2025-06-30",
	"示例县校外培训机构设置标准":      "2025-09-15",
	"示例县中小学课后服务管理办法（试行）": "2025-10-20",
}

// lateMakeUpTitle is the routine item (the first published on 2025-09-30)
// made late by the make-up Sunday 9月28日: 21 working days from 2025-09-02,
// while Monday to Friday alone would give 20 (in time).
const lateMakeUpDay, lateMakeUpFormed = "2025-09-30", "2025-09-02"

// interpretationDocNo gives the 政策解读 items the 文号 of the document they
// interpret (SPEC of the 三同步 rule: 同步 when published on the 印发日期 or
// earlier). The 2025 documents come out as: 示教发〔2025〕2号 late by 4
// working days (清明 in between), 6号 and 12号 同步, 9号 with no 解读.
var interpretationDocNo = map[string]string{
	"《示例县中小学校长职级制管理办法》政策解读":  "示教发〔2025〕2号",
	"图解：2025年示例县义务教育招生入学政策":  "示教发〔2025〕6号",
	"《示例县民办学校年度检查办法》解读":      "示教发〔2025〕6号",
	"《示例县校外培训机构设置标准》政策解读":    "示教发〔2025〕12号",
	"《示例县中小学课后服务管理办法（试行）》解读": "示教发〔2025〕12号",
}

// formPublications fills the 成文日期 of the items and the 文号 of the
// 政策解读 items.
func formPublications(pubs []Publication) {
	makeUpDone := false
	for i := range pubs {
		p := &pubs[i]
		if no, ok := interpretationDocNo[p.Title]; ok {
			p.DocNo = no
		}
		switch f, ok := formedFixed[p.Title]; {
		case ok:
			p.Formed = day(f)
		case !makeUpDone && p.Published.Equal(day(lateMakeUpDay)):
			p.Formed, makeUpDone = day(lateMakeUpFormed), true
		case formedBlank(i):
		default:
			p.Formed = SubWorkdays(p.Published, formedLag(i))
		}
	}
}

// lateRegistration is the one application registered late: 3 working days
// after receipt.
const lateRegistration = "SQ2025-013"

// registerRequests fills the 登记日期: the day of receipt, or 1 or 2
// working days later, and 3 for lateRegistration.
func registerRequests(reqs []Request) {
	for i := range reqs {
		r := &reqs[i]
		n := i % 3
		if r.ID == lateRegistration {
			n = 3
		}
		r.Registered = AddWorkdays(r.Received, n)
	}
}

// SubWorkdays returns the latest working day d before t such that n
// working days lie after d up to and including t: a date formed on d and
// published on t is n working days late (d itself not counted).
func SubWorkdays(t time.Time, n int) time.Time {
	d := t
	for n > 0 {
		if IsWorkday(d) {
			n--
		}
		d = d.AddDate(0, 0, -1)
	}
	for !IsWorkday(d) {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// CatalogRow is one row of the 目录 sheet: a default category and its
// 公开时限 as the clerk writes it (「每月」「每季度」「每年N月底前」「随时」 or
// blank).
type CatalogRow struct {
	Category string
	Limit    string
}

// catalogLimits gives some categories a 公开时限; the rest are blank. 政策文件
// 每季度 leaves the first quarter empty: the sample's one gap.
var catalogLimits = map[string]string{
	cOrg:      "每年1月底前",
	cPolicy:   "每季度",
	cPlan:     "每年3月底前",
	cFinance:  "每年8月底前",
	cLicence:  "随时",
	cPenalty:  "随时",
	cEmerg:    "随时",
	cProposal: "每年8月底前",
	cNews:     "每月",
	cOther:    "每年1月底前",
}

// catalog lists the default categories in the order of the 目录.
func catalog() []CatalogRow {
	out := make([]CatalogRow, 0, len(Categories))
	for _, c := range Categories {
		out = append(out, CatalogRow{Category: c, Limit: catalogLimits[c]})
	}
	return out
}
