package samples

import (
	"math/rand/v2"
	"time"
)

// Ledgers is every row of the sample ledgers, in the order the workbook
// lists them. Dates are midnight UTC; a zero time.Time is an empty cell.
// Labels (applicant types, outcomes, kinds) are written as in the ledger.
type Ledgers struct {
	Unit         string
	UnitCode     string
	Year         int
	Publications []Publication
	Requests     []Request
	Documents    []Document
	Decisions    []Decision
	Fees         []Fee
	Appeals      []Appeal
	Tasks        []Task
	Progress     []Progress
	Quotas       []Quota
	Catalog      []CatalogRow
}

// DateForm is how the clerk wrote the dates of one row.
type DateForm int

// Date forms. The cell forms are real Excel dates shown with a number format;
// the text forms are strings typed by hand.
const (
	DateCellISO DateForm = iota // date cell shown yyyy-mm-dd
	DateCellCN                  // date cell shown yyyy"年"m"月"d"日"
	DateTextCN                  // text 「2025年3月5日」
	DateTextDot                 // text 「2025.3.5」
)

// Publication is one row of the 主动公开台账 sheet.
type Publication struct {
	IndexNo     string    // 索引号
	Title       string    // 标题
	DocNo       string    // 文号
	Formed      time.Time // 成文日期, zero when the clerk left it blank
	Published   time.Time
	Category    string // 类别
	Channels    string // 发布渠道, as written (「政府网站、微信公众号」)
	Department  string // 发布机构
	KeyArea     bool   // 重点领域
	FromRequest bool   // 依申请转主动
	Form        DateForm
}

// Request is one row of the 依申请公开登记 sheet.
type Request struct {
	ID                 string    // 申请编号
	Received           time.Time // 收到日期
	Registered         time.Time // 登记日期
	Applicant          string    // 申请人类型: 自然人, 商业企业, …
	Name               string    // 申请人
	Contact            string    // 联系方式
	Content            string    // 申请内容
	Method             string    // 申请方式
	CorrectionAsked    time.Time
	CorrectionReceived time.Time
	ExtensionNotified  time.Time
	ConsultStart       time.Time
	ConsultEnd         time.Time
	Concluded          time.Time // zero while open
	Outcome            string    // 办理结果, the statutory row label
	Note               string    // 备注
	Form               DateForm
}

// Document is one row of the 规范性文件 sheet.
type Document struct {
	DocNo      string // 文号
	Title      string // 名称
	Kind       string // 类型: 行政规范性文件
	Issued     time.Time
	Repealed   time.Time // zero when in force or lapsed
	ValidUntil time.Time // 有效期至, zero when open-ended
}

// Decision is one row of the 行政决定 sheet.
type Decision struct {
	ID   string // 决定编号
	Kind string // 类型: 行政许可 / 行政处罚
	Date time.Time
}

// Fee is one row of the 收费 sheet. Money is integer 分.
type Fee struct {
	ID        string // 收费编号
	Date      time.Time
	AmountFen int64  // 金额, in 分
	Kind      string // 类别: 行政事业性收费 / 信息处理费
	Item      string // 项目
	RequestID string // 申请编号, for 信息处理费
}

// Appeal is one row of the 复议诉讼 sheet.
type Appeal struct {
	CaseNo string // 案号
	Kind   string // 类型: 行政复议 / 未经复议直接起诉 / 复议后起诉
	Filed  time.Time
	Closed time.Time // zero while pending
	Result string    // 维持 / 纠正 / 其他, empty while pending
	Role   string    // 应诉身份: 被申请人 / 被告
}

// Task is one row of the 工作任务 sheet (the year's 政务公开工作要点任务分工).
type Task struct {
	ID          string    // 任务编号
	Area        string    // 工作要点
	Requirement string    // 具体要求
	Units       []string  // 责任单位, written joined by 、
	Deadline    time.Time // 完成时限; zero when Term is set
	Term        string    // 全年 or 长期 (31 Dec of the year) when there is no date
}

// Progress is one row of the 任务进展 sheet; (TaskID, Date) is unique.
type Progress struct {
	TaskID   string
	Date     time.Time
	Status   string   // 未开始 / 推进中 / 已完成
	Note     string   // 进展情况
	Evidence []string // 佐证索引号 of sample publications, written joined by 、
	Form     DateForm
}

// Quota is one row of the 信息任务 sheet: a department's monthly target.
type Quota struct {
	Unit   string
	Month  time.Month // of Year
	Target int
}

// seed is the fixed seed of the generator's PCG source.
const seed1, seed2 = 20250101, 11330000

// Data returns the sample unit's rows. Every call returns the same rows.
func Data() Ledgers {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	pubs := publications(rng)
	reqs := requests(rng) // after publications: the draws keep their order
	formPublications(pubs)
	registerRequests(reqs)
	return Ledgers{
		Unit:         UnitName,
		UnitCode:     UnitCode,
		Year:         Year,
		Publications: pubs,
		Requests:     reqs,
		Documents:    documents(),
		Decisions:    decisions(),
		Fees:         fees(),
		Appeals:      appeals(),
		Tasks:        tasks(),
		Progress:     progress(pubs),
		Quotas:       quotas(),
		Catalog:      catalog(),
	}
}

// day returns midnight UTC of the ISO date s; it panics on a typo, which
// the tests catch at once.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic("samples: bad date " + s)
	}
	return t
}

// Rest days and make-up working days from 国务院办公厅 holiday notices for
// the dates the samples touch (2025 and 2026 元旦); see docs/deadlines.md.
var (
	holidays = [][2]string{
		{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"},
		{"2025-04-04", "2025-04-06"}, {"2025-05-01", "2025-05-05"},
		{"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
		{"2026-01-01", "2026-01-03"},
	}
	makeUpDays = []string{"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11", "2026-01-04"}
)

// IsWorkday reports whether t is a working day under the official calendar.
func IsWorkday(t time.Time) bool {
	s := t.Format("2006-01-02")
	for _, m := range makeUpDays {
		if s == m {
			return true
		}
	}
	for _, h := range holidays {
		if s >= h[0] && s <= h[1] {
			return false
		}
	}
	return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday
}

// AddWorkdays returns the n-th working day after t (the day of t itself is
// not counted, docs/deadlines.md).
func AddWorkdays(t time.Time, n int) time.Time {
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if IsWorkday(t) {
			n--
		}
	}
	return t
}

// pickForm draws a row's date form: mostly the sheet's usual date cell, now
// and then another cell format or a date typed as text.
func pickForm(rng *rand.Rand, usual DateForm) DateForm {
	switch r := rng.IntN(100); {
	case r < 84:
		return usual
	case r < 90:
		if usual == DateCellISO {
			return DateCellCN
		}
		return DateCellISO
	case r < 96:
		return DateTextCN
	default:
		return DateTextDot
	}
}
