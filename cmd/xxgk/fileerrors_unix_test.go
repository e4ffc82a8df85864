//go:build !windows

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The error numbers of Linux (and the other Unix systems) for a read-only
// folder or disk, a full disk and a missing file.
func TestUnixErrnos(t *testing.T) {
	for errno, want := range map[syscall.Errno]fileProblem{
		syscall.EACCES: fileReadOnly, syscall.EPERM: fileReadOnly, syscall.EROFS: fileReadOnly,
		syscall.ENOSPC: diskFull, syscall.EDQUOT: diskFull, syscall.ENOENT: fileNotFound, syscall.EIO: noFileProblem,
	} {
		if got := fileProblemIn(&fs.PathError{Op: "open", Path: "/x", Err: errno}, osErrnos); got != want {
			t.Errorf("%v: %d, want %d", errno, got, want)
		}
	}
}

// Each problem met while writing an output is a user error naming the
// file, never 「内部错误」, whatever call site met it.
func TestFileProblemsDescribed(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "报告", "a.xlsx")
	tmp := filepath.Join(dir, "报告", ".xxgk-1.tmp")
	for _, c := range []struct {
		err  error
		want string
	}{
		{fileFailed(opWrite, out, &fs.PathError{Op: "open", Path: tmp, Err: syscall.ENOSPC}, "无法写入 %s", out),
			"磁盘空间不足，无法写入 " + out + "。请清理磁盘空间或换一个磁盘后再试。"},
		{&writeFailed{path: out, err: &fs.PathError{Op: "write", Path: tmp, Err: syscall.ENOSPC}},
			"磁盘空间不足，无法写入 " + out + "。请清理磁盘空间或换一个磁盘后再试。"},
		{fileFailed(opWrite, out, &fs.PathError{Op: "open", Path: tmp, Err: syscall.EROFS}, "无法写入 %s", out),
			"无法写入 " + out + "：文件或它所在的文件夹是只读的（或没有写入权限）。请换一个可以写入的文件夹，例如“文档”或桌面，或取消只读属性后再试。"},
		{fileFailed(opMkdir, dir, &fs.PathError{Op: "mkdir", Path: dir, Err: syscall.EACCES}, "无法创建输出目录 %s", dir),
			"无法创建文件夹 " + dir + "：上一级文件夹是只读的（或没有写入权限）。请换一个可以写入的位置，例如“文档”或桌面。"},
		{fileFailed(opRead, out, &fs.PathError{Op: "open", Path: out, Err: syscall.EACCES}, "无法打开 %s", out),
			"无法读取 " + out + "：没有读取权限。请检查文件的权限，或把它复制到自己的文件夹后再试。"},
		{fileFailed(opWrite, out, &os.LinkError{Op: "rename", Old: tmp, New: out, Err: syscall.EACCES}, "无法写入 %s", out),
			"文件 " + out + " 无法写入：文件是否正在 Excel 或 WPS 中打开？请关闭后再试。"},
		{fileFailed(opRead, filepath.Join(dir, "无.txt"), &fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, "无法打开"),
			"找不到文件 " + filepath.Join(dir, "无.txt") + "，请检查路径和文件名是否写对。"},
		// a system error the user cannot act on keeps the call site's message
		{fileFailed(opWrite, out, &fs.PathError{Op: "open", Path: tmp, Err: syscall.EIO}, "无法写入 %s：%v", out, "input/output error"),
			"无法写入 " + out + "：input/output error"},
	} {
		code, msg := describe(c.err)
		if code != exitRule || msg != c.want {
			t.Errorf("%v:\n got %d %s\nwant 1 %s", c.err, code, msg, c.want)
		}
	}
	// a failure of what was being written stays an internal error
	if _, msg := describe(&writeFailed{path: out, err: errors.New("render: boom")}); !strings.HasPrefix(msg, "内部错误") {
		t.Errorf("render failure: %s", msg)
	}
}
