package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// fileProblem is what the system said went wrong with a file or folder, in
// the terms a clerk can act on.
type fileProblem int

const (
	noFileProblem fileProblem = iota
	fileNotFound              // the file, or the folder it should be in, does not exist
	fileLocked                // another program (Excel, WPS) has the file open
	fileReadOnly              // no permission, or a read-only file, folder or disk
	diskFull                  // no room left on the disk (or a quota is used up)
)

// errnoProblems maps a system's error numbers to the problems.
type errnoProblems map[syscall.Errno]fileProblem

// windowsErrnos are the Windows error numbers (winerror.h) xxgk explains,
// spelled as numbers so that the table is tested on every system.
var windowsErrnos = errnoProblems{
	2:   fileNotFound, // ERROR_FILE_NOT_FOUND
	3:   fileNotFound, // ERROR_PATH_NOT_FOUND
	5:   fileReadOnly, // ERROR_ACCESS_DENIED
	19:  fileReadOnly, // ERROR_WRITE_PROTECT
	32:  fileLocked,   // ERROR_SHARING_VIOLATION
	33:  fileLocked,   // ERROR_LOCK_VIOLATION
	39:  diskFull,     // ERROR_HANDLE_DISK_FULL
	112: diskFull,     // ERROR_DISK_FULL
}

// fileProblemIn returns the problem that the system error number in err's
// chain means in table. Replacing a file that another program holds open
// is refused as 「access denied」 on Windows, so a refused rename is taken
// as a locked file.
func fileProblemIn(err error, table errnoProblems) fileProblem {
	var n syscall.Errno
	if !errors.As(err, &n) {
		return noFileProblem
	}
	p := table[n]
	var le *os.LinkError
	if p == fileReadOnly && errors.As(err, &le) {
		return fileLocked
	}
	return p
}

// fileOp is what xxgk was doing with the file.
type fileOp int

const (
	opOpen  fileOp = iota // opening an existing file, or one it may create
	opRead                // reading a file the user named
	opWrite               // writing an output file
	opMkdir               // creating an output folder
)

// fileOpError is a file or folder that could not be used. describe says in
// Chinese why when the system's error is one of the fileProblems, and
// gives msg (which names the path) otherwise.
type fileOpError struct {
	op   fileOp
	path string // as the user gave it (not a temporary file)
	msg  string
	err  error
}

func (e *fileOpError) Error() string { return fmt.Sprintf("%s: %v", e.path, e.err) }
func (e *fileOpError) Unwrap() error { return e.err }

// UserMessage says why the file could not be used, naming it.
func (e *fileOpError) UserMessage() string {
	if m := fileMessage(e); m != "" {
		return m
	}
	return e.msg
}

// writeFailed is a failure while an output file was being written: of the
// file (a full disk) or of what was being written. Only the former has a
// message (fileMessage); the latter stays what it was.
type writeFailed struct {
	path string
	err  error
}

func (e *writeFailed) Error() string { return fmt.Sprintf("write %s: %v", e.path, e.err) }
func (e *writeFailed) Unwrap() error { return e.err }

// fileFailed returns the failure err of op on path, with the message the
// user sees when the failure is none of the fileProblems.
func fileFailed(op fileOp, path string, err error, format string, args ...any) error {
	return &fileOpError{op: op, path: path, msg: fmt.Sprintf(format, args...), err: err}
}

// fileMessage says in Chinese, naming the path, what a failure of a file
// means and what to do; "" when err is none of the fileProblems (of this
// system's error numbers, osErrnos).
func fileMessage(err error) string {
	p := fileProblemIn(err, osErrnos)
	if p == noFileProblem {
		return ""
	}
	op, path := opOpen, ""
	var fe *fileOpError
	var wf *writeFailed
	var le *os.LinkError
	var pe *fs.PathError
	switch {
	case errors.As(err, &fe):
		op, path = fe.op, fe.path
	case errors.As(err, &wf):
		op, path = opWrite, wf.path
	case errors.As(err, &le):
		op, path = opWrite, le.New
	case errors.As(err, &pe):
		path = pe.Path
	default:
		return ""
	}
	return problemMessage(p, op, path, missingFolder(path))
}

// missingFolder returns the folder path should be in when that folder does
// not exist, or "".
func missingFolder(path string) string {
	dir := filepath.Dir(path)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return dir
	}
	return ""
}

// problemMessage is the message of problem p met by op on path; missing is
// the folder of path when it does not exist.
func problemMessage(p fileProblem, op fileOp, path, missing string) string {
	switch p {
	case fileNotFound:
		if missing != "" {
			return fmt.Sprintf("找不到文件夹 %s（%s 所在的位置）。请检查路径是否写对，或先建好这个文件夹后再试。", missing, path)
		}
		if op == opWrite || op == opMkdir {
			return ""
		}
		return fmt.Sprintf("找不到文件 %s，请检查路径和文件名是否写对。", path)
	case fileLocked:
		verb := "写入"
		if op == opRead || op == opOpen {
			verb = "打开"
		}
		return fmt.Sprintf("文件 %s 无法%s：文件是否正在 Excel 或 WPS 中打开？请关闭后再试。", path, verb)
	case fileReadOnly:
		switch op {
		case opRead:
			return fmt.Sprintf("无法读取 %s：没有读取权限。请检查文件的权限，或把它复制到自己的文件夹后再试。", path)
		case opMkdir:
			return fmt.Sprintf("无法创建文件夹 %s：上一级文件夹是只读的（或没有写入权限）。请换一个可以写入的位置，例如“文档”或桌面。", path)
		}
		return fmt.Sprintf("无法写入 %s：文件或它所在的文件夹是只读的（或没有写入权限）。请换一个可以写入的文件夹，例如“文档”或桌面，或取消只读属性后再试。", path)
	case diskFull:
		return fmt.Sprintf("磁盘空间不足，无法写入 %s。请清理磁盘空间或换一个磁盘后再试。", path)
	}
	return ""
}
