package main

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// profileDBName is the file name of the profile database. It is ASCII
// because the folder already says whose it is (xxgk) and the unit's name
// lives inside the database (and can change with xxgk init); an ASCII name
// also survives every code page a console, a zip tool or a backup script
// of an old Windows PC may use, and is the same on every unit's PC, so
// that support can name it over the phone.
const profileDBName = "xxgk.db"

// profileDir is the folder of the profile database on goos, from the
// environment read through getenv: %APPDATA%\xxgk on Windows,
// ~/Library/Application Support/xxgk on macOS and $XDG_DATA_HOME/xxgk
// (default ~/.local/share/xxgk) elsewhere. It is "" when the environment
// names no such folder.
func profileDir(goos string, getenv func(string) string) string {
	switch goos {
	case "windows":
		if d := getenv("APPDATA"); d != "" {
			return winJoin(d, "xxgk")
		}
		if d := getenv("USERPROFILE"); d != "" {
			return winJoin(d, "AppData", "Roaming", "xxgk")
		}
		return ""
	case "darwin":
		if h := getenv("HOME"); h != "" {
			return path.Join(h, "Library", "Application Support", "xxgk")
		}
		return ""
	}
	// The XDG base directory specification ignores a relative path.
	if d := getenv("XDG_DATA_HOME"); path.IsAbs(d) {
		return path.Join(d, "xxgk")
	}
	if h := getenv("HOME"); h != "" {
		return path.Join(h, ".local", "share", "xxgk")
	}
	return ""
}

// winJoin joins Windows path elements with backslashes (filepath.Join
// does so only on Windows; tests make Windows paths on Linux).
func winJoin(elem ...string) string {
	for i := range elem[:len(elem)-1] {
		elem[i] = strings.TrimRight(elem[i], `\/`)
	}
	return strings.Join(elem, `\`)
}

// profileDB is the path of the profile database on e's system, "" when
// the environment names no folder for it.
func profileDB(e *env) string {
	dir := profileDir(e.system(), e.getenv)
	if dir == "" {
		return ""
	}
	if e.system() == "windows" {
		return winJoin(dir, profileDBName)
	}
	return path.Join(dir, profileDBName)
}

// errNoDBFlag is the usage error of a command without --db on a machine
// whose environment names no profile folder.
func errNoDBFlag() error {
	return usageErrorf("缺少 --db：请指定单位数据库文件，例如 --db 教育局.db（也可设置环境变量 XXGK_DB）。")
}

// existingProfileDB returns the profile database for a command that needs
// one, or the usage error that says how to create it; it creates nothing.
func existingProfileDB(e *env) (string, error) {
	db := profileDB(e)
	if db == "" {
		return "", errNoDBFlag()
	}
	if _, err := os.Stat(db); errors.Is(err, fs.ErrNotExist) {
		return "", usageErrorf("还没有单位数据库：请先运行 xxgk init --unit 单位名称（数据库将保存在 %s），或用 --db 指定数据库文件。", db)
	}
	return db, nil
}

// makeProfileDir creates the folder of the profile database db (0700: the
// ledgers hold applicants' names).
func makeProfileDir(db string) error {
	dir := filepath.Dir(db)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return inputErrorf(err, "无法创建文件夹 %s：请检查是否有权限在该位置创建文件夹，或用 --db 指定数据库文件。", dir)
	}
	return nil
}
