package data

import (
	"context"
	"database/sql"
	"fmt"
)

// droppedSchema is a set of schema objects (indexes, triggers) an import
// dropped in its transaction, with the statements the schema held to
// create them again. A rollback undoes the drop with the rest.
type droppedSchema struct {
	kind          string // "index", "trigger": for messages
	names, create []string
}

// dropSchema drops the objects query lists as (name, sql) rows.
func dropSchema(ctx context.Context, tx *sql.Tx, kind, query string, args ...any) (droppedSchema, error) {
	d := droppedSchema{kind: kind}
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return d, fmt.Errorf("list %s: %w", kind, err)
	}
	for rows.Next() {
		var name, text string
		if err := rows.Scan(&name, &text); err != nil {
			rows.Close()
			return d, fmt.Errorf("list %s: %w", kind, err)
		}
		d.names, d.create = append(d.names, name), append(d.create, text)
	}
	if err := rows.Close(); err != nil {
		return d, fmt.Errorf("list %s: %w", kind, err)
	}
	for _, name := range d.names {
		if _, err := tx.ExecContext(ctx, `DROP `+kind+` "`+name+`"`); err != nil {
			return d, fmt.Errorf("drop %s %s: %w", kind, name, err)
		}
	}
	return d, nil
}

// pending reports whether objects remain to be created again.
func (d *droppedSchema) pending() bool { return len(d.create) > 0 }

// recreate creates the dropped objects again, each once: a second call
// does nothing.
func (d *droppedSchema) recreate(ctx context.Context, tx *sql.Tx) error {
	for len(d.create) > 0 {
		if _, err := tx.ExecContext(ctx, d.create[0]); err != nil {
			return fmt.Errorf("create %s %s: %w", d.kind, d.names[0], err)
		}
		d.names, d.create = d.names[1:], d.create[1:]
	}
	return nil
}
