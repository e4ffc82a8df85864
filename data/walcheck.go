package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// errWALMismatch explains why a WAL was judged not to belong to its
// database; checkWAL wraps it in a DBError (Problem ForeignWAL).
type errWALMismatch struct{ why string }

func (e *errWALMismatch) Error() string { return "wal does not belong to the database: " + e.why }

// SQLite replays whatever valid WAL lies beside a database: nothing in the
// log names the file it belongs to, so a -wal copied beside another
// database is merged into it and the file is damaged. checkWAL runs
// before every open and refuses such a log; a log left by a crash or held
// by a running xxgk passes. Every xxgk write transaction rewrites the
// stamp in page 1 (identity.go), so its logs carry page 1: the log's
// versions of page 1 must have the file's page size and identity, and
// write generations that run on from the file's. A log without page 1,
// or a database without an identity (an older xxgk's), is also replayed
// in a copy and must give a sound xxgk database.
func checkWAL(ctx context.Context, path string) error {
	wal := path + "-wal"
	var err error
	for try := 0; try < 3; try++ {
		// A running xxgk may checkpoint between the reads of the file and
		// the log; a mismatch of the generations alone is read again.
		if err = walVerdict(ctx, path, wal); !errors.Is(err, errStaleCounter) {
			break
		}
	}
	var mm *errWALMismatch
	if errors.As(err, &mm) {
		return &DBError{Path: path, Problem: ForeignWAL, WAL: wal, Err: err}
	}
	return err
}

var errStaleCounter = &errWALMismatch{"its write generations do not follow on from the file's"}

func walVerdict(ctx context.Context, path, wal string) error {
	if fi, err := os.Stat(wal); err != nil || fi.Size() == 0 {
		return nil // no log, or an empty one: nothing to replay
	}
	sum, err := readWAL(wal)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a running xxgk closed the database and removed its log
	}
	if err != nil {
		return fmt.Errorf("check %s: %w", wal, err)
	}
	if sum.commits == 0 {
		return nil // SQLite replays nothing from it
	}
	head, err := readHead(path)
	if err != nil {
		return err
	}
	file, ok := parsePageOne(head)
	switch {
	case !ok:
		return &errWALMismatch{"the database file has no SQLite header, so the log cannot be its own"}
	case file.pageSize != sum.pageSize:
		return &errWALMismatch{fmt.Sprintf("page size %d, the database's is %d", sum.pageSize, file.pageSize)}
	case len(sum.pageOnes) == 0:
		return replayInCopy(ctx, path, wal)
	}
	if err := matchPageOnes(file, sum.pageOnes); err != nil {
		return err
	}
	if file.appID == 0 {
		return replayInCopy(ctx, path, wal)
	}
	return nil
}

// matchPageOnes checks the log's versions of page 1 against the file's:
// the page size, the identity, and the generations, which must run on
// from the file's (the file holds the state the log started from, or a
// later one a checkpoint copied from the log).
func matchPageOnes(file pageOne, pageOnes []pageOne) error {
	for _, p := range pageOnes {
		if p.pageSize != file.pageSize {
			return &errWALMismatch{fmt.Sprintf("page 1 gives page size %d, the database's is %d", p.pageSize, file.pageSize)}
		}
	}
	id := identityOf(file.appID)
	if id == 0 {
		return matchUnstamped(pageOnes)
	}
	for _, p := range pageOnes {
		if identityOf(p.appID) != id {
			return &errWALMismatch{fmt.Sprintf("identity %#04x, the database's is %#04x", identityOf(p.appID), id)}
		}
	}
	start := generationOf(pageOnes[0].appID) - 1
	span := generationOf(pageOnes[len(pageOnes)-1].appID) - start
	if generationOf(file.appID)-start > span {
		return errStaleCounter
	}
	return nil
}

// matchUnstamped checks the log of a database without an identity (an
// older xxgk's): a stamped page 1 in it must come from the transaction
// that gave the database its identity (generation 1) and those after it.
func matchUnstamped(pageOnes []pageOne) error {
	var id uint16
	for _, p := range pageOnes {
		switch {
		case identityOf(p.appID) == 0:
		case id == 0 && generationOf(p.appID) != 1:
			return &errWALMismatch{"stamped page 1 beside a database without identity"}
		case id == 0:
			id = identityOf(p.appID)
		case identityOf(p.appID) != id:
			return &errWALMismatch{"two identities in one log"}
		}
	}
	return nil
}

// readHead reads the first 100 bytes of the database file (fewer when it
// is shorter; none when it does not exist).
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileError(path, fmt.Errorf("open database: %w", err))
	}
	defer f.Close()
	b := make([]byte, dbHeaderSize)
	n, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, fileError(path, fmt.Errorf("read database header: %w", err))
	}
	return b[:n], nil
}

// replayInCopy lets SQLite replay the log into copies of the two files in
// a temporary folder, and accepts the log when the result is a sound xxgk
// database. The originals are not touched.
func replayInCopy(ctx context.Context, path, wal string) error {
	dir, err := os.MkdirTemp("", "xxgk-walcheck-")
	if err != nil {
		return fmt.Errorf("check %s: %w", wal, err)
	}
	defer os.RemoveAll(dir)
	cp := filepath.Join(dir, "copy.db")
	if err := copyFile(path, cp); err != nil {
		return fmt.Errorf("check %s: %w", wal, err)
	}
	if err := copyFile(wal, cp+"-wal"); errors.Is(err, fs.ErrNotExist) {
		return nil // a running xxgk closed the database and removed its log
	} else if err != nil {
		return fmt.Errorf("check %s: %w", wal, err)
	}
	db, err := sql.Open("sqlite3", "file:"+cp+"?_busy_timeout=1000")
	if err != nil {
		return fmt.Errorf("check %s: %w", wal, err)
	}
	defer db.Close()
	if why := soundness(ctx, db); why != "" {
		return &errWALMismatch{"replayed in a copy, " + why}
	}
	return nil
}

// soundness returns "" when db passes PRAGMA integrity_check and holds an
// xxgk schema, or what is wrong.
func soundness(ctx context.Context, db *sql.DB) string {
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check(1)").Scan(&res); err != nil {
		return "integrity check failed: " + err.Error()
	}
	if res != "ok" {
		return "integrity check: " + res
	}
	var v, units int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v < 1 {
		return "no xxgk schema version"
	}
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'unit'").Scan(&units); err != nil || units != 1 {
		return "no xxgk unit table"
	}
	return ""
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
