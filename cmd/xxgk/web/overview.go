package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/templates"
)

// overviewData is what 概览 shows for a year.
type overviewData struct {
	Year                        int
	SoFar                       bool // the current year: figures up to today
	AsOf, Today                 report.Date
	Publications                int
	Received, Concluded, Open   int
	ReceivedHref, ConcludedHref string
	OpenHref                    string
	Due                         []dueRow
	DueError                    string
	Errors, Notes               int
	CheckError                  string
	Missing                     []string
}

type dueRow struct {
	ID, Href, State, Class string
	Received, Reply        report.Date
	Left                   int
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	y, today := s.yearParam(r), s.today()
	d := overviewData{Year: y, Today: today, AsOf: yearAsOf(y, today), SoFar: y == today.Year()}
	if err := s.countYear(r, &d); err != nil {
		return err
	}
	entries, err := s.cfg.Ops.Due(ctx, today)
	if err != nil {
		d.DueError = messageOf(err)
	}
	for _, en := range entries {
		if en.State == deadline.Overdue || en.State == deadline.DueSoon {
			d.Due = append(d.Due, dueRow{ID: en.ID, Href: requestHref(en.ID), State: string(en.State), Class: stateClass(en.State),
				Received: en.Received, Reply: en.Reply, Left: en.Left})
		}
	}
	if d.Errors, d.Notes, err = s.cfg.Ops.Check(ctx, y); err != nil {
		d.CheckError = "无法核对：" + messageOf(err)
	}
	if d.Missing, err = s.missing(r, y); err != nil {
		return err
	}
	p := s.newPage(r, "overview", "概览").withYears("/", y, today.Year())
	p.Body = d
	return s.render(w, http.StatusOK, templates.WebOverview, p)
}

// yearAsOf is the day year y's figures are counted to: today in the
// current year, the year's last day before it.
func yearAsOf(y int, today report.Date) report.Date {
	if y >= today.Year() {
		return today
	}
	return report.YearEnd(y)
}

// countYear counts the year's publications and applications: received
// and concluded in the year, and open on its as-of day.
func (s *Server) countYear(r *http.Request, d *overviewData) error {
	ctx := r.Context()
	err := s.cfg.Store.EachPublication(ctx, d.Year, func(report.Publication) error { d.Publications++; return nil })
	if err != nil {
		return err
	}
	err = s.cfg.Store.EachRequest(ctx, d.Year, func(q report.Request) error {
		if q.Received.Year() == d.Year && q.Received <= d.AsOf {
			d.Received++
		}
		if !q.Concluded.IsZero() && q.Concluded.Year() == d.Year && q.Concluded <= d.AsOf {
			d.Concluded++
		}
		if q.Received <= d.AsOf && (q.Concluded.IsZero() || q.Concluded > d.AsOf) {
			d.Open++
		}
		return nil
	})
	ys := strconv.Itoa(d.Year)
	d.ReceivedHref = "/requests?" + url.Values{"year": {ys}, "state": {stateReceived}}.Encode()
	d.ConcludedHref = "/requests?" + url.Values{"year": {ys}, "state": {string(deadline.Done)}}.Encode()
	d.OpenHref = "/requests?" + url.Values{"year": {ys}, "state": {stateOpen}}.Encode()
	return err
}

// missing lists what the annual report of year y still lacks.
func (s *Server) missing(r *http.Request, y int) ([]string, error) {
	ctx := r.Context()
	var out []string
	has, err := s.cfg.Ops.HasNarrative(ctx, y)
	if err != nil {
		return nil, err
	}
	if !has {
		out = append(out, fmt.Sprintf("尚未撰写 %d 年的年报文字（各部分的文字说明）。", y))
	}
	if _, ok, err := s.cfg.Store.LatestSnapshot(ctx, "annual", strconv.Itoa(y)); err != nil {
		return nil, err
	} else if !ok {
		out = append(out, fmt.Sprintf("尚未生成 %d 年的年度报告。", y))
	}
	if _, ok, err := s.cfg.Store.LatestSnapshot(ctx, "annual", strconv.Itoa(y-1)); err != nil {
		return nil, err
	} else if !ok {
		out = append(out, fmt.Sprintf("没有记录 %d 年年报的数字，无法核对上年结转（生成过 %d 年年报后即可核对）。", y-1, y-1))
	}
	return out, nil
}

// messageOf is err's message for the user.
func messageOf(err error) string {
	if um, ok := err.(userMessage); ok {
		return um.UserMessage()
	}
	return err.Error()
}
