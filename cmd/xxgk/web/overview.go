package web

import (
	"context"
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
	Due                         []dueRow // the most urgent, at most dueShown
	Overdue, DueSoon            int      // all of them, by state
	OverdueHref, DueSoonHref    string
	DueMore                     bool // more than the Due listed
	DueError                    string
	Errors, Notes               int
	CheckError                  string
	Checking                    bool // the check is still counting: the page reloads
	Missing                     []string
}

type dueRow struct {
	ID, Href, State, Class string
	Received, Reply        report.Date
	Left                   int
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) error {
	y, today := s.yearParam(r), s.today()
	d := overviewData{Year: y, Today: today, AsOf: report.YearAsOf(y, today), SoFar: y == today.Year()}
	var errs, notes int
	check := s.startCount(r, func(ctx context.Context) (err error) {
		errs, notes, err = s.cfg.Ops.Check(ctx, y)
		return err
	})
	// The due list and the year's counts fill different fields of d: they
	// are looked up side by side.
	due := make(chan error, 1)
	go func() { due <- s.dueList(r, &d) }()
	if err := s.countYear(r, &d); err != nil {
		<-due
		check()
		return err
	}
	if err := <-due; err != nil {
		d.DueError = messageOf(err)
	}
	pending, err := check()
	d.Errors, d.Notes = errs, notes
	if err != nil {
		d.CheckError = "无法核对：" + messageOf(err)
	}
	d.Checking = pending
	if d.Missing, err = s.missing(r, y); err != nil {
		return err
	}
	p := s.newPage(r, "overview", "概览").withYears("/", y, today.Year())
	if pending {
		p.Refresh = countRefresh
	}
	p.Body = d
	return s.render(w, http.StatusOK, templates.WebOverview, p)
}

// dueShown is how many of the most urgent applications 概览 lists; the
// others are a click away on 依申请公开, filtered by state.
const dueShown = 20

// dueList counts the applications overdue and due soon today, as xxgk due
// lists them, and keeps the most urgent for the page.
func (s *Server) dueList(r *http.Request, d *overviewData) error {
	entries, err := s.cfg.Ops.Due(r.Context(), d.Today)
	if err != nil {
		return err
	}
	for _, en := range entries {
		switch en.State {
		case deadline.Overdue:
			d.Overdue++
		case deadline.DueSoon:
			d.DueSoon++
		default:
			continue
		}
		if len(d.Due) < dueShown {
			d.Due = append(d.Due, dueRow{ID: en.ID, Href: requestHref(en.ID), State: string(en.State), Class: stateClass(en.State),
				Received: en.Received, Reply: en.Reply, Left: en.Left})
		}
	}
	d.DueMore = len(d.Due) < d.Overdue+d.DueSoon
	ys := strconv.Itoa(d.Today.Year())
	d.OverdueHref = "/requests?" + url.Values{"year": {ys}, "state": {string(deadline.Overdue)}}.Encode()
	d.DueSoonHref = "/requests?" + url.Values{"year": {ys}, "state": {string(deadline.DueSoon)}}.Encode()
	return nil
}

// countYear counts the year's publications and applications: received
// and concluded in the year, and open on its as-of day (two COUNT queries
// of the store).
func (s *Server) countYear(r *http.Request, d *overviewData) error {
	c, err := s.cfg.Store.CountYear(r.Context(), d.Year, d.AsOf)
	if err != nil {
		return err
	}
	d.Publications, d.Received, d.Concluded, d.Open = c.Publications, c.Received, c.Concluded, c.Open
	ys := strconv.Itoa(d.Year)
	d.ReceivedHref = "/requests?" + url.Values{"year": {ys}, "state": {stateReceived}}.Encode()
	d.ConcludedHref = "/requests?" + url.Values{"year": {ys}, "state": {string(deadline.Done)}}.Encode()
	d.OpenHref = "/requests?" + url.Values{"year": {ys}, "state": {stateOpen}}.Encode()
	return nil
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
