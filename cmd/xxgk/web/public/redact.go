package public

import (
	"context"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// redacted is a unit below as its upper level reads it: the applicants'
// personal data (申请人, 联系方式, 申请内容, and 备注, free text that may
// hold them) never leaves the unit, so every application read through it
// says they are withheld, whether the store read them or, as the
// PostgreSQL store must (the database refuses the upper level those
// columns), read them as empty. The counts and deadlines do not use them.
type redacted struct{ unitdb.Store }

// Withheld is what an upper level reads in place of an applicant's data.
const Withheld = "（不向上级单位显示）"

func redact(r report.Request) report.Request {
	for _, f := range []*string{&r.ApplicantName, &r.Contact, &r.Content, &r.Note} {
		*f = Withheld
	}
	return r
}

func redactFn(fn func(report.Request) error) func(report.Request) error {
	return func(r report.Request) error { return fn(redact(r)) }
}

func (s redacted) Request(ctx context.Context, id string) (report.Request, bool, error) {
	r, ok, err := s.Store.Request(ctx, id)
	return redact(r), ok, err
}

func (s redacted) EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error {
	return s.Store.EachOpenRequest(ctx, asOf, redactFn(fn))
}

func (s redacted) EachRequestOf(ctx context.Context, q data.RequestQuery, fn func(report.Request) error) error {
	return s.Store.EachRequestOf(ctx, q, redactFn(fn))
}

func (s redacted) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	return s.Store.EachRequest(ctx, y, redactFn(fn))
}
