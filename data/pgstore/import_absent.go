package pgstore

import (
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// maxAbsentKeys is how many keys Absent lists, as data's.
const maxAbsentKeys = 5

// Absent lists, for every ledger this import wrote to, the unit's rows it
// did not read, with the first few keys in byte order (as SQLite orders
// them). Ledgers the import did not touch are left out.
func (im *Import) Absent() ([]data.Absent, error) {
	if err := im.Flush(); err != nil {
		return nil, err
	}
	var out []data.Absent
	for _, l := range im.order {
		t := l.t
		where := ` FROM ` + t.name + ` WHERE unit_id = $1 AND import_id IS DISTINCT FROM $2`
		a := data.Absent{Ledger: t.ledger}
		if err := im.tx.QueryRow(im.ctx, `SELECT count(*)`+where, im.u.id, im.id).Scan(&a.Count); err != nil {
			return nil, fmt.Errorf("count absent %s: %w", t.name, err)
		}
		if a.Count == 0 {
			continue
		}
		keys := strings.Join(t.keys, ` || ' / ' || `)
		rows, err := im.tx.Query(im.ctx, `SELECT `+keys+where+` ORDER BY (`+keys+`) COLLATE "C" LIMIT $3`,
			im.u.id, im.id, maxAbsentKeys)
		if err != nil {
			return nil, fmt.Errorf("list absent %s: %w", t.name, err)
		}
		if a.Keys, err = pgx.CollectRows(rows, pgx.RowTo[string]); err != nil {
			return nil, fmt.Errorf("list absent %s: %w", t.name, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// DeleteAbsent deletes, in the import's transaction, the rows Absent
// lists, and counts them in Stats as deleted.
func (im *Import) DeleteAbsent() error {
	if err := im.Flush(); err != nil {
		return err
	}
	for _, l := range im.order {
		tag, err := im.tx.Exec(im.ctx, `DELETE FROM `+l.t.name+` WHERE unit_id = $1 AND import_id IS DISTINCT FROM $2`,
			im.u.id, im.id)
		if err != nil {
			return fmt.Errorf("delete absent %s: %w", l.t.name, err)
		}
		l.stats.Deleted += int(tag.RowsAffected())
	}
	return nil
}

// maxReferenceProblems is how many unresolved references an import lists.
const maxReferenceProblems = 20

// checkReferences verifies the references of the progress rows this
// import wrote, as data's: the task must be in the unit's 工作任务 ledger
// and each 佐证索引号 in its 主动公开 ledger (*data.ReferenceError).
func (im *Import) checkReferences() error {
	if _, ok := im.ledgers[progressImport.name]; !ok {
		return nil
	}
	rows, err := im.tx.Query(im.ctx, `
		SELECT p.task_id, p.evidence, p.src_file, p.src_sheet, p.src_row,
		       EXISTS (SELECT 1 FROM tasks t WHERE t.unit_id = p.unit_id AND t.id = p.task_id)
		FROM progress p WHERE p.unit_id = $1 AND p.import_id = $2
		ORDER BY coalesce(p.src_file, '') COLLATE "C", coalesce(p.src_sheet, '') COLLATE "C", p.src_row NULLS FIRST`, im.u.id, im.id)
	if err != nil {
		return fmt.Errorf("check progress references: %w", err)
	}
	type entry struct {
		task, evidence string
		origin         report.Origin
		taskKnown      bool
	}
	var entries []entry
	var e entry
	var o origin
	dest := []any{&e.task, &e.evidence, &o.file, &o.sheet, &o.row, &e.taskKnown}
	_, err = pgx.ForEachRow(rows, dest, func() error {
		e.origin = o.origin()
		entries = append(entries, e)
		return nil
	})
	if err != nil {
		return fmt.Errorf("check progress references: %w", err)
	}
	var problems []string
	for _, e := range entries {
		if !e.taskKnown {
			problems = append(problems, fmt.Sprintf("%s：任务编号「%s」在工作任务台账中不存在", e.origin, e.task))
		}
		for _, idx := range splitList(e.evidence) {
			var found bool
			err := im.tx.QueryRow(im.ctx, `SELECT EXISTS (SELECT 1 FROM publications WHERE unit_id = $1 AND index_no = $2)`,
				im.u.id, idx).Scan(&found)
			if err != nil {
				return fmt.Errorf("check progress references: %w", err)
			}
			if !found {
				problems = append(problems, fmt.Sprintf("%s：佐证索引号「%s」在主动公开台账中不存在", e.origin, idx))
			}
		}
		if len(problems) >= maxReferenceProblems {
			break
		}
	}
	if len(problems) > 0 {
		return &data.ReferenceError{Problems: problems}
	}
	return nil
}
