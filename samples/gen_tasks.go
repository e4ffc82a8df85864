package samples

import (
	"fmt"
	"strings"
	"time"
)

// Task terms written in 完成时限 instead of a date.
const (
	termYear = "全年"
	termLong = "长期"
)

// tasks is the bureau's 2025年政务公开工作要点任务分工 (示教办〔2025〕6号),
// modelled on a provincial department's table (工作要点 / 具体要求 / 任务分工)
// and cut down to what a county bureau does. Deadlines spread over the year;
// the 全年 and 长期 ones run to 31 December.
func tasks() []Task {
	t := func(id, area, req, units, due string) Task {
		x := Task{ID: id, Area: area, Requirement: req, Units: strings.Split(units, "、")}
		if due == termYear || due == termLong {
			x.Term = due
		} else {
			x.Deadline = day(due)
		}
		return x
	}
	return []Task{
		t("RW2025-01", "政府信息公开工作年度报告编制发布",
			"按照国务院办公厅政府信息公开工作年度报告格式编制2024年度报告，统计数据与各类台账逐项核对，经局长办公会审议后在政府网站发布。",
			dOffice, "2025-01-31"),
		t("RW2025-02", "政务公开工作要点任务分工",
			"对照县政府2025年政务公开工作要点，细化本局任务分工，明确责任股室和完成时限，印发后在政府网站公开。",
			dOffice, "2025-02-28"),
		t("RW2025-03", "财政预决算和教育收费信息公开",
			"部门预算、决算在批复后20日内公开；全县公办中小学、幼儿园收费项目、标准和依据在校园公示栏和政府网站公示。",
			dFin+"、"+dOffice, "2025-08-31"),
		t("RW2025-04", "义务教育招生入学政策公开",
			"招生工作启动前公开招生入学政策、学校服务区划分、报名时间和流程，同步发布图解；对农村地区利用村（居）公开栏定点公开。",
			dBasic+"、"+dExam, "2025-06-15"),
		t("RW2025-05", "学生资助信息公开",
			"按学期公开资助政策、申请条件和程序；受助学生名单公示不少于5个工作日，隐去身份证号等个人信息；资金发放情况按学期公示。",
			dAid+"、"+dFin, termYear),
		t("RW2025-06", "教师招聘信息公开",
			"公开招聘公告、笔试成绩、面试安排和拟聘用人员名单，招聘各环节信息全过程公开，接受社会监督。",
			dHR, "2025-07-31"),
		t("RW2025-07", "民办学校和校外培训机构办学信息公开",
			"集中公开民办学校、校外培训机构的办学许可、年检结果和收费项目，督促各机构落实收费公示和公开承诺制度。",
			dVoc, "2025-06-30"),
		t("RW2025-08", "政策解读",
			"落实政策文件与解读材料同步起草、同步审签、同步发布；解读聚焦与群众密切相关的条款，形式不少于2种。",
			dOffice+"、"+dBasic+"、"+dVoc, termLong),
		t("RW2025-09", "政务新媒体管理",
			"局微信公众号每周更新不少于2次，严格落实信息发布“三审”制度；每季度开展一次自查，关停长期不更新的学校公众号。",
			dOffice, termYear),
		t("RW2025-10", "依申请公开办理规范",
			"完善依申请公开登记、审核、会商、答复、归档各环节的程序和责任划分，依法依规在法定期限内答复，答复文书规范统一。",
			dOffice, termLong),
		t("RW2025-11", "政府网站教育专栏维护",
			"政府网站教育信息公开专栏栏目清晰、要素齐全、更新及时；每月检查一次错链和空白栏目，发现问题当月整改。",
			dOffice, termYear),
		t("RW2025-12", "教育督导评估结果公开",
			"公开开学工作专项督导情况和义务教育优质均衡发展督导评估报告，督导发现的问题及整改情况一并公开。",
			dSuperv+"、"+dBasic, "2025-11-15"),
		t("RW2025-13", "中等职业学校质量年度报告公开",
			"督促县职业中专编制2025年度质量年度报告，经审核后在学校网站和局政府网站同步公开。",
			dVoc, "2025-12-15"),
		t("RW2025-14", "学校信息公开专栏建设",
			"指导全县中小学、中职学校按照学校信息公开事项清单，在学校网站或校内公开栏设立信息公开专栏，做到要素齐全、更新及时。",
			dBasic+"、"+dVoc+"、"+dSuperv, "2025-10-31"),
		t("RW2025-15", "建议提案办理结果公开",
			"人大代表建议、政协委员提案答复全文公开（涉密和个人隐私除外），年中公开本局建议提案办理总体情况。",
			dOffice, "2025-09-30"),
	}
}

// Departments lists the sample bureau's 股室 in the order the sheets use.
var Departments = []string{dOffice, dBasic, dHR, dFin, dAid, dSuperv, dExam, dVoc}

// quotaOf is a department's 信息报送任务数 for month m: the office most,
// 招生考试中心 more from April to July, 学生资助管理中心 from August on.
func quotaOf(dept string, m int) int {
	switch dept {
	case dOffice:
		return 6
	case dBasic:
		return 5
	case dVoc:
		return 3
	case dExam:
		if m >= 4 && m <= 7 {
			return 3
		}
	case dAid:
		if m >= 8 {
			return 4
		}
	}
	return 2
}

// quotas is the 信息任务 sheet: every department for every month, month by
// month as the office fills it in.
func quotas() []Quota {
	var out []Quota
	for m := 1; m <= 12; m++ {
		for _, d := range Departments {
			out = append(out, Quota{Unit: d, Month: time.Month(m), Target: quotaOf(d, m)})
		}
	}
	return out
}

// taskSheet lays out the task list under a title row, as the 任务分工 is
// printed: one task a row, units joined by 、, 全年 or 长期 as text.
func taskSheet(d Ledgers) sheet {
	s := sheet{name: "2025年政务公开工作要点任务分工", title: UnitName + "2025年政务公开工作要点任务分工", cols: []column{
		{"任务编号", 12}, {"工作要点", 36}, {"具体要求", 70}, {"责任单位", 36}, {"完成时限", 16},
	}}
	for _, x := range d.Tasks {
		var due any = mid(x.Term)
		if x.Term == "" {
			due = dateVal{x.Deadline, DateCellCN}
		}
		s.rows = append(s.rows, []any{x.ID, x.Area, para(x.Requirement), strings.Join(x.Units, "、"), due})
	}
	return s
}

// progressSheet lays out the progress entries under a title row, in the
// order the office logged them.
func progressSheet(d Ledgers) sheet {
	s := sheet{name: "任务进展", title: UnitName + "2025年政务公开工作任务进展登记", cols: []column{
		{"任务编号", 12}, {"日期", 16}, {"状态", 10}, {"进展情况", 70}, {"佐证索引号", 62},
	}}
	for _, p := range d.Progress {
		s.rows = append(s.rows, []any{
			p.TaskID, dateVal{p.Date, p.Form}, mid(p.Status), para(p.Note), cellOrNil(strings.Join(p.Evidence, "、")),
		})
	}
	return s
}

// quotaSheet lays out the monthly quotas, header in row 1, months written
// 「2025年6月」.
func quotaSheet(d Ledgers) sheet {
	s := sheet{name: "信息报送任务", cols: []column{{"单位", 20}, {"月份", 14}, {"任务数", 10}}}
	for _, q := range d.Quotas {
		s.rows = append(s.rows, []any{q.Unit, fmt.Sprintf("%d年%d月", Year, q.Month), q.Target})
	}
	return s
}
