package data

import (
	"context"
	"database/sql"
	"net/url"
	"os"
)

// tidyWAL removes the empty -wal and -shm files that a read-only pool
// leaves beside the database at path. SQLite deletes them when the last
// connection to a WAL database closes, but a read-only connection may not,
// so after every reading command a clerk would find two extra files
// beside the database. tidyWAL lets SQLite do it: it opens one read-write
// connection, reads the schema (which attaches the connection to the log)
// and closes it. SQLite removes the files only when that connection is the
// file's last one, so a workbench or an import running at the same time
// keeps its log. With an empty log there is nothing to checkpoint, so the
// database file is not changed; a log that holds frames is left alone.
// Every failure is ignored: the files are only untidy.
func tidyWAL(path string) {
	fi, err := os.Stat(path + "-wal")
	if err != nil || fi.Size() != 0 {
		return
	}
	q := url.Values{"mode": {"rw"}, "_busy_timeout": {"0"}}
	db, err := sql.Open("sqlite3", "file:"+url.PathEscape(path)+"?"+q.Encode())
	if err != nil {
		return
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var n int
	db.QueryRowContext(context.Background(), "PRAGMA schema_version").Scan(&n)
}
