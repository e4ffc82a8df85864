package data

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// MigrateFile brings the schema of the database file at path up to date,
// as Open does, and returns its version before and after: xxgk migrate,
// which says what it did. A missing file is ErrNotInitialized; a newer
// database a *TooNewError.
func MigrateFile(ctx context.Context, path string, opt OpenOptions) (before, after int, err error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return 0, 0, fmt.Errorf("open %s: %w", path, ErrNotInitialized)
	}
	r, err := connect(path, true, opt)
	if err != nil {
		return 0, 0, err
	}
	err = r.retryBusy(ctx, func() (err error) {
		before, err = r.SchemaVersion(ctx)
		return err
	})
	r.db.Close()
	if err != nil {
		return 0, 0, r.fail(err)
	}
	opt.ReadOnly, opt.Create = false, false
	s, err := Open(ctx, path, opt)
	if err != nil {
		return before, 0, err
	}
	defer s.Close()
	if after, err = s.SchemaVersion(ctx); err != nil {
		return before, 0, err
	}
	return before, after, nil
}
