//go:build cgo

package main

import (
	"fmt"
	"testing"

	"github.com/mattn/go-sqlite3"
)

// A full disk, as SQLite reports it, is a user error. sqlite3.Error exists
// only with cgo: this case lives apart so that GOOS=windows go vet (no C
// cross-compiler) still checks the package.
func TestDescribeFullDisk(t *testing.T) {
	err := fmt.Errorf("import: %w", sqlite3.Error{Code: sqlite3.ErrFull})
	want := "磁盘空间不足，无法写入数据库，本次修改已全部撤销。请清理磁盘空间后重试。"
	if code, msg := describe(err); code != exitRule || msg != want {
		t.Errorf("describe(%v) = %d %q; want %d %q", err, code, msg, exitRule, want)
	}
}
