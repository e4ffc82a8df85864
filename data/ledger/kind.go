// Package ledger reads the ledgers (台账) a unit keeps all year, from .xlsx
// workbooks and .csv files, and writes the blank workbook a clerk fills in
// (docs/ledgers.md).
//
// A reader streams: it looks for a header row near the top of each sheet,
// recognises which ledger the sheet holds by the columns it names, then turns
// every following row into a typed report row (report.Request,
// report.Publication, …) and hands it to a Sink, one at a time, so that
// memory stays flat however long the ledger is. Bad cells are reported as
// *CellError, in Chinese, naming the file, sheet, row and column.
//
// Columns describes every ledger's columns once; the readers and the
// template take their wording from there (docs/ledgers.md lists them).
package ledger

import "github.com/xxgk/xxgk/report"

// Kind identifies a ledger.
type Kind string

// The ledgers of docs/ledgers.md, in the order the template lists them.
const (
	KindRequests     Kind = "requests"     // 依申请公开
	KindPublications Kind = "publications" // 主动公开
	KindDocuments    Kind = "documents"    // 规范性文件
	KindDecisions    Kind = "decisions"    // 行政决定
	KindFees         Kind = "fees"         // 收费
	KindAppeals      Kind = "appeals"      // 复议诉讼
	KindTasks        Kind = "tasks"        // 工作任务
	KindProgress     Kind = "progress"     // 任务进展
	KindQuotas       Kind = "quotas"       // 信息任务
	KindCatalog      Kind = "catalog"      // 目录: the 主动公开目录 with its 公开时限
)

// Kinds lists every ledger in template order.
var Kinds = []Kind{
	KindRequests, KindPublications, KindDocuments, KindDecisions, KindFees,
	KindAppeals, KindTasks, KindProgress, KindQuotas, KindCatalog,
}

var kindLabels = map[Kind]string{
	KindRequests:     "依申请公开",
	KindPublications: "主动公开",
	KindDocuments:    "规范性文件",
	KindDecisions:    "行政决定",
	KindFees:         "收费",
	KindAppeals:      "复议诉讼",
	KindTasks:        "工作任务",
	KindProgress:     "任务进展",
	KindQuotas:       "信息任务",
	KindCatalog:      "目录",
}

// Label returns the ledger's Chinese name, which is also its sheet name in
// the template, e.g. 「依申请公开」. An unknown Kind returns itself.
func (k Kind) Label() string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return string(k)
}

// Sink receives typed rows in file order. Returning an error stops the read;
// ReadFile returns that error unchanged.
type Sink interface {
	Publication(report.Publication) error
	Request(report.Request) error
	Document(report.Document) error
	Decision(report.Decision) error
	Fee(report.Fee) error
	Appeal(report.Appeal) error
	Task(report.Task) error
	Progress(report.Progress) error
	Quota(report.Quota) error
}

// CatalogSink is a Sink that also takes the rows of a 目录 sheet: the
// categories of the 主动公开目录 with their 公开时限. The rows of a 目录
// sheet read into a Sink that is not one are skipped.
type CatalogSink interface {
	Sink
	CatalogEntry(report.CatalogEntry) error
}

// Batcher is a Sink that can hold rows back and write them several at a
// time. ReadFile turns batches on for the read, and calls Flush at the
// end of each sheet and before it counts or reports anything about the
// rows passed (each progress step, a row with bad cells), so that the
// error of a row held back comes back where it would have without
// batches: a Flush error stops the read and is returned unchanged.
type Batcher interface {
	SetBatching(on bool)
	Flush() error
}

// Options tune a read.
type Options struct {
	// Notice receives non-fatal notes in Chinese, e.g.
	// 「工作表「说明」未识别为台账，已跳过」. May be nil.
	Notice func(msg string)
	// Progress receives the number of data rows read so far, about every
	// 1000 rows and once at the end. May be nil.
	Progress func(rows int)
}

func (o Options) notice(msg string) {
	if o.Notice != nil {
		o.Notice(msg)
	}
}

func (o Options) progress(rows int) {
	if o.Progress != nil {
		o.Progress(rows)
	}
}

// progressEvery is how many rows pass between two Progress calls.
const progressEvery = 1000
