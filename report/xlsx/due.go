package xlsx

import (
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// sheetDue is the one sheet of the list of what is due.
const sheetDue = "申请办理期限"

var dueHeads = []string{"申请编号", "收到日期", "起算日期", "答复期限", "剩余工作日", "状态", "补正告知期限", "补正告知"}

// WriteDue renders the open applications with their deadlines (xxgk due)
// as a one-sheet workbook, most urgent first. produced stamps the file.
func WriteDue(w io.Writer, unit report.Unit, asOf report.Date, entries []deadline.Entry, produced time.Time, opts ...Option) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, opts...)
	if err != nil {
		return err
	}
	if err := addSheet(f, 0, sheetDue); err != nil {
		return err
	}
	def := sheetDef{name: sheetDue, widths: []float64{18, 12, 12, 12, 11, 10, 13, 10}, repeat: "$4:$4"}
	s := newSheet(f, st, def.name, def.widths...)
	s.put(1, 1, len(def.widths), 1, unit.Name+"政府信息公开申请办理期限（截至"+asOf.String()+"）", st.title)
	s.put(1, 2, len(def.widths), 2, fmt.Sprintf("未办结 %d 件：%s", len(entries), deadline.Summary(entries)), st.info)
	for i, h := range dueHeads {
		s.set(i+1, tableTop, h, st.header)
	}
	for i, e := range entries {
		row := tableTop + 1 + i
		late := ""
		if e.LateCorrection {
			late = "逾期"
		}
		s.set(1, row, e.ID, st.centre)
		s.date(2, row, e.Received, st.date, "", st.centre)
		s.date(3, row, e.Start, st.date, "", st.centre)
		s.date(4, row, e.Reply, st.date, "", st.centre)
		s.set(5, row, e.Left, st.integer)
		s.set(6, row, string(e.State), st.centre)
		s.date(7, row, e.CorrectionNotice, st.date, "", st.centre)
		s.set(8, row, late, st.centre)
	}
	if err := s.close(def); err != nil {
		return err
	}
	if err := f.SetPanes(sheetDue, &excelize.Panes{Freeze: true, YSplit: tableTop, TopLeftCell: cell(1, tableTop+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := stampDocProps(f, unit.Name+sheetDue, sheetDue, produced); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
