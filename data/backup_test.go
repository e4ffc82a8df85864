package data

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// A backup taken while another connection keeps importing is a sound
// database holding some committed state: whole imports only.
func TestBackupWhileOthersWrite(t *testing.T) {
	dir := t.TempDir()
	st := newStore(t, dir, "a.db", "甲单位")
	writer, err := Open(t.Context(), st.path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	const batch = 50
	ctx, stop := context.WithCancel(t.Context())
	var wg sync.WaitGroup
	wg.Add(1)
	started := make(chan struct{})
	go func() {
		defer wg.Done()
		for i := 0; ctx.Err() == nil; i++ {
			im, err := writer.BeginImport(ctx, []string{"x.csv"}, now)
			if err != nil {
				return
			}
			for j := 0; j < batch; j++ {
				im.Request(report.Request{ID: fmt.Sprintf("B%04d-%02d", i, j), Applicant: report.ApplicantNatural, Received: report.NewDate(2025, 3, 1)})
			}
			im.Commit()
			if i == 2 {
				close(started)
			}
		}
	}()
	<-started
	reader, err := Open(t.Context(), st.path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	dst := filepath.Join(dir, "backup.db")
	err = reader.Backup(t.Context(), dst)
	stop()
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(t.Context(), dst, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var n, batches int
	b.db.QueryRowContext(t.Context(), "SELECT count(*), count(DISTINCT substr(id, 1, 5)) FROM requests").Scan(&n, &batches)
	if n == 0 || n != batches*batch {
		t.Errorf("backup holds %d requests in %d imports of %d: not a committed state", n, batches, batch)
	}
	if u, err := b.Unit(t.Context()); err != nil || u.Name != "甲单位" {
		t.Errorf("unit %v, %v", u, err)
	}
	src, _ := readStamp(t.Context(), st.db)
	got, _ := readStamp(t.Context(), b.db)
	if identityOf(got) == 0 || identityOf(got) == identityOf(src) {
		t.Errorf("backup identity %#x, source %#x: want a new one", got, src)
	}
}
