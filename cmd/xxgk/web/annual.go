package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/templates"
)

// AnnualOps are the operations the 年度报告 page shares with the commands.
type AnnualOps interface {
	// Annual counts year y and lists every problem xxgk check finds in
	// it, in the order the command finds them.
	Annual(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error)
	// Explain returns the figure cell of year y's tables and the ledger
	// rows counted in it (xxgk explain); a name that is no figure is
	// *UnknownCellError.
	Explain(ctx context.Context, y int, cell string) (Explanation, error)
	// SelfCheck is year y's self-inspection (自查), kept with the year's
	// figures: asking for it after Annual costs nothing more.
	SelfCheck(ctx context.Context, y int) (*selfcheck.Result, error)
}

// Explanation is one figure and the ledger rows behind it, in the order
// counted.
type Explanation struct {
	Value string
	Hits  []report.Contribution
}

// UnknownCellError: the figure asked for is not a cell of the tables;
// Message is the command's own words.
type UnknownCellError struct{ Message string }

func (e *UnknownCellError) Error() string { return "unknown cell" }

// annualData is what 年度报告 shows for a year.
type annualData struct {
	Year       int
	Tables     []tableView
	CountError string // the year cannot be counted: why
	Counting   bool   // the count is still running: the page reloads
	Errors     []problemRow
	Notes      []problemRow
	// ErrorCount and NoteCount are all the problems; only the first
	// problemsShown of each are listed unless AllHref was followed.
	ErrorCount, NoteCount int
	AllHref               string // the page with every problem listed; "" when all are
	ErrorsFirst           bool   // errors are listed before the tables
	// AsOf is the day open applications were counted overdue to (the
	// year's last day, or Today in the current year); zero until counted.
	AsOf, Today report.Date
	// SelfCheck is the 「自查」 section; nil while counting or when the
	// year cannot be counted.
	SelfCheck *selfCheckView
}

// problemRow is one problem of the check, linking to its application
// when it is in one.
type problemRow struct {
	Rule, Where, Message string
	Record, Href         string // the application's id and page
}

func (s *Server) annualRoutes() {
	s.mux.HandleFunc("GET /annual", s.handle(s.annualPage))
	s.mux.HandleFunc("GET /annual/figure", s.handle(s.figurePage))
	s.annualFileRoutes()
}

func (s *Server) annualPage(w http.ResponseWriter, r *http.Request) error {
	y := s.yearParam(r)
	d := annualData{Year: y}
	var rep *report.AnnualReport
	var problems []report.Problem
	pending, err := s.countWithin(r, func(ctx context.Context) (err error) {
		rep, problems, err = s.cfg.Ops.Annual(ctx, y)
		return err
	})
	switch {
	case pending:
		d.Counting = true
	case data.ProblemOf(err) == data.Busy:
		return err
	case err != nil:
		d.CountError = "无法统计 " + strconv.Itoa(y) + " 年：" + messageOf(err)
	default:
		for _, id := range []report.TableID{report.Table2ID, report.Table3ID, report.Table4ID} {
			t, _ := report.TableLayout(id, rep)
			d.Tables = append(d.Tables, tableOf(t, func(cell string) string { return figureHref(y, cell) }))
		}
		d.Errors, d.Notes = problemRows(problems)
		d.Today = report.DateOf(s.cfg.Now())
		d.AsOf = report.YearAsOf(y, d.Today)
		d.ErrorCount, d.NoteCount = len(d.Errors), len(d.Notes)
		d.ErrorsFirst = len(d.Errors) > 0
		d.SelfCheck = s.selfCheckSection(r.Context(), y)
		if r.URL.Query().Get("problems") != "all" && (len(d.Errors) > problemsShown || len(d.Notes) > problemsShown) {
			d.Errors, d.Notes = d.Errors[:min(len(d.Errors), problemsShown)], d.Notes[:min(len(d.Notes), problemsShown)]
			d.AllHref = "/annual?" + url.Values{"year": {strconv.Itoa(y)}, "problems": {"all"}}.Encode() + "#check"
		}
	}
	p := s.newPage(r, "annual", "年度报告").withYears("/annual", y, s.cfg.Now().Year())
	if !d.Counting { // the draft note needs the year's figures too
		if p, err = s.withFiles(r, p); err != nil {
			return err
		}
	}
	if d.Counting {
		p.Refresh = countRefresh
	}
	p.Body = d
	return s.render(w, http.StatusOK, templates.WebAnnual, p)
}

// problemsShown is how many errors, and how many notes, 年度报告 lists
// before 「全部列出」: a large database can have thousands of notes.
const problemsShown = 100

// problemRows splits the check's problems into errors and notes, each
// keeping its order.
func problemRows(problems []report.Problem) (errs, notes []problemRow) {
	for _, p := range problems {
		row := problemRow{Rule: p.Rule, Where: p.Where, Message: p.Message}
		if id := p.RequestID(); id != "" {
			row.Record, row.Href = id, requestHref(id)
		}
		if p.Level == report.LevelError {
			errs = append(errs, row)
		} else {
			notes = append(notes, row)
		}
	}
	return errs, notes
}

// figureHref is the page of the records behind figure cell of year y.
func figureHref(y int, cell string) string {
	return "/annual/figure?" + url.Values{"year": {strconv.Itoa(y)}, "cell": {cell}}.Encode()
}

// tableView is a statutory table as the page prints it: the layout with
// each figure's link.
type tableView struct {
	ID, Class, Caption string
	Head               []rowView
	Bodies             [][]rowView
}

type rowView struct{ Cells []cellView }

// cellView is a cell of the layout; a figure's Href is its records' page.
type cellView struct {
	report.LayoutCell
	Href string
}

// tableOf turns the layout of a statutory table into the page's view,
// each figure linking to href(its name); href nil: plain figures (a
// roll-up's sums, which have no records here).
func tableOf(t report.Layout, href func(cell string) string) tableView {
	rows := func(in []report.LayoutRow) []rowView {
		out := make([]rowView, len(in))
		for i, r := range in {
			for _, c := range r.Cells {
				v := cellView{LayoutCell: c}
				if c.Figure != "" && href != nil {
					v.Href = href(c.Figure)
				}
				out[i].Cells = append(out[i].Cells, v)
			}
		}
		return out
	}
	v := tableView{ID: t.ID, Class: t.Class, Caption: t.Caption, Head: rows(t.Head)}
	for _, b := range t.Bodies {
		v.Bodies = append(v.Bodies, rows(b))
	}
	return v
}

// selfCheckSection is the 「自查」 section of year y, from the figures the
// operations keep with the year's count; a self-inspection that cannot be
// made shows why.
func (s *Server) selfCheckSection(ctx context.Context, y int) *selfCheckView {
	res, err := s.cfg.Ops.SelfCheck(ctx, y)
	if err != nil {
		return &selfCheckView{Year: y, Error: "无法进行 " + strconv.Itoa(y) + " 年的自查：" + messageOf(err)}
	}
	return selfCheckOf(res)
}
