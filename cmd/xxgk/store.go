package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// Store is a unit's database as the commands use it. The commands never
// see which database it is: *data.Store (SQLite, one unit's file) is the
// one there is, and a store for a whole province (PostgreSQL) can be
// added beside it by changing openDatabase alone. The workbench's
// handlers are to take the same interface. Every method that touches the
// database takes the context.
type Store interface {
	report.Ledgers        // the annual count
	report.MonthlyLedgers // the monthly summary
	requestStore
	calendarStore
	snapshotStore
	unitStore
	importStore
	// Backup writes a consistent, checked copy of the database to dst.
	Backup(ctx context.Context, dst string) error
	Close() error
}

var _ Store = (*data.Store)(nil)

// requestStore looks up applications of the 依申请公开 ledger.
type requestStore interface {
	// Request returns the application id, and whether there is one.
	Request(ctx context.Context, id string) (report.Request, bool, error)
	// EachOpenRequest passes the applications still open on asOf.
	EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error
}

// calendarStore keeps the holiday notices a unit added.
type calendarStore interface {
	Calendars(ctx context.Context) ([]data.CalendarFile, error)
	SaveCalendar(ctx context.Context, c data.CalendarFile) error
}

// snapshotStore keeps the figures of the reports produced.
type snapshotStore interface {
	// LatestSnapshot returns the newest snapshot of kind for period, and
	// whether there is one.
	LatestSnapshot(ctx context.Context, kind, period string) (data.Snapshot, bool, error)
	SaveSnapshot(ctx context.Context, sn data.Snapshot) error
}

// unitStore keeps the unit and its 主动公开目录.
type unitStore interface {
	// Init records the unit and its categories (defaults when there are
	// none yet) in one transaction.
	Init(ctx context.Context, u report.Unit, names, defaults []string, now time.Time) (data.InitResult, error)
	// UnknownCategories returns the categories in use that are not in the
	// 主动公开目录, with how many items use each.
	UnknownCategories(ctx context.Context) ([]report.NamedCount, error)
}

// importStore begins all-or-nothing imports of ledger rows.
type importStore interface {
	BeginImport(ctx context.Context, files []string, now time.Time) (data.Importer, error)
}

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
// knows which store backs the commands.
func openDatabase(ctx context.Context, path string, opt data.OpenOptions) (Store, error) {
	st, err := data.Open(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// createStore opens the database for init, creating the file when there
// is none.
func createStore(ctx context.Context, e *env, path string) (Store, error) {
	return openDatabase(ctx, path, storeOptions(e, false, true))
}

// openStore opens an existing database for a command that writes to it.
func openStore(ctx context.Context, e *env, path string) (Store, error) {
	return openExisting(ctx, path, storeOptions(e, false, false))
}

// openReader opens an existing database for a command that only reads:
// nothing it does can change the file, and a read-only file can be read.
func openReader(ctx context.Context, e *env, path string) (Store, error) {
	return openExisting(ctx, path, storeOptions(e, true, false))
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

func openExisting(ctx context.Context, path string, opt data.OpenOptions) (Store, error) {
	st, err := openDatabase(ctx, path, opt)
	if errors.Is(err, data.ErrNotInitialized) {
		return nil, inputErrorf(err, "数据库文件 %s 不存在，请先运行 xxgk init --db %s --unit 单位名称 创建。", path, path)
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
