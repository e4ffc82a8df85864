package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

// EachPublicationToSelfCheck passes, by 发布日期 then 索引号, the items
// published in y that have a 成文日期, or whose category contains 政策解读
// and that have a 文号:
// those the self-inspection looks at one by one (selfcheck.Picker). They
// are read from the partial index of migration 0008 alone, whose WHERE
// this query repeats word for word: it holds the columns the
// self-inspection reads, and the others (发布渠道, 发布机构, 重点领域,
// 依申请转主动) come back empty.
func (s *Store) EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	return s.each(ctx, selfCheckQuery, []any{start, end}, func(rows *sql.Rows) error {
		p, err := scanPublication(rows)
		if err != nil {
			return err
		}
		return fn(p)
	})
}

// selfCheckQuery is EachPublicationToSelfCheck's query, in the order
// scanPublication reads.
const selfCheckQuery = `SELECT index_no, title, doc_no, published, category, '', '', 0, 0, formed, ` + metaCols +
	` FROM publications INDEXED BY publications_selfcheck
	WHERE published BETWEEN ? AND ? AND (formed IS NOT NULL OR (category LIKE '%政策解读%' AND doc_no <> ''))
	ORDER BY published, index_no`
