package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// Store is one unit's SQLite database: its ledgers, category list and
// report snapshots. It is safe for concurrent use.
type Store struct {
	db       *sql.DB
	path     string
	readOnly bool
	busy     busyPolicy

	markMu    sync.Mutex // guards mark and markEpoch
	mark      *sql.Conn  // ChangeMark's connection: it never writes
	markEpoch int64      // how many mark connections were opened
}

// ErrNotInitialized is returned by Open when the database file does not
// exist and Create was not asked for.
var ErrNotInitialized = errors.New("database not initialized")

// DefaultBusyWait is how long a write waits for another program's write
// (an import of a million rows takes about half a minute) before it gives
// up with a Busy DBError.
const DefaultBusyWait = 3 * time.Minute

// OpenOptions tune Open.
type OpenOptions struct {
	// Create makes a new database file (mode 0600) when none exists.
	Create bool
	// ReadOnly opens the file so that nothing can change it: no schema
	// upgrade beyond the one an older database needs, no checkpoint, no
	// journal; write methods fail. A read-only file or folder can be read.
	// Closing removes the empty -wal and -shm the pool leaves (tidyWAL).
	ReadOnly bool
	// BusyWait is how long a write waits for the write lock another
	// connection holds (0: DefaultBusyWait).
	BusyWait time.Duration
	// OnBusy is called once when a write starts waiting for another
	// connection's write lock.
	OnBusy func()
}

// Open opens the database at path, creating it when asked, and brings its
// schema up to date. A database written by a newer xxgk is refused, and
// so is a -wal file beside it that does not belong to it (DBError with
// Problem ForeignWAL); in both cases the file is left untouched.
func Open(ctx context.Context, path string, opt OpenOptions) (*Store, error) {
	if err := checkWAL(ctx, path); err != nil {
		return nil, err
	}
	if opt.ReadOnly {
		return openReadOnly(ctx, path, opt)
	}
	if err := prepareFile(path, opt.Create); err != nil {
		return nil, err
	}
	s, err := connect(path, false, opt)
	if err != nil {
		return nil, err
	}
	if err := s.retryBusy(ctx, func() error { return s.migrate(ctx) }); err != nil {
		s.db.Close()
		return nil, s.fail(err)
	}
	return s, nil
}

// prepareFile creates the database file when asked, and refuses a file
// marked read-only (as root, SQLite would write it anyway).
func prepareFile(path string, create bool) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !create {
			return fmt.Errorf("open %s: %w", path, ErrNotInitialized)
		}
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			return nil // another xxgk created it a moment ago
		}
		if err != nil {
			return fileError(path, fmt.Errorf("create database: %w", err))
		}
		if err := f.Close(); err != nil {
			return fileError(path, fmt.Errorf("create database: %w", err))
		}
		return nil
	case err != nil:
		return fileError(path, fmt.Errorf("open database: %w", err))
	case fi.IsDir():
		return &DBError{Path: path, Problem: NotDatabase, Err: errors.New("is a folder")}
	case fi.Mode().Perm()&0o200 == 0:
		return &DBError{Path: path, Problem: ReadOnly, Err: errors.New("file is read-only")}
	}
	return nil
}

// connect opens the pool. Writers use WAL, wait for each other in short
// rounds (see busyPolicy) and take the write lock when they begin; a
// read-only pool sets no journal mode, so opening it writes nothing.
func connect(path string, readOnly bool, opt OpenOptions) (*Store, error) {
	busy := newBusyPolicy(opt.BusyWait, opt.OnBusy)
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.Itoa(int(busy.round/time.Millisecond)))
	if readOnly {
		q.Set("mode", "ro")
		q.Set("_txlock", "deferred")
	} else {
		q.Set("_journal_mode", "WAL")
		q.Set("_txlock", "immediate")
		q.Set("_synchronous", "NORMAL")
	}
	return connectDSN(path, q, readOnly, busy)
}

func connectDSN(path string, q url.Values, readOnly bool, busy busyPolicy) (*Store, error) {
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return &Store{db: db, path: path, readOnly: readOnly, busy: busy}, nil
}

// openReadOnly opens path so that nothing can be written. A database of
// an older schema is upgraded first, in a short read-write open (the only
// write a reading command makes). A folder where SQLite cannot create its
// -shm file can still be read when no -wal file exists: then the file
// holds everything, and it is opened as immutable.
func openReadOnly(ctx context.Context, path string, opt OpenOptions) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("open %s: %w", path, ErrNotInitialized)
	}
	s, err := connect(path, true, opt)
	if err != nil {
		return nil, err
	}
	var have int
	err = s.retryBusy(ctx, func() (err error) {
		have, err = s.SchemaVersion(ctx)
		return err
	})
	if err != nil && canReadImmutable(path, err) {
		s.db.Close()
		q := url.Values{"mode": {"ro"}, "immutable": {"1"}, "_foreign_keys": {"on"}}
		if s, err = connectDSN(path, q, true, s.busy); err != nil {
			return nil, err
		}
		have, err = s.SchemaVersion(ctx)
	}
	if latest := latestVersion(); err == nil && have > latest {
		err = &TooNewError{Have: have, Know: latest}
	}
	if err == nil && have < latestVersion() {
		s.db.Close()
		if err = upgrade(ctx, path, opt); err == nil {
			return openReadOnly(ctx, path, opt)
		}
		return nil, err
	}
	if err != nil {
		s.db.Close()
		return nil, s.fail(err)
	}
	return s, nil
}

// canReadImmutable reports whether a read-only open that failed with err
// may read the file as immutable: SQLite could not set up its shared
// memory in a read-only folder, and no -wal holds data the file lacks.
func canReadImmutable(path string, err error) bool {
	if p := ProblemOf(err); p != ReadOnly && p != CannotOpen {
		return false
	}
	fi, werr := os.Stat(path + "-wal")
	return errors.Is(werr, os.ErrNotExist) || werr == nil && fi.Size() == 0
}

// upgrade brings an older database's schema up to date.
func upgrade(ctx context.Context, path string, opt OpenOptions) error {
	opt.ReadOnly = false
	s, err := Open(ctx, path, opt)
	if err != nil {
		return err
	}
	return s.Close()
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	s.markMu.Lock()
	if s.mark != nil {
		s.mark.Close()
		s.mark = nil
	}
	s.markMu.Unlock()
	if err := s.db.Close(); err != nil {
		return err
	}
	if s.readOnly {
		tidyWAL(s.path)
	}
	return nil
}
