package ledger

import "github.com/xxgk/xxgk/report"

// emitRow converts the current row of c to its ledger's type and, when no
// cell was bad, passes it to sink. Bad cells are left in c.bad.
func emitRow(c *rowConv, sink Sink) error {
	c.checkRequired()
	var send func() error
	switch c.lay.kind {
	case KindRequests:
		r := c.request()
		send = func() error { return sink.Request(r) }
	case KindPublications:
		p := c.publication()
		send = func() error { return sink.Publication(p) }
	case KindDocuments:
		d := c.document()
		send = func() error { return sink.Document(d) }
	case KindDecisions:
		d := c.decision()
		send = func() error { return sink.Decision(d) }
	case KindFees:
		f := c.fee()
		send = func() error { return sink.Fee(f) }
	case KindAppeals:
		a := c.appeal()
		send = func() error { return sink.Appeal(a) }
	case KindTasks:
		t := c.task()
		send = func() error { return sink.Task(t) }
	case KindProgress:
		p := c.progress()
		send = func() error { return sink.Progress(p) }
	case KindQuotas:
		q := c.quota()
		send = func() error { return sink.Quota(q) }
	case KindCatalog:
		e := c.catalogEntry()
		if cs, ok := sink.(CatalogSink); ok {
			send = func() error { return cs.CatalogEntry(e) }
		}
	}
	if len(c.bad) > 0 || send == nil {
		return nil
	}
	return send()
}

func (c *rowConv) request() report.Request {
	return report.Request{
		ID:                 c.text("id"),
		Received:           c.date("received"),
		Registered:         c.date("registered"),
		Applicant:          report.ApplicantType(c.choice("applicant_type")),
		ApplicantName:      c.text("applicant"),
		Contact:            c.text("contact"),
		Content:            c.text("content"),
		Method:             c.choice("method"),
		CorrectionAsked:    c.date("correction_asked"),
		CorrectionReceived: c.date("correction_received"),
		ExtensionNotified:  c.date("extension"),
		ConsultStart:       c.date("consult_start"),
		ConsultEnd:         c.date("consult_end"),
		Concluded:          c.date("concluded"),
		Outcome:            report.Outcome(c.choice("outcome")),
		Note:               c.text("note"),
		Origin:             c.origin,
	}
}

func (c *rowConv) publication() report.Publication {
	return report.Publication{
		IndexNo:     c.text("index_no"),
		Title:       c.text("title"),
		DocNo:       c.text("doc_no"),
		Published:   c.date("published"),
		Category:    c.text("category"),
		Channels:    c.list("channels"),
		Department:  c.text("department"),
		KeyArea:     c.boolean("key_area"),
		FromRequest: c.boolean("from_request"),
		Formed:      c.date("formed"),
		Origin:      c.origin,
	}
}

func (c *rowConv) document() report.Document {
	return report.Document{
		DocNo:      c.text("doc_no"),
		Title:      c.text("title"),
		Kind:       report.DocKind(c.choice("kind")),
		Issued:     c.date("issued"),
		Repealed:   c.date("repealed"),
		ValidUntil: c.date("valid_until"),
		Origin:     c.origin,
	}
}

func (c *rowConv) decision() report.Decision {
	return report.Decision{
		ID:     c.text("id"),
		Kind:   report.DecisionKind(c.choice("kind")),
		Date:   c.date("date"),
		Origin: c.origin,
	}
}

func (c *rowConv) fee() report.Fee {
	kind := report.FeeKind(c.choice("kind"))
	if kind == "" {
		kind = report.FeeAdministrative
	}
	return report.Fee{
		ID:        c.text("id"),
		Date:      c.date("date"),
		AmountFen: c.amount("amount"),
		Kind:      kind,
		Item:      c.text("item"),
		RequestID: c.text("request_id"),
		Origin:    c.origin,
	}
}

func (c *rowConv) appeal() report.Appeal {
	role := report.AppealRole(c.choice("role"))
	if role == "" {
		role = report.RoleRespondent
	}
	return report.Appeal{
		CaseNo: c.text("case_no"),
		Kind:   report.AppealKind(c.choice("kind")),
		Filed:  c.date("filed"),
		Closed: c.date("closed"),
		Result: report.AppealResult(c.choice("result")),
		Role:   role,
		Origin: c.origin,
	}
}

func (c *rowConv) task() report.Task {
	deadline, whole := c.deadline("deadline")
	return report.Task{
		ID:          c.text("id"),
		Area:        c.text("area"),
		Requirement: c.text("requirement"),
		Units:       c.list("units"),
		Deadline:    deadline,
		WholeYear:   whole,
		Origin:      c.origin,
	}
}

func (c *rowConv) progress() report.Progress {
	return report.Progress{
		TaskID:   c.text("task_id"),
		Date:     c.date("date"),
		Status:   report.TaskStatus(c.choice("status")),
		Note:     c.text("note"),
		Evidence: c.list("evidence"),
		Origin:   c.origin,
	}
}

func (c *rowConv) quota() report.Quota {
	y, m := c.month("month")
	return report.Quota{
		Unit:   c.text("unit"),
		Year:   y,
		Month:  m,
		Target: c.count("target"),
		Origin: c.origin,
	}
}

// catalogEntry reads a row of a 目录 sheet: a category and its 公开时限.
func (c *rowConv) catalogEntry() report.CatalogEntry {
	return report.CatalogEntry{Name: c.text("category"), Limit: c.limit("limit")}
}
