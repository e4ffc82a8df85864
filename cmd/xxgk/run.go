package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/templates"
)

// run runs xxgk with args (args[0] is the program name) and returns the
// exit code. All output goes to e's streams.
func run(ctx context.Context, args []string, e *env) int {
	text, err := templates.Text()
	if err != nil {
		fmt.Fprintln(e.stderr, "错误：内部错误："+err.Error())
		return exitRule
	}
	e.text = text
	if len(args) > 0 {
		if s := startMode(args[1:], e.fromExplorer); s.kind != startCommand {
			return runStart(ctx, s, e)
		}
	}
	app := newApp(e)
	unknown := ""
	app.CommandNotFound = func(_ *cli.Context, name string) { unknown = name }
	e.debug = e.debug || debugEnv(e.getenv("XXGK_DEBUG"))
	err = strayQuote(e.system(), args[1:])
	if err == nil {
		err = app.RunContext(ctx, debugFirst(args))
	}
	if err == nil && unknown != "" {
		err = usageErrorf("未知命令「%s」。运行 xxgk --help 查看可用的命令。", unknown)
	}
	return exitStatus(e, err)
}

// exitStatus prints err's message to e.stderr (with --debug, its chain too)
// and returns its exit code; exitOK for nil.
func exitStatus(e *env, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, ruleBroken) {
		return exitRule
	}
	code, msg := describe(err)
	fmt.Fprintln(e.stderr, "错误："+msg)
	if e.debug {
		fmt.Fprintf(e.stderr, "详细信息：%+v\n", err)
	}
	return code
}

func newApp(e *env) *cli.App {
	app := &cli.App{
		Name:                  "xxgk",
		Usage:                 "政府信息公开台账与年度报告工具",
		Description:           "把主动公开、依申请公开等台账导入 SQLite 数据库，按国家格式生成《政府信息公开工作年度报告》（统计表、PDF、网页）和月度工作进展，计算答复期限，生成上报文件并汇总下级单位，核对勾稽关系等规则，备份数据库。",
		Version:               versionText(),
		Writer:                e.stdout,
		ErrWriter:             e.stderr,
		HideHelpCommand:       true,
		CustomAppHelpTemplate: appHelp,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "debug", Usage: "出错时显示详细的内部信息，包括操作系统的原文（环境变量：XXGK_DEBUG=1）"},
		},
		Before: func(c *cli.Context) error {
			e.debug = e.debug || c.Bool("debug")
			return nil
		},
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		Commands: []*cli.Command{
			initCommand(e),
			importCommand(e),
			reportCommand(e),
			narrativeCommand(e),
			dueCommand(e),
			requestCommand(e),
			calendarCommand(e),
			exportCommand(e),
			rollupCommand(e),
			checkCommand(e),
			explainCommand(e),
			templateCommand(e),
			demoCommand(e),
			backupCommand(e),
			serveCommand(e),
			userCommand(e),
		},
	}
	for _, c := range app.Commands {
		localize(c)
	}
	return app
}

// localize gives a command and its subcommands the Chinese help templates
// and usage-error handling.
func localize(c *cli.Command) {
	c.CustomHelpTemplate = commandHelp
	if len(c.Subcommands) > 0 {
		c.CustomHelpTemplate = subcommandHelp
	}
	c.OnUsageError = onUsageError
	c.HideHelpCommand = true
	for _, s := range c.Subcommands {
		localize(s)
	}
}

// onUsageError turns urfave's flag-parsing errors into a Chinese usage
// error (exit 2).
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		msg = "未知选项 " + name
	} else if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		msg = "选项 " + name + " 需要一个值"
	} else if strings.HasPrefix(msg, "invalid value") {
		msg = "选项的值无效：" + msg
	}
	return usageErrorf("%s。运行 %s --help 查看用法。", msg, c.Command.HelpName)
}

// debugFirst moves --debug (or -debug), where it follows the command
// name, to the front of the options, where the global flag is read: a
// clerk who adds it at the end of the line, as the message 「请加 --debug
// 重新运行」 invites, gets the details rather than 「未知选项」. Arguments
// after "--" are left alone. args[0] is the program name.
func debugFirst(args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	var rest []string
	found := false
	for i, a := range args[1:] {
		if a == "--" {
			rest = append(rest, args[1+i:]...)
			break
		}
		if a == "--debug" || a == "-debug" {
			found = true
			continue
		}
		rest = append(rest, a)
	}
	if found {
		out = append(out, "--debug")
	}
	return append(out, rest...)
}

// debugEnv reports whether the value of XXGK_DEBUG asks for details.
func debugEnv(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "0", "false", "no", "off":
		return false
	}
	return true
}
