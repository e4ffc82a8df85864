package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// The first bytes of SQLite's files: a database, a write-ahead log (two
// byte orders) and a rollback journal.
var (
	sqliteMagic  = []byte("SQLite format 3\x00")
	walMagics    = [][]byte{{0x37, 0x7f, 0x06, 0x82}, {0x37, 0x7f, 0x06, 0x83}}
	journalMagic = []byte{0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7}
)

// sqliteCompanions are the files SQLite keeps beside a database.
var sqliteCompanions = []string{"-wal", "-shm", "-journal"}

// refuseDatabase refuses path when it is the database db, one of db's
// companion files (existing or not), a companion of another SQLite
// database, or any file that starts as SQLite's files do.
func refuseDatabase(path, db string) error {
	if db != "" {
		if sameFile(path, db) {
			return inputErrorf(nil, "%s 是本命令使用的数据库，不能作为输出文件（加 --force 也不行）；请换一个输出文件名。", path)
		}
		for _, suf := range sqliteCompanions {
			if sameFile(filepath.Dir(path), filepath.Dir(db)) && strings.EqualFold(filepath.Base(path), filepath.Base(db)+suf) || sameFile(path, db+suf) {
				return inputErrorf(nil, "%s 是数据库 %s 的附属文件（%s），不能作为输出文件（加 --force 也不行）；请换一个输出文件名。", path, db, suf)
			}
		}
	}
	for _, suf := range sqliteCompanions {
		if base, ok := strings.CutSuffix(path, suf); ok && isSQLiteFile(base) {
			return inputErrorf(nil, "%s 是数据库 %s 的附属文件（%s），不能作为输出文件（加 --force 也不行）；请换一个输出文件名。", path, base, suf)
		}
	}
	head := fileHead(path, len(sqliteMagic))
	switch {
	case bytes.HasPrefix(head, sqliteMagic):
		return inputErrorf(nil, "%s 是一个 SQLite 数据库文件，xxgk 不会覆盖数据库（加 --force 也不会）；请换一个输出文件名。", path)
	case bytes.HasPrefix(head, walMagics[0]), bytes.HasPrefix(head, walMagics[1]), bytes.HasPrefix(head, journalMagic):
		return inputErrorf(nil, "%s 是 SQLite 数据库的日志文件，xxgk 不会覆盖它（加 --force 也不会）；请换一个输出文件名。", path)
	}
	return nil
}

// isSQLiteFile reports whether path is a regular file that starts as a
// SQLite database does.
func isSQLiteFile(path string) bool {
	return bytes.HasPrefix(fileHead(path, len(sqliteMagic)), sqliteMagic)
}

// sameFile reports whether a and b both exist and are the same file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// fileHead returns up to n first bytes of path when it is a regular file
// (never opening a pipe or a device, which could block).
func fileHead(path string, n int) []byte {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, n)
	k, _ := io.ReadFull(f, b)
	return b[:k]
}
