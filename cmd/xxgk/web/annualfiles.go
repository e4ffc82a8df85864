package web

import (
	"net/http"
	"strconv"
)

// Download is a file the page offers: made in memory by the commands'
// own renderers, named as the command names it.
type Download struct {
	Name        string // the command's file name, e.g. 「示例县教育局-2025年-政府信息公开工作年度报告.pdf」
	ContentType string
	Body        []byte
}

// annualFormats are the formats of 「生成和下载」, in the order of its buttons.
var annualFormats = []struct{ Format, Label, Fallback string }{
	{"xlsx", "下载 Excel", "annual-report.xlsx"},
	{"pdf", "下载 PDF", "annual-report.pdf"},
	{"html", "下载网页", "annual-report.html"},
	{"json", "下载 JSON", "annual-report.json"},
	{"export", "下载上报文件", "export.xlsx"},
}

// filesNote is what the downloads block says about year y's narrative.
type filesNote struct {
	Missing  int // narrative parts still missing: PDF and 网页 are drafts
	TextHref string
}

// annualFileRoutes are the narrative page and the downloads.
func (s *Server) annualFileRoutes() {
	s.annualTextRoutes()
	s.mux.HandleFunc("POST /annual/files", s.handle(s.annualFile))
}

// withFiles adds what the downloads block of year p.Year says about the
// narrative; the 年度报告 page calls it before rendering the block.
func (s *Server) withFiles(r *http.Request, p page) (page, error) {
	missing, err := s.cfg.Ops.NarrativeMissing(r.Context(), p.Year)
	if err != nil {
		return p, err
	}
	p.Files = &filesNote{Missing: len(missing), TextHref: "/annual/text?year=" + strconv.Itoa(p.Year)}
	return p, nil
}

// annualFile answers with one of the annual report's files as a download.
func (s *Server) annualFile(w http.ResponseWriter, r *http.Request) error {
	format, fallback := r.PostFormValue("format"), ""
	for _, f := range annualFormats {
		if f.Format == format {
			fallback = f.Fallback
		}
	}
	y, err := strconv.Atoi(r.PostFormValue("year"))
	if fallback == "" || err != nil || y < 2000 || y > 2100 {
		s.fail(w, r, http.StatusBadRequest, "没有这种文件或年度无效，请回到年度报告页面，点其中的下载按钮。")
		return nil
	}
	d, err := s.cfg.Ops.AnnualFile(r.Context(), y, format)
	if err != nil {
		return err
	}
	sendAttachment(w, d, strconv.Itoa(y)+"-"+fallback)
	return nil
}

// sendAttachment sends d as a download named d.Name (RFC 5987), with an
// ASCII name for browsers that do not read it.
func sendAttachment(w http.ResponseWriter, d Download, fallback string) {
	h := w.Header()
	h.Set("Content-Type", d.ContentType)
	h.Set("Content-Disposition", contentDisposition(d.Name, fallback))
	h.Set("Content-Length", strconv.Itoa(len(d.Body)))
	w.WriteHeader(http.StatusOK)
	w.Write(d.Body)
}
