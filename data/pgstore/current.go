package pgstore

import (
	"context"
	"fmt"
)

// OldSchemaError is a database whose schema is older than the binary's:
// the commands refuse it (OpenCurrentUnit) until the administrator runs
// xxgk migrate, since a read never migrates.
type OldSchemaError struct{ Have, Want int }

func (e *OldSchemaError) Error() string {
	return fmt.Sprintf("database schema version %d is older than this binary's %d: run xxgk migrate", e.Have, e.Want)
}

// RequireCurrent refuses a database whose schema is not the binary's:
// older (*OldSchemaError) or newer (*data.TooNewError).
func (s *Store) RequireCurrent(ctx context.Context) error {
	have, err := s.checkVersion(ctx)
	if err != nil {
		return err
	}
	if want := LatestVersion(); have < want {
		return &OldSchemaError{Have: have, Want: want}
	}
	return nil
}

// OpenCurrentUnit is OpenUnit for a command of the unit: it also refuses
// a database whose schema is older than the binary's (*OldSchemaError),
// before it looks the unit up. Migrate, not a command, upgrades it.
func OpenCurrentUnit(ctx context.Context, dsn, code string) (*Unit, error) {
	s, err := Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	if err := s.RequireCurrent(ctx); err != nil {
		s.Close()
		return nil, err
	}
	u, err := s.Unit(ctx, code)
	if err != nil {
		s.Close()
		return nil, err
	}
	u.owns = true
	return u, nil
}
