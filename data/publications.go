package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var publicationsTable = table{
	name: "publications", ledger: "主动公开", keys: []string{"index_no"},
	cols: []string{"title", "doc_no", "published", "category", "channels", "department", "key_area", "from_request",
		"formed"},
	late: 1,
}

// Publication writes one published item.
func (im *Import) Publication(p report.Publication) error {
	return im.put(publicationsTable, p.Origin, []any{p.IndexNo}, []any{
		p.Title, p.DocNo, dateArg(p.Published), p.Category, joinList(p.Channels), p.Department,
		boolArg(p.KeyArea), boolArg(p.FromRequest), dateArg(p.Formed),
	})
}

// EachPublication passes the items published in year y, by 索引号.
func (s *Store) EachPublication(ctx context.Context, y int, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	q := publicationCols + ` FROM publications WHERE published BETWEEN ? AND ? ORDER BY index_no`
	return s.each(ctx, q, []any{start, end}, func(rows *sql.Rows) error {
		p, err := scanPublication(rows)
		if err != nil {
			return err
		}
		return fn(p)
	})
}

// publicationCols are the columns scanPublication reads, with the
// origin's.
const publicationCols = `SELECT index_no, title, doc_no, published, category, channels, department, key_area, from_request, formed, ` +
	metaCols

// scanPublication reads a row of the publications table's columns in the
// order publicationCols selects them.
func scanPublication(rows *sql.Rows) (report.Publication, error) {
	var p report.Publication
	var channels string
	o := newOrigin(&p.Origin)
	dest := append([]any{&p.IndexNo, &p.Title, &p.DocNo, dateCol{&p.Published}, &p.Category, &channels,
		&p.Department, &p.KeyArea, &p.FromRequest, dateCol{&p.Formed}}, o.dest()...)
	if err := rows.Scan(dest...); err != nil {
		return p, err
	}
	p.Channels = splitList(channels)
	return p, o.fill()
}
