package main

import (
	"errors"
	"fmt"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/data/xlsxguard"
)

// Every error that carries a message for the user gives it through
// UserMessage, however deeply wrapped; the outermost one wins.
func TestDescribe(t *testing.T) {
	cell := &ledger.CellError{File: "台账.csv", Row: 3, Col: "B", Header: "收到日期", Expected: "日期"}
	wrap := func(err error) error { return fmt.Errorf("import: %w", err) }
	cases := []struct {
		err  error
		code int
		want string
	}{
		{wrap(cell), exitRule, "台账.csv 第3行 B列「收到日期」：日期"},
		{wrap(&ledger.Errors{Cells: []*ledger.CellError{cell}}), exitRule, "台账中有 1 处错误：\n  台账.csv 第3行 B列「收到日期」：日期"},
		{wrap(&ledger.FileError{File: "a.xls", Msg: "是旧版 Excel"}), exitRule, "a.xls 是旧版 Excel"},
		{wrap(&xlsxguard.Error{File: "a.xlsx", Msg: "受密码保护"}), exitRule, "a.xlsx 受密码保护"},
		{wrap(&data.ReferenceError{Problems: []string{"x"}}), exitRule, (&data.ReferenceError{Problems: []string{"x"}}).Error()},
		{wrap(&data.TooNewError{Have: 9, Know: 4}), exitRule, "数据库由更新版本的 xxgk 写入（结构版本 9，本程序支持到 4），请升级 xxgk 后再使用。"},
		{wrap(&data.DBError{Path: "u.db", Problem: data.Busy}), exitRule, "数据库 u.db 正被其他程序或窗口使用（例如正在导入），请等其完成后再试。本次没有写入任何内容。"},
		{wrap(data.ErrNoUnit), exitRule, "数据库中没有单位信息，请先运行 xxgk init --db 文件 --unit 单位名称。"},
		{&userError{code: exitUsage, msg: "用法", err: cell}, exitUsage, "用法"},
		{errors.New("boom"), exitRule, "内部错误：boom（如需帮助，请加 --debug 重新运行并报告此信息）"},
	}
	for _, c := range cases {
		if code, msg := describe(c.err); code != c.code || msg != c.want {
			t.Errorf("describe(%v) = %d %q; want %d %q", c.err, code, msg, c.code, c.want)
		}
	}
}
