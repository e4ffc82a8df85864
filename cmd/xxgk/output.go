package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"
)

// outputGuard is the one way a command writes a file. Before anything is
// written it refuses a target that is a database (the command's own, its
// -wal/-shm/-journal, or any SQLite file, even with --force), a folder or a
// device, and an existing file that is not xxgk's own earlier output of the
// same kind unless --force is given. It then removes the temporary files
// killed xxgk processes left in the folder, and writes through a
// temporary file of its own, so that a failure never leaves half a file.
type outputGuard struct {
	db    string           // the command's database, "" when it has none
	force bool             // replace files that are not xxgk's own output of the kind
	now   func() time.Time // the clock, to age leftovers of older versions
}

// output is one file a command writes and what it is.
type output struct {
	path string
	kind outputKind
}

// newGuard returns the guard of a command on database db ("" for none).
func newGuard(e *env, db string, force bool) outputGuard {
	return outputGuard{db: db, force: force, now: e.now}
}

// forceFlag is the --force flag of every command that writes files.
func forceFlag() cli.Flag {
	return &cli.BoolFlag{Name: "force", Usage: "覆盖已有的、不是 xxgk 生成的同类文件的同名文件（数据库文件在任何情况下都不会被覆盖）"}
}

// check refuses, before any of outs is written, the first that may not be
// written.
func (g outputGuard) check(outs ...output) error {
	for _, o := range outs {
		if err := g.checkOne(o); err != nil {
			return err
		}
	}
	return nil
}

func (g outputGuard) checkOne(o output) error {
	if err := refuseDatabase(o.path, g.db); err != nil {
		return err
	}
	fi, err := os.Stat(o.path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		if dir := filepath.Dir(o.path); isFile(dir) {
			what := "文件"
			if isSQLiteFile(dir) {
				what = "数据库文件"
			}
			return inputErrorf(err, "%s 是一个%s，不是文件夹，无法在其中写入 %s；请换一个输出目录。", dir, what, filepath.Base(o.path))
		}
		return fileFailed(opWrite, o.path, err, "无法写入 %s：%v", o.path, err)
	}
	if fi.IsDir() {
		return inputErrorf(nil, "%s 是一个文件夹，不能写成文件；请换一个输出文件名。", o.path)
	}
	if !fi.Mode().IsRegular() {
		return inputErrorf(nil, "%s 不是普通文件（可能是设备或管道），xxgk 不会写入；请换一个输出文件名。", o.path)
	}
	if g.force {
		return nil
	}
	if ok, msg := o.kind.judge(o.path); !ok {
		return inputErrorf(nil, "%s", msg)
	}
	return nil
}

// isFile reports whether path exists and is not a folder.
func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir()
}

// write checks o, removes leftovers in its folder and writes it.
func (g outputGuard) write(o output, fn func(io.Writer) error) error {
	return g.fill(o, 0o644, writeInto(o, fn))
}

// writeInto fills the temporary file of o at tmp with fn.
func writeInto(o output, fn func(io.Writer) error) func(tmp string) error {
	return func(tmp string) error {
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_TRUNC, 0o600)
		if err != nil {
			return fileFailed(opWrite, o.path, err, "无法写入 %s：%v", o.path, err)
		}
		if err := fn(f); err != nil {
			f.Close()
			// no message of its own: a failure that is not of the file
			// stays what it was
			return &writeFailed{path: o.path, err: err}
		}
		if err := f.Close(); err != nil {
			return fileFailed(opWrite, o.path, err, "无法写入 %s：%v", o.path, err)
		}
		return nil
	}
}

// fill is write for a file made by name rather than through a writer (a
// database copy): fn fills the empty temporary file at tmp, which then
// gets the permissions perm.
func (g outputGuard) fill(o output, perm os.FileMode, fn func(tmp string) error) error {
	if err := g.check(o); err != nil {
		return err
	}
	var now time.Time
	if g.now != nil {
		now = g.now()
	}
	removeLeftovers(filepath.Dir(o.path), now)
	return replaceFile(o.path, perm, fn)
}

// replaceFile makes path through an empty temporary file in the same
// folder, named after this process so that a later xxgk can remove it if
// this one is killed, which fill fills; then renames it into place.
func replaceFile(path string, perm os.FileMode, fill func(tmp string) error) error {
	name, err := filledTemp(path, perm, fill)
	if err != nil {
		return err
	}
	defer os.Remove(name)
	return renameTemp(name, path)
}

// filledTemp is the first half of replaceFile: the temporary file beside
// path, filled by fill and given perm, not yet in place. On an error it
// is removed.
func filledTemp(path string, perm os.FileMode, fill func(tmp string) error) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), fmt.Sprintf("%s%d-*%s", tempPrefix, os.Getpid(), tempSuffix))
	if err != nil {
		return "", fileFailed(opWrite, path, err, "无法写入 %s：%v", path, err)
	}
	name := tmp.Name()
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return "", fileFailed(opWrite, path, err, "无法写入 %s：%v", path, err)
	}
	if err := fill(name); err != nil {
		os.Remove(name)
		return "", err
	}
	if err := os.Chmod(name, perm); err != nil {
		os.Remove(name)
		return "", err
	}
	return name, nil
}

// renameTemp is the second half of replaceFile: tmp renamed to path.
func renameTemp(tmp, path string) error {
	if err := os.Rename(tmp, path); err != nil {
		return fileFailed(opWrite, path, err, "无法写入 %s（文件是否正在 Excel 或 WPS 中打开？）：%v", path, err)
	}
	return nil
}
