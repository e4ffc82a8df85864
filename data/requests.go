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

func scanRequest(rows *sql.Rows) (report.Request, error) {
	var r report.Request
	var applicant, outcome string
	o := newOrigin(&r.Origin)
	dest := append([]any{&r.ID, dateCol{&r.Received}, &applicant, &r.ApplicantName, &r.Contact, &r.Content, &r.Method,
		dateCol{&r.CorrectionAsked}, dateCol{&r.CorrectionReceived}, dateCol{&r.ExtensionNotified},
		dateCol{&r.ConsultStart}, dateCol{&r.ConsultEnd}, dateCol{&r.Concluded}, &outcome, &r.Note,
		dateCol{&r.Registered}}, o.dest()...)
	if err := rows.Scan(dest...); err != nil {
		return r, err
	}
	r.Applicant, r.Outcome = report.ApplicantType(applicant), report.Outcome(outcome)
	return r, o.fill()
}

// EachRequest passes the applications that can count in year y: received
// by 31 Dec y and not concluded before 1 Jan y, or concluded in y.
func (s *Store) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	start, end := yearArgs(y)
	q := requestSelect + ` WHERE (received <= ? AND (concluded IS NULL OR concluded >= ?))
		OR (concluded BETWEEN ? AND ?) ORDER BY id`
	return s.each(ctx, q, []any{end, start, start, end}, func(rows *sql.Rows) error {
		r, err := scanRequest(rows)
		if err != nil {
			return err
		}
		return fn(r)
	})
}

// Request returns one application by its 申请编号, and whether it exists.
func (s *Store) Request(ctx context.Context, id string) (report.Request, bool, error) {
	var r report.Request
	found := false
	err := s.each(ctx, requestSelect+` WHERE id = ?`, []any{id}, func(rows *sql.Rows) error {
		var err error
		r, err = scanRequest(rows)
		found = true
		return err
	})
	return r, found, err
}

// EachOpenRequest passes the applications open at the end of asOf:
// received by then and not concluded by then, by 申请编号.
func (s *Store) EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error {
	q := requestSelect + ` WHERE received <= ? AND (concluded IS NULL OR concluded > ?) ORDER BY id`
	return s.each(ctx, q, []any{asOf.String(), asOf.String()}, func(rows *sql.Rows) error {
		r, err := scanRequest(rows)
		if err != nil {
			return err
		}
		return fn(r)
	})
}
