package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// requestField ties a command-line flag to its column of the 依申请公开
// ledger: what the flag sets is validated exactly like an imported cell.
type requestField struct {
	flag, header, usage string
}

var addFields = []requestField{
	{"id", "申请编号", "申请编号（本单位唯一）"},
	{"received", "收到日期", "收到日期，如 2025-03-05"},
	{"applicant-type", "申请人类型", "自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他"},
	{"name", "申请人", "申请人姓名或名称（只保存在本单位数据库中）"},
	{"contact", "联系方式", "联系方式（只保存在本单位数据库中）"},
	{"content", "申请内容", "申请内容"},
	{"method", "申请方式", "当面 / 邮寄 / 网络 / 传真 / 其他"},
	{"note", "备注", "备注"},
}

var updateFields = []requestField{
	{"correction-asked", "补正告知日期", "发出补正告知的日期"},
	{"correction-received", "补正收到日期", "收到补正材料的日期（答复期限从此日重新计算）"},
	{"extension", "延期告知日期", "告知申请人延期答复的日期（期限延长 20 个工作日）"},
	{"consult-start", "征求意见开始日期", "征求第三方意见的开始日期"},
	{"consult-end", "征求意见结束日期", "征求第三方意见的结束日期"},
	{"concluded", "办结日期", "答复（办结）日期"},
	{"outcome", "办理结果", "表三的结果名称，如 予以公开、部分公开、本机关不掌握相关政府信息、其他处理-其他"},
	{"note", "备注", "备注"},
}

// requestOptions are the options of request add (id empty) and request
// update.
type requestOptions struct {
	db     string
	id     string            // the application to update; empty: add one
	fields []requestField    // the command's flags
	set    map[string]string // the values given, by ledger header
}

// requestFlags reads the command's flags into requestOptions.
func requestFlags(c *cli.Context, e *env, id string, fields []requestField) (requestOptions, error) {
	db, err := needDB(c, e)
	if err != nil {
		return requestOptions{}, err
	}
	opt := requestOptions{db: db, id: id, fields: fields, set: map[string]string{}}
	for _, f := range fields {
		if c.IsSet(f.flag) {
			opt.set[f.header] = c.String(f.flag)
		}
	}
	return opt, nil
}

func fieldFlags(fields []requestField) []cli.Flag {
	out := []cli.Flag{dbFlag()}
	for _, f := range fields {
		out = append(out, &cli.StringFlag{Name: f.flag, Usage: f.usage})
	}
	return out
}

func requestCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "request",
		Usage: "在命令行登记依申请公开申请及其办理环节",
		Subcommands: []*cli.Command{
			{
				Name:      "add",
				Usage:     "登记一件新申请",
				UsageText: "xxgk request add [--db 文件] --id 编号 --received 日期 --applicant-type 类型 [--name … --contact … --content … --method …]",
				Description: "与导入台账的一行相同地校验，在一个事务中写入，并显示答复期限。\n\n" +
					"示例：\n   xxgk request add --db 示例县教育局.db --id SQ2026-001 --received 2026-02-13 --applicant-type 自然人 --method 网络",
				Flags: fieldFlags(addFields),
				Action: func(c *cli.Context) error {
					opt, err := requestFlags(c, e, "", addFields)
					if err != nil {
						return err
					}
					return runRequest(c.Context, opt, e)
				},
			},
			{
				Name:      "update",
				Usage:     "记录补正、延期、征求意见或办结",
				UsageText: "xxgk request update [--db 文件] [--correction-asked 日期] [--correction-received 日期] [--extension 日期] [--consult-start 日期] [--consult-end 日期] [--concluded 日期 --outcome 结果] 编号",
				ArgsUsage: "编号",
				Description: "只改给出的项，其余保持原样；校验与导入台账相同，在一个事务中写入，并显示新的答复期限。\n\n" +
					"示例：\n   xxgk request update --db 示例县教育局.db --extension 2026-03-10 SQ2026-001\n" +
					"   xxgk request update --db 示例县教育局.db --concluded 2026-03-20 --outcome 予以公开 SQ2026-001",
				Flags: fieldFlags(updateFields),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usageErrorf("请在选项之后给出一个申请编号，例如 xxgk request update --db 文件 --concluded 2026-03-20 --outcome 予以公开 SQ2026-001。")
					}
					opt, err := requestFlags(c, e, c.Args().First(), updateFields)
					if err != nil {
						return err
					}
					return runRequest(c.Context, opt, e)
				},
			},
		},
	}
}

