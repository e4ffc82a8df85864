package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/data"
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

// UserMessage is the message, written for the user.
func (e *userError) UserMessage() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &userError{code: exitUsage, msg: fmt.Sprintf(format, args...)}
}

func inputErrorf(err error, format string, args ...any) error {
	return &userError{code: exitRule, msg: fmt.Sprintf(format, args...), err: err}
}

// ruleBroken is returned by check when the data breaks a rule; the
// problems were already printed.
var ruleBroken = &userError{code: exitRule}

// userMessage is an error whose message is written for the user, in
// Chinese: userError and the refusals of the data and ledger packages.
type userMessage interface {
	error
	UserMessage() string
}

// describe turns any error into the exit code and the Chinese message the
// user sees: the message of the outermost error that has one (a
// userError's exit code, 1 for the others), or one written here. A file
// or folder that is missing, locked, read-only or on a full disk is
// explained here, for every command (fileMessage); the system's own
// (English) text is shown only with --debug.
func describe(err error) (int, string) {
	var um userMessage
	switch {
	case errors.Is(err, context.Canceled):
		return exitInterrupted, "已中断，未完成的操作已撤销。"
	case errors.As(err, &um):
		return exitCode(um), um.UserMessage()
	case errors.Is(err, data.ErrNotInitialized):
		return exitRule, "数据库文件不存在，请先运行 xxgk init --db 文件 --unit 单位名称 创建。"
	case errors.Is(err, data.ErrNoUnit):
		return exitRule, "数据库中没有单位信息，请先运行 xxgk init --db 文件 --unit 单位名称。"
	case fileMessage(err) != "":
		return exitRule, fileMessage(err)
	case data.ProblemOf(err) != data.NoProblem:
		// a failure of the file that no store method wrapped in a DBError
		return exitRule, (&data.DBError{Problem: data.ProblemOf(err), Err: err}).UserMessage()
	}
	return exitRule, "内部错误：" + err.Error() + "（如需帮助，请加 --debug 重新运行并报告此信息）"
}

// exitCode is a userError's exit code, and 1 (input refused) for the
// other errors with a message.
func exitCode(err error) int {
	if ue, ok := err.(*userError); ok {
		return ue.code
	}
	return exitRule
}
