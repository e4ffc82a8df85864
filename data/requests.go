package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var requestsTable = table{
	name: "requests", ledger: "依申请公开", keys: []string{"id"},
	cols: []string{"received", "applicant_type", "applicant_name", "contact", "content", "method",
		"correction_asked", "correction_received", "extension_notified", "consult_start", "consult_end",
		"concluded", "outcome", "note", "registered"},
	late: 1,
}

// Request writes one application.
func (im *Import) Request(r report.Request) error {
	return im.put(requestsTable, r.Origin, []any{r.ID}, []any{
		dateArg(r.Received), string(r.Applicant), r.ApplicantName, r.Contact, r.Content, r.Method,
		dateArg(r.CorrectionAsked), dateArg(r.CorrectionReceived), dateArg(r.ExtensionNotified),
		dateArg(r.ConsultStart), dateArg(r.ConsultEnd), dateArg(r.Concluded), string(r.Outcome), r.Note,
		dateArg(r.Registered),
	})
}

const requestSelect = `SELECT id, received, applicant_type, applicant_name, contact, content, method,
	correction_asked, correction_received, extension_notified, consult_start, consult_end,
	concluded, outcome, note, registered, ` + metaCols + ` FROM requests`

// requestScanner scans rows of requestSelect. Its destinations are made
// once per query, not once per row: a year of 100,000 applications is read
// without a slice and an origin allocated for each.
type requestScanner struct {
	r                  report.Request
	applicant, outcome string
	o                  origin
	dest               []any
}

func newRequestScanner() *requestScanner {
	s := &requestScanner{}
	r := &s.r
	s.o.o = &r.Origin
	s.dest = append([]any{&r.ID, dateCol{&r.Received}, &s.applicant, &r.ApplicantName, &r.Contact, &r.Content, &r.Method,
		dateCol{&r.CorrectionAsked}, dateCol{&r.CorrectionReceived}, dateCol{&r.ExtensionNotified},
		dateCol{&r.ConsultStart}, dateCol{&r.ConsultEnd}, dateCol{&r.Concluded}, &s.outcome, &r.Note,
		dateCol{&r.Registered}}, s.o.dest()...)
	return s
}

// scan reads the current row.
func (s *requestScanner) scan(rows *sql.Rows) (report.Request, error) {
	s.r = report.Request{}
	if err := rows.Scan(s.dest...); err != nil {
		return report.Request{}, err
	}
	s.r.Applicant, s.r.Outcome = report.ApplicantType(s.applicant), report.Outcome(s.outcome)
	err := s.o.fill()
	return s.r, err
}

// eachRequest runs query, a requestSelect, and passes every row to fn.
func (s *Store) eachRequest(ctx context.Context, query string, args []any, fn func(report.Request) error) error {
	return s.eachRequestWith(ctx, newRequestScanner(), query, args, fn)
}

// eachRequestWith runs query, whose columns sc scans, and passes every row
// to fn.
func (s *Store) eachRequestWith(ctx context.Context, sc *requestScanner, query string, args []any, fn func(report.Request) error) error {
	return s.each(ctx, query, args, func(rows *sql.Rows) error {
		r, err := sc.scan(rows)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

// requestsOfYear picks the applications that can count in a year, by
// 申请编号 (requestsOfYearArgs).
const requestsOfYear = ` WHERE (received <= ? AND (concluded IS NULL OR concluded >= ?))
		OR (concluded BETWEEN ? AND ?) ORDER BY id`

// requestsOfYearArgs are requestsOfYear's arguments for year y.
func requestsOfYearArgs(y int) []any {
	start, end := yearArgs(y)
	return []any{end, start, start, end}
}

// EachRequest passes the applications that can count in year y: received
// by 31 Dec y and not concluded before 1 Jan y, or concluded in y.
func (s *Store) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	return s.eachRequest(ctx, requestSelect+requestsOfYear, requestsOfYearArgs(y), fn)
}

// Request returns one application by its 申请编号, and whether it exists.
func (s *Store) Request(ctx context.Context, id string) (report.Request, bool, error) {
	var r report.Request
	found := false
	err := s.eachRequest(ctx, requestSelect+` WHERE id = ?`, []any{id}, func(got report.Request) error {
		r, found = got, true
		return nil
	})
	return r, found, err
}

// EachOpenRequest passes the applications open at the end of asOf:
// received by then and not concluded by then, by 申请编号.
func (s *Store) EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error {
	q := requestSelect + ` WHERE received <= ? AND (concluded IS NULL OR concluded > ?) ORDER BY id`
	return s.eachRequest(ctx, q, []any{asOf.String(), asOf.String()}, fn)
}
