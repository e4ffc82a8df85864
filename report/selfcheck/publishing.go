package selfcheck

import (
	"cmp"
	"slices"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// sortPublications orders items by 发布日期 then 索引号, the order every
// list of the self-inspection follows.
func sortPublications(pubs []report.Publication) {
	slices.SortStableFunc(pubs, func(a, b report.Publication) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.IndexNo, b.IndexNo))
	})
}

// checkPublishing applies 《条例》第二十六条 to the items published in the
// year: published more than PublishDays working days after the 成文日期
// is late. An item formed after it was published is a mistake, not
// checked.
func checkPublishing(cal deadline.Calendar, pubs []report.Publication, res *Result) (Publishing, error) {
	out := Publishing{Published: len(pubs)}
	for _, p := range pubs {
		if p.Formed.IsZero() {
			continue
		}
		if p.Formed > p.Published {
			res.Mistakes = append(res.Mistakes, Mistake{Kind: FormedAfterPublished, Key: p.IndexNo,
				First: p.Formed, Then: p.Published, Origin: p.Origin})
			continue
		}
		out.Checked++
		n, err := deadline.Workdays(cal, p.Formed, p.Published)
		if err != nil {
			return Publishing{}, err
		}
		if n > PublishDays {
			out.Late = append(out.Late, LatePublication{IndexNo: p.IndexNo, Title: p.Title, DocNo: p.DocNo,
				Category: p.Category, Formed: p.Formed, Published: p.Published, Workdays: n, Origin: p.Origin})
		}
	}
	return out, nil
}
