package samples

import (
	"fmt"
	"math/rand/v2"
)

// reqSpec is one application as the sample needs it. Offsets are working
// days: the reply comes days after the received date, or after the day the
// correction arrived; days 0 means the application is still open.
type reqSpec struct {
	id, recv, typ, name, method, content string
	days                                 int
	outcome, note                        string
	corrAsk, corrGot                     int    // 补正: asked corrAsk after receipt, arrived corrGot after asking (0: never)
	ext                                  int    // 延期告知 ext after receipt
	cons                                 [2]int // 征求意见: starts cons[0] after receipt, lasts cons[1]
}

// Outcome labels used by the sample (docs/counting.md row labels without numbers).
const (
	oGranted     = "予以公开"
	oPartial     = "部分公开"
	oThirdParty  = "保护第三方合法权益"
	oInternal    = "属于三类内部事务信息"
	oProcess     = "属于四类过程性信息"
	oQuery       = "属于行政查询事项"
	oNotHeld     = "本机关不掌握相关政府信息"
	oNeedsCreate = "没有现成信息需要另行制作"
	oPetition    = "信访举报投诉类申请"
	oDuplicate   = "重复申请"
	oPublication = "要求提供公开出版物"
	oNoCorrect   = "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
	oOther       = "其他"
)

const (
	tNatural  = "自然人"
	tCommerc  = "商业企业"
	tResearch = "科研机构"
	tNonprof  = "社会公益组织"
	tLegal    = "法律服务机构"
	law       = "某某律师事务所"
)

