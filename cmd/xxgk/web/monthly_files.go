package web

import (
	"fmt"
	"net/http"
	"strconv"
)

// monthlyFile sends one file of the month (or of the year view) as a
// download, made as the command makes it: POST /monthly/files with
// format and month=2026-01 (or year=2026).
func (s *Server) monthlyFile(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		s.fail(w, r, http.StatusBadRequest, "表单无法读取，请回到「月度进展」页重新下载。")
		return nil
	}
	at, bad := s.monthlyPeriod(r.PostForm)
	if !r.PostForm.Has("month") && !r.PostForm.Has("year") {
		bad = "缺少月份：请在「月度进展」页选择月份后再下载。"
	}
	if bad != "" {
		s.fail(w, r, http.StatusBadRequest, bad)
		return nil
	}
	format := r.PostFormValue("format")
	if msg := monthlyFormatRefused(at, format); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return nil
	}
	name, body, err := s.cfg.Ops.MonthlyFile(r.Context(), at.Year, at.Month, format)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", monthlyTypes[format])
	h.Set("Content-Disposition", contentDisposition(name, monthlyASCIIName(at, format)))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, err = w.Write(body)
	return err
}

// monthlyTypes are the downloads' media types.
var monthlyTypes = map[string]string{
	MonthlyXLSX:   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	MonthlyPDF:    "application/pdf",
	MonthlyExport: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// monthlyFormatRefused says why format cannot be made for at, "" when it
// can: the year view is a workbook only, as `report monthly` writes it.
func monthlyFormatRefused(at period, format string) string {
	if _, ok := monthlyTypes[format]; !ok {
		return fmt.Sprintf("不能生成「%s」格式的文件：应为 Excel（xlsx）、PDF 或上报文件。", format)
	}
	if at.Month == 0 && format != MonthlyXLSX {
		return "全年逐月情况只生成 Excel 文件（与命令 xxgk report monthly 相同）；PDF 和上报文件请选择某一个月后下载。"
	}
	return ""
}

// monthlyASCIIName is the download's name for a browser that does not
// read the UTF-8 one.
func monthlyASCIIName(at period, format string) string {
	kind, ext := "monthly", "xlsx"
	switch format {
	case MonthlyPDF:
		ext = "pdf"
	case MonthlyExport:
		kind = "monthly-export"
	}
	if at.Month == 0 {
		return fmt.Sprintf("%s-%d.%s", kind, at.Year, ext)
	}
	return fmt.Sprintf("%s-%d-%02d.%s", kind, at.Year, int(at.Month), ext)
}
