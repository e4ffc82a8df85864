package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var documentsTable = table{
	name: "documents", ledger: "规范性文件", keys: []string{"doc_no"},
	cols: []string{"title", "kind", "issued", "repealed", "valid_until"},
}

// Document writes one normative document.
func (im *Import) Document(d report.Document) error {
	return im.put(documentsTable, d.Origin, []any{d.DocNo}, []any{
		d.Title, string(d.Kind), dateArg(d.Issued), dateArg(d.Repealed), dateArg(d.ValidUntil),
	})
}

// EachDocument passes the documents issued on or before 31 Dec y, by 文号.
func (s *Store) EachDocument(ctx context.Context, y int, fn func(report.Document) error) error {
	_, end := yearArgs(y)
	q := `SELECT doc_no, title, kind, issued, repealed, valid_until, ` + metaCols +
		` FROM documents WHERE issued <= ? ORDER BY doc_no`
	return s.each(ctx, q, []any{end}, func(rows *sql.Rows) error {
		var d report.Document
		var kind string
		o := newOrigin(&d.Origin)
		dest := append([]any{&d.DocNo, &d.Title, &kind, dateCol{&d.Issued}, dateCol{&d.Repealed}, dateCol{&d.ValidUntil}}, o.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		d.Kind = report.DocKind(kind)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(d)
	})
}

var decisionsTable = table{
	name: "decisions", ledger: "行政决定", keys: []string{"id"},
	cols: []string{"kind", "decided"},
}

// Decision writes one administrative decision.
func (im *Import) Decision(d report.Decision) error {
	return im.put(decisionsTable, d.Origin, []any{d.ID}, []any{string(d.Kind), dateArg(d.Date)})
}

// EachDecision passes the decisions dated in year y, by 决定编号.
func (s *Store) EachDecision(ctx context.Context, y int, fn func(report.Decision) error) error {
	start, end := yearArgs(y)
	q := `SELECT id, kind, decided, ` + metaCols + ` FROM decisions WHERE decided BETWEEN ? AND ? ORDER BY id`
	return s.each(ctx, q, []any{start, end}, func(rows *sql.Rows) error {
		var d report.Decision
		var kind string
		o := newOrigin(&d.Origin)
		if err := rows.Scan(append([]any{&d.ID, &kind, dateCol{&d.Date}}, o.dest()...)...); err != nil {
			return err
		}
		d.Kind = report.DecisionKind(kind)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(d)
	})
}
