package pgstore

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	ledgers "github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
)

// ledgerSet is every ledger of a unit, as a sink collects them: what the
// cross-store tests write into both stores.
type ledgerSet struct {
	unit         report.Unit
	catalog      []report.CatalogEntry
	publications []report.Publication
	requests     []report.Request
	documents    []report.Document
	decisions    []report.Decision
	fees         []report.Fee
	appeals      []report.Appeal
	tasks        []report.Task
	progress     []report.Progress
	quotas       []report.Quota
}

// A *ledgerSet is a ledgers.CatalogSink that keeps every row.
func (l *ledgerSet) Publication(p report.Publication) error {
	l.publications = append(l.publications, p)
	return nil
}
func (l *ledgerSet) Request(r report.Request) error { l.requests = append(l.requests, r); return nil }
func (l *ledgerSet) Document(d report.Document) error {
	l.documents = append(l.documents, d)
	return nil
}
func (l *ledgerSet) Decision(d report.Decision) error {
	l.decisions = append(l.decisions, d)
	return nil
}
func (l *ledgerSet) Fee(f report.Fee) error       { l.fees = append(l.fees, f); return nil }
func (l *ledgerSet) Appeal(a report.Appeal) error { l.appeals = append(l.appeals, a); return nil }
func (l *ledgerSet) Task(t report.Task) error     { l.tasks = append(l.tasks, t); return nil }
func (l *ledgerSet) Progress(p report.Progress) error {
	l.progress = append(l.progress, p)
	return nil
}
func (l *ledgerSet) Quota(q report.Quota) error { l.quotas = append(l.quotas, q); return nil }
func (l *ledgerSet) CatalogEntry(e report.CatalogEntry) error {
	l.catalog = append(l.catalog, e)
	return nil
}

var _ ledgers.CatalogSink = (*ledgerSet)(nil)

// sampleLedgers reads the sample unit's 台账 workbook (samples/) with
// data/ledger, as `xxgk import` reads it.
func sampleLedgers(t *testing.T) *ledgerSet {
	t.Helper()
	l := &ledgerSet{unit: report.Unit{Name: samples.UnitName, Code: samples.UnitCode}}
	err := ledgers.ReadXLSX(t.Context(), bytes.NewReader(samples.LedgerWorkbook), samples.LedgerFileName, l, ledgers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.publications) == 0 || len(l.requests) == 0 || len(l.tasks) == 0 || len(l.quotas) == 0 {
		t.Fatalf("sample workbook: %d items, %d applications, %d tasks, %d quotas: a ledger was not read",
			len(l.publications), len(l.requests), len(l.tasks), len(l.quotas))
	}
	return l
}

