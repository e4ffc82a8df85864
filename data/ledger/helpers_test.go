package ledger

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// recorder is a Sink that keeps every row it is given.
type recorder struct {
	pubs   []report.Publication
	reqs   []report.Request
	docs   []report.Document
	decs   []report.Decision
	fees   []report.Fee
	apps   []report.Appeal
	tasks  []report.Task
	progs  []report.Progress
	quotas []report.Quota
	cats   []report.CatalogEntry
	fail   error // returned by every call when set
}

func (r *recorder) Publication(v report.Publication) error { r.pubs = append(r.pubs, v); return r.fail }
func (r *recorder) Request(v report.Request) error         { r.reqs = append(r.reqs, v); return r.fail }
func (r *recorder) Document(v report.Document) error       { r.docs = append(r.docs, v); return r.fail }
func (r *recorder) Decision(v report.Decision) error       { r.decs = append(r.decs, v); return r.fail }
func (r *recorder) Fee(v report.Fee) error                 { r.fees = append(r.fees, v); return r.fail }
func (r *recorder) Appeal(v report.Appeal) error           { r.apps = append(r.apps, v); return r.fail }
func (r *recorder) Task(v report.Task) error               { r.tasks = append(r.tasks, v); return r.fail }
func (r *recorder) Progress(v report.Progress) error       { r.progs = append(r.progs, v); return r.fail }
func (r *recorder) Quota(v report.Quota) error             { r.quotas = append(r.quotas, v); return r.fail }
func (r *recorder) CatalogEntry(v report.CatalogEntry) error {
	r.cats = append(r.cats, v)
	return r.fail
}

func (r *recorder) total() int {
	return len(r.pubs) + len(r.reqs) + len(r.docs) + len(r.decs) + len(r.fees) +
		len(r.apps) + len(r.tasks) + len(r.progs) + len(r.quotas) + len(r.cats)
}

// notes collects notices.
type notes []string

func (n *notes) options() Options {
	return Options{Notice: func(s string) { *n = append(*n, s) }}
}

// workbook builds an .xlsx in memory: sheet name → rows of cells. Values
// may be strings, numbers or time.Time (written as real date cells).
func workbook(t testing.TB, sheets []sheetSpec) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

type sheetSpec struct {
	name string
	rows [][]any
}

func readXLSXBytes(t testing.TB, b []byte, name string) (*recorder, notes, error) {
	t.Helper()
	var rec recorder
	var n notes
	err := ReadXLSX(context.Background(), bytes.NewReader(b), name, &rec, n.options())
	return &rec, n, err
}

func readCSVBytes(t testing.TB, b []byte, name string) (*recorder, notes, error) {
	t.Helper()
	var rec recorder
	var n notes
	err := ReadCSV(context.Background(), bytes.NewReader(b), name, &rec, n.options())
	return &rec, n, err
}

func day(y int, m time.Month, d int) report.Date { return report.NewDate(y, m, d) }
