package pgstore

import (
	"testing"

	"github.com/xxgk/xxgk/data/pgstore/pgtest"
)

// openTest opens and migrates a fresh database, closed when the test ends.
func openTest(t *testing.T) *Store {
	t.Helper()
	dsn := pgtest.DB(t)
	s, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}