// randomLedgers makes n rows of every ledger with dates spread over
// 2023–2027, as report/properties_test.go's: categories partly outside
// the 目录, empty departments and channel lists, open applications,
// repealed documents, appeals without a role.
func randomLedgers(seed uint64, n int) *ledgerSet {
	rnd := rand.New(rand.NewPCG(seed, 7))
	date := func() report.Date { return report.YearStart(2023 + rnd.IntN(5)).AddDays(rnd.IntN(365)) }
	maybe := func(d report.Date) report.Date {
		if rnd.IntN(2) == 0 {
			return 0
		}
		return d
	}
	pick := func(xs ...string) string { return xs[rnd.IntN(len(xs))] }
	var outcomes []report.Outcome
	for _, r := range report.Table3Rows {
		if r.IsOutcome {
			outcomes = append(outcomes, report.Outcome(r.Code))
		}
	}
	l := &ledgerSet{unit: report.Unit{Name: "随机局", Code: fmt.Sprintf("R%017d", seed)}}
	for i, c := range report.DefaultCategories[:8] {
		e := report.CatalogEntry{Name: c}
		if i%3 == 0 {
			e.Limit = report.DisclosureLimit{Kind: report.LimitMonthly}
		}
		l.catalog = append(l.catalog, e)
	}
	cats := append(append([]string{}, report.DefaultCategories...), "目录外的类别", "政策解读（补充）")
	o := func(sheet string, row int) report.Origin {
		return report.Origin{File: "随机台账.xlsx", Sheet: sheet, Row: row + 2}
	}
	for i := range n {
		pub := report.Publication{IndexNo: fmt.Sprintf("P%05d", i), Title: fmt.Sprint("标题", i), Published: date(),
			Category: cats[rnd.IntN(len(cats))], Department: pick("", "办公室", "人事股", "Zeta科", "基础教育股"),
			KeyArea: rnd.IntN(3) == 0, FromRequest: rnd.IntN(7) == 0, Origin: o("主动公开", i)}
		if rnd.IntN(2) == 0 {
			pub.DocNo = fmt.Sprintf("某教〔%d〕%d号", 2023+rnd.IntN(3), i)
		}
		if rnd.IntN(3) > 0 {
			pub.Channels = [][]string{{"政府网站"}, {"政府网站", "政务新媒体"}, {"政务公开栏"}}[rnd.IntN(3)]
		}
		if rnd.IntN(2) == 0 {
			pub.Formed = pub.Published.AddDays(-rnd.IntN(40) + 2)
		}
		l.publications = append(l.publications, pub)

		r := report.Request{ID: fmt.Sprintf("R%05d", i), Received: date(), Origin: o("依申请公开", i),
			Applicant:     report.ApplicantType(report.Table3Columns[rnd.IntN(report.NumApplicantTypes)].Code),
			ApplicantName: fmt.Sprint("申请人", i), Contact: "1380000" + fmt.Sprint(i), Content: "申请内容", Method: pick("网络", "信函", "当面")}
		r.Registered = maybe(r.Received.AddDays(rnd.IntN(6)))
		if rnd.IntN(4) > 0 {
			r.Concluded = r.Received.AddDays(rnd.IntN(400))
			r.Outcome = outcomes[rnd.IntN(len(outcomes))]
		}
		if rnd.IntN(5) == 0 {
			r.CorrectionAsked = r.Received.AddDays(2)
			r.CorrectionReceived = maybe(r.Received.AddDays(9))
		}
		if rnd.IntN(6) == 0 {
			r.ExtensionNotified = r.Received.AddDays(15)
		}
		l.requests = append(l.requests, r)

		doc := report.Document{DocNo: fmt.Sprint("D", i), Title: "文件", Kind: report.DocNormative, Issued: date(), Origin: o("规范性文件", i)}
		if rnd.IntN(2) == 0 {
			doc.Kind = report.DocRule
		}
		if rnd.IntN(3) == 0 {
			doc.Repealed = doc.Issued.AddDays(rnd.IntN(900))
		}
		if rnd.IntN(3) == 0 {
			doc.ValidUntil = doc.Issued.AddDays(rnd.IntN(900))
		}
		l.documents = append(l.documents, doc)
		kinds := []report.DecisionKind{report.DecisionLicensing, report.DecisionPenalty, report.DecisionEnforcement}
		l.decisions = append(l.decisions, report.Decision{ID: fmt.Sprint("J", i), Kind: kinds[rnd.IntN(len(kinds))],
			Date: date(), Origin: o("行政决定", i)})
		fee := report.Fee{ID: fmt.Sprint("F", i), Date: date(), AmountFen: int64(rnd.IntN(100000)), Kind: report.FeeAdministrative,
			Item: "收费项目", Origin: o("收费", i)}
		if rnd.IntN(3) == 0 {
			fee.Kind, fee.RequestID = report.FeeProcessing, r.ID
		}
		l.fees = append(l.fees, fee)
		a := report.Appeal{CaseNo: fmt.Sprint("A", i), Kind: report.AppealReview, Filed: date(), Origin: o("复议诉讼", i)}
		if rnd.IntN(2) == 0 {
			a.Kind = report.AppealLitigation
		}
		if rnd.IntN(2) == 0 {
			a.Closed, a.Result = a.Filed.AddDays(rnd.IntN(200)), report.AppealUpheld
		}
		if rnd.IntN(4) == 0 {
			a.Role = report.RoleReviewOrgan
		}
		l.appeals = append(l.appeals, a)

		if i%4 == 0 {
			task := report.Task{ID: fmt.Sprintf("T%03d", i), Area: "工作要点", Requirement: "具体要求",
				Units: []string{pick("办公室", "人事股"), "基础教育股"}[:1+rnd.IntN(2)], Origin: o("工作任务", i)}
			if rnd.IntN(2) == 0 {
				task.WholeYear = true
			} else {
				task.Deadline = date()
			}
			l.tasks = append(l.tasks, task)
			for k := range 1 + rnd.IntN(3) {
				l.progress = append(l.progress, report.Progress{TaskID: task.ID, Date: report.NewDate(2025, time.Month(1+k*4), 1+rnd.IntN(27)),
					Status: []report.TaskStatus{report.TaskInProgress, report.TaskDone}[rnd.IntN(2)], Note: "进展",
					Evidence: []string{pub.IndexNo}, Origin: o("任务进展", i+k)})
			}
		}
		if i < 24 {
			l.quotas = append(l.quotas, report.Quota{Unit: pick("办公室", "人事股"), Year: 2024 + i/12, Month: time.Month(1 + i%12),
				Target: rnd.IntN(9), Origin: o("信息任务", i)})
		}
	}
	return l
}

