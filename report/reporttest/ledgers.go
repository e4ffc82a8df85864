package reporttest

import (
	"context"

	"github.com/xxgk/xxgk/report"
)

// Ledgers is an in-memory report.Ledgers and report.Catalog for tests.
// It passes every row to every Each method, whatever the year: the code
// under test must not rely on the store's filtering. Categories lists the
// names of Entries. Body is the unit.
type Ledgers struct {
	Body         report.Unit
	Entries      []report.CatalogEntry
	Publications []report.Publication
	Requests     []report.Request
	Documents    []report.Document
	Decisions    []report.Decision
	Fees         []report.Fee
	Appeals      []report.Appeal
}

// each passes every row to fn, stopping at its first error.
func each[T any](rows []T, fn func(T) error) error {
	for _, r := range rows {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// Unit returns Body.
func (m *Ledgers) Unit(context.Context) (report.Unit, error) { return m.Body, nil }

// Categories returns the names of Entries in order.
func (m *Ledgers) Categories(context.Context) ([]string, error) {
	var out []string
	for _, c := range m.Entries {
		out = append(out, c.Name)
	}
	return out, nil
}

// Catalog returns Entries.
func (m *Ledgers) Catalog(context.Context) ([]report.CatalogEntry, error) { return m.Entries, nil }

// EachPublication passes every publication.
func (m *Ledgers) EachPublication(_ context.Context, _ int, fn func(report.Publication) error) error {
	return each(m.Publications, fn)
}

// EachRequest passes every request.
func (m *Ledgers) EachRequest(_ context.Context, _ int, fn func(report.Request) error) error {
	return each(m.Requests, fn)
}

// EachDocument passes every document.
func (m *Ledgers) EachDocument(_ context.Context, _ int, fn func(report.Document) error) error {
	return each(m.Documents, fn)
}

// EachDecision passes every decision.
func (m *Ledgers) EachDecision(_ context.Context, _ int, fn func(report.Decision) error) error {
	return each(m.Decisions, fn)
}

// EachFee passes every fee.
func (m *Ledgers) EachFee(_ context.Context, _ int, fn func(report.Fee) error) error {
	return each(m.Fees, fn)
}

// EachAppeal passes every appeal.
func (m *Ledgers) EachAppeal(_ context.Context, _ int, fn func(report.Appeal) error) error {
	return each(m.Appeals, fn)
}
