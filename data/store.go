package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// Store is one unit's SQLite database: its ledgers, category list and
// report snapshots. It is safe for concurrent use.
type Store struct {
	db *sql.DB
}

// ErrNotInitialized is returned by Open when the database file does not
// exist and Create was not asked for.
var ErrNotInitialized = errors.New("database not initialized")

// OpenOptions tune Open.
type OpenOptions struct {
	// Create makes a new database file (mode 0600) when none exists.
	Create bool
}

// Open opens the database at path, creating it when asked, and brings its
// schema up to date. A database written by a newer xxgk is refused.
func Open(ctx context.Context, path string, opt OpenOptions) (*Store, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if !opt.Create {
			return nil, fmt.Errorf("open %s: %w", path, ErrNotInitialized)
		}
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, fmt.Errorf("create database: %w", err)
		}
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("create database: %w", err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "5000")
	q.Set("_txlock", "immediate")
	q.Set("_synchronous", "NORMAL")
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	s := &Store{db: db}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }
