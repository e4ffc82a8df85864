package report

import "fmt"

const ledgerRequests = LedgerRequests

// AddRequest counts one application into table 3 (docs/counting.md): one
// application, one final outcome.
//
//   - new: received between 1 Jan and 31 Dec;
//   - carried_in: received before 1 Jan and not concluded before 1 Jan;
//   - results: concluded in the year, under its outcome;
//   - carried_out: received by 31 Dec and not concluded by 31 Dec.
//
// Hence new + carried_in = result_total + carried_out for every column, as
// long as no row breaks the rules reported by checkRequest.
func (c *Counter) AddRequest(r Request) error {
	c.checkRequest(r)
	col := ApplicantIndex(r.Applicant)
	if col < 0 || r.Received.IsZero() {
		return nil
	}
	w := c.requestWhy(r)
	if r.Received.In(c.year) {
		c.addTable3(r, RowNew, col, w.new)
	}
	if r.Received < c.start && (r.Concluded.IsZero() || r.Concluded >= c.start) {
		c.addTable3(r, RowCarriedIn, col, w.carriedIn)
	}
	if r.Concluded.In(c.year) {
		if row := RowIndex(string(r.Outcome)); row >= RowFirstResult && row < RowResultTotal {
			why := w.result(row)
			c.addTable3(r, row, col, why)
			c.addTable3(r, RowResultTotal, col, why)
		}
		if err := c.countTimeliness(r); err != nil {
			return err
		}
	}
	if r.Received <= c.end && (r.Concluded.IsZero() || r.Concluded > c.end) {
		c.addTable3(r, RowCarriedOut, col, w.carriedOut)
	}
	return nil
}

// requestWhys are the reasons a trace gives for an application's cells.
type requestWhys struct {
	new, carriedIn, carriedOut string
	result                     func(row int) string
}

// requestWhy words the reasons of r's cells when the count is traced, and
// leaves them empty otherwise: a count of a large year then formats no
// text per row.
func (c *Counter) requestWhy(r Request) requestWhys {
	if c.opt.Trace == nil {
		return requestWhys{result: func(int) string { return "" }}
	}
	recv := fmt.Sprintf("收到日期 %s", r.Received)
	open := "尚未办结"
	if !r.Concluded.IsZero() {
		open = fmt.Sprintf("办结日期 %s", r.Concluded)
	}
	return requestWhys{
		new:        fmt.Sprintf("%s 在 %d 年内 → 本年新收", recv, c.year),
		carriedIn:  fmt.Sprintf("%s 早于 %s，%s，1月1日前未办结 → 上年结转", recv, c.start, open),
		carriedOut: fmt.Sprintf("%s 不晚于 %s，%s，年底前未办结 → 结转下年度", recv, c.end, open),
		result: func(row int) string {
			return fmt.Sprintf("%s 在 %d 年内，办理结果「%s」 → %s", open, c.year, Table3Rows[row].Label, rowTitle(row))
		},
	}
}

// addTable3 adds one to the row's applicant column and to its 总计 column.
func (c *Counter) addTable3(r Request, row, col int, why string) {
	c.rep.Table3.Rows[row][col]++
	c.rep.Table3.Rows[row][TotalCol]++
	if c.opt.Trace == nil {
		return
	}
	code := Table3Rows[row].Code
	for _, k := range []int{col, TotalCol} {
		cellCol := Table3Columns[k].Code
		c.trace("table3."+code+"."+cellCol, ledgerRequests, r.ID, r.Origin, why)
		if g := Table3Rows[row].Group; g != "" {
			c.trace("table3."+g+"."+cellCol, ledgerRequests, r.ID, r.Origin, why)
		}
	}
}

// rowTitle names a table 3 row as a clerk finds it on the printed table.
func rowTitle(row int) string {
	r := Table3Rows[row]
	if r.Group == "" {
		return r.Number + r.Label
	}
	for _, g := range Table3Groups {
		if g.Code == r.Group {
			return g.Number + g.Label + " " + r.Number + r.Label
		}
	}
	return r.Label
}

// checkRequest reports a row that breaks the request ledger's rules.
func (c *Counter) checkRequest(r Request) {
	o := r.Origin
	c.checkRow(o, ledgerRequests, r.ID,
		namedDate{"收到日期", r.Received}, namedDate{"办结日期", r.Concluded},
		namedDate{"补正告知日期", r.CorrectionAsked}, namedDate{"补正收到日期", r.CorrectionReceived},
		namedDate{"延期告知日期", r.ExtensionNotified},
		namedDate{"征求意见开始日期", r.ConsultStart}, namedDate{"征求意见结束日期", r.ConsultEnd})
	if ApplicantIndex(r.Applicant) < 0 {
		c.problem(o, ledgerRequests, r.ID, "申请人类型", "申请 %s 的申请人类型「%s」无法识别，未计入表三", r.ID, r.Applicant)
	}
	switch {
	case !r.Concluded.IsZero() && r.Outcome == "":
		c.problem(o, ledgerRequests, r.ID, "办结未填结果", "申请 %s 已填办结日期 %s，但办理结果为空，未计入表三办理结果", r.ID, r.Concluded)
	case r.Concluded.IsZero() && r.Outcome != "":
		c.problem(o, ledgerRequests, r.ID, "结果未填办结日期", "申请 %s 已填办理结果「%s」，但办结日期为空，按未办结计入结转", r.ID, outcomeLabel(r.Outcome))
	case r.Outcome != "" && RowIndex(string(r.Outcome)) < 0:
		c.problem(o, ledgerRequests, r.ID, "办理结果", "申请 %s 的办理结果「%s」无法识别", r.ID, r.Outcome)
	}
	if !r.Concluded.IsZero() && r.Concluded < r.Received {
		c.problem(o, ledgerRequests, r.ID, "办结早于收到", "申请 %s 的办结日期 %s 早于收到日期 %s", r.ID, r.Concluded, r.Received)
	}
}

func outcomeLabel(o Outcome) string {
	if i := RowIndex(string(o)); i >= 0 {
		return Table3Rows[i].Label
	}
	return string(o)
}

// countTimeliness sorts an application concluded in the year into on time
// or late, when a deadline rule was given.
func (c *Counter) countTimeliness(r Request) error {
	t := c.rep.Timeliness
	if t == nil {
		return nil
	}
	ok, err := c.opt.OnTime(r)
	if err != nil {
		return fmt.Errorf("request %s: %w", r.ID, err)
	}
	t.Concluded++
	tracing := c.opt.Trace != nil
	if tracing {
		c.trace("timeliness.concluded", ledgerRequests, r.ID, r.Origin, fmt.Sprintf("办结日期 %s 在 %d 年内", r.Concluded, c.year))
	}
	if ok {
		t.OnTime++
		if tracing {
			c.trace("timeliness.on_time", ledgerRequests, r.ID, r.Origin, fmt.Sprintf("办结日期 %s 不晚于答复期限 → 按时", r.Concluded))
		}
		return nil
	}
	t.Late++
	t.LateIDs = append(t.LateIDs, r.ID)
	if tracing {
		c.trace("timeliness.late", ledgerRequests, r.ID, r.Origin, fmt.Sprintf("办结日期 %s 晚于答复期限 → 逾期", r.Concluded))
	}
	return nil
}
