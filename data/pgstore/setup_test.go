package pgstore

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// Setup creates the owner, the database owned by it and migrated, with
// the units' roles granted; a unit's work then runs through the owner's
// connections under the policies. A second Setup of the same owner is
// refused.
func TestSetup(t *testing.T) {
	ctx := t.Context()
	admin := pgtest.Admin(t)
	suffix := strings.ToLower(rand.Text()[:10]) // roles are the cluster's: a name of its own
	db, owner := "xxgk_setup_"+suffix, "xxgk_owner_"+suffix
	t.Cleanup(func() {
		conn, err := pgx.Connect(context.Background(), admin)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(context.Background())
		for _, q := range []string{"DROP DATABASE IF EXISTS " + db + " WITH (FORCE)", "DROP ROLE IF EXISTS " + owner} {
			if _, err := conn.Exec(context.Background(), q); err != nil {
				t.Error(err)
			}
		}
	})
	dsn, password, err := Setup(ctx, admin, db, owner)
	if err != nil {
		t.Fatal(err)
	}
	if len(password) < 40 || strings.Contains(dsn, password) {
		t.Errorf("password %q, DSN %q: want a long password, not in the DSN", password, dsn)
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var who, dbOwner string
	var unit, reader, publicConnect bool
	err = s.pool.QueryRow(ctx, `SELECT current_user, pg_get_userbyid(d.datdba),
			pg_has_role(current_user, 'xxgk_unit', 'MEMBER'), pg_has_role(current_user, 'xxgk_reader', 'MEMBER'),
			has_database_privilege('public', current_database(), 'CONNECT')
		FROM pg_database d WHERE d.datname = current_database()`).Scan(&who, &dbOwner, &unit, &reader, &publicConnect)
	if err != nil {
		t.Fatal(err)
	}
	if who != owner || dbOwner != owner || !unit || !reader || publicConnect {
		t.Errorf("connected as %s to a database of %s; member of xxgk_unit %v, xxgk_reader %v; PUBLIC may connect %v",
			who, dbOwner, unit, reader, publicConnect)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != LatestVersion() {
		t.Errorf("schema version %d, %v; want %d", v, err, LatestVersion())
	}
	c := pgUnit(t, s, report.Unit{Name: "某市教育局", Code: "CITY"}, "")
	a := pgUnit(t, s, report.Unit{Name: "某县教育局", Code: "COUNTY"}, "CITY")
	if got := requestIDs(t, c.UnitAs(a.id)); len(got) != 2 {
		t.Errorf("the city reads the county's applications %v", got)
	}
	if err := c.UnitAs(a.id).PutRequests(ctx, requests(), now); sqlState(err) != "42501" {
		t.Errorf("the city writing the county's applications: %v, want 42501", err)
	}
	// An import as the unit copies into a temporary table.
	rows := [][]any{{"T-1", "临时表导入", "2025-03-01", "政策文件", "", "", false, "h"}}
	if err := copyMergeRows(ctx, a, rows, ""); err != nil {
		t.Errorf("import through a temporary table as the unit: %v", err)
	}
	if _, _, err := Setup(ctx, admin, db+"_2", owner); !errors.Is(err, ErrRoleExists) {
		t.Errorf("second Setup of %s: %v, want ErrRoleExists", owner, err)
	}
}

// The owner's DSN keeps the admin's host and options, with the owner,
// its password and the database in place of the admin's.
func TestOwnerDSN(t *testing.T) {
	for _, c := range []struct{ admin, want string }{
		{"postgres:///postgres?host=/tmp/pg&user=postgres", "postgres://xxgk:p%40ss@/xxgk_prov?host=%2Ftmp%2Fpg"},
		{"postgres://admin:secret@db.example:5432/postgres?sslmode=require", "postgres://xxgk:p%40ss@db.example:5432/xxgk_prov?sslmode=require"},
		{"host=db.example user=postgres", "host=db.example user=postgres user='xxgk' dbname='xxgk_prov' password='p@ss'"},
	} {
		got, err := ownerDSN(c.admin, "xxgk_prov", "xxgk", "p@ss")
		if err != nil || got != c.want {
			t.Errorf("ownerDSN(%q) = %q, %v; want %q", c.admin, got, err, c.want)
		}
		cfg, err := pgx.ParseConfig(got)
		if err != nil || cfg.User != "xxgk" || cfg.Password != "p@ss" || cfg.Database != "xxgk_prov" {
			t.Errorf("%q parses as user %q password %q database %q (%v)", got, cfg.User, cfg.Password, cfg.Database, err)
		}
	}
}
