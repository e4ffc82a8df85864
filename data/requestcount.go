package data

import (
	"context"

	"github.com/xxgk/xxgk/report"
)

// requestCountSelect is requestSelect without the columns that neither
// the annual count nor the deadline checks read: 申请人, 联系方式, 申请内容,
// 申请方式 and 备注 (personal data and free text).
const requestCountSelect = `SELECT id, received, applicant_type,
	correction_asked, correction_received, extension_notified, consult_start, consult_end,
	concluded, outcome, registered, ` + metaCols + ` FROM requests`

// newRequestCountScanner scans rows of requestCountSelect.
func newRequestCountScanner() *requestScanner {
	s := &requestScanner{}
	r := &s.r
	s.o.o = &r.Origin
	s.dest = append([]any{&r.ID, dateCol{&r.Received}, &s.applicant,
		dateCol{&r.CorrectionAsked}, dateCol{&r.CorrectionReceived}, dateCol{&r.ExtensionNotified},
		dateCol{&r.ConsultStart}, dateCol{&r.ConsultEnd}, dateCol{&r.Concluded}, &s.outcome,
		dateCol{&r.Registered}}, s.o.dest()...)
	return s
}

// EachRequestToCount passes the applications EachRequest passes for year
// y, in the same order, with ApplicantName, Contact, Content, Method and
// Note left empty: what the annual count and the deadline checks read,
// and a fifth less to carry on a year of 100,000 applications.
func (s *Store) EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error {
	return s.eachRequestWith(ctx, newRequestCountScanner(), requestCountSelect+requestsOfYear, requestsOfYearArgs(y), fn)
}
