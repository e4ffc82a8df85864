package deadline

import (
	"errors"

	"github.com/xxgk/xxgk/report"
)

// Time limits, in working days, of 《中华人民共和国政府信息公开条例》.
const (
	ReplyDays            = 20 // 第三十三条第一款: reply within 20 working days of receipt
	ExtensionDays        = 20 // 第三十三条第一款: extendable once by at most 20 working days
	CorrectionNoticeDays = 7  // 第三十条: ask for 补正 once, within 7 working days of receipt
	ConsultDays          = 15 // 第三十二条: the third party has 15 working days to answer
)

// noCorrection is the outcome of an application deemed withdrawn because the
// correction never came (第三十条).
const noCorrection report.Outcome = "other.no_correction"

// ErrNoReceived is returned for a request without a received date.
var ErrNoReceived = errors.New("request has no received date")

// Deadline is when a request's reply and 补正 notice fall due.
type Deadline struct {
	// Start is the day the reply clock runs from: Received, or
	// CorrectionReceived when a 补正 arrived (第三十条: the application counts
	// as received on the day the correction arrives).
	Start report.Date
	// Reply is the due date: the reply is due by the end of this day. Zero
	// while AwaitingCorrection.
	Reply report.Date
	// CorrectionNotice is the last day to send a 补正 notice: 7 working days
	// after Received (第三十条).
	CorrectionNotice report.Date
	// AwaitingCorrection: a 补正 notice is out and no correction has arrived,
	// so the reply clock has not restarted and nothing is due but the
	// applicant's correction.
	AwaitingCorrection bool
	// Extended: an extension was notified by the due date it extends, adding
	// 20 working days (第三十三条第一款, at most once).
	Extended bool
	// ExtensionLate: an extension was notified after the due date and so did
	// not extend it.
	ExtensionLate bool
	// Paused is the number of working days of third-party consultation not
	// counted (第三十三条第二款), at most ConsultDays.
	Paused int
}

// For works out r's deadlines from the dates in its ledger row. An open
// consultation of a concluded request is taken to end on Concluded; of an
// open request, to take its full 15 working days (see At for a status on a
// given day).
func For(r report.Request, cal Calendar) (Deadline, error) {
	return compute(r, cal, r.Concluded)
}

// compute works out r's deadlines; openUntil is the day an open consultation
// is taken to run to, zero for its full 15 working days.
func compute(r report.Request, cal Calendar, openUntil report.Date) (Deadline, error) {
	if r.Received.IsZero() {
		return Deadline{}, ErrNoReceived
	}
	d := Deadline{Start: r.Received}
	var err error
	// 第三十条: the 补正 notice within 7 working days of receipt.
	if d.CorrectionNotice, err = AddWorkdays(cal, r.Received, CorrectionNoticeDays); err != nil {
		return Deadline{}, err
	}
	switch {
	case !r.CorrectionReceived.IsZero():
		// 第三十条: received anew on the day the correction arrives.
		d.Start = r.CorrectionReceived
	case !r.CorrectionAsked.IsZero() && (r.Concluded.IsZero() || r.Outcome == noCorrection):
		d.AwaitingCorrection = true
		return d, nil
	}
	c := clock{cal: cal, r: r, openUntil: openUntil, d: &d, budget: ReplyDays}
	if err := c.run(); err != nil {
		return Deadline{}, err
	}
	return d, nil
}

// clock adds the extension and the consultation pause to the 20 days.
type clock struct {
	cal       Calendar
	r         report.Request
	openUntil report.Date
	d         *Deadline
	budget    int // working days allowed: 20, or 40 when extended
}

func (c *clock) run() error {
	if err := c.due(); err != nil { // 第三十三条第一款: 20 working days
		return err
	}
	if err := c.pause(); err != nil {
		return err
	}
	if ext := c.r.ExtensionNotified; !ext.IsZero() {
		if ext > c.d.Reply { // told after the deadline: too late to extend it
			c.d.ExtensionLate = true
			return nil
		}
		c.d.Extended, c.budget = true, ReplyDays+ExtensionDays
		if err := c.due(); err != nil {
			return err
		}
		// A consultation begun in the extended period pauses it too.
		return c.pause()
	}
	return nil
}

// due sets Reply to the working day that ends budget + Paused.
func (c *clock) due() (err error) {
	c.d.Reply, err = AddWorkdays(c.cal, c.d.Start, c.budget+c.d.Paused)
	return err
}

// pause counts the consultation days not counted (第三十三条第二款): the
// working days in (ConsultStart, ConsultEnd] after Start, at most 15
// (第三十二条), when the consultation began by the current due date.
func (c *clock) pause() error {
	start, end := c.r.ConsultStart, c.r.ConsultEnd
	if start.IsZero() || c.d.Paused > 0 || start > c.d.Reply {
		return nil
	}
	if end.IsZero() {
		end = c.openUntil
	}
	n := ConsultDays
	if !end.IsZero() {
		var err error
		if n, err = Workdays(c.cal, max(start, c.d.Start), end); err != nil {
			return err
		}
	}
	c.d.Paused = min(n, ConsultDays)
	if c.d.Paused == 0 {
		return nil
	}
	return c.due()
}
