package pgstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// requestCols are the columns requestScan reads, in its order.
const requestCols = `SELECT id, received, applicant_type, applicant_name, contact, content, method,
	correction_asked, correction_received, extension_notified, consult_start, consult_end,
	concluded, outcome, note, registered, ` + metaCols + ` FROM requests`

// requestBelowCols are requestCols as an upper level reads a unit's
// applications below it (Unit.UnitAs): 申请人, 联系方式, 申请内容 and 备注
// come back empty, as the database lets xxgk_reader read none of them
// (migration 0012).
const requestBelowCols = `SELECT id, received, applicant_type, '' AS applicant_name, '' AS contact, '' AS content, method,
	correction_asked, correction_received, extension_notified, consult_start, consult_end,
	concluded, outcome, '' AS note, registered, ` + metaCols + ` FROM requests`

// requestColsOf is the select of the applications' whole rows as u
// reads them.
func (u *Unit) requestColsOf() string {
	if u.readsBelow() {
		return requestBelowCols
	}
	return requestCols
}

// requestCountCols are requestCols without 申请人, 联系方式, 申请内容,
// 申请方式 and 备注: what the counting and the deadline checks read.
const requestCountCols = `SELECT id, received, applicant_type,
	correction_asked, correction_received, extension_notified, consult_start, consult_end,
	concluded, outcome, registered, ` + metaCols + ` FROM requests`

// requestScan holds the destinations of one query's rows of requests.
type requestScan struct {
	r                  report.Request
	applicant, outcome string
	o                  origin
	dest               []any
}

// newRequestScan scans requestCols, or requestCountCols when counting.
func newRequestScan(counting bool) *requestScan {
	s := &requestScan{}
	r := &s.r
	if counting {
		s.dest = []any{&r.ID, dateCol{&r.Received}, &s.applicant,
			dateCol{&r.CorrectionAsked}, dateCol{&r.CorrectionReceived}, dateCol{&r.ExtensionNotified},
			dateCol{&r.ConsultStart}, dateCol{&r.ConsultEnd}, dateCol{&r.Concluded}, &s.outcome,
			dateCol{&r.Registered}}
	} else {
		s.dest = []any{&r.ID, dateCol{&r.Received}, &s.applicant, &r.ApplicantName, &r.Contact, &r.Content, &r.Method,
			dateCol{&r.CorrectionAsked}, dateCol{&r.CorrectionReceived}, dateCol{&r.ExtensionNotified},
			dateCol{&r.ConsultStart}, dateCol{&r.ConsultEnd}, dateCol{&r.Concluded}, &s.outcome, &r.Note,
			dateCol{&r.Registered}}
	}
	s.dest = append(s.dest, s.o.dest()...)
	return s
}

// request is the row scanned last.
func (s *requestScan) request() report.Request {
	r := s.r
	r.Applicant, r.Outcome, r.Origin = report.ApplicantType(s.applicant), report.Outcome(s.outcome), s.o.origin()
	return r
}

// eachRequest runs query, whose columns sc reads, and passes every row.
func (u *Unit) eachRequest(ctx context.Context, sc *requestScan, query string, args []any, fn func(report.Request) error) error {
	return u.each(ctx, "requests", query, args, sc.dest, func() error { return fn(sc.request()) })
}

// requestsOfYear picks the applications that can count in a year ($2 its
// first day, $3 its last): received by its end and not concluded before
// it, or concluded in it.
const requestsOfYear = ` WHERE unit_id = $1 AND ((received <= $3 AND (concluded IS NULL OR concluded >= $2))
	OR (concluded BETWEEN $2 AND $3))`

// EachRequest passes the unit's applications that can count in year y:
// received by 31 Dec y and not concluded before 1 Jan y, or concluded in
// y; by 申请编号.
func (u *Unit) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	start, end := yearArgs(y)
	return u.eachRequest(ctx, newRequestScan(false), u.requestColsOf()+requestsOfYear+` ORDER BY id`, []any{u.id, start, end}, fn)
}