// runRequest adds (id == "") or updates one application.
func runRequest(ctx context.Context, opt requestOptions, e *env) error {
	st, err := openStore(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := saveRequest(ctx, st, opt.id, "命令行", opt.set, e.now())
	var exists *web.RequestError
	var invalid *requestInvalidError
	switch {
	case errors.As(err, &exists) && exists.Exists:
		return inputErrorf(nil, "编号为「%s」的申请已存在。记录办理环节请用 xxgk request update。", exists.ID)
	case errors.As(err, &exists):
		return inputErrorf(nil, "没有编号为「%s」的申请。新申请请用 xxgk request add 登记。", exists.ID)
	case errors.Is(err, errNoChange):
		return usageErrorf("没有给出要修改的项，例如 --concluded 2026-03-20 --outcome 予以公开。")
	case errors.As(err, &invalid):
		return flagError(invalid, opt.fields)
	case err != nil:
		return err
	}
	fmt.Fprintf(e.stderr, "已保存申请 %s。\n", r.ID)
	return printDue(ctx, st, r, e)
}

// requestValues writes an application back as ledger cells.
func requestValues(r report.Request) map[string]string {
	outcome := ""
	if i := report.RowIndex(string(r.Outcome)); i >= 0 {
		outcome = report.Table3Rows[i].Label
		if g := report.GroupLabel(report.Table3Rows[i].Group); g != "" {
			outcome = g + "-" + outcome
		}
	}
	applicant := ""
	if i := report.ApplicantIndex(r.Applicant); i >= 0 {
		applicant = report.Table3Columns[i].Label
	}
	return map[string]string{
		"申请编号": r.ID, "收到日期": r.Received.String(), "申请人类型": applicant,
		"申请人": r.ApplicantName, "联系方式": r.Contact, "申请内容": r.Content, "申请方式": r.Method,
		"补正告知日期": r.CorrectionAsked.String(), "补正收到日期": r.CorrectionReceived.String(),
		"延期告知日期": r.ExtensionNotified.String(), "征求意见开始日期": r.ConsultStart.String(),
		"征求意见结束日期": r.ConsultEnd.String(), "办结日期": r.Concluded.String(), "办理结果": outcome, "备注": r.Note,
	}
}

// requestHeaders is the column order of the one-row ledger parseRequest reads.
var requestHeaders = []string{"申请编号", "收到日期", "申请人类型", "申请人", "联系方式", "申请内容", "申请方式",
	"补正告知日期", "补正收到日期", "延期告知日期", "征求意见开始日期", "征求意见结束日期", "办结日期", "办理结果", "备注"}

// parseRequest validates values through the ledger reader, as one row of
// an imported 依申请公开 ledger; a bad value is a *requestInvalidError.
func parseRequest(values map[string]string) (report.Request, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	row := make([]string, len(requestHeaders))
	for i, h := range requestHeaders {
		row[i] = values[h]
	}
	w.Write(requestHeaders)
	w.Write(row)
	w.Flush()
	var got []report.Request
	err := ledger.ReadCSV(context.Background(), &buf, "命令行", requestSink{&got}, ledger.Options{})
	if err != nil {
		return report.Request{}, invalidRequest(err)
	}
	if len(got) != 1 {
		return report.Request{}, fmt.Errorf("request: read %d rows", len(got))
	}
	r := got[0]
	r.Origin = report.Origin{}
	return r, nil
}

// flagError rewords the ledger reader's cell errors with the flags that
// set the cells.
func flagError(invalid *requestInvalidError, fields []requestField) error {
	var lines []string
	for _, c := range invalid.cells {
		name := "「" + c.Header + "」"
		if f, ok := fieldOf(c, fields); ok {
			name = "--" + f.flag + "（" + f.header + "）"
		}
		lines = append(lines, name+"："+c.Detail())
	}
	return inputErrorf(invalid.err, "%s", strings.Join(lines, "\n"))
}

// fieldOf returns the field of fields that sets the cell of c.
func fieldOf(c *ledger.CellError, fields []requestField) (requestField, bool) {
	for _, f := range fields {
		if strings.TrimRight(c.Header, "*＊") == f.header {
			return f, true
		}
	}
	return requestField{}, false
}

// requestSink keeps the requests a read passes.
type requestSink struct{ got *[]report.Request }

func (s requestSink) Request(r report.Request) error     { *s.got = append(*s.got, r); return nil }
func (requestSink) Publication(report.Publication) error { return nil }
func (requestSink) Document(report.Document) error       { return nil }
func (requestSink) Decision(report.Decision) error       { return nil }
func (requestSink) Fee(report.Fee) error                 { return nil }
func (requestSink) Appeal(report.Appeal) error           { return nil }
func (requestSink) Task(report.Task) error               { return nil }
func (requestSink) Progress(report.Progress) error       { return nil }
func (requestSink) Quota(report.Quota) error             { return nil }
