package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data"
)

type backupOptions struct {
	db, out string
	force   bool
}

func backupCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "backup",
		Usage:     "备份数据库（导入或登记进行中也可以备份）",
		UsageText: "xxgk backup [--db 文件] --out 备份文件或文件夹 [--force]",
		Description: "把数据库在某一时刻的完整内容复制到一个新文件：其他窗口正在导入或登记时也可以备份，备份中只有已完成的操作。" +
			"备份写完后用 SQLite 的完整性检查核对，通过后才以 --out 的名字出现；不会改动数据库本身。" +
			"--out 是文件夹（或不带扩展名、尚不存在的名字，会新建为文件夹）时，备份文件名为「数据库名-备份-日期-时间.db」，每次备份都是一个新文件。" +
			"任何数据库文件（包括数据库本身和以前的备份）都不会被覆盖，加 --force 也不会；--out 是已有的其他文件时须加 --force 才覆盖。\n\n" +
			"恢复：关闭所有使用该数据库的 xxgk 窗口，把原数据库文件改名留存（连同旁边的 -wal、-shm 文件一起移到别处），" +
			"再把备份文件复制为原数据库文件名即可。\n\n" +
			"退出码：0 成功；1 数据库无法读取或备份未通过检查；2 用法错误；130 被中断（不留下不完整的备份）。\n\n" +
			"示例：\n   xxgk backup --db 示例县教育局.db --out 备份\n" +
			"   xxgk backup --db 示例县教育局.db --out D:\\备份\\示例县教育局-2026年1月.db",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "out", Usage: "备份文件，或存放备份的文件夹"},
			&cli.BoolFlag{Name: "force", Usage: "覆盖 --out 处已有的非数据库文件（数据库文件和以前的备份从不覆盖）"},
		},
		Action: func(c *cli.Context) error {
			db, err := needDB(c, e)
			if err != nil {
				return err
			}
			opt := backupOptions{db: db, out: c.String("out"), force: c.Bool("force")}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定备份文件或文件夹，例如 --out 备份。")
			}
			return runBackup(c.Context, opt, e)
		},
	}
}

func runBackup(ctx context.Context, opt backupOptions, e *env) error {
	if isPostgres(opt.db) {
		return backupShared(ctx, opt, e)
	}
	out, err := backupFile(opt, e)
	if err != nil {
		return err
	}
	if err := newGuard(e, opt.db, opt.force).check(output{out, backupKind}); err != nil {
		return err
	}
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := backupInto(ctx, st, opt, out, e); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "已写入备份 %s（已通过完整性检查）。\n", out)
	return nil
}

// backupFile is the file the copy of opt.db goes to: opt.out, or a new
// dated name in it when it is a folder (made when it names a new one).
func backupFile(opt backupOptions, e *env) (string, error) {
	out := opt.out
	if _, err := os.Stat(out); os.IsNotExist(err) && filepath.Ext(out) == "" {
		// --out 备份: a folder to keep the dated copies in, made on first use.
		if err := os.MkdirAll(out, 0o700); err != nil {
			return "", fileFailed(opMkdir, out, err, "无法创建文件夹 %s：%v", out, err)
		}
	}
	if fi, err := os.Stat(out); err == nil && fi.IsDir() {
		out = filepath.Join(out, backupName(opt.db, e.now()))
	}
	return out, nil
}

// backupName is the dated name of a copy of db in a folder of backups.
func backupName(db string, now time.Time) string {
	base := strings.TrimSuffix(filepath.Base(db), filepath.Ext(db))
	return fmt.Sprintf("%s-备份-%s.db", base, now.Format("20060102-150405"))
}

// backupInto writes the checked copy of st, the database opt.db, to out
// (mode 0600) through the output guard, which refuses a database or a
// file that exists: the one backup of `xxgk backup` and of the 设置 page.
func backupInto(ctx context.Context, st Store, opt backupOptions, out string, e *env) error {
	o := output{out, backupKind}
	return newGuard(e, opt.db, opt.force).fill(o, 0o600, func(tmp string) error {
		if err := st.Backup(ctx, tmp); err != nil {
			if errors.Is(err, data.ErrBackupUnsound) {
				return inputErrorf(err, "备份未通过完整性检查，没有写入 %s。数据库 %s 可能已损坏，请运行 xxgk check 并联系技术支持。", out, opt.db)
			}
			return err
		}
		return nil
	})
}
