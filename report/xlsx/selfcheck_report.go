package xlsx

import (
	"fmt"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/selfcheck"
)

// SubjectSelfCheck is the subject the 自查报告's workbook is stamped with.
const SubjectSelfCheck = "政府信息公开工作自查报告"

// sheetSelfCheck is the first sheet of the 自查报告's workbook.
const sheetSelfCheck = "基本情况"

// selfCheckWidth is the printed width of a rule's sheet, in characters.
const selfCheckWidth = 100.0

// WriteSelfCheck renders the 自查报告 as an XLSX workbook to w: a sheet
// 「基本情况」 with the figures and rates, then one sheet per rule listing
// the items that break it (发布时限, 政策解读, 登记时限, 目录时限), each
// printed on A4, one page wide, its header row repeated. Applications are
// named by 申请编号 only.
func WriteSelfCheck(w io.Writer, r *selfcheck.Report, opts ...Option) error {
	if r == nil {
		return fmt.Errorf("write selfcheck xlsx: no report")
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, opts...)
	if err != nil {
		return err
	}
	def := sheetDef{name: sheetSelfCheck, widths: []float64{34, 14, 40}, repeat: "$4:$4"}
	if err := addSheet(f, 0, def.name); err != nil {
		return err
	}
	s := newSheet(f, st, def.name, def.widths...)
	selfCheckHeading(s, r, def)
	writeSelfCheckFigures(s, r)
	if err := s.close(def); err != nil {
		return err
	}
	for i, t := range r.Rules {
		def := sheetDef{name: t.Name, widths: scaledWidths(t.Widths), repeat: "$4:$4"}
		if err := addSheet(f, i+1, def.name); err != nil {
			return err
		}
		s := newSheet(f, st, def.name, def.widths...)
		selfCheckHeading(s, r, def)
		writeRuleItems(s, t)
		if len(t.Rows) == 0 {
			def.repeat = ""
		}
		if err := s.close(def); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	if err := stampDocProps(f, r.Title, SubjectSelfCheck, r.Produced); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write selfcheck xlsx: %w", err)
	}
	return nil
}

// scaledWidths turns a table's relative widths into characters summing to
// selfCheckWidth.
func scaledWidths(rel []float64) []float64 {
	sum := 0.0
	for _, w := range rel {
		sum += w
	}
	out := make([]float64, len(rel))
	for i, w := range rel {
		out[i] = float64(int(selfCheckWidth*w/sum*10+0.5)) / 10
	}
	return out
}

// selfCheckHeading writes the title row (the report's title over the
// sheet's name) and the unit line.
func selfCheckHeading(s *sheet, r *selfcheck.Report, def sheetDef) {
	last := len(def.widths)
	s.put(1, 1, last, 1, r.Title+"\n"+def.name, s.st.title)
	info := "填报单位：" + r.Unit.Name
	if r.Unit.Code != "" {
		info += "　统一社会信用代码：" + r.Unit.Code
	}
	info += fmt.Sprintf("　自查年度：%d年（截至%d月%d日）", r.Year, int(r.AsOf.Month()), r.AsOf.Day())
	s.put(1, 2, last, 2, info, s.st.info)
	s.height(3, 6)
}

// writeRuleItems writes a rule's items under a header row, or the one
// sentence that says there are none (or that the rule could not be
// checked).
func writeRuleItems(s *sheet, t selfcheck.Table) {
	if len(t.Rows) == 0 {
		s.put(1, tableTop, len(t.Header), tableTop, t.Empty, s.st.note)
		s.height(tableTop, 30)
		return
	}
	for c, h := range t.Header {
		s.set(c+1, tableTop, h, s.st.header)
	}
	for i, row := range t.Rows {
		for c, v := range row {
			style := s.st.label
			if c < len(t.Centre) && t.Centre[c] {
				style = s.st.centre
			}
			if n, err := strconv.Atoi(v); err == nil && style == s.st.centre {
				s.set(c+1, tableTop+1+i, n, s.st.integer)
				continue
			}
			s.set(c+1, tableTop+1+i, v, style)
		}
	}
}

// writeSelfCheckFigures writes the 基本情况 sheet's table: each figure with
// what it counts.
func writeSelfCheckFigures(s *sheet, r *selfcheck.Report) {
	f := r.Figures
	row := tableTop
	for c, h := range []string{"项目", "数值", "说明"} {
		s.set(c+1, row, h, s.st.header)
	}
	row++
	count := func(label string, n int, note string) {
		s.set(1, row, label, s.st.label)
		s.set(2, row, n, s.st.integer)
		s.set(3, row, note, s.st.label)
		row++
	}
	rate := func(label string, q selfcheck.Ratio, note string) {
		s.set(1, row, label, s.st.label)
		if q.Rate == nil {
			s.set(2, row, "—", s.st.dash)
		} else {
			s.set(2, row, float64(q.Part)/float64(q.Whole), s.st.percent)
		}
		s.set(3, row, fmt.Sprintf("%s（%d/%d）", note, q.Part, q.Whole), s.st.label)
		row++
	}
	count("主动公开信息（条）", f.Publications.Total, "")
	for _, c := range f.Publications.ByCategory {
		note := ""
		if c.Limit != "" {
			note = "公开时限：" + c.Limit
		}
		count("　类别："+c.Name, c.Count, note)
	}
	for _, c := range f.Publications.ByChannel {
		count("　渠道："+c.Name, c.Count, "")
	}
	q := f.Requests
	count("本年新收政府信息公开申请（件）", q.Received, "")
	count("上年结转（件）", q.CarriedIn, "")
	count("本年度办结（件）", q.Concluded, "")
	count("结转下年度继续办理（件）", q.CarriedOut, "")
	if q.Timely != nil {
		rate("按时答复率", *q.Timely, "法定期限内答复的申请 / 办结的申请")
	}
	rate("按时发布率", f.Publishing.OnTime, fmt.Sprintf("%d个工作日内发布 / 填写了成文日期的信息", f.Publishing.Days))
	rate("解读同步率", f.Interpreting.SyncRate, fmt.Sprintf("同步发布解读 / 本年印发的规范性文件；迟于%d件，缺失%d件", f.Interpreting.Late, f.Interpreting.Missing))
	rate("按时登记率", f.Registration.OnTime, fmt.Sprintf("%d个工作日内登记 / 填写了收到日期和登记日期的申请", f.Registration.Days))
	rate("目录时限覆盖率", f.Coverage.Rate, fmt.Sprintf("有信息公开的期间 / 已届满的期间；应公开未公开%d个期间", f.Coverage.Gaps))
	if t := f.Tasks; t != nil {
		count("工作任务（项）", t.Total, fmt.Sprintf("已完成%d项，推进中%d项，未开始%d项", t.Done, t.InProgress, t.NotStarted))
		count("　逾期未完成（项）", t.Overdue, "")
	}
	if len(f.Quotas) > 0 {
		met := 0
		for _, q := range f.Quotas {
			if q.Met {
				met++
			}
		}
		count("完成信息报送任务的单位（个）", met, fmt.Sprintf("设有任务的单位%d个", len(f.Quotas)))
	}
}
