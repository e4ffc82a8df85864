// Package selfcheck works out the self-inspection (自查) of one unit's
// year from its ledgers: publication within 20 working days of the
// information being formed (《条例》第二十六条), a 解读 with every policy
// document, registration of applications within a few working days of
// receipt, and the coverage of the 主动公开目录's 公开时限. Its findings are
// notes in `check` and the figures of the 自查报告; they never change the
// annual tables.
package selfcheck

import "github.com/xxgk/xxgk/report"

// DefaultRegisterDays is how many working days after receipt an
// application may be registered (`--register-days` changes it).
const DefaultRegisterDays = 2

// PublishDays is the statutory time to publish: 20 working days from the
// day the information is formed or changed (《条例》第二十六条).
const PublishDays = 20

// Options tune one self-inspection.
type Options struct {
	// RegisterDays is the allowed lag of 登记日期 after 收到日期, in working
	// days; 0 means DefaultRegisterDays.
	RegisterDays int
	// AsOf is the day the inspection is made: periods of the 目录 that end
	// after it are not yet due. Zero means the end of the year.
	AsOf report.Date
}

// Result is the self-inspection of year Year.
type Result struct {
	Year         int
	AsOf         report.Date
	RegisterDays int

	Publishing      Publishing
	Interpretations Interpretations
	Registration    Registration
	Coverage        Coverage
	// Mistakes are the rows left unchecked because their dates
	// contradict (成文日期 after 发布日期, 登记日期 before 收到日期), in the
	// order of the rules.
	Mistakes []Mistake
}

// Publishing is the rule of publication within PublishDays.
type Publishing struct {
	Published int // items published in the year
	Checked   int // of them, with a 成文日期 (形成日期 / 变更日期)
	Late      []LatePublication
}

// OnTime is the number of checked items published in time.
func (p Publishing) OnTime() int { return p.Checked - len(p.Late) }

// LatePublication is an item published more than PublishDays working
// days after it was formed.
type LatePublication struct {
	IndexNo   string // 索引号
	Title     string
	DocNo     string // 文号
	Category  string
	Formed    report.Date
	Published report.Date
	Workdays  int // working days from Formed to Published (Formed not counted)
	Origin    report.Origin
}

// Interpretations is the rule of a 解读 with every policy document issued
// in the year (三同步).
type Interpretations struct {
	Documents []DocumentInterpretation // every document issued in the year, in 印发日期 then 文号 order
}

// Counts returns how many documents had their 解读 同步, late, and none.
func (in Interpretations) Counts() (synced, late, missing int) {
	for _, d := range in.Documents {
		switch d.Status {
		case InterpretationSynced:
			synced++
		case InterpretationLate:
			late++
		case InterpretationMissing:
			missing++
		}
	}
	return synced, late, missing
}

// InterpretationStatus says whether and when a document's 解读 came.
type InterpretationStatus int

// The three outcomes of the 解读 rule.
const (
	InterpretationSynced  InterpretationStatus = iota // 同步: published on or before the document's 印发日期
	InterpretationLate                                // 迟于: published later, by LateDays working days
	InterpretationMissing                             // 缺失: no 政策解读 item names the document's 文号
)

// DocumentInterpretation is one document of the 规范性文件 ledger with its
// 解读: the earliest 政策解读 item whose 文号 names it.
type DocumentInterpretation struct {
	DocNo    string // 文号
	Title    string
	Kind     report.DocKind
	Issued   report.Date
	Status   InterpretationStatus
	IndexNo  string      // the 解读's 索引号 ("" when missing)
	Released report.Date // the 解读's 发布日期 (zero when missing)
	LateDays int         // working days after Issued, when late
	Origin   report.Origin
}

// Registration is the rule of registration within RegisterDays.
type Registration struct {
	Received int // applications received in the year
	Checked  int // of them, with both 收到日期 and 登记日期
	Late     []LateRegistration
}

// OnTime is the number of checked applications registered in time.
func (r Registration) OnTime() int { return r.Checked - len(r.Late) }

// LateRegistration is an application registered more than RegisterDays
// working days after receipt. It names the application by its 申请编号
// only: nothing identifying the applicant.
type LateRegistration struct {
	ID         string // 申请编号
	Received   report.Date
	Registered report.Date
	Workdays   int
	Origin     report.Origin
}

// Coverage is the rule of the 目录's 公开时限.
type Coverage struct {
	Categories []CategoryCoverage // the categories with a 时限 other than 随时, in 目录 order
	Gaps       []Gap
}

// CategoryCoverage is one category with a 时限: how many of its periods
// have ended by AsOf and in how many of them something was published.
type CategoryCoverage struct {
	Category string
	Limit    report.DisclosureLimit
	Due      int // periods ended by AsOf
	Covered  int // of them, with at least one item
	Items    int // items of the category published in the year
}

// Gap is a period that ended with no item of a category that has a 时限
// (「应公开未公开」 risk).
type Gap struct {
	Category string
	Limit    report.DisclosureLimit
	Period   string // e.g. 「2025年第二季度」「2025年3月」「2025年6月底前」
	From, To report.Date
}

// MistakeKind says which contradiction a Mistake is.
type MistakeKind int

// The rows the rules cannot check because their dates contradict.
const (
	FormedAfterPublished     MistakeKind = iota // 成文日期 after 发布日期 (主动公开)
	RegisteredBeforeReceived                    // 登记日期 before 收到日期 (依申请公开)
)

// Mistake is a ledger row whose dates contradict each other, so that its
// rule could not check it: it is not counted as checked. Key is the row's
// 索引号 or 申请编号 (never anything identifying an applicant).
type Mistake struct {
	Kind        MistakeKind
	Key         string
	First, Then report.Date // 成文日期 and 发布日期, or 收到日期 and 登记日期
	Origin      report.Origin
}
