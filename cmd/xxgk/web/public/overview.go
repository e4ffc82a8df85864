package public

import (
	"context"
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// overviewRows are the rows of 下级单位 read with ov in a few statements
// for all units below (unitdb.Overviewer), not unit by unit: the
// overdue count of each is still xxgk due's (the unit's Ops.Due), over
// the applications and holiday notices read at once (preloaded).
func (s *Server) overviewRows(r *http.Request, ov unitdb.Overviewer, sess unitdb.Session, year int, today report.Date) ([]unitRow, error) {
	below, cals, err := ov.Overview(r.Context(), sess, AnnualKind, strconv.Itoa(year), today)
	if err != nil {
		return nil, err
	}
	rows := make([]unitRow, 0, len(below))
	for _, u := range below {
		row := unitRow{Code: u.Code, Name: u.Name, Parent: u.Parent}
		if !u.Produced.IsZero() {
			row.Produced = report.DateOf(u.Produced).String()
		}
		st := preloaded{Store: u.Store, open: u.Open, cals: cals, asOf: today}
		if n, err := overdue(r, s.cfg.Ops(st, u.Code), today); err != nil {
			row.Problem = err.Error()
		} else {
			row.Overdue = n
		}
		u.Store.Close()
		rows = append(rows, row)
	}
	return rows, nil
}

// preloaded is a unit below whose open applications on asOf and holiday
// notices were read with the other units' (Overview): the deadlines are
// worked out from them without asking the database again.
type preloaded struct {
	unitdb.Store
	open []report.Request
	cals []data.CalendarFile
	asOf report.Date
}

// EachOpenRequest passes the applications read, when asked for the day
// they were read for; any other day is asked of the database.
func (p preloaded) EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error {
	if asOf != p.asOf {
		return p.Store.EachOpenRequest(ctx, asOf, fn)
	}
	for _, r := range p.open {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// Calendars returns the holiday notices read.
func (p preloaded) Calendars(context.Context) ([]data.CalendarFile, error) { return p.cals, nil }

// ChangeMark is 0: the store is read once, for one page.
func (p preloaded) ChangeMark(context.Context) (int64, error) { return 0, nil }
