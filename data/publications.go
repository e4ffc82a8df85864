package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var publicationsTable = table{
	name: "publications", ledger: "主动公开", keys: []string{"index_no"},
	cols: []string{"title", "doc_no", "published", "category", "channels", "department", "key_area", "from_request"},
}

// Publication writes one published item.
func (im *Import) Publication(p report.Publication) error {
	return im.put(publicationsTable, p.Origin, []any{p.IndexNo}, []any{
		p.Title, p.DocNo, dateArg(p.Published), p.Category, joinList(p.Channels), p.Department,
		boolArg(p.KeyArea), boolArg(p.FromRequest),
	})
}

// EachPublication passes the items published in year y, by 索引号.
func (s *Store) EachPublication(ctx context.Context, y int, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	q := `SELECT index_no, title, doc_no, published, category, channels, department, key_area, from_request, ` +
		metaCols + ` FROM publications WHERE published BETWEEN ? AND ? ORDER BY index_no`
	return s.each(ctx, q, []any{start, end}, func(rows *sql.Rows) error {
		p, err := scanPublication(rows)
		if err != nil {
			return err
		}
		return fn(p)
	})
}

// scanPublication reads a row of the publications table's columns in the
// order EachPublication selects them.
func scanPublication(rows *sql.Rows) (report.Publication, error) {
	var p report.Publication
	var channels string
	o := newOrigin(&p.Origin)
	dest := append([]any{&p.IndexNo, &p.Title, &p.DocNo, dateCol{&p.Published}, &p.Category, &channels,
		&p.Department, &p.KeyArea, &p.FromRequest}, o.dest()...)
	if err := rows.Scan(dest...); err != nil {
		return p, err
	}
	p.Channels = splitList(channels)
	return p, o.fill()
}
