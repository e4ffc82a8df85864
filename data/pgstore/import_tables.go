package pgstore

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// importTable describes a ledger table for the import: its key and data
// columns, in the order the Sink methods give their values, and the
// statements built from them once (see mergeTexts).
type importTable struct {
	name   string
	ledger string // the ledger's Chinese name, as data's (Stats, messages)
	keys   []string
	cols   []string
}

// The ledger tables, with the columns of data's tables of the same name.
var (
	publicationsImport = importTable{name: "publications", ledger: "主动公开", keys: []string{"index_no"},
		cols: []string{"title", "doc_no", "published", "category", "channels", "department", "key_area",
			"from_request", "formed"}}
	requestsImport = importTable{name: "requests", ledger: "依申请公开", keys: []string{"id"},
		cols: []string{"received", "applicant_type", "applicant_name", "contact", "content", "method",
			"correction_asked", "correction_received", "extension_notified", "consult_start", "consult_end",
			"concluded", "outcome", "note", "registered"}}
	documentsImport = importTable{name: "documents", ledger: "规范性文件", keys: []string{"doc_no"},
		cols: []string{"title", "kind", "issued", "repealed", "valid_until"}}
	decisionsImport = importTable{name: "decisions", ledger: "行政决定", keys: []string{"id"},
		cols: []string{"kind", "decided"}}
	feesImport = importTable{name: "fees", ledger: "收费", keys: []string{"id"},
		cols: []string{"charged", "amount_fen", "kind", "item", "request_id"}}
	appealsImport = importTable{name: "appeals", ledger: "复议诉讼", keys: []string{"case_no"},
		cols: []string{"kind", "filed", "closed", "result", "role"}}
	tasksImport = importTable{name: "tasks", ledger: "工作任务", keys: []string{"id"},
		cols: []string{"area", "requirement", "units", "deadline", "whole_year"}}
	progressImport = importTable{name: "progress", ledger: "任务进展", keys: []string{"task_id", "date"},
		cols: []string{"status", "note", "evidence"}}
	quotasImport = importTable{name: "quotas", ledger: "信息任务", keys: []string{"unit", "month"},
		cols: []string{"target"}}
)

// The values of each ledger's data columns, in its table's column order:
// what the row hash covers. PutPublications and PutRequests hash the same
// values, so that a row written one by one and imported again is found
// unchanged; a writer of the other ledgers should use these functions.

func publicationVals(p report.Publication) []any {
	return []any{p.Title, p.DocNo, dateArg(p.Published), p.Category, strings.Join(p.Channels, "、"),
		p.Department, p.KeyArea, p.FromRequest, dateArg(p.Formed)}
}

func requestVals(r report.Request) []any {
	return []any{dateArg(r.Received), string(r.Applicant), r.ApplicantName, r.Contact, r.Content, r.Method,
		dateArg(r.CorrectionAsked), dateArg(r.CorrectionReceived), dateArg(r.ExtensionNotified),
		dateArg(r.ConsultStart), dateArg(r.ConsultEnd), dateArg(r.Concluded), string(r.Outcome), r.Note,
		dateArg(r.Registered)}
}

func documentVals(d report.Document) []any {
	return []any{d.Title, string(d.Kind), dateArg(d.Issued), dateArg(d.Repealed), dateArg(d.ValidUntil)}
}

func decisionVals(d report.Decision) []any { return []any{string(d.Kind), dateArg(d.Date)} }

func feeVals(f report.Fee) []any {
	return []any{dateArg(f.Date), f.AmountFen, string(f.Kind), f.Item, f.RequestID}
}

// appealVals gives a case without a role the respondent's, as data's.
func appealVals(a report.Appeal) []any {
	role := a.Role
	if role == "" {
		role = report.RoleRespondent
	}
	return []any{string(a.Kind), dateArg(a.Filed), dateArg(a.Closed), string(a.Result), string(role)}
}

func taskVals(t report.Task) []any {
	return []any{t.Area, t.Requirement, strings.Join(t.Units, "、"), dateArg(t.Deadline), t.WholeYear}
}

func progressVals(p report.Progress) []any {
	return []any{string(p.Status), p.Note, strings.Join(p.Evidence, "、")}
}

func quotaMonth(q report.Quota) string { return fmt.Sprintf("%04d-%02d", q.Year, int(q.Month)) }

// Publication writes one published item (ledger.Sink).
func (im *Import) Publication(p report.Publication) error {
	return im.put(&publicationsImport, p.Origin, []any{p.IndexNo}, publicationVals(p))
}

// Request writes one application.
func (im *Import) Request(r report.Request) error {
	return im.put(&requestsImport, r.Origin, []any{r.ID}, requestVals(r))
}

// Document writes one normative document.
func (im *Import) Document(d report.Document) error {
	return im.put(&documentsImport, d.Origin, []any{d.DocNo}, documentVals(d))
}

// Decision writes one administrative decision.
func (im *Import) Decision(d report.Decision) error {
	return im.put(&decisionsImport, d.Origin, []any{d.ID}, decisionVals(d))
}

// Fee writes one fee received.
func (im *Import) Fee(f report.Fee) error {
	return im.put(&feesImport, f.Origin, []any{f.ID}, feeVals(f))
}

// Appeal writes one review or lawsuit.
func (im *Import) Appeal(a report.Appeal) error {
	return im.put(&appealsImport, a.Origin, []any{a.CaseNo}, appealVals(a))
}

// Task writes one work task.
func (im *Import) Task(t report.Task) error {
	return im.put(&tasksImport, t.Origin, []any{t.ID}, taskVals(t))
}

// Progress writes one dated progress entry.
func (im *Import) Progress(p report.Progress) error {
	return im.put(&progressImport, p.Origin, []any{p.TaskID, dateArg(p.Date)}, progressVals(p))
}

// Quota writes one monthly information quota.
func (im *Import) Quota(q report.Quota) error {
	return im.put(&quotasImport, q.Origin, []any{q.Unit, quotaMonth(q)}, []any{int64(q.Target)})
}
