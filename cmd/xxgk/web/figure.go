package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// figureData is what the page of one figure shows: its value and the
// ledger rows counted in it, as xxgk explain lists them.
type figureData struct {
	Year    int
	Cell    string
	Value   string
	Records []recordRow
	Back    string // the tables' page of the year
}

// recordRow is one ledger row counted in a figure.
type recordRow struct {
	N                              int // 1, 2, … as explain numbers them
	Ledger, Key, Href, Where, Rule string
}

// figurePage lists the records behind one figure of a year's tables.
func (s *Server) figurePage(w http.ResponseWriter, r *http.Request) error {
	y, cell := s.yearParam(r), r.URL.Query().Get("cell")
	x, err := s.cfg.Ops.Explain(r.Context(), y, cell)
	var unknown *UnknownCellError
	if errors.As(err, &unknown) {
		p := s.newPage(r, "annual", "找不到")
		p.Body = failure{Message: unknown.Message, Back: "/annual?year=" + strconv.Itoa(y), BackLabel: "返回年度报告"}
		return s.render(w, http.StatusNotFound, templates.WebError, p)
	}
	if err != nil {
		return err
	}
	d := figureData{Year: y, Cell: cell, Value: x.Value, Back: "/annual?year=" + strconv.Itoa(y)}
	for i, h := range x.Hits {
		row := recordRow{N: i + 1, Ledger: h.Ledger, Key: h.Key, Where: h.Origin.String(), Rule: h.Rule}
		if h.Ledger == report.LedgerRequests {
			row.Href = requestHref(h.Key)
		}
		d.Records = append(d.Records, row)
	}
	p := s.newPage(r, "annual", report.FigureName(cell)).withYears("/annual/figure", y, s.cfg.Now().Year())
	p.Keep = []param{{"cell", cell}}
	p.Body = d
	return s.render(w, http.StatusOK, templates.WebFigure, p)
}
