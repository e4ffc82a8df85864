package report

import (
	"fmt"
	"time"
)

// Origin says where a ledger row came from and when the store last changed
// it. It travels with every row so that explanations and checks can point a
// clerk at the exact line of the ledger.
type Origin struct {
	File    string
	Sheet   string // empty for CSV
	Row     int    // 1-based row number in the sheet or file
	Updated time.Time
}

// String returns the place in Chinese, e.g. 「台账.xlsx 工作表「依申请」第12行」.
func (o Origin) String() string {
	if o.File == "" {
		return "（命令行录入）"
	}
	if o.Sheet == "" {
		return fmt.Sprintf("%s 第%d行", o.File, o.Row)
	}
	return fmt.Sprintf("%s 工作表「%s」第%d行", o.File, o.Sheet, o.Row)
}

// Unit is the body whose ledgers the store holds.
type Unit struct {
	Name string
	Code string // 统一社会信用代码, may be empty
}

// Publication is one row of the 主动公开 ledger.
type Publication struct {
	IndexNo     string // 索引号, unique key
	Title       string
	DocNo       string // 文号
	Published   Date
	Category    string
	Channels    []string // as written, split; see NormalizeChannel
	Department  string   // 发布机构
	KeyArea     bool     // 重点领域
	FromRequest bool     // 依申请转主动
	// Formed is the day the information was formed or last changed
	// (成文日期 / 形成日期 / 变更日期), zero when the ledger does not say:
	// the self-inspection checks publication within 20 working days of it
	// (《条例》第二十六条). It never changes the annual tables.
	Formed Date
	Origin Origin
}

// Request is one row of the 依申请公开 ledger.
type Request struct {
	ID                 string // 申请编号, unique key
	Received           Date
	Applicant          ApplicantType
	ApplicantName      string // personal data: never leaves the unit
	Contact            string // personal data: never leaves the unit
	Content            string // personal data: never leaves the unit
	Method             string // 申请方式: 当面 / 邮寄 / 网络 / 传真 / 其他
	CorrectionAsked    Date   // 补正告知日期
	CorrectionReceived Date   // 补正收到日期
	ExtensionNotified  Date   // 延期告知日期
	ConsultStart       Date   // 征求意见开始日期
	ConsultEnd         Date   // 征求意见结束日期
	Concluded          Date   // 办结日期, zero while open
	// Registered is the 登记日期 when the ledger has both 收到日期 and
	// 登记日期 (zero otherwise; a ledger with 登记日期 alone gives it as
	// Received): the self-inspection checks registration within a few
	// working days of receipt. It never changes the deadlines or tables.
	Registered Date
	Outcome    Outcome
	Note       string
	Origin     Origin
}

// DocKind is the type of a normative document.
type DocKind string

// Document kinds, with their ledger labels in DocKindLabels.
const (
	DocRule      DocKind = "rules"          // 规章
	DocNormative DocKind = "normative_docs" // 行政规范性文件
)

// DocKindLabels maps each DocKind to its statutory label.
var DocKindLabels = map[DocKind]string{DocRule: "规章", DocNormative: "行政规范性文件"}

// Document is one row of the 规范性文件 ledger.
type Document struct {
	DocNo      string // 文号, unique key
	Title      string
	Kind       DocKind
	Issued     Date
	Repealed   Date // zero when not repealed
	ValidUntil Date // 有效期至: last day of validity, zero when open-ended
	Origin     Origin
}

// DecisionKind is the type of an administrative decision.
type DecisionKind string

// Decision kinds of table 2.
const (
	DecisionLicensing   DecisionKind = "licensing"   // 行政许可
	DecisionPenalty     DecisionKind = "penalty"     // 行政处罚
	DecisionEnforcement DecisionKind = "enforcement" // 行政强制
)

// DecisionKindLabels maps each DecisionKind to its statutory label.
var DecisionKindLabels = map[DecisionKind]string{
	DecisionLicensing: "行政许可", DecisionPenalty: "行政处罚", DecisionEnforcement: "行政强制",
}

