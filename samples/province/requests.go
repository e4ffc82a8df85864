package province

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/xxgk/xxgk/report"
)

// RequestHeader is the header row of the 依申请公开 ledger (docs/ledgers.md).
var RequestHeader = []string{"申请编号", "收到日期", "申请人类型", "申请人", "联系方式", "申请内容", "申请方式", "办结日期", "办理结果"}

// outcomes are the results the generator draws, as the ledger writes
// them and as table 3 codes them; 予以公开 is listed three times to weigh it.
var outcomes = []struct {
	label string
	code  report.Outcome
}{
	{"予以公开", "granted"}, {"予以公开", "granted"}, {"予以公开", "granted"},
	{"部分公开", "partial"}, {"属于国家秘密", "withheld.state_secret"}, {"保护第三方合法权益", "withheld.third_party"},
	{"属于行政查询事项", "withheld.query"}, {"本机关不掌握相关政府信息", "unavailable.not_held"},
	{"没有现成信息需要另行制作", "unavailable.needs_creation"}, {"信访举报投诉类申请", "rejected.petition"},
	{"重复申请", "rejected.duplicate"},
}

var (
	reqMethods  = []string{"网络", "网络", "当面", "邮寄", "传真", "其他"}
	reqSurnames = []string{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"}
)

// request is one drawn application.
type request struct {
	id        string
	received  report.Date
	applicant int // index in report.Table3Columns
	name      string
	contact   string
	content   string
	method    string
	concluded report.Date // zero while open
	outcome   int         // index in outcomes, when concluded
}

// drawRequest draws application i of year y.
// Those answered after the year's end stay open (结转下年度).
func drawRequest(r *rand.Rand, y int, i int) request {
	q := request{
		id:        fmt.Sprintf("SQ%d-%06d", y, i+1),
		received:  report.YearStart(y).AddDays(r.IntN(365)),
		applicant: r.IntN(report.NumApplicantTypes),
		name:      reqSurnames[r.IntN(len(reqSurnames))] + "某某",
		contact:   fmt.Sprintf("13%09d", r.IntN(1_000_000_000)),
		content:   "申请公开" + pubSubjects[r.IntN(len(pubSubjects))] + "的相关文件",
		method:    reqMethods[r.IntN(len(reqMethods))],
		outcome:   r.IntN(len(outcomes)),
	}
	if end := q.received.AddDays(1 + r.IntN(25)); end.Year() == y {
		q.concluded = end
	}
	return q
}

// cells returns the application as the ledger's columns.
func (q request) cells() []string {
	concluded, outcome := "", ""
	if !q.concluded.IsZero() {
		concluded, outcome = q.concluded.String(), outcomes[q.outcome].label
	}
	return []string{q.id, q.received.String(), report.Table3Columns[q.applicant].Label, q.name, q.contact, q.content, q.method, concluded, outcome}
}

// domain returns the application as the counting reads it.
func (q request) domain() report.Request {
	out := report.Request{ID: q.id, Received: q.received, Applicant: report.ApplicantType(report.Table3Columns[q.applicant].Code),
		Method: q.method, Concluded: q.concluded}
	if !q.concluded.IsZero() {
		out.Outcome = outcomes[q.outcome].code
	}
	return out
}

// WriteRequestsCSV writes the 依申请公开 ledger of opt.Requests rows as
// UTF-8 CSV and returns the number of rows written. It holds the same
// rows as WriteRequestsXLSX.
func WriteRequestsCSV(ctx context.Context, w io.Writer, opt Options) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := csv.NewWriter(bw)
	if err := cw.Write(RequestHeader); err != nil {
		return 0, err
	}
	r := rng(opt.Seed, streamRequests)
	for i := 0; i < opt.Requests; i++ {
		if i%10000 == 0 && ctx.Err() != nil {
			return i, ctx.Err()
		}
		if err := cw.Write(drawRequest(r, opt.Year, i).cells()); err != nil {
			return i, err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return opt.Requests, err
	}
	return opt.Requests, bw.Flush()
}
