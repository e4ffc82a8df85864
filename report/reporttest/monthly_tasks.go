package reporttest

import "github.com/xxgk/xxgk/report"

// evidence is a 佐证索引号 of 某某县教育局.
func evidence(n string) string { return "11330000MB0000000X/2025-" + n }

// monthTasks are the twelve tasks of Monthly's work plan.
func monthTasks() []monthTask {
	return []monthTask{
		{"GK-01", "教育高质量发展", "聚焦县委、县政府重点工作任务，强化教育高质量发展各项重大改革政策、举措的公开和解读。",
			[]string{"办公室", "基础教育股"}, 0, report.TaskInProgress, day(7, 20),
			"已在门户网站“教育高质量发展”专栏发布政策文件6件、解读材料4件。", 0, []string{evidence("00052")}},
		{"GK-02", "教育民生", "推进义务教育学校加大适龄儿童入学政策宣传、解读力度，7月15日前公开招生入学政策及划片范围。",
			[]string{"基础教育股"}, day(7, 15), report.TaskDone, day(7, 10),
			"已公开2025年义务教育招生入学政策、划片范围及咨询电话，同步发布图解。", day(7, 10),
			[]string{evidence("00031"), evidence("00032"), evidence("00033")}},
		{"GK-03", "教育民生", "加强民办教育学校和校外培训机构监管，落实收费公示和公开承诺制度，推进办学资质等信息集中公开。",
			[]string{"民办教育股", "校外培训监管股"}, day(6, 30), report.TaskInProgress, day(7, 25),
			"已汇总全县42所校外培训机构办学资质信息，收费公示信息尚在核对。", 0, nil},
		{"GK-04", "政策解读", "（1）认真落实政策解读“三同步”工作机制，即政策文件与政策解读同步起草、同步运转、同步发布，做到政策文件不解读不运转、解读材料不达标不运转；（2）深化政策解读内容，针对政策中与群众密切相关的具体条款和事项，进行要点拆分、深度解读和综合指引；（3）创新政策解读形式，解读形式不少于2种。",
			[]string{"办公室", "基础教育股", "民办教育股", "计划财务股"}, 0, report.TaskInProgress, day(7, 28),
			"本月印发的3件政策文件均同步发布解读材料，其中图解2件、问答1件；正在筹备8月份的局长在线访谈，拟围绕秋季开学、学生资助等群众关切问题进行解读，并同步开展网上互动交流。", 0,
			[]string{evidence("00040"), evidence("00041")}},
		{"GK-05", "舆情回应", "加强政务舆情监测、研判，确保涉教育政务舆情热点第一时间发现、第一时间办理、第一时间回应。",
			[]string{"办公室"}, 0, report.TaskInProgress, day(7, 31), "本月监测涉教育舆情12条，均已按程序处置。", 0, nil},
		{"GK-06", "重大行政决策公众参与", "完善重大行政决策事项公众参与机制，决策出台后10个工作日内公开意见收集、采纳情况。",
			[]string{"办公室", "计划财务股"}, day(5, 31), report.TaskDone, day(6, 12),
			"已公开县域学校布局调整方案意见采纳情况。", day(6, 12), []string{evidence("00027")}},
		{"GK-07", "开展政策评价", "针对重点政策的执行标准、适用范围、取得成效、存在问题等开展实施效果评价，年底前公开评价结果。",
			[]string{"计划财务股"}, 0, report.TaskNotStarted, 0, "", 0, nil},
		{"GK-08", "依申请公开", "进一步完善政府信息依申请公开工作登记管理、协助调查、会商、归档等各个环节的程序、标准和责任划分。",
			[]string{"办公室", "法规股"}, day(3, 31), report.TaskDone, day(3, 25), "已修订依申请公开办理规程。", day(3, 25), nil},
		{"GK-09", "基层政务公开", "加强对属地中小学、中等职业学校政务公开业务的监督指导，确保学校信息公开栏目清晰、要素齐全、更新及时。",
			[]string{"基础教育股", "职业教育股"}, day(6, 30), report.TaskNotStarted, 0, "", 0, nil},
		{"GK-10", "平台建设与管理", "严格落实政府信息公开“三审”制度，重要信息做到多人审看、专人把关。",
			[]string{"办公室", "信息中心"}, day(9, 30), report.TaskInProgress, day(7, 5), "已制定信息发布三审流程图。", 0, nil},
		{"GK-11", "队伍建设与业务培训", "每年组织本系统政务公开业务培训不少于1次。",
			[]string{"办公室", "人事股"}, day(7, 31), report.TaskDone, day(7, 18), "7月18日举办全县教育系统政务公开业务培训班，培训112人。", day(7, 18),
			[]string{evidence("00058")}},
		{"GK-12", "学生资助信息公开", "及时公开学生资助政策、资助名单（隐去个人敏感信息）和资金发放情况。",
			[]string{"学生资助中心"}, day(4, 30), report.TaskDone, day(5, 20), "已公开春季学期资助名单及资金发放情况。", day(5, 20), nil},
	}
}

