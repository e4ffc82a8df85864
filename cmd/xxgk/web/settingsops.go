package web

import "context"

// SettingsOps are the operations the 设置 page shares with the commands.
type SettingsOps interface {
	// SaveUnit records the unit's name and code as xxgk init --unit
	// --code does, in one transaction. Its refusals are *SettingsRefused.
	SaveUnit(ctx context.Context, name, code string) error
	// SplitCategories reads the 主动公开目录 typed in text as xxgk init
	// --categories does (blanks and repeats left out); an empty list is
	// a *SettingsRefused.
	SplitCategories(text string) ([]string, error)
	// SaveCategories replaces the 主动公开目录 with names in one
	// transaction (xxgk init --categories, the unit kept).
	SaveCategories(ctx context.Context, names []string) error
	// CalendarYears lists the years of the working-day calendar as xxgk
	// calendar list does.
	CalendarYears(ctx context.Context) ([]CalendarYear, error)
	// AddCalendar adds the uploaded holiday notice file as xxgk calendar
	// add does and returns the command's message; a file it refuses is a
	// *SettingsRefused naming the file and line.
	AddCalendar(ctx context.Context, f Upload) (string, error)
	// Database describes the database file and where 「备份」 puts copies.
	Database(ctx context.Context) (DatabaseFile, error)
	// Backup writes a checked copy of the database into the backup folder
	// as xxgk backup --out does and returns its path; a target it refuses
	// is a *SettingsRefused.
	Backup(ctx context.Context) (string, error)
	// Version is the program's version (xxgk --version).
	Version() string
}

// CalendarYear is one year the working-day calendar knows.
type CalendarYear struct {
	Year    int
	Notices []string // the notices' numbers (or dates)
	Source  string   // the file it was read from
	Added   bool     // the unit added it; otherwise built into the program
}

// DatabaseFile is the unit's database file.
type DatabaseFile struct {
	Path      string // full path
	Size      int64  // bytes of the file itself
	BackupDir string // the folder 「备份」 writes to
}

// SettingsRefused is a value the 设置 page's operation refused, in the
// command line's words; nothing was saved.
type SettingsRefused struct {
	Field string // the form field it is about: its name
	Msg   string
}

func (e *SettingsRefused) Error() string { return e.Msg }
