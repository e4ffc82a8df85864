package data

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// importBatched imports pubs as a ledger reader does (batches on, Flush
// at the end) and returns the stats, or the first error: of a row's
// method or of Flush. The import is rolled back on an error.
func importBatched(t *testing.T, st *Store, at time.Time, pubs ...report.Publication) (Stats, error) {
	t.Helper()
	im, err := st.BeginImport(t.Context(), []string{"p.csv"}, at)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	b := im.(*Import)
	b.SetBatching(true)
	for _, p := range pubs {
		if err := im.Publication(p); err != nil {
			return Stats{}, err
		}
	}
	if err := b.Flush(); err != nil {
		return Stats{}, err
	}
	b.SetBatching(false)
	var s Stats
	if all := im.Stats(); len(all) > 0 {
		s = all[0].Stats
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	return s, nil
}

// tableDump returns every row of publications, every column, in rowid order.
func tableDump(t *testing.T, st *Store) []string {
	t.Helper()
	rows, err := st.db.QueryContext(t.Context(), `SELECT rowid, index_no, title, doc_no, published, category, channels,
		department, key_area, from_request, src_file, src_sheet, src_row, import_id, row_hash, updated_at,
		typeof(src_row), typeof(key_area), typeof(doc_no) FROM publications ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		vals := make([]any, 19)
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%q", vals))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// manyPubs returns n items, keys P00001…, with varied values (empty and
// doc numbers, quotes, line breaks, lists, both flags) from row 2 on.
func manyPubs(n int) []report.Publication {
	out := make([]report.Publication, n)
	for i := range out {
		p := pub(fmt.Sprintf("P%05d", i+1), fmt.Sprintf("标题\"%d\"\n第二行\t", i), i+2)
		if i%3 == 0 {
			p.DocNo = "教发〔2025〕" + fmt.Sprint(i) + "号"
		}
		p.KeyArea, p.FromRequest = i%2 == 0, i%5 == 0
		p.Channels = []string{"网站", "公众号"}[:i%3]
		out[i] = p
	}
	return out
}

// TestBatchBoundaries imports 0, 1 and n±1 rows around the batch size
// and its multiples, batched, and finds exactly what the row-by-row
// import writes; a second batched import finds every row unchanged.
func TestBatchBoundaries(t *testing.T) {
	for _, n := range []int{0, 1, bulkRows - 1, bulkRows, bulkRows + 1, 2*bulkRows - 1, 2 * bulkRows, 2*bulkRows + 1, 1001} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			pubs := manyPubs(n)
			plain, batched := openTemp(t), openTemp(t)
			var s Stats
			if n > 0 { // importPubs wants a row
				var err error
				if s, err = importPubs(t, plain, now, pubs...); err != nil {
					t.Fatal(err)
				}
			}
			b, err := importBatched(t, batched, now, pubs...)
			if err != nil || b != s || b != (Stats{Added: n}) {
				t.Fatalf("batched: %+v %v, row by row %+v", b, err, s)
			}
			if got, want := tableDump(t, batched), tableDump(t, plain); !slices.Equal(got, want) {
				t.Fatalf("batched rows differ:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			again, err := importBatched(t, batched, now.Add(time.Hour), pubs...)
			if err != nil || again != (Stats{Unchanged: n}) {
				t.Fatalf("re-import: %+v %v", again, err)
			}
			changed := slices.Clone(pubs)
			for i := range changed {
				if i%2 == 1 {
					changed[i].Title += "（改）"
				}
			}
			if again, err := importBatched(t, batched, now.Add(2*time.Hour), changed...); err != nil || again != (Stats{Updated: n / 2, Unchanged: n - n/2}) {
				t.Fatalf("re-import with changes: %+v %v", again, err)
			}
		})
	}
}

// TestBatchDuplicateMidBatch puts a key met before in the middle of a
// batch (and in the batch after the first one): the error is the one the
// row-by-row import returns, naming both rows, and nothing is written.
func TestBatchDuplicateMidBatch(t *testing.T) {
	for _, c := range []struct{ first, again int }{{3, bulkRows / 2}, {bulkRows / 2, bulkRows + 7}, {0, 1}, {bulkRows - 1, bulkRows}} {
		t.Run(fmt.Sprint(c.first, "-", c.again), func(t *testing.T) {
			pubs := manyPubs(2*bulkRows + 5)
			pubs[c.again].IndexNo = pubs[c.first].IndexNo
			plain, batched := openTemp(t), openTemp(t)
			_, want := importPubs(t, plain, now, pubs...)
			_, err := importBatched(t, batched, now, pubs...)
			var dup *DuplicateKeyError
			if !errors.As(err, &dup) || want == nil || err.Error() != want.Error() {
				t.Fatalf("batched error %v, want %v", err, want)
			}
			if dup.First.Row != c.first+2 || dup.Again.Row != c.again+2 {
				t.Errorf("rows named: %d and %d, want %d and %d", dup.First.Row, dup.Again.Row, c.first+2, c.again+2)
			}
			if rows := tableDump(t, batched); len(rows) != 0 {
				t.Errorf("%d rows written by the failed import", len(rows))
			}
		})
	}
}

// TestBatchOffForDirectCalls keeps the error of a row coming back from
// its own method when no reader turned batches on.
func TestBatchOffForDirectCalls(t *testing.T) {
	st := openTemp(t)
	_, err := importPubs(t, st, now, pub("A", "甲", 2), pub("A", "甲", 3))
	var dup *DuplicateKeyError
	if !errors.As(err, &dup) || dup.Again.Row != 3 {
		t.Fatalf("error %v, want the duplicate of row 3 from its own method", err)
	}
}

// TestBatchFileChange writes a batch before a row of another file or
// sheet, so that each row keeps its own origin.
func TestBatchFileChange(t *testing.T) {
	pubs := manyPubs(7)
	pubs[3].Origin.File, pubs[5].Origin.Sheet = "q.csv", "表二"
	plain, batched := openTemp(t), openTemp(t)
	if _, err := importPubs(t, plain, now, pubs...); err != nil {
		t.Fatal(err)
	}
	if s, err := importBatched(t, batched, now, pubs...); err != nil || s != (Stats{Added: 7}) {
		t.Fatalf("batched: %+v %v", s, err)
	}
	if got, want := tableDump(t, batched), tableDump(t, plain); !slices.Equal(got, want) {
		t.Fatalf("batched rows differ:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBatchConstraintMidBatch fails a row mid-batch on another
// constraint (a missing 发布日期): the same error as row by row, and
// nothing written.
func TestBatchConstraintMidBatch(t *testing.T) {
	pubs := manyPubs(bulkRows + 3)
	pubs[bulkRows/2].Published = 0
	plain, batched := openTemp(t), openTemp(t)
	_, want := importPubs(t, plain, now, pubs...)
	_, err := importBatched(t, batched, now, pubs...)
	if err == nil || want == nil || err.Error() != want.Error() {
		t.Fatalf("batched error %v, want %v", err, want)
	}
	if rows := tableDump(t, batched); len(rows) != 0 {
		t.Errorf("%d rows written by the failed import", len(rows))
	}
}
