package selfcheck

import (
	"cmp"
	"slices"

	"github.com/xxgk/xxgk/report"
)

// sortPublications orders items by 发布日期 then 索引号, the order every
// list of the self-inspection follows.
func sortPublications(pubs []report.Publication) {
	slices.SortStableFunc(pubs, func(a, b report.Publication) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.IndexNo, b.IndexNo))
	})
}