// monthUnits is each responsible unit's share of monthTasks at the end of
// July; a task with several units counts for each.
func monthUnits() []report.UnitCompletion {
	return []report.UnitCompletion{
		{Unit: "人事股", Tasks: 1, Done: 1, DueSoFar: 1},
		{Unit: "信息中心", Tasks: 1},
		{Unit: "办公室", Tasks: 7, Done: 3, DueSoFar: 3},
		{Unit: "基础教育股", Tasks: 4, Done: 1, DueSoFar: 2, Overdue: 1},
		{Unit: "学生资助中心", Tasks: 1, Done: 1, DueSoFar: 1},
		{Unit: "校外培训监管股", Tasks: 1, DueSoFar: 1, Overdue: 1},
		{Unit: "民办教育股", Tasks: 2, DueSoFar: 1, Overdue: 1},
		{Unit: "法规股", Tasks: 1, Done: 1, DueSoFar: 1},
		{Unit: "职业教育股", Tasks: 1, DueSoFar: 1, Overdue: 1},
		{Unit: "计划财务股", Tasks: 3, Done: 1, DueSoFar: 1},
	}
}

// monthPublications are July's publications: 办公室 and 基础教育股 over
// their quotas, 学生资助中心 at it, 民办教育股 under it, 计划财务股
// without one; 机构概况 has nothing this month.
func monthPublications() report.MonthPublications {
	return report.MonthPublications{
		Month: 23, YearToDate: 161,
		ByCategory: []report.MonthCount{
			{Name: "机构概况", YearToDate: 2},
			{Name: "政策文件", Month: 3, YearToDate: 18},
			{Name: "政策解读", Month: 3, YearToDate: 15},
			{Name: "招生考试", Month: 6, YearToDate: 21},
			{Name: "学生资助", Month: 2, YearToDate: 12},
			{Name: "工作动态", Month: 9, YearToDate: 93},
		},
		ByDepartment: []report.DeptQuota{
			{Name: "办公室", Month: 9, Quota: 8, HasQuota: true, YearToDate: 70, YearToDateQuota: 56},
			{Name: "基础教育股", Month: 7, Quota: 5, HasQuota: true, YearToDate: 38, YearToDateQuota: 35},
			{Name: "民办教育股", Month: 1, Quota: 3, HasQuota: true, YearToDate: 12, YearToDateQuota: 21},
			{Name: "学生资助中心", Month: 2, Quota: 2, HasQuota: true, YearToDate: 14, YearToDateQuota: 14},
			{Name: "计划财务股", Month: 4, YearToDate: 27},
		},
	}
}

// monthApplications are July's applications: one concluded late, two
// open past their reply deadline and two open within it.
func monthApplications() report.MonthApplications {
	return report.MonthApplications{
		Received: 5, Concluded: 4, OnTime: 3, Late: 1, LateIDs: []string{"YSQ-2025-014"}, HasDue: true,
		Open: []report.OpenApplication{
			{ID: "YSQ-2025-011", Received: day(6, 16), Due: day(7, 14), Overdue: true},
			{ID: "YSQ-2025-017", Received: day(7, 8), Due: day(7, 29), Overdue: true},
			{ID: "YSQ-2025-019", Received: day(7, 21), Due: day(8, 11)},
			{ID: "YSQ-2025-020", Received: day(7, 28), Due: day(8, 18)},
		},
	}
}