var requestSpecs = []reqSpec{
	{id: "SQ2024-036", recv: "2024-11-25", typ: tNatural, name: "张某某", method: "网络", content: "申请公开2024年秋季学期城区小学一年级新生分班办法", days: 15, outcome: oGranted},
	{id: "SQ2024-037", recv: "2024-12-09", typ: tNatural, name: "李某某", method: "当面", content: "申请公开示例县2024年中小学教师职称评审结果", days: 18, outcome: oGranted},
	{id: "SQ2024-038", recv: "2024-12-16", typ: tCommerc, name: "某某文具有限公司", method: "邮寄", content: "申请公开2024年全县中小学作业本采购项目中标结果及合同", days: 18, outcome: oPartial, note: "合同中供应商报价明细涉及商业秘密，不予公开"},
	{id: "SQ2024-039", recv: "2024-12-20", typ: tNatural, name: "王某", method: "网络", content: "申请公开示例县第二中学2019年新建教学楼工程竣工验收资料", days: 28, ext: 17, outcome: oNotHeld, note: "已告知申请人向县住房和城乡建设局申请"},
	{id: "SQ2024-040", recv: "2024-12-27", typ: tLegal, name: law, method: "网络", content: "申请公开某民办培训学校2024年办学许可变更审批材料", days: 12, outcome: oGranted},

	{id: "SQ2025-001", recv: "2025-01-06", typ: tNatural, name: "刘某某", method: "网络", content: "申请公开2025年春季学期城区学校转学办理条件及流程", days: 6, outcome: oGranted},
	{id: "SQ2025-002", recv: "2025-01-13", typ: tNatural, name: "陈某", method: "当面", content: "申请查阅本人1998年初中毕业学籍档案及毕业证存根", days: 5, outcome: oQuery, note: "已告知通过学籍档案查询窗口办理"},
	{id: "SQ2025-003", recv: "2025-01-20", typ: tNonprof, name: "某某公益服务中心", method: "邮寄", content: "申请公开2024年全县进城务工人员随迁子女入学人数统计", days: 15, outcome: oGranted},
	{id: "SQ2025-004", recv: "2025-02-10", typ: tNatural, name: "杨某某", method: "网络", content: "申请公开县教育局所有文件", corrAsk: 3, days: 19, outcome: oNoCorrect, note: "补正期限届满未补正"},
	{id: "SQ2025-005", recv: "2025-02-17", typ: tNatural, name: "赵某", method: "网络", content: "申请公开县教育局2024年部门决算及“三公”经费支出情况", days: 8, outcome: oGranted},
	{id: "SQ2025-006", recv: "2025-02-24", typ: tCommerc, name: "某某安防工程有限公司", method: "网络", content: "申请公开2025年校园视频监控系统升级项目采购需求及预算金额", days: 12, outcome: oPartial},
	{id: "SQ2025-007", recv: "2025-03-03", typ: tNatural, name: "黄某某", method: "当面", content: "要求公开对某小学教师有偿补课问题的调查处理结果", days: 7, outcome: oPetition, note: "已转局信访办按信访程序办理"},
	{id: "SQ2025-008", recv: "2025-03-10", typ: tNatural, name: "周某", method: "网络", content: "申请公开城南新区学校布局调整方案论证过程中的专家意见和会议记录", days: 18, outcome: oProcess},
	{id: "SQ2025-009", recv: "2025-03-17", typ: tLegal, name: law, method: "邮寄", content: "申请公开示教许〔2024〕15号办学许可审批全部材料", days: 16, outcome: oGranted, note: "按量收取信息处理费1700元，已缴纳"},
	{id: "SQ2025-010", recv: "2025-03-24", typ: tNatural, name: "吴某某", method: "网络", content: "申请公开2024年教师公开招聘面试成绩及考官评分表", days: 14, outcome: oPartial, note: "考官个人评分表涉及个人信息，不予公开"},
	{id: "SQ2025-011", recv: "2025-04-07", typ: tNatural, name: "徐某", method: "当面", content: "申请公开全县近三年各学校教师工资发放明细并按学校汇总", days: 15, outcome: oNeedsCreate},
	{id: "SQ2025-012", recv: "2025-04-14", typ: tResearch, name: "某某大学教育政策研究中心", method: "网络", content: "申请公开2020—2024年全县中小学专任教师学历结构统计数据", corrAsk: 2, corrGot: 3, days: 14, outcome: oGranted},
	{id: "SQ2025-013", recv: "2025-04-21", typ: tNatural, name: "孙某某", method: "网络", content: "申请公开县教育局机关工作人员考勤管理制度", days: 10, outcome: oInternal},
	{id: "SQ2025-014", recv: "2025-04-28", typ: tNatural, name: "周某", method: "网络", content: "申请公开城南新区学校布局调整方案论证的专家意见", days: 4, outcome: oDuplicate, note: "与SQ2025-008内容相同，已作答复"},
	{id: "SQ2025-015", recv: "2025-05-08", typ: tCommerc, name: "某某教育科技有限公司", method: "网络", content: "申请公开某某艺术培训学校办学许可申请材料（含财务审计报告）", cons: [2]int{3, 15}, days: 31, outcome: oThirdParty, note: "第三方不同意公开"},
	{id: "SQ2025-016", recv: "2025-05-12", typ: tNatural, name: "胡某", method: "网络", content: "申请公开2025年城区公办幼儿园招生计划及划片范围", days: 5, outcome: oGranted},
	{id: "SQ2025-017", recv: "2025-05-19", typ: tNatural, name: "朱某某", method: "当面", content: "申请公开示例县实验小学2025年一年级招生报名人数", days: 8, outcome: oGranted},
	{id: "SQ2025-018", recv: "2025-05-26", typ: tNatural, name: "高某", method: "网络", content: "申请公开某中学2024年学生食堂食品安全检查记录", days: 13, outcome: oNotHeld, note: "已告知向县市场监督管理局申请"},
	{id: "SQ2025-019", recv: "2025-06-03", typ: tNatural, name: "林某某", method: "邮寄", content: "要求提供《示例县教育志（1986—2020）》一套", days: 6, outcome: oPublication},
	{id: "SQ2025-020", recv: "2025-06-09", typ: tLegal, name: law, method: "网络", content: "申请公开某校学生伤害事故的调查处理报告", corrAsk: 4, corrGot: 5, days: 15, outcome: oNotHeld},
	{id: "SQ2025-021", recv: "2025-06-16", typ: tNatural, name: "何某", method: "网络", content: "申请公开2025年中考各批次录取分数线", days: 3, outcome: oGranted},
	{id: "SQ2025-022", recv: "2025-06-23", typ: tNatural, name: "郭某某", method: "当面", content: "申请公开示例县2025年义务教育学校服务区划分情况", days: 9, outcome: oGranted, note: "已转为主动公开"},
	{id: "SQ2025-023", recv: "2025-07-07", typ: tNatural, name: "马某", method: "网络", content: "申请公开2025年暑期校外培训机构专项检查结果", days: 11, outcome: oGranted},
	{id: "SQ2025-024", recv: "2025-07-21", typ: tNatural, name: "罗某某", method: "网络", content: "要求公开县教育局对本人投诉某幼儿园乱收费问题的处理意见", days: 6, outcome: oPetition},
	{id: "SQ2025-025", recv: "2025-08-04", typ: tNonprof, name: "某某助学志愿者协会", method: "邮寄", content: "申请公开2025年秋季学期家庭经济困难学生资助名额分配情况", days: 14, outcome: oGranted},
	{id: "SQ2025-026", recv: "2025-08-18", typ: tNatural, name: "梁某", method: "网络", content: "申请公开2025年教师公开招聘拟聘用人员名单及体检结果", days: 12, outcome: oPartial, note: "体检结果涉及个人隐私，不予公开"},
	{id: "SQ2025-027", recv: "2025-09-01", typ: tNatural, name: "宋某某", method: "网络", content: "申请公开某小学2025年秋季学期代收费项目及标准", days: 3, outcome: oOther, note: "申请人撤回申请"},
	{id: "SQ2025-028", recv: "2025-09-15", typ: tCommerc, name: "某某文具有限公司", method: "网络", content: "申请公开2025年全县中小学教辅材料征订目录及采购结果", days: 10, outcome: oGranted},
	{id: "SQ2025-029", recv: "2025-10-13", typ: tNatural, name: "谢某某", method: "当面", content: "申请公开县教育局2025年第三季度局务会议纪要", days: 15, outcome: oProcess},
	{id: "SQ2025-030", recv: "2025-10-20", typ: tLegal, name: law, method: "网络", content: "申请公开示教罚〔2025〕1号行政处罚决定书", days: 5, outcome: oGranted},
	{id: "SQ2025-031", recv: "2025-11-03", typ: tNatural, name: "韩某", method: "网络", content: "申请公开2016年以来全县学校撤并的审批文件", ext: 18, days: 27, outcome: oPartial, note: "部分文件已移交县档案馆"},
	{id: "SQ2025-032", recv: "2025-11-24", typ: tNatural, name: "冯某", method: "传真", content: "申请公开2023年全县中小学校舍维修改造资金使用情况", days: 16, outcome: oGranted},
	{id: "SQ2025-033", recv: "2025-12-15", typ: tNatural, name: "董某某", method: "网络", content: "申请公开2026年春季学期城区学校学位预测情况"},
	{id: "SQ2025-034", recv: "2025-12-19", typ: tNatural, name: "程某", method: "邮寄", content: "申请公开示例县第三中学新校区建设项目立项批复"},
	{id: "SQ2025-035", recv: "2025-12-24", typ: tLegal, name: law, method: "网络", content: "申请公开某民办学校2025年年检结论及整改通知"},
	{id: "SQ2025-036", recv: "2025-12-29", typ: tNatural, name: "曹某某", method: "当面", content: "申请公开2025年全县课后服务经费收支情况"},
}

