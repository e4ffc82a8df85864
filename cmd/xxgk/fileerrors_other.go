//go:build !windows

package main

import "syscall"

// osErrnos are the error numbers of the system xxgk runs on.
var osErrnos = errnoProblems{
	syscall.ENOENT:  fileNotFound,
	syscall.ENOTDIR: fileNotFound,
	syscall.EACCES:  fileReadOnly,
	syscall.EPERM:   fileReadOnly,
	syscall.EROFS:   fileReadOnly,
	syscall.ENOSPC:  diskFull,
	syscall.EDQUOT:  diskFull,
}
