package selfcheck

// ReportFigures are the 自查报告's numbers, as its JSON file carries them:
// counts and rates only, never a 申请编号 or an item's title, like the
// annual report's JSON (the lists are in the PDF and the workbook).
type ReportFigures struct {
	Publications PublicationFigures `json:"publications"`
	Requests     RequestFigures     `json:"requests"`
	Publishing   RuleFigures        `json:"publishing"`
	Interpreting InterpretFigures   `json:"interpretations"`
	Registration RuleFigures        `json:"registration"`
	Coverage     CoverageFigures    `json:"coverage"`
	Tasks        *TaskFigures       `json:"tasks,omitempty"`
	Quotas       []QuotaFigures     `json:"quotas,omitempty"`
}

// PublicationFigures are the year's publications.
type PublicationFigures struct {
	Total      int              `json:"total"`
	ByCategory []CategoryFigure `json:"by_category"`
	ByChannel  []NamedFigure    `json:"by_channel"`
}

// CategoryFigure is a category's count and its 公开时限 ("" without one).
type CategoryFigure struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Limit string `json:"limit,omitempty"`
}

// NamedFigure is a count under a name.
type NamedFigure struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// RequestFigures are the year's applications (表三) and the timeliness of
// the replies; OnTime and Concluded are absent without a calendar.
type RequestFigures struct {
	Received   int    `json:"received"`
	CarriedIn  int    `json:"carried_in"`
	Concluded  int    `json:"concluded"`
	CarriedOut int    `json:"carried_out"`
	Timely     *Ratio `json:"answered_on_time,omitempty"`
}

// Ratio is Part out of Whole, with the rate in percent to one decimal
// (absent when Whole is 0).
type Ratio struct {
	Part  int      `json:"part"`
	Whole int      `json:"whole"`
	Rate  *float64 `json:"rate,omitempty"`
}

// RuleFigures are a rule's counts: the items it applies to, those that
// could be checked, those in time, and the rate.
type RuleFigures struct {
	All     int   `json:"all"`
	Checked int   `json:"checked"`
	Late    int   `json:"late"`
	OnTime  Ratio `json:"on_time"`
	Days    int   `json:"allowed_workdays"`
}

// InterpretFigures are the 解读 rule's counts.
type InterpretFigures struct {
	Documents int   `json:"documents"`
	Synced    int   `json:"synced"`
	Late      int   `json:"late"`
	Missing   int   `json:"missing"`
	SyncRate  Ratio `json:"synced_rate"`
}

// CoverageFigures are the 目录 rule's counts.
type CoverageFigures struct {
	Categories int   `json:"categories_with_limit"`
	Due        int   `json:"periods_due"`
	Covered    int   `json:"periods_covered"`
	Gaps       int   `json:"gaps"`
	Rate       Ratio `json:"covered_rate"`
}

// TaskFigures are the year's tasks at the end of the year (or AsOf).
type TaskFigures struct {
	Total      int `json:"total"`
	Done       int `json:"done"`
	InProgress int `json:"in_progress"`
	NotStarted int `json:"not_started"`
	Overdue    int `json:"overdue"`
}

// QuotaFigures is a department's 信息报送 against its quota for the year
// to date.
type QuotaFigures struct {
	Department string `json:"department"`
	Published  int    `json:"published"`
	Quota      int    `json:"quota"`
	Met        bool   `json:"met"`
}

// NewRatio makes a Ratio: the rate rounded half up to one decimal, none
// when whole is 0. The 自查报告 and the workbench print rates from it.
func NewRatio(part, whole int) Ratio {
	r := Ratio{Part: part, Whole: whole}
	if whole > 0 {
		v := float64(int(1000*float64(part)/float64(whole)+0.5)) / 10
		r.Rate = &v
	}
	return r
}

// String is the rate as the report prints it, 「95.0%」, or 「—」.
func (r Ratio) String() string {
	if r.Rate == nil {
		return "—"
	}
	return oneDecimal(*r.Rate) + "%"
}
