package selfcheck

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// InterpretationCategory is the category of the 主动公开目录 whose items are
// 解读 (政策解读).
const InterpretationCategory = "政策解读"

// checkInterpretations pairs every document issued in year y with its 解读
// (三同步): the earliest item of category InterpretationCategory whose 文号
// names the document. pubs are the year's items of that category in
// 发布日期 then 索引号 order. The items looked at are those published in y and,
// for documents of late December whose 解读 comes in January, those of
// y+1 published on or before asOf (none when asOf is in y).
func checkInterpretations(ctx context.Context, l report.Ledgers, cal deadline.Calendar, y int, asOf report.Date, pubs []report.Publication) (Interpretations, error) {
	var docs []report.Document
	if err := l.EachDocument(ctx, y, func(d report.Document) error {
		if d.Issued.In(y) {
			docs = append(docs, d)
		}
		return nil
	}); err != nil {
		return Interpretations{}, err
	}
	if len(docs) == 0 {
		return Interpretations{}, nil
	}
	slices.SortStableFunc(docs, func(a, b report.Document) int {
		return cmp.Or(cmp.Compare(a.Issued, b.Issued), cmp.Compare(a.DocNo, b.DocNo))
	})
	items := slices.Clone(pubs)
	if asOf > report.YearEnd(y) {
		var next []report.Publication
		each := l.EachPublication
		if pk, ok := l.(Picker); ok {
			each = pk.EachPublicationToSelfCheck
		}
		if err := each(ctx, y+1, func(p report.Publication) error {
			if p.Published.In(y+1) && p.Published <= asOf && strings.TrimSpace(p.Category) == InterpretationCategory {
				next = append(next, p)
			}
			return nil
		}); err != nil {
			return Interpretations{}, err
		}
		sortPublications(next)
		items = append(items, next...)
	}
	first := earliestInterpretations(items)
	out := Interpretations{Documents: make([]DocumentInterpretation, 0, len(docs))}
	for _, d := range docs {
		di := DocumentInterpretation{DocNo: d.DocNo, Title: d.Title, Kind: d.Kind, Issued: d.Issued,
			Status: InterpretationMissing, Origin: d.Origin}
		if p, ok := first[normalizeDocNo(d.DocNo)]; ok && normalizeDocNo(d.DocNo) != "" {
			di.IndexNo, di.Released, di.Status = p.IndexNo, p.Published, InterpretationSynced
			if p.Published > d.Issued {
				n, err := deadline.Workdays(cal, d.Issued, p.Published)
				if err != nil {
					return Interpretations{}, err
				}
				di.Status, di.LateDays = InterpretationLate, n
			}
		}
		out.Documents = append(out.Documents, di)
	}
	return out, nil
}

// earliestInterpretations maps each normalized 文号 to the first 解读 that
// names it; items come in 发布日期 then 索引号 order.
func earliestInterpretations(items []report.Publication) map[string]report.Publication {
	first := map[string]report.Publication{}
	for _, p := range items {
		if strings.TrimSpace(p.Category) != InterpretationCategory {
			continue
		}
		for _, no := range docNos(p.DocNo) {
			if _, ok := first[no]; !ok {
				first[no] = p
			}
		}
	}
	return first
}
