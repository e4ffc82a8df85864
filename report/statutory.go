package report

// This file holds the statutory tables' codes and labels, once. Renderers,
// readers and the JSON all take their wording from here (docs/counting.md §1–3).

// ApplicantType is a column of table 3 (申请人情况).
type ApplicantType string

// Applicant columns, in statutory order.
const (
	ApplicantNatural    ApplicantType = "natural"    // 自然人
	ApplicantCommercial ApplicantType = "commercial" // 商业企业
	ApplicantResearch   ApplicantType = "research"   // 科研机构
	ApplicantNonprofit  ApplicantType = "nonprofit"  // 社会公益组织
	ApplicantLegal      ApplicantType = "legal"      // 法律服务机构
	ApplicantOtherOrg   ApplicantType = "other_org"  // 其他
)

// CodeLabel is a statutory code and its label: a data column of table 3
// or 4, a head or row of table 2, a block of table 4.
type CodeLabel struct {
	Code  string
	Label string
}

// Table3Columns lists the seven data columns of table 3 in order; the last
// is 总计.
var Table3Columns = []CodeLabel{
	{string(ApplicantNatural), "自然人"},
	{string(ApplicantCommercial), "商业企业"},
	{string(ApplicantResearch), "科研机构"},
	{string(ApplicantNonprofit), "社会公益组织"},
	{string(ApplicantLegal), "法律服务机构"},
	{string(ApplicantOtherOrg), "其他"},
	{"total", "总计"},
}

// NumApplicantTypes is the number of applicant columns (总计 excluded).
const NumApplicantTypes = 6

// TotalCol is the index of 总计 in Table3Columns.
const TotalCol = 6

// ApplicantIndex returns the column index of t, or -1.
func ApplicantIndex(t ApplicantType) int {
	for i := 0; i < NumApplicantTypes; i++ {
		if Table3Columns[i].Code == string(t) {
			return i
		}
	}
	return -1
}

// Outcome is a final outcome of an application: the code of a result row of
// table 3, e.g. "granted" or "withheld.state_secret".
type Outcome string

// Table3Row is a data row of table 3.
type Table3Row struct {
	Code      string // "new", "granted", "withheld.state_secret", …
	Label     string // statutory label without number, e.g. 「属于国家秘密」
	Number    string // 「一、」「（一）」「1.」 as printed before the label
	Group     string // "withheld", "unavailable", "rejected", "other" or ""
	IsOutcome bool   // one of the 22 result rows
}

// Table3Group is one of the four merged outcome groups of table 3.
type Table3Group struct {
	Code   string
	Number string
	Label  string
}

// Table3Groups lists the outcome groups; the JSON carries their sums.
var Table3Groups = []Table3Group{
	{"withheld", "（三）", "不予公开"},
	{"unavailable", "（四）", "无法提供"},
	{"rejected", "（五）", "不予处理"},
	{"other", "（六）", "其他处理"},
}

