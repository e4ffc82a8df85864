package jsonout

import (
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// selfcheckObject is the selfcheck block of the annual JSON: the
// self-inspection's counts (docs/selfcheck.md), figures only.
func selfcheckObject(c *report.SelfCheckCounts) object {
	return object{
		{"as_of", c.AsOf.String()},
		{"register_days", c.RegisterDays},
		{"publications", object{{"published", c.PublicationsPublished}, {"checked", c.PublicationsChecked}, {"late", c.PublicationsLate}}},
		{"interpretations", object{{"documents", c.Documents}, {"synced", c.InterpretationsSynced},
			{"late", c.InterpretationsLate}, {"missing", c.InterpretationsMissing}}},
		{"registrations", object{{"received", c.RequestsReceived}, {"checked", c.RequestsChecked}, {"late", c.RegistrationsLate}}},
		{"catalog", object{{"categories", c.CatalogCategories}, {"periods_due", c.CatalogPeriodsDue}, {"gaps", c.CatalogGaps}}},
		{"ledger_date_mistakes", c.LedgerDateMistakes},
	}
}

// selfcheckDoc is the selfcheck block as Read decodes it.
type selfcheckDoc struct {
	AsOf         string `json:"as_of"`
	RegisterDays int    `json:"register_days"`
	Publications struct {
		Published, Checked, Late int
	} `json:"publications"`
	Interpretations struct {
		Documents, Synced, Late, Missing int
	} `json:"interpretations"`
	Registrations struct {
		Received, Checked, Late int
	} `json:"registrations"`
	Catalog struct {
		Categories int
		PeriodsDue int `json:"periods_due"`
		Gaps       int
	} `json:"catalog"`
	LedgerDateMistakes int `json:"ledger_date_mistakes"`
}

// counts turns the decoded block into the report's figures.
func (d *selfcheckDoc) counts() (*report.SelfCheckCounts, error) {
	asOf, err := report.ParseISO(d.AsOf)
	if err != nil {
		return nil, fmt.Errorf("read report json: selfcheck.as_of: %w", err)
	}
	return &report.SelfCheckCounts{
		AsOf: asOf, RegisterDays: d.RegisterDays,
		PublicationsPublished: d.Publications.Published, PublicationsChecked: d.Publications.Checked,
		PublicationsLate: d.Publications.Late,
		Documents:        d.Interpretations.Documents, InterpretationsSynced: d.Interpretations.Synced,
		InterpretationsLate: d.Interpretations.Late, InterpretationsMissing: d.Interpretations.Missing,
		RequestsReceived: d.Registrations.Received, RequestsChecked: d.Registrations.Checked,
		RegistrationsLate: d.Registrations.Late,
		CatalogCategories: d.Catalog.Categories, CatalogPeriodsDue: d.Catalog.PeriodsDue, CatalogGaps: d.Catalog.Gaps,
		LedgerDateMistakes: d.LedgerDateMistakes,
	}, nil
}
