package data

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// weekdays is a calendar of Monday to Friday, enough to compare two ways
// of reading the same rows.
type weekdays struct{}

func (weekdays) Workday(d report.Date) (bool, error) {
	wd := d.Time().Weekday()
	return wd != 0 && wd != 6, nil
}

// hidePicker is the store without its picking (selfcheck.Picker): the
// self-inspection then reads every item of the year.
type hidePicker struct{ selfcheck.Ledgers }

// The self-inspection finds the same through the store's counts and its
// partial index (EachPublicationToSelfCheck) as through reading every item,
// on random ledgers: 成文日期 blank, in time, late and after 发布日期;
// 政策解读 items with and without spaces around the category, naming
// documents or not; items of the years around; a 目录 with 时限;
// applications registered in time, late and before receipt (read without
// their personal columns, EachRequestToCount, or whole).
func TestSelfCheckPickedIsRead(t *testing.T) {
	for seed := range uint64(4) {
		st := openTemp(t)
		rnd := rand.New(rand.NewPCG(seed, 16))
		date := func(y int) report.Date { return report.YearStart(y).AddDays(rnd.IntN(365)) }
		a := &all{}
		for i := range 12 {
			a.docs = append(a.docs, report.Document{DocNo: fmt.Sprintf("示教〔2025〕%d号", i+1), Title: "文件",
				Kind: report.DocNormative, Issued: date(2025)})
		}
		cats := []string{"政策解读", " 政策解读 ", "政策文件", "工作动态", "招生考试"}
		for i := range 600 {
			y := 2024 + rnd.IntN(3)
			p := report.Publication{IndexNo: fmt.Sprintf("P%05d", i), Title: "标题", Published: date(y),
				Category: cats[rnd.IntN(len(cats))], Channels: []string{"政府网站"}}
			switch rnd.IntN(4) {
			case 1:
				p.Formed = p.Published.AddDays(-rnd.IntN(40))
			case 2:
				p.Formed = p.Published.AddDays(1 + rnd.IntN(5))
			}
			if rnd.IntN(2) == 0 {
				p.DocNo = fmt.Sprintf("示教〔2025〕%d号", 1+rnd.IntN(14))
			}
			a.pubs = append(a.pubs, p)
		}
		for i := range 200 {
			r := report.Request{ID: fmt.Sprintf("R%04d", i), Received: date(2024 + rnd.IntN(3)), Applicant: report.ApplicantNatural,
				ApplicantName: "张某某", Contact: "138****1234"}
			switch rnd.IntN(3) {
			case 1:
				r.Registered = r.Received.AddDays(rnd.IntN(6))
			case 2:
				r.Registered = r.Received.AddDays(-1 - rnd.IntN(3))
			}
			a.reqs = append(a.reqs, r)
		}
		importAll(t, st, a)
		for _, q := range []string{
			`DELETE FROM categories`,
			`INSERT INTO categories (position, name, disclosure_limit) VALUES (1, '政策文件', '每年6月底前'),
				(2, '政策解读', ''), (3, '工作动态', '每月'), (4, '招生考试', '每季度'), (5, '人事信息', '每季度')`,
		} {
			if _, err := st.db.Exec(q); err != nil {
				t.Fatal(err)
			}
		}
		for _, asOf := range []report.Date{report.NewDate(2025, 8, 20), report.NewDate(2026, 2, 1)} {
			opt := selfcheck.Options{AsOf: asOf}
			picked, err := selfcheck.Check(t.Context(), st, weekdays{}, 2025, opt)
			if err != nil {
				t.Fatal(err)
			}
			read, err := selfcheck.Check(t.Context(), hidePicker{st}, weekdays{}, 2025, opt)
			if err != nil {
				t.Fatal(err)
			}
			if picked.Publishing.Published == 0 || len(picked.Publishing.Late) == 0 || len(picked.Mistakes) == 0 ||
				picked.Registration.Checked == 0 || len(picked.Registration.Late) == 0 ||
				len(picked.Interpretations.Documents) != 12 || len(picked.Coverage.Categories) != 4 {
				t.Fatalf("seed %d: a rule found nothing to compare: %d published, %d late, %d mistakes, %d documents, %d categories", seed, picked.Publishing.Published, len(picked.Publishing.Late), len(picked.Mistakes), len(picked.Interpretations.Documents), len(picked.Coverage.Categories))
			}
			if !reflect.DeepEqual(picked, read) {
				t.Errorf("seed %d, as of %s: picked %+v\nread %+v", seed, asOf, picked, read)
			}
		}
	}
}

// The self-inspection's items are read from its partial index alone,
// never from the table.
func TestSelfCheckQueryCovered(t *testing.T) {
	st := openTemp(t)
	rows, err := st.db.Query("EXPLAIN QUERY PLAN "+selfCheckQuery, "2025-01-01", "2025-12-31")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if got := strings.Join(plan, "; "); !strings.Contains(got, "COVERING INDEX publications_selfcheck") {
		t.Errorf("plan: %s", got)
	}
}
