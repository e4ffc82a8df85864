// Package unitdb is the unit's database as the commands and the
// workbench's pages use it: an interface, so that neither depends on which
// database backs it (*data.Store, SQLite, is the one there is).
package unitdb

import (
	"context"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// Store is a unit's database as the commands and the pages use it. A
// store for a whole province (PostgreSQL) can be added beside *data.Store
// without changing them. Every method that touches the database takes the
// context.
type Store interface {
	report.Ledgers // the annual count
	report.Catalog // the 主动公开目录 with its 公开时限 (the self-inspection)
	// EachPublicationToSelfCheck passes the items of a year the
	// self-inspection looks at one by one (selfcheck.Picker): a wrapper
	// of the store (requestsOnce) keeps it.
	EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error
	// PublicationCounter groups a year's publications in the database:
	// the annual count then reads groups, not a million rows.
	report.PublicationCounter
	report.MonthlyLedgers // the monthly summary
	Requests
	Counts
	Calendars
	Snapshots
	Units
	Imports
	// ChangeMark returns a number that differs from the last one whenever
	// a change was committed since, by this process or another (a command
	// run while the workbench serves): what the pages keep computed is
	// keyed on it. *data.Store reads SQLite's PRAGMA data_version on a
	// connection that never writes; a PostgreSQL store will keep it
	// differently (e.g. a counter its writes bump, or NOTIFY).
	ChangeMark(ctx context.Context) (int64, error)
	// Backup writes a consistent, checked copy of the database to dst.
	Backup(ctx context.Context, dst string) error
	Close() error
}

var _ Store = (*data.Store)(nil)

// Requests looks up applications of the 依申请公开 ledger.
type Requests interface {
	// Request returns the application id, and whether there is one.
	Request(ctx context.Context, id string) (report.Request, bool, error)
	// EachOpenRequest passes the applications still open on asOf.
	EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error
	// CountRequests counts the applications of a year q picks.
	CountRequests(ctx context.Context, q data.RequestQuery) (int, error)
	// EachRequestOf passes the applications of a year q picks (a page of
	// them), by 申请编号.
	EachRequestOf(ctx context.Context, q data.RequestQuery, fn func(report.Request) error) error
}

// Counts counts a year's rows without reading them.
type Counts interface {
	// CountYear counts year y's publications and its applications
	// received, concluded and open as of the end of asOf (概览's figures).
	CountYear(ctx context.Context, y int, asOf report.Date) (data.YearCounts, error)
}

// Calendars keeps the holiday notices a unit added.
type Calendars interface {
	Calendars(ctx context.Context) ([]data.CalendarFile, error)
	SaveCalendar(ctx context.Context, c data.CalendarFile) error
}

// Snapshots keeps the figures of the reports produced.
type Snapshots interface {
	// LatestSnapshot returns the newest snapshot of kind for period, and
	// whether there is one.
	LatestSnapshot(ctx context.Context, kind, period string) (data.Snapshot, bool, error)
	SaveSnapshot(ctx context.Context, sn data.Snapshot) error
}

// Units keeps the unit and its 主动公开目录.
type Units interface {
	// Init records the unit and its categories (defaults when there are
	// none yet) in one transaction.
	Init(ctx context.Context, u report.Unit, names, defaults []string, now time.Time) (data.InitResult, error)
	// InitCatalog is Init with the categories' 公开时限: an entry without
	// one keeps the 时限 its category had.
	InitCatalog(ctx context.Context, u report.Unit, entries []report.CatalogEntry, defaults []string, now time.Time) (data.InitResult, error)
	// UnknownCategories returns the categories in use that are not in the
	// 主动公开目录, with how many items use each.
	UnknownCategories(ctx context.Context) ([]report.NamedCount, error)
	// CategoryUse returns every category the published items use, with
	// how many items use each.
	CategoryUse(ctx context.Context) ([]report.NamedCount, error)
}

// Imports begins all-or-nothing imports of ledger rows.
type Imports interface {
	BeginImport(ctx context.Context, files []string, now time.Time) (data.Importer, error)
}

// A Store lets the self-inspection pick what it reads.
var _ selfcheck.Picker = Store(nil)

var _ Store = (*pgstore.Unit)(nil)