// Decision is one row of the 行政决定 ledger.
type Decision struct {
	ID     string // 决定编号, unique key
	Kind   DecisionKind
	Date   Date
	Origin Origin
}

// FeeKind separates the fees of table 2 from the 信息处理费 of section 六.
type FeeKind string

// Fee kinds.
const (
	FeeAdministrative FeeKind = "admin"      // 行政事业性收费 (default)
	FeeProcessing     FeeKind = "processing" // 信息处理费
)

// FeeKindLabels maps each FeeKind to its ledger label.
var FeeKindLabels = map[FeeKind]string{FeeAdministrative: "行政事业性收费", FeeProcessing: "信息处理费"}

// Fee is one row of the 收费 ledger. Money is integer 分.
type Fee struct {
	ID        string // 收费编号, unique key
	Date      Date
	AmountFen int64
	Kind      FeeKind
	Item      string // 项目
	RequestID string // 申请编号, for 信息处理费
	Origin    Origin
}

// AppealKind is the kind of an administrative review or lawsuit.
type AppealKind string

// Appeal kinds, the three blocks of table 4.
const (
	AppealReview      AppealKind = "review"                  // 行政复议
	AppealLitigation  AppealKind = "litigation_direct"       // 未经复议直接起诉
	AppealAfterReview AppealKind = "litigation_after_review" // 复议后起诉
)

// AppealKindLabels maps each AppealKind to its ledger label.
var AppealKindLabels = map[AppealKind]string{
	AppealReview: "行政复议", AppealLitigation: "未经复议直接起诉", AppealAfterReview: "复议后起诉",
}

// AppealResult is how a concluded case ended.
type AppealResult string

// Appeal results.
const (
	AppealUpheld      AppealResult = "upheld"    // 维持
	AppealCorrected   AppealResult = "corrected" // 纠正
	AppealOtherResult AppealResult = "other"     // 其他
)

// AppealResultLabels maps each AppealResult to its ledger label.
var AppealResultLabels = map[AppealResult]string{
	AppealUpheld: "维持", AppealCorrected: "纠正", AppealOtherResult: "其他",
}

// AppealRole is the unit's part in a case.
type AppealRole string

// Roles. Only cases where the unit is the respondent count in table 4; a
// lawsuit where it is co-defendant only as the review organ does not
// (国办公开办函〔2016〕201号).
const (
	RoleRespondent  AppealRole = "respondent"   // 被申请人 / 被告 (default)
	RoleReviewOrgan AppealRole = "review_organ" // 复议机关（共同被告）
)

// AppealRoleLabels maps each AppealRole to its ledger label.
var AppealRoleLabels = map[AppealRole]string{RoleRespondent: "被申请人/被告", RoleReviewOrgan: "复议机关共同被告"}

// Appeal is one row of the 复议诉讼 ledger.
type Appeal struct {
	CaseNo string // 案号, unique key
	Kind   AppealKind
	Filed  Date
	Closed Date // zero while pending
	Result AppealResult
	Role   AppealRole
	Origin Origin
}

// TaskStatus is a progress state of a work task.
type TaskStatus string

// Task states.
const (
	TaskNotStarted TaskStatus = "未开始"
	TaskInProgress TaskStatus = "推进中"
	TaskDone       TaskStatus = "已完成"
)

// Task is one row of the 工作任务 ledger.
type Task struct {
	ID          string // 任务编号, unique key
	Area        string // 工作要点
	Requirement string // 具体要求
	Units       []string
	Deadline    Date // zero: none given
	WholeYear   bool // 全年 / 长期: deadline is 31 Dec of the year
	Origin      Origin
}

// Progress is one row of the 任务进展 ledger; (TaskID, Date) is its key.
type Progress struct {
	TaskID   string
	Date     Date
	Status   TaskStatus
	Note     string
	Evidence []string // 佐证索引号
	Origin   Origin
}

// Quota is one row of the 信息任务 ledger; (Unit, Year, Month) is its key.
type Quota struct {
	Unit   string
	Year   int
	Month  time.Month
	Target int
	Origin Origin
}
