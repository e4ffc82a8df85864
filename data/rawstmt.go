package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
)

// rawStmt is a statement prepared on the driver's connection under an
// import's transaction, executed without database/sql: an import runs one
// per row, and database/sql's conversions, locks and result per execution
// cost as much as binding the values. It is used only inside conn.Raw.
type rawStmt struct {
	st   driver.Stmt
	exec driver.StmtExecContext
	args []driver.NamedValue // reused from execution to execution
}

// prepareRaw prepares text on conn's driver connection.
func prepareRaw(ctx context.Context, conn *sql.Conn, text string) (*rawStmt, error) {
	var r *rawStmt
	err := conn.Raw(func(dc any) error {
		pc, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return errors.New("driver cannot prepare with a context")
		}
		st, err := pc.PrepareContext(ctx, text)
		if err != nil {
			return err
		}
		ex, ok := st.(driver.StmtExecContext)
		if !ok {
			st.Close()
			return errors.New("driver statement cannot execute with a context")
		}
		r = &rawStmt{st: st, exec: ex}
		return nil
	})
	return r, err
}

// bind sets the arguments of the next execution, converted as
// database/sql converts them (a named string type to string, int to
// int64, a driver.Valuer to its value).
func (r *rawStmt) bind(vals []any) error {
	if cap(r.args) < len(vals) {
		r.args = make([]driver.NamedValue, len(vals))
	}
	r.args = r.args[:len(vals)]
	for i, v := range vals {
		if !driver.IsValue(v) {
			c, err := driver.DefaultParameterConverter.ConvertValue(v)
			if err != nil {
				return fmt.Errorf("argument %d: %w", i+1, err)
			}
			v = c
		}
		r.args[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
	}
	return nil
}

// run executes the statement with the arguments bound last and returns
// the number of rows it changed. ctx should not be cancellable (see
// upserter.put). Call it inside conn.Raw.
func (r *rawStmt) run(ctx context.Context) (int64, error) {
	res, err := r.exec.ExecContext(ctx, r.args)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// closeRaw closes statements on conn's driver connection.
func closeRaw(conn *sql.Conn, sts ...*rawStmt) {
	conn.Raw(func(any) error {
		for _, r := range sts {
			if r != nil {
				r.st.Close()
			}
		}
		return nil
	})
}
