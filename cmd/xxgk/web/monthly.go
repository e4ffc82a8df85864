package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// MonthlyOps are the operations the 月度进展 page shares with the commands.
type MonthlyOps interface {
	// Monthly is the summary of month m of year y, as `xxgk report
	// monthly --month y-m` makes it.
	Monthly(ctx context.Context, y int, m time.Month) (*report.MonthlySummary, error)
	// MonthlyYear is the twelve summaries of year y, January first, as
	// `xxgk report monthly --month y` makes them.
	MonthlyYear(ctx context.Context, y int) ([]*report.MonthlySummary, error)
	// MonthlyFile is a file of month m of year y as the commands write it,
	// made in memory: its name and its bytes. format is MonthlyXLSX,
	// MonthlyPDF or MonthlyExport; m == 0 is the year view (MonthlyXLSX
	// only).
	MonthlyFile(ctx context.Context, y int, m time.Month, format string) (name string, body []byte, err error)
}

// The formats of the 月度进展 page's downloads (the form's format field).
const (
	MonthlyXLSX   = "xlsx"   // the summary's workbook (report monthly --format xlsx)
	MonthlyPDF    = "pdf"    // the summary as a document (report monthly --format pdf)
	MonthlyExport = "export" // the file for the level above (export --month)
)

func (s *Server) monthlyRoutes() {
	s.mux.HandleFunc("GET /monthly", s.handle(s.monthlyPage))
	s.mux.HandleFunc("POST /monthly/files", s.handle(s.monthlyFile))
}

// period is the month (or, with Month 0, the year) a monthly page shows.
type period struct {
	Year  int
	Month time.Month // 0: the whole year
}

// Param is the period as the page's query: month=2026-01 or year=2026.
func (p period) Param() param {
	if p.Month == 0 {
		return param{"year", strconv.Itoa(p.Year)}
	}
	return param{"month", fmt.Sprintf("%d-%02d", p.Year, int(p.Month))}
}

// Href is the period's page.
func (p period) Href() string {
	q := p.Param()
	return "/monthly?" + q.Name + "=" + q.Value
}

// Label names the period: 「2026年1月」 or 「2026年全年」.
func (p period) Label() string {
	if p.Month == 0 {
		return strconv.Itoa(p.Year) + "年全年"
	}
	return fmt.Sprintf("%d年%d月", p.Year, int(p.Month))
}

// monthlyPeriod reads month=2026-01 or year=2026 (the page's query, the
// download's form); neither is the
// clock's month. A value that is no month (or year) is refused with the
// message the page shows beside the picker.
func (s *Server) monthlyPeriod(q url.Values) (period, string) {
	now := s.cfg.Now()
	if v := strings.TrimSpace(q.Get("month")); q.Has("month") {
		t, err := time.Parse("2006-01", v)
		if err != nil || t.Year() < 2000 || t.Year() > 2100 {
			return period{now.Year(), now.Month()}, fmt.Sprintf("月份「%s」不是有效月份，应为如 %d-%02d 的年和月。", v, now.Year(), int(now.Month()))
		}
		return period{t.Year(), t.Month()}, ""
	}
	if v := strings.TrimSpace(q.Get("year")); q.Has("year") {
		y, err := strconv.Atoi(v)
		if err != nil || y < 2000 || y > 2100 {
			return period{now.Year(), 0}, fmt.Sprintf("年度「%s」不是有效年度，应为如 %d 的四位年份。", v, now.Year())
		}
		return period{y, 0}, ""
	}
	return period{now.Year(), now.Month()}, ""
}

func (s *Server) monthlyPage(w http.ResponseWriter, r *http.Request) error {
	at, bad := s.monthlyPeriod(r.URL.Query())
	d := monthlyData{At: at, Picker: picker(at), Error: bad, Files: fileButtons(at)}
	code := http.StatusOK
	switch {
	case bad != "":
		code = http.StatusBadRequest
		d.Picker = picker(period{at.Year, -1}) // nothing chosen
	case at.Month == 0:
		months, err := s.cfg.Ops.MonthlyYear(r.Context(), at.Year)
		if err != nil {
			return err
		}
		if d.Year, err = newYearView(months); err != nil {
			return err
		}
	default:
		sum, err := s.cfg.Ops.Monthly(r.Context(), at.Year, at.Month)
		if err != nil {
			return err
		}
		d.Month = newMonthView(sum)
	}
	p := s.newPage(r, "monthly", "月度进展").withYears("/monthly", at.Year, s.cfg.Now().Year())
	p.Body = d
	return s.render(w, code, templates.WebMonthly, p)
}

// monthlyData is what the 月度进展 page shows: the picker, and the month's
// summary or the year's months side by side.
type monthlyData struct {
	At     period
	Picker []pick
	Files  []fileButton
	Error  string     // a month or year that is none, in words
	Month  *monthView // the month's summary
	Year   *yearView  // the year view
}

// pick is one choice of the picker: a month of the year, or 全年.
type pick struct {
	Label, Href string
	Current     bool
}

// picker offers the twelve months of the year shown and the whole year.
func picker(at period) []pick {
	var out []pick
	for m := time.January; m <= time.December; m++ {
		p := period{at.Year, m}
		out = append(out, pick{Label: strconv.Itoa(int(m)) + "月", Href: p.Href(), Current: m == at.Month})
	}
	whole := period{at.Year, 0}
	return append(out, pick{Label: "全年", Href: whole.Href(), Current: at.Month == 0})
}

// fileButton is one download of the page: a form posting format and the
// period to /monthly/files.
type fileButton struct {
	Format, Label string
	Period        param
}

// fileButtons are the downloads of the period: the summary's workbook,
// PDF and export for a month; the year view's workbook for the year.
func fileButtons(at period) []fileButton {
	out := []fileButton{{MonthlyXLSX, "下载 Excel", at.Param()}}
	if at.Month != 0 {
		out = append(out, fileButton{MonthlyPDF, "下载 PDF", at.Param()}, fileButton{MonthlyExport, "下载上报文件", at.Param()})
	}
	return out
}
