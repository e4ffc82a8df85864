package samples

// Departments (股室) of the sample bureau.
const (
	dOffice = "办公室"
	dBasic  = "基础教育股"
	dHR     = "人事股"
	dFin    = "计财股"
	dAid    = "学生资助管理中心"
	dSuperv = "教育督导室"
	dExam   = "招生考试中心"
	dVoc    = "职成教股"
)

// Channel combinations as the clerk writes them.
const (
	chWeb   = "政府网站"
	chWebWx = "政府网站、微信公众号"
	chBoard = "政府网站、政务公开栏"
	chAll   = "政府网站、微信公众号、政务公开栏"
	chPress = "新闻发布会、政府网站、微信公众号"
	chWx    = "微信公众号"
)

// Categories: the default 主动公开目录 of an education bureau (docs/counting.md §4).
const (
	cOrg      = "机构概况"
	cPolicy   = "政策文件"
	cExplain  = "政策解读"
	cPlan     = "规划计划"
	cStaff    = "人事信息"
	cFinance  = "财政信息（预决算、收费）"
	cExam     = "招生考试"
	cAid      = "学生资助"
	cSuperv   = "教育督导"
	cPrivate  = "民办教育"
	cCompul   = "义务教育"
	cPreschl  = "学前教育"
	cSpecial  = "特殊教育"
	cVocation = "职业教育"
	cRecruit  = "教师招聘"
	cLicence  = "行政许可"
	cPenalty  = "行政处罚"
	cEmerg    = "应急管理"
	cProposal = "建议提案办理"
	cNews     = "工作动态"
	cOther    = "其他"
)

// Categories lists the default categories in their statutory order.
var Categories = []string{
	cOrg, cPolicy, cExplain, cPlan, cStaff, cFinance, cExam, cAid, cSuperv, cPrivate, cCompul,
	cPreschl, cSpecial, cVocation, cRecruit, cLicence, cPenalty, cEmerg, cProposal, cNews, cOther,
}

// fixedPub is an item the bureau publishes at a set time of year.
type fixedPub struct {
	date, cat, dept, title, docNo, ch string
	key, fromReq                      bool
}

