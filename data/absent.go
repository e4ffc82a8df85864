package data

import (
	"fmt"
	"strings"
)

// Absent is what the database holds of a ledger that the import did not
// read: rows a clerk may have deleted from the ledger since the last import.
type Absent struct {
	Ledger string
	Count  int
	Keys   []string // the first few keys, for the message
}

// maxAbsentKeys is how many keys Absent lists.
const maxAbsentKeys = 5

// Absent lists, for every ledger this import wrote to, the rows it did not
// read. Ledgers the import did not touch are left out: importing one
// month's publications says nothing about the request ledger.
func (im *Import) Absent() ([]Absent, error) {
	if err := im.Flush(); err != nil {
		return nil, err
	}
	if err := im.restoreIndexes(); err != nil {
		return nil, err
	}
	var out []Absent
	for _, name := range im.order {
		u := im.ups[name]
		keys := strings.Join(u.t.keys, " || ' / ' || ")
		where := " FROM " + u.t.name + " WHERE import_id IS NOT ?"
		a := Absent{Ledger: u.t.ledger}
		if err := im.tx.QueryRowContext(im.ctx, "SELECT count(*)"+where, im.id).Scan(&a.Count); err != nil {
			return nil, fmt.Errorf("count absent %s: %w", u.t.name, err)
		}
		if a.Count == 0 {
			continue
		}
		rows, err := im.tx.QueryContext(im.ctx, "SELECT "+keys+where+" ORDER BY 1 LIMIT ?", im.id, maxAbsentKeys)
		if err != nil {
			return nil, fmt.Errorf("list absent %s: %w", u.t.name, err)
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, err
			}
			a.Keys = append(a.Keys, k)
		}
		rows.Close()
		out = append(out, a)
	}
	return out, nil
}

// DeleteAbsent deletes, in the import's transaction, the rows that Absent
// lists, and counts them in Stats as deleted: the database then holds each
// imported ledger exactly as the files have it.
func (im *Import) DeleteAbsent() error {
	if err := im.Flush(); err != nil {
		return err
	}
	if err := im.restoreIndexes(); err != nil {
		return err
	}
	for _, name := range im.order {
		u := im.ups[name]
		res, err := im.tx.ExecContext(im.ctx, "DELETE FROM "+u.t.name+" WHERE import_id IS NOT ?", im.id)
		if err != nil {
			return fmt.Errorf("delete absent %s: %w", u.t.name, err)
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		u.stats.Deleted += int(n)
	}
	return nil
}
