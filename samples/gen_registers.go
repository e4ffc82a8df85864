package samples

import "fmt"

const normative = "行政规范性文件"

// documents lists the bureau's 行政规范性文件: older ones still in force,
// one lapsed at the end of 2024, one trial measure lapsing in 2025, two
// repealed in 2025 and replaced, and the 2025 issues. A county bureau makes
// no 规章.
func documents() []Document {
	rows := []struct{ no, title, issued, repealed, until string }{
		{"示教发〔2019〕12号", "示例县中小学学籍管理实施细则", "2019-08-20", "", "2024-12-31"},
		{"示教发〔2020〕5号", "示例县民办学校年度检查办法", "2020-04-15", "2025-06-30", ""},
		{"示教发〔2020〕9号", "示例县中小学教辅材料征订管理办法", "2020-05-20", "2023-06-01", ""},
		{"示教发〔2021〕8号", "示例县义务教育阶段学生资助管理办法", "2021-03-10", "", "2026-03-09"},
		{"示教发〔2021〕20号", "示例县校外培训机构设置标准（试行）", "2021-11-05", "2025-09-15", ""},
		{"示教发〔2022〕6号", "示例县中小学教师交流轮岗实施办法", "2022-02-28", "", ""},
		{"示教发〔2022〕15号", "示例县普惠性民办幼儿园认定管理办法", "2022-07-12", "", "2027-07-11"},
		{"示教发〔2023〕4号", "示例县中小学校长职级制管理办法（试行）", "2023-03-20", "", "2025-03-19"},
		{"示教发〔2023〕18号", "示例县家庭经济困难学生认定办法", "2023-09-01", "", "2028-08-31"},
		{"示教发〔2024〕3号", "示例县中小学教师继续教育学分管理办法", "2024-04-10", "", "2029-04-09"},
		{"示教发〔2024〕11号", "示例县中小学校园安全管理规定", "2024-09-05", "", ""},
		{"示教发〔2025〕2号", "示例县中小学校长职级制管理办法", "2025-04-01", "", "2030-03-31"},
		{"示教发〔2025〕6号", "示例县民办学校年度检查办法", "2025-06-30", "", "2030-06-29"},
		{"示教发〔2025〕9号", "示例县校外培训机构设置标准", "2025-09-15", "", "2030-09-14"},
		{"示教发〔2025〕12号", "示例县中小学课后服务管理办法（试行）", "2025-10-20", "", "2027-10-19"},
	}
	out := make([]Document, 0, len(rows))
	for _, r := range rows {
		d := Document{DocNo: r.no, Title: r.title, Kind: normative, Issued: day(r.issued)}
		if r.repealed != "" {
			d.Repealed = day(r.repealed)
		}
		if r.until != "" {
			d.ValidUntil = day(r.until)
		}
		out = append(out, d)
	}
	return out
}

// decisions lists the year's 行政许可 (民办学校 and 校外培训机构 licences,
// two batches of 教师资格认定) and one 行政处罚, in date order.
func decisions() []Decision {
	const lic = "行政许可"
	var out []Decision
	school := 0
	schools := func(dates ...string) {
		for _, d := range dates {
			school++
			out = append(out, Decision{ID: fmt.Sprintf("示教许〔2025〕%d号", school), Kind: lic, Date: day(d)})
		}
	}
	teachers := func(from, n int, date string) {
		for i := from; i < from+n; i++ {
			out = append(out, Decision{ID: fmt.Sprintf("示教资〔2025〕%03d号", i), Kind: lic, Date: day(date)})
		}
	}
	schools("2025-01-16", "2025-03-12", "2025-04-23", "2025-05-20")
	teachers(1, 16, "2025-06-20") // spring batch of 教师资格认定
	schools("2025-07-15", "2025-08-06", "2025-08-27")
	out = append(out, Decision{ID: "示教罚〔2025〕1号", Kind: "行政处罚", Date: day("2025-09-26")})
	schools("2025-10-22", "2025-11-18", "2025-11-26")
	teachers(17, 14, "2025-12-05") // autumn batch
	return out
}

// fees lists the 行政事业性收费 received in 2025 and the one 信息处理费
// charged to an applicant (SQ2025-009, 150 pages charged 按量:
// 70 × 10 + 50 × 20 = 1700 元).
func fees() []Fee {
	return []Fee{
		{ID: "SF2025-001", Date: day("2025-03-28"), AmountFen: 170000, Kind: "信息处理费", Item: "信息处理费（按量收取，150页）", RequestID: "SQ2025-009"},
		{ID: "SF2025-002", Date: day("2025-04-18"), AmountFen: 42800, Kind: "行政事业性收费", Item: "学历证明书工本费"},
		{ID: "SF2025-003", Date: day("2025-06-27"), AmountFen: 123450, Kind: "行政事业性收费", Item: "教师资格证书工本费"},
		{ID: "SF2025-004", Date: day("2025-12-12"), AmountFen: 98750, Kind: "行政事业性收费", Item: "教师资格证书工本费"},
	}
}

// appeals lists the two cases filed in 2025 in which the bureau answers.
func appeals() []Appeal {
	return []Appeal{
		{CaseNo: "示政复〔2025〕12号", Kind: "行政复议", Filed: day("2025-04-28"), Closed: day("2025-06-20"), Result: "维持", Role: "被申请人"},
		{CaseNo: "（2025）示0102行初18号", Kind: "未经复议直接起诉", Filed: day("2025-11-12"), Role: "被告"},
	}
}