// fixedPubs is the year's calendar of set items: budgets and accounts,
// the annual report, enrolment and examinations, student aid rounds, the
// normative documents of 2025 with their 解读, licence results, answers
// to deputies' proposals.
var fixedPubs = []fixedPub{
	{date: "2025-01-03", cat: cOrg, dept: dOffice, title: "示例县教育局机构职能", ch: chWeb},
	{date: "2025-01-03", cat: cOrg, dept: dOffice, title: "示例县教育局领导信息", ch: chWeb},
	{date: "2025-01-10", cat: cOther, dept: dOffice, title: "示例县教育局2024年政府信息公开工作年度报告", ch: chWeb},
	{date: "2025-01-15", cat: cPlan, dept: dOffice, title: "示例县教育局2024年工作总结和2025年工作思路", ch: chWeb},
	{date: "2025-01-17", cat: cAid, dept: dAid, title: "2024年秋季学期示例县学生资助资金发放情况公示", ch: chWebWx, key: true},
	{date: "2025-01-22", cat: cEmerg, dept: dOffice, title: "关于做好2025年寒假及春节期间学校安全工作的通知", docNo: "示教办〔2025〕2号", ch: chWebWx},
	{date: "2025-02-12", cat: cFinance, dept: dFin, title: "示例县教育局2025年部门预算公开", ch: chBoard, key: true},
	{date: "2025-02-14", cat: cSuperv, dept: dSuperv, title: "关于开展2025年春季开学工作专项督导的通知", docNo: "示教督〔2025〕1号", ch: chWeb},
	{date: "2025-02-20", cat: cPlan, dept: dOffice, title: "示例县教育局2025年工作要点", docNo: "示教发〔2025〕1号", ch: chWebWx},
	{date: "2025-02-27", cat: cPlan, dept: dOffice, title: "示例县教育局2025年政务公开工作要点任务分工", docNo: "示教办〔2025〕6号", ch: chWeb},
	{date: "2025-03-04", cat: cOther, dept: dOffice, title: "2024年全县进城务工人员随迁子女入学情况", ch: chWeb, fromReq: true},
	{date: "2025-03-12", cat: cRecruit, dept: dHR, title: "示例县2025年公开招聘中小学教师公告", ch: chAll, key: true},
	{date: "2025-03-25", cat: cExam, dept: dExam, title: "关于做好2025年普通高中学业水平考试报名工作的通知", docNo: "示招考〔2025〕3号", ch: chWeb, key: true},
	{date: "2025-04-03", cat: cPolicy, dept: dHR, title: "示例县中小学校长职级制管理办法", docNo: "示教发〔2025〕2号", ch: chWebWx},
	{date: "2025-04-08", cat: cExplain, dept: dHR, title: "《示例县中小学校长职级制管理办法》政策解读", ch: chWebWx},
	{date: "2025-04-15", cat: cRecruit, dept: dHR, title: "示例县2025年公开招聘中小学教师笔试成绩公布", ch: chWebWx, key: true},
	{date: "2025-04-22", cat: cExam, dept: dBasic, title: "关于做好2025年义务教育招生入学工作的通知", docNo: "示教发〔2025〕3号", ch: chPress, key: true},
	{date: "2025-04-25", cat: cExplain, dept: dBasic, title: "图解：2025年示例县义务教育招生入学政策", ch: chWebWx},
	{date: "2025-05-13", cat: cRecruit, dept: dHR, title: "示例县2025年公开招聘中小学教师面试公告", ch: chWebWx, key: true},
	{date: "2025-05-20", cat: cExam, dept: dExam, title: "示例县2025年中考报名及考试安排", ch: chWebWx, key: true},
	{date: "2025-05-27", cat: cPrivate, dept: dVoc, title: "示例县2024年度民办学校年检结果公告", ch: chBoard, key: true},
	{date: "2025-06-05", cat: cEmerg, dept: dOffice, title: "关于切实做好2025年汛期学校安全工作的紧急通知", docNo: "示教办〔2025〕21号", ch: chWebWx},
	{date: "2025-06-10", cat: cExam, dept: dExam, title: "2025年中考考生温馨提示", ch: chWx, key: true},
	{date: "2025-06-12", cat: cSpecial, dept: dBasic, title: "示例县2025年残疾儿童少年送教上门工作方案", ch: chWeb},
	{date: "2025-06-23", cat: cLicence, dept: dHR, title: "2025年春季教师资格认定结果公告", ch: chWeb},
	{date: "2025-07-02", cat: cPolicy, dept: dVoc, title: "示例县民办学校年度检查办法", docNo: "示教发〔2025〕6号", ch: chWebWx},
	{date: "2025-07-03", cat: cExam, dept: dExam, title: "示例县2025年中考成绩查询及录取分数线公布", ch: chPress, key: true},
	{date: "2025-07-08", cat: cCompul, dept: dBasic, title: "示例县2025年义务教育学校服务区划分情况", ch: chWebWx, key: true, fromReq: true},
	{date: "2025-07-10", cat: cExplain, dept: dVoc, title: "《示例县民办学校年度检查办法》解读", ch: chWeb},
	{date: "2025-07-16", cat: cProposal, dept: dOffice, title: "关于县政协十届四次会议第45号提案的答复", ch: chWeb},
	{date: "2025-07-23", cat: cProposal, dept: dOffice, title: "关于县十八届人大四次会议第12号建议的答复", ch: chWeb},
	{date: "2025-07-29", cat: cRecruit, dept: dHR, title: "示例县2025年公开招聘中小学教师拟聘用人员公示", ch: chAll, key: true},
	{date: "2025-08-05", cat: cProposal, dept: dOffice, title: "示例县教育局2025年人大代表建议和政协委员提案办理情况", ch: chWeb},
	{date: "2025-08-12", cat: cFinance, dept: dFin, title: "示例县教育局2024年部门决算公开", ch: chBoard, key: true},
	{date: "2025-08-20", cat: cCompul, dept: dBasic, title: "示例县2025年秋季城区义务教育学校新生分配结果公告", ch: chAll, key: true},
	{date: "2025-08-26", cat: cAid, dept: dAid, title: "示例县2025年秋季学期学生资助政策简介", ch: chWebWx, key: true},
	{date: "2025-09-04", cat: cAid, dept: dAid, title: "2025年生源地信用助学贷款办理工作公告", ch: chWebWx, key: true},
	{date: "2025-09-10", cat: cSuperv, dept: dSuperv, title: "示例县2025年秋季开学工作专项督导情况通报", ch: chWeb},
	{date: "2025-09-17", cat: cPolicy, dept: dVoc, title: "示例县校外培训机构设置标准", docNo: "示教发〔2025〕9号", ch: chWebWx},
	{date: "2025-09-19", cat: cExplain, dept: dVoc, title: "《示例县校外培训机构设置标准》政策解读", ch: chWebWx},
	{date: "2025-09-29", cat: cPenalty, dept: dVoc, title: "示例县教育局行政处罚决定书（示教罚〔2025〕1号）", ch: chWeb},
	{date: "2025-10-15", cat: cAid, dept: dAid, title: "2025年秋季学期普通高中国家助学金拟资助学生名单公示", ch: chBoard, key: true},
	{date: "2025-10-22", cat: cPolicy, dept: dBasic, title: "示例县中小学课后服务管理办法（试行）", docNo: "示教发〔2025〕12号", ch: chWebWx},
	{date: "2025-10-24", cat: cExplain, dept: dBasic, title: "《示例县中小学课后服务管理办法（试行）》解读", ch: chWebWx},
	{date: "2025-11-12", cat: cSuperv, dept: dSuperv, title: "示例县义务教育优质均衡发展督导评估工作报告", ch: chWeb},
	{date: "2025-12-08", cat: cLicence, dept: dHR, title: "2025年秋季教师资格认定结果公告", ch: chWeb},
	{date: "2025-12-10", cat: cAid, dept: dAid, title: "2025年秋季学期学生资助资金发放情况公示", ch: chWebWx, key: true},
	{date: "2025-12-18", cat: cPlan, dept: dOffice, title: "示例县教育事业发展“十五五”规划（征求意见稿）", ch: chPress},
}
