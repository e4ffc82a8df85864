package deadline

import (
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// State is where a request stands against its deadline, as shown to clerks.
type State string

// States, in the words of the `due` list.
const (
	Normal             State = "正常"
	DueSoon            State = "即将到期" // 0 to 5 working days left
	Overdue            State = "已超期"
	AwaitingCorrection State = "待补正" // 补正 asked, not yet received: no reply due yet
	Done               State = "已办结"
)

// DueSoonDays is the most working days left at which a request is DueSoon.
const DueSoonDays = 5

// Errors of At and OnTime.
var (
	ErrNoAsOf        = errors.New("no as-of date")
	ErrNotConcluded  = errors.New("request is not concluded")
	ErrBeforeReceipt = errors.New("as-of date before the received date") // the caller lists only requests received by asOf
)

// Status is a request's deadline and standing on a given day.
type Status struct {
	Deadline
	// Left is the number of working days after asOf up to Reply
	// (Workdays(asOf, Reply)), 0 on the due day; once Reply has passed it is
	// minus the working days since, at least −1. For a Done request it is
	// frozen at the conclusion day, so negative means answered late. 0 when
	// there is no Reply (AwaitingCorrection).
	Left int
	// State follows from Left, unless Done or AwaitingCorrection.
	State State
	// LateCorrection: the 补正 notice was sent after CorrectionNotice, or a
	// 补正 was evidently needed (a correction arrived, or the outcome is
	// other.no_correction) and no notice is recorded while asOf is past
	// CorrectionNotice (第三十条).
	LateCorrection bool
}

// BeforeReceiptError is At's error for a day before the request was
// received (errors.Is ErrBeforeReceipt). Its text is for the clerk: a
// received date after today is most likely a typing error.
type BeforeReceiptError struct {
	AsOf, Received report.Date
}

func (e *BeforeReceiptError) Error() string {
	return fmt.Sprintf("收到日期 %s 在 %s 之后，请检查收到日期是否写错。", e.Received, e.AsOf)
}

// Is makes errors.Is(err, ErrBeforeReceipt) true.
func (e *BeforeReceiptError) Is(target error) bool { return target == ErrBeforeReceipt }

// At returns r's status at the end of day asOf. Events dated after asOf —
// a 补正, an extension, a consultation's end, the conclusion — have not
// happened yet as far as At is concerned; an open consultation runs up to
// asOf. A request concluded on or before asOf is Done. asOf before
// r.Received is ErrBeforeReceipt: the request did not exist yet.
func At(r report.Request, cal Calendar, asOf report.Date) (Status, error) {
	if asOf.IsZero() {
		return Status{}, ErrNoAsOf
	}
	if !r.Received.IsZero() && asOf < r.Received {
		return Status{}, &BeforeReceiptError{AsOf: asOf, Received: r.Received}
	}
	v := asSeen(r, asOf)
	until := v.Concluded
	if until.IsZero() {
		until = asOf
	}
	d, err := compute(v, cal, until)
	if err != nil {
		return Status{}, err
	}
	s := Status{Deadline: d, LateCorrection: lateCorrection(v, d, asOf)}
	if !d.Reply.IsZero() {
		if s.Left, err = left(cal, until, d.Reply); err != nil {
			return Status{}, err
		}
	}
	switch {
	case !v.Concluded.IsZero():
		s.State = Done
	case d.AwaitingCorrection:
		s.State = AwaitingCorrection
	case s.Left < 0:
		s.State = Overdue
	case s.Left <= DueSoonDays:
		s.State = DueSoon
	default:
		s.State = Normal
	}
	return s, nil
}

// asSeen returns r with every event dated after asOf removed.
func asSeen(r report.Request, asOf report.Date) report.Request {
	for _, p := range []*report.Date{&r.CorrectionAsked, &r.CorrectionReceived,
		&r.ExtensionNotified, &r.ConsultStart, &r.ConsultEnd} {
		if *p > asOf {
			*p = 0
		}
	}
	if r.Concluded > asOf {
		r.Concluded, r.Outcome = 0, ""
	}
	return r
}

// lateCorrection tells whether the 补正 notice was late as of asOf (第三十条).
func lateCorrection(r report.Request, d Deadline, asOf report.Date) bool {
	if !r.CorrectionAsked.IsZero() {
		return r.CorrectionAsked > d.CorrectionNotice
	}
	needed := !r.CorrectionReceived.IsZero() || r.Outcome == noCorrection
	return needed && asOf > d.CorrectionNotice
}

// OnTime reports whether a concluded request was answered by its due date:
// Concluded on or before Reply. A request deemed withdrawn for want of a
// correction (other.no_correction) had no reply period running; it is on
// time when its 补正 notice was sent by CorrectionNotice (第三十条).
func OnTime(r report.Request, cal Calendar) (bool, Deadline, error) {
	if r.Concluded.IsZero() {
		return false, Deadline{}, ErrNotConcluded
	}
	d, err := For(r, cal)
	if err != nil {
		return false, Deadline{}, err
	}
	if r.Outcome == noCorrection {
		return !r.CorrectionAsked.IsZero() && r.CorrectionAsked <= d.CorrectionNotice, d, nil
	}
	return r.Concluded <= d.Reply, d, nil
}
