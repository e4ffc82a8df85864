package main

import (
	"context"
	"crypto/rand"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
)

// xxgk createdb makes a bureau's database in one command: it prints the
// owner's password once and a DSN without it, the database is migrated
// and a unit can be added to it at once; a second run with the same
// owner changes nothing; bad names are usage errors.
func TestCreatedb(t *testing.T) {
	admin := pgtest.Admin(t)
	suffix := strings.ToLower(rand.Text()[:10]) // roles are the cluster's
	name, owner := "xxgk_cmd_"+suffix, "xxgk_cmdowner_"+suffix
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		for _, q := range []string{"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "DROP ROLE IF EXISTS " + owner} {
			if _, err := conn.Exec(ctx, q); err != nil {
				t.Error(err)
			}
		}
	})
	res := xxgk(t, "createdb", "--admin", admin, "--name", name, "--owner", owner).must(t)
	pw := regexp.MustCompile(`密码（只显示这一次[^）]*）：(\S+)`).FindStringSubmatch(res.stdout)
	dsn := regexp.MustCompile(`连接地址：(\S+)`).FindStringSubmatch(res.stdout)
	if pw == nil || dsn == nil || len(pw[1]) < 20 || strings.Contains(dsn[1], pw[1]) || strings.Contains(res.stderr, pw[1]) {
		t.Fatalf("createdb printed\n%s\n%s\nwant a password once and a DSN without it", res.stdout, res.stderr)
	}
	u, err := url.Parse(dsn[1])
	if err != nil || u.User.Username() != owner || u.Path != "/"+name {
		t.Errorf("DSN %s: want user %s and database %s", dsn[1], owner, name)
	}
	s, err := pgstore.Open(t.Context(), dsn[1])
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(t.Context())
	s.Close()
	if err != nil || v != pgstore.LatestVersion() {
		t.Errorf("schema version %d, %v; want %d (migrated)", v, err, pgstore.LatestVersion())
	}
	xxgk(t, "init", "--db", dsn[1], "--unit", "某省教育厅", "--code", unitA).must(t)

	again := xxgk(t, "createdb", "--admin", admin, "--name", name+"_2", "--owner", owner)
	if again.code != exitRule || !strings.Contains(again.stderr, "角色 "+owner+" 已经存在") {
		t.Errorf("createdb with an existing owner: exit %d %q", again.code, again.stderr)
	}
	// A database of that name: refused before anything is made.
	owner3 := owner + "_3"
	taken := xxgk(t, "createdb", "--admin", admin, "--name", name, "--owner", owner3)
	if taken.code != exitRule || !strings.Contains(taken.stderr, "已有名为 "+name+" 的数据库") {
		t.Errorf("createdb of an existing database: exit %d %q", taken.code, taken.stderr)
	}
	var roles int
	if err := mustConn(t, admin).QueryRow(t.Context(), `SELECT count(*) FROM pg_roles WHERE rolname = $1`, owner3).Scan(&roles); err != nil || roles != 0 {
		t.Errorf("the refused createdb left %d roles %s, %v", roles, owner3, err)
	}
	for _, args := range [][]string{
		{"createdb"},
		{"createdb", "--admin", "示例.db"},
		{"createdb", "--admin", admin, "--name", "Xxgk"},
		{"createdb", "--admin", admin, "--owner", "x; DROP ROLE postgres"},
	} {
		if r := xxgk(t, args...); r.code != exitUsage {
			t.Errorf("%q: exit %d %q, want a usage error", args, r.code, r.stderr)
		}
	}
}
