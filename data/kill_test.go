package data

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestHelperKilledWriter is the process TestKilledWriterIsRecovered
// kills: it commits a calendar, starts an import and waits to be killed.
func TestHelperKilledWriter(t *testing.T) {
	path := os.Getenv("XXGK_TEST_KILL_DB")
	if path == "" {
		t.Skip("helper process of TestKilledWriterIsRecovered")
	}
	ctx := context.Background()
	st, err := Open(ctx, path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveCalendar(ctx, CalendarFile{Year: 2031, Source: "c.txt", Text: "x", Added: now}); err != nil {
		t.Fatal(err)
	}
	im, err := st.BeginImport(ctx, []string{"x.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range randomRows(2000).reqs {
		if err := im.Request(r); err != nil {
			t.Fatal(err)
		}
	}
	os.Stdout.WriteString("ready\n")
	time.Sleep(time.Minute)
}

// A process killed (SIGKILL) in the middle of an import leaves a -wal
// that must be recovered: the committed calendar is there, the import's
// rows are not, and the file is sound.
func TestKilledWriterIsRecovered(t *testing.T) {
	st := newStore(t, t.TempDir(), "a.db", "甲单位")
	st.Close()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledWriter$")
	cmd.Env = append(os.Environ(), "XXGK_TEST_KILL_DB="+st.path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	cmd.Process.Kill()
	cmd.Wait()
	if line != "ready\n" {
		t.Fatalf("helper said %q", line)
	}
	if fi, err := os.Stat(st.path + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("the killed process left no log: %v", err)
	}
	for _, ro := range []bool{true, false} {
		got, err := Open(t.Context(), st.path, OpenOptions{ReadOnly: ro})
		if err != nil {
			t.Fatalf("read-only %v: %v", ro, err)
		}
		cals, err := got.Calendars(t.Context())
		if err != nil || len(cals) != 1 {
			t.Errorf("read-only %v: calendars %v, %v", ro, cals, err)
		}
		var n int
		var check string
		got.db.QueryRowContext(t.Context(), "SELECT count(*) FROM requests").Scan(&n)
		got.db.QueryRowContext(t.Context(), "PRAGMA integrity_check").Scan(&check)
		if n != 0 || check != "ok" {
			t.Errorf("read-only %v: %d requests, integrity %q", ro, n, check)
		}
		got.Close()
	}
}
