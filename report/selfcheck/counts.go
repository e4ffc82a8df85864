package selfcheck

import "github.com/xxgk/xxgk/report"

// Counts returns the figures of r for the annual JSON's selfcheck block,
// or nil when there was nothing to check: no item with a 成文日期, no
// document issued in the year, no application with a 登记日期, no
// category with a 时限 and no mistaken row (docs/selfcheck.md). A ledger
// without the self-inspection's columns thus leaves the JSON as it was.
func (r *Result) Counts() *report.SelfCheckCounts {
	c := &report.SelfCheckCounts{
		AsOf: r.AsOf, RegisterDays: r.RegisterDays,
		PublicationsPublished: r.Publishing.Published, PublicationsChecked: r.Publishing.Checked,
		PublicationsLate: len(r.Publishing.Late),
		Documents:        len(r.Interpretations.Documents),
		RequestsReceived: r.Registration.Received, RequestsChecked: r.Registration.Checked,
		RegistrationsLate: len(r.Registration.Late),
		CatalogCategories: len(r.Coverage.Categories), CatalogGaps: len(r.Coverage.Gaps),
		LedgerDateMistakes: len(r.Mistakes),
	}
	c.InterpretationsSynced, c.InterpretationsLate, c.InterpretationsMissing = r.Interpretations.Counts()
	for _, cc := range r.Coverage.Categories {
		c.CatalogPeriodsDue += cc.Due
	}
	if c.PublicationsChecked == 0 && c.Documents == 0 && c.RequestsChecked == 0 && c.CatalogCategories == 0 && c.LedgerDateMistakes == 0 {
		return nil
	}
	return c
}
