package main

import (
	"path/filepath"

	"github.com/urfave/cli/v2"
)

// envFlag is a string flag with an environment variable as its fallback.
// The command reads the variable through env.getenv (flagOrEnv), never
// urfave from the process's own environment, so that tests stay
// hermetic; help still names the variable.
type envFlag struct {
	*cli.StringFlag
	envVar string
}

// GetEnvVars names the variable in help.
func (f *envFlag) GetEnvVars() []string { return []string{f.envVar} }

// flagOrEnv returns the string flag name when it was given, and otherwise
// the environment variable of its envFlag read through e.getenv.
func flagOrEnv(c *cli.Context, e *env, name string) string {
	if c.IsSet(name) {
		return c.String(name)
	}
	for _, f := range c.Command.Flags {
		if ef, ok := f.(*envFlag); ok && ef.Name == name {
			return e.getenv(ef.envVar)
		}
	}
	return c.String(name)
}

// dbUsage is the help of --db: optional, with the default.
const dbUsage = `单位数据库文件（SQLite），可不填：默认为个人数据库 %APPDATA%\xxgk\xxgk.db（Windows）或 ~/.local/share/xxgk/xxgk.db（Linux）`

// dbFlag is the --db flag every command on the database takes.
func dbFlag() cli.Flag {
	return dbFlagUsage(dbUsage)
}

// dbFlagUsage is a --db flag with its own usage text.
func dbFlagUsage(usage string) cli.Flag {
	return &envFlag{&cli.StringFlag{Name: "db", Usage: usage}, "XXGK_DB"}
}

// fontDirFlag is the --font-dir flag of the commands that write PDF.
func fontDirFlag(usage string) cli.Flag {
	return &envFlag{&cli.StringFlag{Name: "font-dir", Usage: usage}, "XXGK_FONT_DIR"}
}

// fontDirs returns the folders of --font-dir (or XXGK_FONT_DIR), nil for
// none.
func fontDirs(c *cli.Context, e *env) []string {
	if d := flagOrEnv(c, e, "font-dir"); d != "" {
		return filepath.SplitList(d)
	}
	return nil
}

// envFontDirs are the font folders of XXGK_FONT_DIR, searched first as
// the commands search them without --font-dir (the workbench's pages).
func envFontDirs(e *env) []string {
	if d := e.getenv("XXGK_FONT_DIR"); d != "" {
		return filepath.SplitList(d)
	}
	return nil
}

// needDB returns the database of a command that works on an existing
// one: --db, else XXGK_DB, else the profile database (profile.go), or the
// usage error that says how to create it. A PostgreSQL database comes in
// the form xxgk shows (sharedArg), and needs --unit-code.
func needDB(c *cli.Context, e *env) (string, error) {
	if db := flagOrEnv(c, e, "db"); db != "" {
		shown := sharedArg(c, e, db)
		if isPostgres(db) && hasFlag(c.Command, "unit-code") && !unitCodeLater[c.Command.Name] && e.shared.unitCode == "" {
			return "", needUnitCode(e, db)
		}
		return shown, nil
	}
	return existingProfileDB(e)
}

// initDB returns the database xxgk init creates or updates: --db, else
// XXGK_DB, else the profile database, whose folder it does not create
// (makeProfileDir does, once the options are checked).
func initDB(c *cli.Context, e *env) (db string, profile bool, err error) {
	if db := flagOrEnv(c, e, "db"); db != "" {
		return sharedArg(c, e, db), false, nil
	}
	if db = profileDB(e); db == "" {
		return "", false, errNoDBFlag()
	}
	return db, true, nil
}

// optionalDB returns the database of a command that can do without one
// (calendar list): --db, else XXGK_DB, else the profile database when it
// exists, else "".
func optionalDB(c *cli.Context, e *env) string {
	if db := flagOrEnv(c, e, "db"); db != "" {
		return sharedArg(c, e, db)
	}
	db, err := existingProfileDB(e)
	if err != nil {
		return ""
	}
	return db
}

// needYear returns --year or a usage error.
func needYear(c *cli.Context) (int, error) {
	y := c.Int("year")
	if y == 0 {
		return 0, usageErrorf("缺少 --year：请指定年度，例如 --year 2025。")
	}
	if y < 2000 || y > 2100 {
		return 0, usageErrorf("--year %d 不是有效年度（应为 2000 至 2100 之间的四位数年份）。", y)
	}
	return y, nil
}