// EachRequestToCount passes the applications EachRequest passes for year
// y, in the same order, with ApplicantName, Contact, Content, Method and
// Note left empty (not even read): what the counting and the checks need.
func (u *Unit) EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error {
	start, end := yearArgs(y)
	return u.eachRequest(ctx, newRequestScan(true), requestCountCols+requestsOfYear+` ORDER BY id`, []any{u.id, start, end}, fn)
}

// Request returns one application by its 申请编号, and whether it exists.
func (u *Unit) Request(ctx context.Context, id string) (report.Request, bool, error) {
	var r report.Request
	found := false
	err := u.eachRequest(ctx, newRequestScan(false), u.requestColsOf()+` WHERE unit_id = $1 AND id = $2`, []any{u.id, id},
		func(got report.Request) error {
			r, found = got, true
			return nil
		})
	return r, found, err
}

// EachOpenRequest passes the applications open at the end of asOf:
// received by then and not concluded by then, by 申请编号.
func (u *Unit) EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error {
	q := u.requestColsOf() + ` WHERE unit_id = $1 AND received <= $2 AND (concluded IS NULL OR concluded > $2) ORDER BY id`
	return u.eachRequest(ctx, newRequestScan(false), q, []any{u.id, asOf.String()}, fn)
}

// requestWhere is q's condition with its arguments, $1 the unit: the
// conditions of data.RequestQuery, one for one.
func (u *Unit) requestWhere(q data.RequestQuery) (string, []any) {
	start, end := yearArgs(q.Year)
	args := []any{u.id}
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	s, e := arg(start), arg(end)
	conds := []string{`unit_id = $1`,
		`((received <= ` + e + ` AND (concluded IS NULL OR concluded >= ` + s + `)) OR (concluded BETWEEN ` + s + ` AND ` + e + `))`}
	if q.ReceivedInYear {
		conds = append(conds, `received BETWEEN `+s+` AND `+e)
	}
	if !q.NotDoneBy.IsZero() {
		conds = append(conds, `(concluded IS NULL OR concluded > `+arg(q.NotDoneBy.String())+`)`)
	}
	if !q.DoneBy.IsZero() {
		by := arg(q.DoneBy.String())
		conds = append(conds, `received <= `+by+` AND concluded <= `+by)
	}
	if q.Month >= 1 && q.Month <= 12 {
		from := report.NewDate(q.Year, time.Month(q.Month), 1)
		to := report.DateOf(from.Time().AddDate(0, 1, -1))
		col := "received"
		if !q.DoneBy.IsZero() {
			col = "concluded"
		}
		conds = append(conds, col+` BETWEEN `+arg(from.String())+` AND `+arg(to.String()))
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// CountRequests counts the applications q picks, all pages together.
func (u *Unit) CountRequests(ctx context.Context, q data.RequestQuery) (int, error) {
	where, args := u.requestWhere(q)
	var n int
	err := u.each(ctx, "requests", `SELECT count(*) FROM requests`+where, args, []any{&n}, func() error { return nil })
	if err != nil {
		return 0, fmt.Errorf("count requests: %w", err)
	}
	return n, nil
}

// EachRequestOf passes the applications q picks, by 申请编号: the page
// of q.Limit from q.Offset (Limit 0: all from Offset).
func (u *Unit) EachRequestOf(ctx context.Context, q data.RequestQuery, fn func(report.Request) error) error {
	where, args := u.requestWhere(q)
	query := u.requestColsOf() + where + ` ORDER BY id`
	if q.Limit > 0 || q.Offset > 0 {
		var limit any // NULL: no limit
		if q.Limit > 0 {
			limit = q.Limit
		}
		offset := max(q.Offset, 0)
		args = append(args, limit, offset)
		query += fmt.Sprintf(` LIMIT $%d OFFSET $%d`, len(args)-1, len(args))
	}
	return u.eachRequest(ctx, newRequestScan(false), query, args, fn)
}