// intoSQLite writes l into a new SQLite store through its import, at now.
func (l *ledgerSet) intoSQLite(t *testing.T, now time.Time) *data.Store {
	t.Helper()
	ctx := t.Context()
	st, err := data.Open(ctx, filepath.Join(t.TempDir(), "xxgk.db"), data.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.InitCatalog(ctx, l.unit, l.catalog, report.DefaultCategories, now); err != nil {
		t.Fatal(err)
	}
	l.importSQLite(t, st, now)
	return st
}

// importSQLite imports l's rows into st at now.
func (l *ledgerSet) importSQLite(t *testing.T, st *data.Store, now time.Time) {
	t.Helper()
	im, err := st.BeginImport(t.Context(), []string{"台账.xlsx"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	if err := l.each(im); err != nil {
		t.Fatal(err)
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
}

// each passes every row of l to sink, ledger by ledger.
func (l *ledgerSet) each(sink ledgers.Sink) error {
	for _, step := range []func() error{
		func() error { return eachOf(l.publications, sink.Publication) },
		func() error { return eachOf(l.requests, sink.Request) },
		func() error { return eachOf(l.documents, sink.Document) },
		func() error { return eachOf(l.decisions, sink.Decision) },
		func() error { return eachOf(l.fees, sink.Fee) },
		func() error { return eachOf(l.appeals, sink.Appeal) },
		func() error { return eachOf(l.tasks, sink.Task) },
		func() error { return eachOf(l.progress, sink.Progress) },
		func() error { return eachOf(l.quotas, sink.Quota) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

func eachOf[T any](xs []T, fn func(T) error) error {
	for _, x := range xs {
		if err := fn(x); err != nil {
			return err
		}
	}
	return nil
}

// intoPostgres adds l's unit to s and writes its 目录 and rows through the
// Put methods, at now.
func (l *ledgerSet) intoPostgres(t *testing.T, s *Store, now time.Time) *Unit {
	t.Helper()
	u, err := s.AddUnit(t.Context(), l.unit, "", now)
	if err != nil {
		t.Fatal(err)
	}
	cat := l.catalog
	if len(cat) == 0 {
		for _, c := range report.DefaultCategories {
			cat = append(cat, report.CatalogEntry{Name: c})
		}
	}
	if err := u.SetCatalog(t.Context(), cat); err != nil {
		t.Fatal(err)
	}
	l.putPostgres(t, u, now)
	return u
}

// putPostgres writes l's rows into u at now.
func (l *ledgerSet) putPostgres(t *testing.T, u *Unit, now time.Time) {
	t.Helper()
	ctx := t.Context()
	for _, err := range []error{
		u.PutPublications(ctx, l.publications, now),
		u.PutRequests(ctx, l.requests, now),
		u.PutDocuments(ctx, l.documents, now),
		u.PutDecisions(ctx, l.decisions, now),
		u.PutFees(ctx, l.fees, now),
		u.PutAppeals(ctx, l.appeals, now),
		u.PutTasks(ctx, l.tasks, now),
		u.PutProgress(ctx, l.progress, now),
		u.PutQuotas(ctx, l.quotas, now),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
}
