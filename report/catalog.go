package report

import "context"

// LimitKind is how often a category of the 主动公开目录 must be published
// (its 公开时限).
type LimitKind int

// The 公开时限 the self-inspection checks.
const (
	LimitNone      LimitKind = iota // no 时限 given: not checked
	LimitMonthly                    // 每月: at least one item each month
	LimitQuarterly                  // 每季度: at least one item each quarter
	LimitYearlyBy                   // 每年N月底前: at least one item by the end of month N
	LimitAnytime                    // 随时: published as things happen; no period to check
)

// DisclosureLimit is a category's 公开时限.
type DisclosureLimit struct {
	Kind  LimitKind
	Month int // for LimitYearlyBy: the month by whose end an item is due (1–12)
}

// CatalogEntry is one category of the 主动公开目录 with its 公开时限.
type CatalogEntry struct {
	Name  string
	Limit DisclosureLimit
}

// Catalog is what reads the 主动公开目录 with its 公开时限: the store
// implements it beside Ledgers. Categories gives the same names in the
// same order.
type Catalog interface {
	Catalog(ctx context.Context) ([]CatalogEntry, error)
}
