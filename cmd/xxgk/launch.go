package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// runStart does what startMode decided for a start from Explorer (or a
// desktop launcher) and returns the exit code. The console window closes
// when xxgk ends, so on an error it waits for Enter: the clerk can read
// the message first.
func runStart(ctx context.Context, s start, e *env) int {
	if s.kind == startDroppedOther {
		fmt.Fprintf(e.stderr, "错误：无法导入「%s」：拖到 xxgk 上的文件应是台账（.xlsx 或 .csv）。要打开工作台，请直接双击 xxgk。\n", s.files[0])
		waitEnter(e)
		return exitUsage
	}
	code := exitStatus(e, launch(ctx, s, e))
	if code != exitOK {
		waitEnter(e)
	}
	return code
}

// launch opens the workbench on the launch database, first importing the
// dropped files (with the output of xxgk import) when there are any.
func launch(ctx context.Context, s start, e *env) error {
	db, err := launchDB(ctx, e)
	if err != nil {
		return err
	}
	if s.kind == startDropped {
		if err := runImport(ctx, importOptions{db: db, files: s.files}, e); err != nil {
			return err
		}
	}
	return runServe(ctx, serveOptions{db: db, addr: "127.0.0.1:0"}, e)
}

// launchDB returns the database a double-click works on: XXGK_DB, else
// the profile database, created on the first start with the unit name
// the clerk types.
func launchDB(ctx context.Context, e *env) (string, error) {
	if db := e.getenv("XXGK_DB"); db != "" {
		return db, nil
	}
	db := profileDB(e)
	if db == "" {
		return "", usageErrorf("无法确定个人数据库的保存位置：环境变量 APPDATA（Windows）或 HOME（Linux）没有设置。请在命令行中运行 xxgk serve --db 数据库文件。")
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		return db, nil
	}
	return db, firstStart(ctx, db, e)
}

// firstStart asks the unit's name in the console and creates the profile
// database db for it with xxgk init's code.
func firstStart(ctx context.Context, db string, e *env) error {
	var name string
	for name == "" {
		fmt.Fprint(e.stderr, "首次使用：请输入单位名称（如 某某县教育局），按回车确认：")
		line, err := e.readLine()
		if err != nil {
			fmt.Fprintln(e.stderr)
			return usageErrorf("没有输入单位名称，未创建数据库。下次双击 xxgk 时会再次询问。")
		}
		name = strings.TrimSpace(line)
	}
	if err := makeProfileDir(db); err != nil {
		return err
	}
	return runInit(ctx, initOptions{db: db, unit: unitOf(name, "")}, e)
}

// waitEnter asks for Enter and waits for it (or the end of the input).
func waitEnter(e *env) {
	if e.stdin == nil {
		return
	}
	fmt.Fprint(e.stderr, "按回车键关闭窗口。")
	e.readLine()
}
