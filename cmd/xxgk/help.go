package main

// Chinese help templates, set per App and Command (never the package-wide
// defaults).

const appHelp = `名称：
   {{.Name}} - {{.Usage}}

用法：
   {{.HelpName}} [全局选项] 命令 [命令选项] [参数...]
{{- if .Description}}

说明：
   {{wrap .Description 3}}{{end}}

命令：{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}

全局选项：{{range .VisibleFlags}}
   ` + flagLine + `{{end}}

退出码：0 成功；1 数据违反规则或输入被拒绝；2 用法错误；130 被中断。
运行 xxgk 命令 --help 查看每个命令的说明和示例。
`

const commandHelp = `名称：
   {{.HelpName}} - {{.Usage}}

用法：
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}} [选项]{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}{{end}}
{{- if .Description}}

说明：
   {{wrap .Description 3}}{{end}}
{{- if .VisibleFlags}}

选项：{{range .VisibleFlags}}
   ` + flagLine + `{{end}}{{end}}
`

const subcommandHelp = `名称：
   {{.HelpName}} - {{.Usage}}

用法：
   {{.HelpName}} 子命令 [选项]
{{- if .Description}}

说明：
   {{wrap .Description 3}}{{end}}

子命令：{{range .VisibleCommands}}
   {{join .Names ", "}}{{"\t"}}{{.Usage}}{{end}}
`

// flagLine prints one flag in Chinese: its names, whether it takes a value,
// its usage, a default worth showing and its environment variable.
const flagLine = `--{{index .Names 0}}{{range $i, $n := .Names}}{{if $i}}, -{{$n}}{{end}}{{end}}{{if .TakesValue}} 值{{end}}` +
	`{{"\t"}}{{.GetUsage}}` +
	`{{with .GetDefaultText}}{{if and (ne . "false") (ne . "0") (ne . "\"\"")}}（默认：{{.}}）{{end}}{{end}}` +
	`{{with .GetEnvVars}}（环境变量：{{join . ", "}}）{{end}}`
