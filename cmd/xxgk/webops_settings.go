package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// backupFolder is where the 设置 page's 「备份」 puts its copies: a folder
// of this name beside the database (xxgk backup needs --out; the page
// gives it this one).
const backupFolder = "备份"

// SaveUnit is `xxgk init --unit --code`: the same initUnit, the
// 主动公开目录 kept.
func (o webOps) SaveUnit(ctx context.Context, name, code string) error {
	u := unitOf(name, code)
	if u.Name == "" {
		return &web.SettingsRefused{Field: "unit", Msg: "缺少单位名称：请填写单位名称，例如「某某县教育局」。"}
	}
	_, err := initUnit(ctx, o.st, u, nil, o.e.now())
	return refusedAs(err, "code")
}

// SplitCategories reads the list as `xxgk init --categories` does. The
// page saves names only, each category keeping the 公开时限 it has (set by
// init or a 目录 sheet): a 时限 typed on the page is refused rather than
// lost.
func (o webOps) SplitCategories(text string) ([]string, error) {
	entries, err := splitCatalog(text)
	if err != nil {
		return nil, &web.SettingsRefused{Field: "categories", Msg: err.Error() + "。"}
	}
	var names []string
	for _, e := range entries {
		if e.Limit.Kind != report.LimitNone {
			return nil, &web.SettingsRefused{Field: "categories", Msg: "类别「" + e.Name + "」带有公开时限「" + e.Limit.String() +
				"」：本页只保存类别名称（各类别保留原有的公开时限）。公开时限请在台账工作簿的「目录」工作表中填写后导入，" +
				"或用 xxgk init --categories 设定。"}
		}
		names = append(names, e.Name)
	}
	if len(names) == 0 {
		return nil, &web.SettingsRefused{Field: "categories", Msg: "没有给出任何类别：请每行写一个类别后再保存。"}
	}
	return names, nil
}

// SaveCategories is `xxgk init --categories` with the unit as it is.
func (o webOps) SaveCategories(ctx context.Context, names []string) error {
	u, err := o.st.Unit(ctx)
	if err != nil {
		return err
	}
	entries := make([]report.CatalogEntry, len(names))
	for i, n := range names {
		entries[i] = report.CatalogEntry{Name: n} // each keeps its 公开时限
	}
	_, err = initUnit(ctx, o.st, u, entries, o.e.now())
	return err
}

// CalendarYears is `xxgk calendar list --db`.
func (o webOps) CalendarYears(ctx context.Context) ([]web.CalendarYear, error) {
	years, err := calendarYears(ctx, o.st)
	out := make([]web.CalendarYear, len(years))
	for i, y := range years {
		out[i] = web.CalendarYear{Year: y.year, Notices: y.notices, Source: y.source, Added: y.added}
	}
	return out, err
}

// AddCalendar is `xxgk calendar add` on the uploaded file, named as the
// clerk named it.
func (o webOps) AddCalendar(ctx context.Context, f web.Upload) (string, error) {
	year, text, err := readCalendar(f.Path, f.Name)
	if err != nil {
		return "", refusedAs(err, "files")
	}
	return saveCalendar(ctx, o.st, year, text, o.e.now())
}

// Database is the database file, its size and the backup folder.
func (o webOps) Database(ctx context.Context) (web.DatabaseFile, error) {
	if o.shared {
		return web.DatabaseFile{Path: sharedDatabaseNote, BackupDir: sharedDatabaseNote}, nil
	}
	path, err := filepath.Abs(o.db)
	if err != nil {
		return web.DatabaseFile{}, err
	}
	fi, err := os.Stat(path)
	if err != nil {
		return web.DatabaseFile{}, err
	}
	return web.DatabaseFile{Path: path, Size: fi.Size(), BackupDir: filepath.Join(filepath.Dir(path), backupFolder)}, nil
}

// Backup is `xxgk backup --out 备份` beside the database: the same
// backupFile and backupInto, on the workbench's open store.
func (o webOps) Backup(ctx context.Context) (string, error) {
	if o.shared {
		return "", refusedAs(inputErrorf(nil, "共享服务器上的数据库由系统管理员统一备份，不能在此备份。"), "")
	}
	f, err := o.Database(ctx)
	if err != nil {
		return "", err
	}
	opt := backupOptions{db: o.db, out: f.BackupDir}
	out, err := backupFile(opt, o.e)
	if err == nil {
		err = backupInto(ctx, o.st, opt, out, o.e)
	}
	return out, refusedAs(err, "")
}

// sharedDatabaseNote is what 设置 shows for the database's file and
// backup folder on the shared server (whose paths are not the clerks').
const sharedDatabaseNote = "共享数据库（由系统管理员维护和备份）"

// Version is what `xxgk --version` says.
func (o webOps) Version() string { return versionText() }

// refusedAs turns a command's refusal in words (not a busy database)
// into the page's refusal of field.
func refusedAs(err error, field string) error {
	var ue *userError
	if err == nil || data.ProblemOf(err) == data.Busy || !errors.As(err, &ue) || ue.msg == "" {
		return err
	}
	return &web.SettingsRefused{Field: field, Msg: ue.msg}
}