// requests builds the 依申请公开 rows from requestSpecs.
func requests(rng *rand.Rand) []Request {
	prefixes := []string{"138", "139", "135", "137", "150", "151", "158", "186", "189"}
	out := make([]Request, 0, len(requestSpecs))
	for _, s := range requestSpecs {
		r := Request{
			ID: s.id, Received: day(s.recv), Applicant: s.typ, Name: s.name,
			Method: s.method, Content: s.content, Outcome: s.outcome, Note: s.note,
			Contact: fmt.Sprintf("%s****%04d", prefixes[rng.IntN(len(prefixes))], rng.IntN(10000)),
			Form:    pickForm(rng, DateCellCN),
		}
		start := r.Received
		if s.corrAsk > 0 {
			r.CorrectionAsked = AddWorkdays(r.Received, s.corrAsk)
			if s.corrGot > 0 {
				r.CorrectionReceived = AddWorkdays(r.CorrectionAsked, s.corrGot)
				start = r.CorrectionReceived
			}
		}
		if s.ext > 0 {
			r.ExtensionNotified = AddWorkdays(r.Received, s.ext)
		}
		if s.cons[1] > 0 {
			r.ConsultStart = AddWorkdays(start, s.cons[0])
			r.ConsultEnd = AddWorkdays(r.ConsultStart, s.cons[1])
		}
		if s.days > 0 {
			r.Concluded = AddWorkdays(start, s.days)
		}
		out = append(out, r)
	}
	return out
}
