package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// oldDatabase makes a database of schema version v, as an older xxgk left it.
func oldDatabase(t *testing.T, v int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("v%d.db", v))
	db, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms[:v] {
		if _, err := db.Exec(m.SQL); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		t.Fatal(err)
	}
	return path
}

// Several programs opening an old database at once all succeed, and the
// schema is upgraded once.
func TestConcurrentFirstOpensOfAnOldSchema(t *testing.T) {
	for _, v := range []int{1, 2} {
		t.Run(fmt.Sprintf("version %d", v), func(t *testing.T) {
			path := oldDatabase(t, v)
			var wg sync.WaitGroup
			errs := make([]error, 8)
			for i := range errs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					st, err := Open(context.Background(), path, OpenOptions{})
					if err == nil {
						err = st.Close()
					}
					errs[i] = err
				}()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					t.Errorf("open %d: %v", i, err)
				}
			}
			st, err := Open(t.Context(), path, OpenOptions{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got, _ := st.SchemaVersion(t.Context()); got != latestVersion() {
				t.Errorf("schema version %d, want %d", got, latestVersion())
			}
		})
	}
}

// An init that fails after writing the unit leaves no unit and no
// categories; the next init gives the default categories.
func TestInterruptedInitLeavesNothingHalfDone(t *testing.T) {
	st, err := Open(t.Context(), filepath.Join(t.TempDir(), "a.db"), OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// The same category twice fails the insert after the unit row.
	_, err = st.Init(t.Context(), report.Unit{Name: "甲单位"}, []string{"其他", "其他"}, nil, now)
	if err == nil {
		t.Fatal("init with a repeated category succeeded")
	}
	if _, err := st.Unit(t.Context()); !errors.Is(err, ErrNoUnit) {
		t.Errorf("unit after a failed init: %v, want ErrNoUnit", err)
	}
	if cats, _ := st.Categories(t.Context()); len(cats) != 0 {
		t.Errorf("categories after a failed init: %v", cats)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := st.Init(ctx, report.Unit{Name: "甲单位"}, nil, []string{"其他"}, now); err == nil {
		t.Error("init with a cancelled context succeeded")
	}
	res, err := st.Init(t.Context(), report.Unit{Name: "甲单位"}, nil, []string{"机构职能", "其他"}, now)
	if err != nil || !res.Created || res.Categories != 2 {
		t.Errorf("init again: %+v, %v", res, err)
	}
}

// A database an interrupted init of an older xxgk left with a unit and no
// categories gets the defaults from the next init.
func TestInitFillsAnEmptyCategoryList(t *testing.T) {
	st := openTemp(t) // a unit, no categories
	res, err := st.Init(t.Context(), report.Unit{Name: "测试单位"}, nil, []string{"机构职能", "其他"}, now)
	if err != nil || res.Created || res.Categories != 2 {
		t.Errorf("init: %+v, %v", res, err)
	}
	if cats, _ := st.Categories(t.Context()); len(cats) != 2 {
		t.Errorf("categories: %v", cats)
	}
}

// Several inits of one new database at once all succeed and leave one
// unit with its categories.
func TestConcurrentInitsOfANewDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := Open(context.Background(), path, OpenOptions{Create: true})
			if err != nil {
				errs[i] = err
				return
			}
			defer st.Close()
			_, errs[i] = st.Init(context.Background(), report.Unit{Name: "甲单位"}, nil, []string{"机构职能", "其他"}, now)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("init %d: %v", i, err)
		}
	}
	st, err := Open(t.Context(), path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if cats, err := st.Categories(t.Context()); err != nil || len(cats) != 2 {
		t.Errorf("categories %v, %v", cats, err)
	}
}
