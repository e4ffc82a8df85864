package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupWritesACheckedCopy(t *testing.T) {
	dir, db := importHandMade(t)
	before := annualJSON(t, db, "2025")
	out := filepath.Join(dir, "备份.db")
	r := xxgk(t, "backup", "--db", db, "--out", out).must(t)
	if !strings.Contains(r.stderr, "已写入备份 "+out+"（已通过完整性检查）") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if fi, err := os.Stat(out); err != nil {
		t.Fatal(err)
	} else if fi.Mode().Perm() != 0o600 {
		t.Errorf("the backup holds applicants' data and must be 0600, is %v", fi.Mode().Perm())
	}
	after := annualJSON(t, out, "2025")
	delete(before, "produced_at")
	delete(after, "produced_at")
	if jsonNum(before) != jsonNum(after) {
		t.Error("the backup's report differs from the database's")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".xxgk-*")); len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestBackupIntoAFolderNamesTheCopy(t *testing.T) {
	dir, db := newDB(t)
	folder := filepath.Join(dir, "备份")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	xxgk(t, "backup", "--db", db, "--out", folder).must(t)
	want := filepath.Join(folder, "unit-备份-20260110-093000.db")
	if _, err := os.Stat(want); err != nil {
		t.Errorf("no %s: %v", want, err)
	}
}

// A name without an extension that does not exist yet is the folder the
// dated copies go into, as the help's first example uses it.
func TestBackupIntoANewFolder(t *testing.T) {
	dir, db := newDB(t)
	folder := filepath.Join(dir, "备份")
	xxgk(t, "backup", "--db", db, "--out", folder).must(t)
	want := filepath.Join(folder, "unit-备份-20260110-093000.db")
	if _, err := os.Stat(want); err != nil {
		t.Errorf("no %s: %v", want, err)
	}
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	dir, db := newDB(t)
	before, _ := os.ReadFile(db)
	for _, out := range []string{db, dir + "/./unit.db", db + "-wal"} {
		r := xxgk(t, "backup", "--db", db, "--out", out, "--force")
		if r.code != 1 || !strings.Contains(r.stderr, "不能作为输出文件（加 --force 也不行）") {
			t.Errorf("--out %s: exit %d, %s", out, r.code, r.stderr)
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the database changed")
	}
	ledger := writeFile(t, dir, "台账.xlsx", "不要覆盖我")
	r := xxgk(t, "backup", "--db", db, "--out", ledger)
	if r.code != 1 || !strings.Contains(r.stderr, ledger+" 已存在，没有覆盖。") || !strings.Contains(r.stderr, "--force") {
		t.Errorf("existing file: exit %d, %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(ledger); string(b) != "不要覆盖我" {
		t.Error("the existing file was overwritten")
	}
	xxgk(t, "backup", "--db", db, "--out", ledger, "--force").must(t)
	xxgk(t, "due", "--db", ledger).must(t)
	// An earlier backup is a database: never replaced, not even with --force.
	earlier, _ := os.ReadFile(ledger)
	r = xxgk(t, "backup", "--db", db, "--out", ledger, "--force")
	if r.code != 1 || !strings.Contains(r.stderr, "是一个 SQLite 数据库文件") {
		t.Errorf("earlier backup: exit %d, %s", r.code, r.stderr)
	}
	if now, _ := os.ReadFile(ledger); !bytes.Equal(earlier, now) {
		t.Error("the earlier backup was overwritten")
	}
}
