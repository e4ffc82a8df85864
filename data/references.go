package data

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// ReferenceError lists the rows of an import that point at something the
// database does not hold: a progress entry of an unknown task, or one
// citing a publication (佐证索引号) that is not in the 主动公开 ledger.
type ReferenceError struct {
	Problems []string // one line each, naming the row
}

func (e *ReferenceError) Error() string {
	return "台账中有引用不到的记录：\n  " + strings.Join(e.Problems, "\n  ") +
		"\n任务进展的任务编号须在工作任务台账中，佐证索引号须在主动公开台账中（可在同一次导入中一并导入）。"
}

// maxReferenceProblems is how many unresolved references an import lists.
const maxReferenceProblems = 20

// checkReferences verifies, inside the import's transaction, the
// references of the progress rows this import wrote.
func (im *Import) checkReferences() error {
	if _, ok := im.ups[progressTable.name]; !ok {
		return nil
	}
	rows, err := im.tx.QueryContext(im.ctx, `
		SELECT p.task_id, p.evidence, p.src_file, p.src_sheet, p.src_row,
		       EXISTS (SELECT 1 FROM tasks t WHERE t.id = p.task_id)
		FROM progress p WHERE p.import_id = ? ORDER BY p.src_file, p.src_sheet, p.src_row`, im.id)
	if err != nil {
		return fmt.Errorf("check progress references: %w", err)
	}
	type entry struct {
		task, evidence string
		origin         report.Origin
		taskKnown      bool
	}
	var entries []entry
	for rows.Next() {
		var e entry
		var file, sheet sql.NullString
		var row sql.NullInt64
		if err := rows.Scan(&e.task, &e.evidence, &file, &sheet, &row, &e.taskKnown); err != nil {
			rows.Close()
			return err
		}
		e.origin = report.Origin{File: file.String, Sheet: sheet.String, Row: int(row.Int64)}
		entries = append(entries, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var problems []string
	for _, e := range entries {
		if !e.taskKnown {
			problems = append(problems, fmt.Sprintf("%s：任务编号「%s」在工作任务台账中不存在", e.origin, e.task))
		}
		for _, idx := range splitList(e.evidence) {
			var n int
			if err := im.tx.QueryRowContext(im.ctx, `SELECT count(*) FROM publications WHERE index_no = ?`, idx).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				problems = append(problems, fmt.Sprintf("%s：佐证索引号「%s」在主动公开台账中不存在", e.origin, idx))
			}
		}
		if len(problems) >= maxReferenceProblems {
			break
		}
	}
	if len(problems) > 0 {
		return &ReferenceError{Problems: problems}
	}
	return nil
}
