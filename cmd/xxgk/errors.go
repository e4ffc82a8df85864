package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
)

// Exit codes, listed in the help of xxgk and the README.
const (
	exitOK          = 0
	exitRule        = 1 // the data breaks a rule, or the input was refused
	exitUsage       = 2
	exitInterrupted = 130
)

// userError is an error whose message is written for the user, in Chinese.
type userError struct {
	code int
	msg  string
	err  error // the cause, shown with --debug
}

func (e *userError) Error() string { return e.msg }
func (e *userError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return &userError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

func inputErrorf(err error, format string, args ...any) error {
	return &userError{code: exitRule, msg: fmt.Sprintf(format, args...), err: err}
}

// ruleBroken is returned by check when the data breaks a rule; the
// problems were already printed.
var ruleBroken = &userError{code: exitRule}

// describe turns any error into the exit code and the Chinese message the
// user sees.
func describe(err error) (int, string) {
	var ue *userError
	var cells *ledger.Errors
	var cell *ledger.CellError
	var noLedger *ledger.NoLedgerError
	var file *ledger.FileError
	var dup *data.DuplicateKeyError
	var tooNew *data.ErrTooNew
	var refs *data.ReferenceError
	switch {
	case errors.Is(err, context.Canceled):
		return exitInterrupted, "已中断，未完成的操作已撤销。"
	case errors.As(err, &ue):
		return ue.code, ue.msg
	case errors.As(err, &cells):
		return exitRule, cells.Error()
	case errors.As(err, &cell):
		return exitRule, cell.Error()
	case errors.As(err, &noLedger):
		return exitRule, noLedger.Error()
	case errors.As(err, &file):
		return exitRule, file.Error()
	case errors.As(err, &dup):
		return exitRule, dup.Error()
	case errors.As(err, &refs):
		return exitRule, refs.Error()
	case errors.As(err, &tooNew):
		return exitRule, fmt.Sprintf("数据库由更新版本的 xxgk 写入（结构版本 %d，本程序支持到 %d），请升级 xxgk 后再使用。", tooNew.Have, tooNew.Know)
	case errors.Is(err, data.ErrNotInitialized):
		return exitRule, "数据库文件不存在，请先运行 xxgk init --db 文件 --unit 单位名称 创建。"
	case errors.Is(err, data.ErrNoUnit):
		return exitRule, "数据库中没有单位信息，请先运行 xxgk init --db 文件 --unit 单位名称。"
	case data.ProblemOf(err) != data.NoProblem:
		return exitRule, dbMessage(err)
	}
	return exitRule, "内部错误：" + err.Error() + "（如需帮助，请加 --debug 重新运行并报告此信息）"
}
