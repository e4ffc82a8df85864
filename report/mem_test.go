package report

import (
	"context"
	"time"
)

// mem is an in-memory Ledgers for tests. It passes every row; the
// counting must not rely on the store's filtering.
type mem struct {
	unit Unit
	cats []string
	pubs []Publication
	reqs []Request
	docs []Document
	decs []Decision
	fees []Fee
	apps []Appeal
}

func each[T any](rows []T, fn func(T) error) error {
	for _, r := range rows {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func (m *mem) Unit(context.Context) (Unit, error)           { return m.unit, nil }
func (m *mem) Categories(context.Context) ([]string, error) { return m.cats, nil }
func (m *mem) EachPublication(_ context.Context, _ int, fn func(Publication) error) error {
	return each(m.pubs, fn)
}
func (m *mem) EachRequest(_ context.Context, _ int, fn func(Request) error) error {
	return each(m.reqs, fn)
}
func (m *mem) EachDocument(_ context.Context, _ int, fn func(Document) error) error {
	return each(m.docs, fn)
}
func (m *mem) EachDecision(_ context.Context, _ int, fn func(Decision) error) error {
	return each(m.decs, fn)
}
func (m *mem) EachFee(_ context.Context, _ int, fn func(Fee) error) error { return each(m.fees, fn) }
func (m *mem) EachAppeal(_ context.Context, _ int, fn func(Appeal) error) error {
	return each(m.apps, fn)
}

// d parses an ISO date or panics; "" is the zero Date.
func d(s string) Date {
	v, err := ParseISO(s)
	if err != nil {
		panic(err)
	}
	return v
}

func annual(m *mem, y int) (*AnnualReport, []Problem) {
	rep, probs, err := Annual(context.Background(), m, y, Options{})
	if err != nil {
		panic(err)
	}
	return rep, probs
}

var fixedTime = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
