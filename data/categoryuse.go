package data

import (
	"context"
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// CategoryUse returns every category the published items use, of any
// year, with how many items use each, by name.
func (s *Store) CategoryUse(ctx context.Context) ([]report.NamedCount, error) {
	return s.namedCounts(ctx, "category use", `
		SELECT category, count(*) FROM publications
		GROUP BY category ORDER BY category`)
}

// namedCounts runs query, whose rows are a name and a count; what names
// it in an error.
func (s *Store) namedCounts(ctx context.Context, what, query string) ([]report.NamedCount, error) {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, s.fail(fmt.Errorf("read %s: %w", what, err))
	}
	defer rows.Close()
	var out []report.NamedCount
	for rows.Next() {
		var n report.NamedCount
		if err := rows.Scan(&n.Name, &n.Count); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
