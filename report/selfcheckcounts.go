package report

// SelfCheckCounts are the figures of the self-inspection (自查) that the
// annual JSON carries in its selfcheck block: counts only, never a 申请编号
// or another key. report/selfcheck works them out.
type SelfCheckCounts struct {
	AsOf         Date // the day the inspection was made
	RegisterDays int  // the registration limit applied, in working days

	PublicationsPublished int // items published in the year
	PublicationsChecked   int // of them, with a 成文日期
	PublicationsLate      int // published more than 20 working days after it

	Documents              int // documents issued in the year
	InterpretationsSynced  int // 解读 published on or before 印发日期
	InterpretationsLate    int // 解读 published later
	InterpretationsMissing int // no 解读

	RequestsReceived   int // applications received in the year
	RequestsChecked    int // of them, with both 收到日期 and 登记日期
	RegistrationsLate  int // registered after RegisterDays working days
	CatalogCategories  int // categories of the 目录 with a 时限 to check
	CatalogPeriodsDue  int // their periods ended by AsOf
	CatalogGaps        int // of them, with nothing published
	LedgerDateMistakes int // rows left unchecked: 成文日期 after 发布日期, 登记日期 before 收到日期
}