// Table3Rows lists the 25 data rows of table 3 in statutory order.
var Table3Rows = []Table3Row{
	{Code: "new", Number: "一、", Label: "本年新收政府信息公开申请数量"},
	{Code: "carried_in", Number: "二、", Label: "上年结转政府信息公开申请数量"},
	{Code: "granted", Number: "（一）", Label: "予以公开", IsOutcome: true},
	{Code: "partial", Number: "（二）", Label: "部分公开（区分处理的，只计这一情形，不计其他情形）", IsOutcome: true},
	{Code: "withheld.state_secret", Number: "1.", Label: "属于国家秘密", Group: "withheld", IsOutcome: true},
	{Code: "withheld.law_prohibited", Number: "2.", Label: "其他法律行政法规禁止公开", Group: "withheld", IsOutcome: true},
	{Code: "withheld.three_safeties", Number: "3.", Label: "危及“三安全一稳定”", Group: "withheld", IsOutcome: true},
	{Code: "withheld.third_party", Number: "4.", Label: "保护第三方合法权益", Group: "withheld", IsOutcome: true},
	{Code: "withheld.internal", Number: "5.", Label: "属于三类内部事务信息", Group: "withheld", IsOutcome: true},
	{Code: "withheld.process", Number: "6.", Label: "属于四类过程性信息", Group: "withheld", IsOutcome: true},
	{Code: "withheld.enforcement_file", Number: "7.", Label: "属于行政执法案卷", Group: "withheld", IsOutcome: true},
	{Code: "withheld.query", Number: "8.", Label: "属于行政查询事项", Group: "withheld", IsOutcome: true},
	{Code: "unavailable.not_held", Number: "1.", Label: "本机关不掌握相关政府信息", Group: "unavailable", IsOutcome: true},
	{Code: "unavailable.needs_creation", Number: "2.", Label: "没有现成信息需要另行制作", Group: "unavailable", IsOutcome: true},
	{Code: "unavailable.still_unclear", Number: "3.", Label: "补正后申请内容仍不明确", Group: "unavailable", IsOutcome: true},
	{Code: "rejected.petition", Number: "1.", Label: "信访举报投诉类申请", Group: "rejected", IsOutcome: true},
	{Code: "rejected.duplicate", Number: "2.", Label: "重复申请", Group: "rejected", IsOutcome: true},
	{Code: "rejected.publication", Number: "3.", Label: "要求提供公开出版物", Group: "rejected", IsOutcome: true},
	{Code: "rejected.excessive", Number: "4.", Label: "无正当理由大量反复申请", Group: "rejected", IsOutcome: true},
	{Code: "rejected.confirmation", Number: "5.", Label: "要求行政机关确认或重新出具已获取信息", Group: "rejected", IsOutcome: true},
	{Code: "other.no_correction", Number: "1.", Label: "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Group: "other", IsOutcome: true},
	{Code: "other.fee_unpaid", Number: "2.", Label: "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Group: "other", IsOutcome: true},
	{Code: "other.other", Number: "3.", Label: "其他", Group: "other", IsOutcome: true},
	{Code: "result_total", Number: "（七）", Label: "总计"},
	{Code: "carried_out", Number: "四、", Label: "结转下年度继续办理"},
}

// Table 3's fixed wording.
const (
	Table3Note        = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
	Table3Applicant   = "申请人情况"
	Table3LegalPerson = "法人或其他组织"
	Table3Results     = "三、本年度办理结果"
)

// Row indexes of table 3 used by the counting.
const (
	RowNew         = 0
	RowCarriedIn   = 1
	RowFirstResult = 2
	RowResultTotal = 23
	RowCarriedOut  = 24
	NumTable3Rows  = 25
)

// RowIndex returns the index in Table3Rows of the row with the given code,
// or -1.
func RowIndex(code string) int {
	for i, r := range Table3Rows {
		if r.Code == code {
			return i
		}
	}
	return -1
}

// GroupLabel returns the label of the outcome group code, or "".
func GroupLabel(code string) string {
	for _, g := range Table3Groups {
		if g.Code == code {
			return g.Label
		}
	}
	return ""
}

// GroupSize returns how many rows of table 3 belong to the outcome group
// code (8, 3, 5, 3), the rows its label is merged down.
func GroupSize(code string) int {
	n := 0
	for _, r := range Table3Rows {
		if r.Group == code {
			n++
		}
	}
	return n
}

// Table 2's fixed wording.
const (
	Table2Title      = "二、主动公开政府信息情况"
	Table3Title      = "三、收到和处理政府信息公开申请情况"
	Table4Title      = "四、政府信息公开行政复议、行政诉讼情况"
	Table2Content    = "信息内容"
	Table2Issued     = "本年制发件数"
	Table2Repealed   = "本年废止件数"
	Table2InForce    = "现行有效件数"
	Table2Decisions  = "本年处理决定数量"
	Table2FeeAmount  = "本年收费金额（单位：万元）"
	Table2FeeLabel   = "行政事业性收费"
	Table2Item1      = "第二十条第（一）项"
	Table2Item5      = "第二十条第（五）项"
	Table2Item6      = "第二十条第（六）项"
	Table2Item8      = "第二十条第（八）项"
	Table4Review     = "行政复议"
	Table4Litigation = "行政诉讼"
	Table4Direct     = "未经复议直接起诉"
	Table4After      = "复议后起诉"
)

// Table4Columns lists the five result columns of each table 4 block.
var Table4Columns = []CodeLabel{
	{"upheld", "结果维持"},
	{"corrected", "结果纠正"},
	{"other", "其他结果"},
	{"pending", "尚未审结"},
	{"total", "总计"},
}

// Table4Blocks lists the three blocks of table 4 in order.
var Table4Blocks = []CodeLabel{
	{string(AppealReview), Table4Review},
	{string(AppealLitigation), Table4Direct},
	{string(AppealAfterReview), Table4After},
}

// Channels are the five publication channels of docs/counting.md §4.
var Channels = []string{"政府网站", "政务新媒体", "政务公开栏", "新闻发布会", "其他"}

// DefaultCategories is the default 主动公开目录 of an education bureau.
var DefaultCategories = []string{
	"机构概况", "政策文件", "政策解读", "规划计划", "人事信息", "财政信息（预决算、收费）",
	"招生考试", "学生资助", "教育督导", "民办教育", "义务教育", "学前教育", "特殊教育",
	"职业教育", "教师招聘", "行政许可", "行政处罚", "应急管理", "建议提案办理", "工作动态", "其他",
}
