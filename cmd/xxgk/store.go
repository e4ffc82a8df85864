package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
)

// Store is a unit's database as the commands use it (package unitdb,
// shared with the workbench's pages).
type Store = unitdb.Store

// The parts of Store the commands' helpers take.
type (
	requestStore  = unitdb.Requests
	calendarStore = unitdb.Calendars
	snapshotStore = unitdb.Snapshots
)

// storeOptions are the data.OpenOptions of every command: a write that
// finds the database busy says once that it waits.
func storeOptions(e *env, readOnly, create bool) data.OpenOptions {
	return data.OpenOptions{
		Create:   create,
		ReadOnly: readOnly,
		BusyWait: e.busyWait,
		OnBusy: func() {
			fmt.Fprintln(e.stderr, "数据库正被其他程序或窗口使用（例如正在导入），正在等待其完成……（按 Ctrl+C 取消）")
		},
	}
}

// openDatabase opens the unit's database at path: the one place that
// knows which store backs the commands. A PostgreSQL DSN (isPostgres)
// opens the unit of --unit-code on the shared database (openShared); a
// file path, SQLite, with opt.
func openDatabase(ctx context.Context, e *env, path string, opt data.OpenOptions) (Store, error) {
	if isPostgres(path) {
		return openShared(ctx, e, path)
	}
	st, err := data.Open(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// createStore opens the database for init, creating the file when there
// is none.
func createStore(ctx context.Context, e *env, path string) (Store, error) {
	return openDatabase(ctx, e, path, storeOptions(e, false, true))
}

// openStore opens an existing database for a command that writes to it.
func openStore(ctx context.Context, e *env, path string) (Store, error) {
	return openExistingAs(ctx, e, path, storeOptions(e, false, false))
}

// openReader opens an existing database for a command that only reads:
// nothing it does can change the file, and a read-only file can be read.
func openReader(ctx context.Context, e *env, path string) (Store, error) {
	return openExistingAs(ctx, e, path, storeOptions(e, true, false))
}

// openRecorder opens the database for a command whose only write is a
// record it can do without (report annual's snapshot): a read-only
// database is opened for reading, and the record's write then fails with
// a ReadOnly problem the command reports as a note.
func openRecorder(ctx context.Context, e *env, path string) (Store, error) {
	st, err := openStore(ctx, e, path)
	if data.ProblemOf(err) == data.ReadOnly {
		return openReader(ctx, e, path)
	}
	return st, err
}

// openExistingAs opens an existing database for e's run: SQLite's file
// with opt, or the unit of e's --unit-code on a PostgreSQL database.
func openExistingAs(ctx context.Context, e *env, path string, opt data.OpenOptions) (Store, error) {
	st, err := openDatabase(ctx, e, path, opt)
	if errors.Is(err, data.ErrNotInitialized) {
		return nil, inputErrorf(err, "数据库文件 %s 不存在，请先运行 xxgk init --db %s --unit 单位名称 创建。", path, quoteArg(hostOS, path))
	}
	if err != nil {
		return nil, err
	}
	if _, err := st.Unit(ctx); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}
