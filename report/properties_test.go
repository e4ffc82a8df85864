package report

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
)

// randomLedgers makes n applications, documents, decisions, fees and
// appeals with dates spread over 2023–2027.
func randomLedgers(seed uint64, n int) *mem {
	rnd := rand.New(rand.NewPCG(seed, 7))
	date := func() Date {
		return YearStart(2023 + rnd.IntN(5)).AddDays(rnd.IntN(365))
	}
	var outcomes []Outcome
	for _, r := range Table3Rows {
		if r.IsOutcome {
			outcomes = append(outcomes, Outcome(r.Code))
		}
	}
	m := &mem{cats: DefaultCategories}
	for i := 0; i < n; i++ {
		r := Request{ID: fmt.Sprint("R", i), Applicant: ApplicantType(Table3Columns[rnd.IntN(NumApplicantTypes)].Code), Received: date()}
		if rnd.IntN(4) > 0 {
			r.Concluded = r.Received.AddDays(rnd.IntN(400))
			r.Outcome = outcomes[rnd.IntN(len(outcomes))]
		}
		m.reqs = append(m.reqs, r)
		doc := Document{DocNo: fmt.Sprint("D", i), Kind: DocNormative, Issued: date()}
		if rnd.IntN(2) == 0 {
			doc.Kind = DocRule
		}
		if rnd.IntN(3) == 0 {
			doc.Repealed = doc.Issued.AddDays(rnd.IntN(900))
		}
		if rnd.IntN(3) == 0 {
			doc.ValidUntil = doc.Issued.AddDays(rnd.IntN(900))
		}
		m.docs = append(m.docs, doc)
		kinds := []DecisionKind{DecisionLicensing, DecisionPenalty, DecisionEnforcement}
		m.decs = append(m.decs, Decision{ID: fmt.Sprint("J", i), Kind: kinds[rnd.IntN(3)], Date: date()})
		a := Appeal{CaseNo: fmt.Sprint("C", i), Kind: AppealKind(Table4Blocks[rnd.IntN(3)].Code), Filed: date()}
		if rnd.IntN(2) == 0 {
			a.Closed = a.Filed.AddDays(rnd.IntN(300))
			a.Result = []AppealResult{AppealUpheld, AppealCorrected, AppealOtherResult}[rnd.IntN(3)]
		}
		m.apps = append(m.apps, a)
		cat := DefaultCategories[rnd.IntN(len(DefaultCategories))]
		m.pubs = append(m.pubs, Publication{IndexNo: fmt.Sprint("P", i), Published: date(), Category: cat,
			Channels: []string{"政府网站", "微信公众号", "政务新媒体"}[:rnd.IntN(4)], Department: fmt.Sprint("股", rnd.IntN(3))})
	}
	return m
}

// Whatever the ledger, a counted table obeys every table rule: the
// 勾稽关系 per column, row totals, result totals, table 4 totals.
func TestCountedTablesObeyRules(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		m := randomLedgers(seed, 300)
		for y := 2023; y <= 2027; y++ {
			rep, probs := annual(m, y)
			if len(probs) != 0 {
				t.Fatalf("seed %d year %d: unexpected problems %v", seed, y, probs[0])
			}
			if got := CheckTables(rep, nil); len(got) != 0 {
				t.Fatalf("seed %d year %d: %v", seed, y, got)
			}
			prev, _ := annual(m, y-1)
			if got := CheckCarryOver(prev, rep, nil); len(got) != 0 {
				t.Fatalf("seed %d year %d: carry-over %v", seed, y, got)
			}
		}
	}
}

// explain and the tables can never disagree: for every integer figure, the
// number of contributions traced to it equals its value.
func TestTraceMatchesEveryFigure(t *testing.T) {
	m := randomLedgers(42, 400)
	traced := map[string]int{}
	opt := Options{Trace: func(c Contribution) { traced[c.Cell]++ }}
	rep, _, err := Annual(t.Context(), m, 2025, opt)
	if err != nil {
		t.Fatal(err)
	}
	nonzero := 0
	for _, f := range rep.Figures() {
		n, err := strconv.Atoi(f.Value)
		if err != nil {
			continue // the fee amount
		}
		if traced[f.Path] != n {
			t.Errorf("%s = %d, but %d rows traced", f.Path, n, traced[f.Path])
		}
		if n > 0 {
			nonzero++
		}
	}
	if nonzero < 50 {
		t.Fatalf("only %d non-zero figures: the data does not exercise the tables", nonzero)
	}
	p := rep.Publications
	if traced["publications.total"] != p.Total {
		t.Errorf("publications.total traced %d, want %d", traced["publications.total"], p.Total)
	}
	for _, c := range p.ByCategory {
		if traced["publications.by_category."+c.Name] != c.Count {
			t.Errorf("category %s traced %d, want %d", c.Name, traced["publications.by_category."+c.Name], c.Count)
		}
	}
}
