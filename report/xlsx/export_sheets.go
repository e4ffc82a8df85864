package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
)

// cover is what an export's cover sheet says beyond the export's metadata.
type cover struct {
	title  string // the report's title over 「上报文件」
	unit   report.Unit
	period [2]string // label and value: 「报告年度」「2025年」
	tables string    // the sheets a person reads, named
}

// coverDef and dataDef lay out an export's own two sheets.
var (
	coverDef = sheetDef{name: ExportCoverSheet, widths: []float64{18, 64}}
	dataDef  = sheetDef{name: ExportDataSheet, widths: []float64{44, 44}, repeat: "$1:$1"}
)

// Wording of the cover.
const (
	coverNoApplicants = "本文件只含统计数字，不含任何申请人的姓名、联系方式、证件号码或申请内容。"
	coverCheck        = "「数据」表第2行起至「校验码」行之前的每一行，按“代码、制表符、值、换行符”依次连接（UTF-8 编码），" +
		"对全部内容计算 SHA-256，所得十六进制值即「校验码」。上级单位汇总时重新计算并比对：" +
		"导出后改动过数据的文件不予计入，需由本单位重新导出。"
	coverDontEdit = "请勿修改本文件；数字有误时请在 xxgk 中更正后重新导出。"
)

// cover writes the sheet 「封面」.
func (b *exportBook) cover(c cover, meta ExportMeta, pairs []jsonout.Pair) {
	b.add(coverDef, func(s *sheet) error {
		s.put(1, 1, 2, 1, c.title, s.st.title)
		s.height(2, 6)
		code := c.unit.Code
		if code == "" {
			code = "（未填写）"
		}
		produced := "（未记录）"
		if !meta.Produced.IsZero() {
			produced = meta.Produced.Format("2006年1月2日 15:04:05（UTC-07:00）")
		}
		lines := [][2]string{
			{"填报单位", c.unit.Name},
			{"统一社会信用代码", code},
			c.period,
			{"生成时间", produced},
			{"生成工具", strings.TrimSpace("xxgk " + meta.Version)},
			{"文件内容", c.tables + "，供人阅读；「数据」表按代码列出全部数字（共 " +
				fmt.Sprint(len(pairs)) + " 行），供上级单位的程序读取汇总，已隐藏、不打印（右击工作表标签选“取消隐藏”可查看）。"},
			{"申请人信息", coverNoApplicants},
			{"校验方法", coverCheck},
			{ExportChecksumLabel, jsonout.Checksum(pairs)},
			{"说明", coverDontEdit},
		}
		for i, l := range lines {
			s.set(1, 3+i, l[0], s.st.header)
			s.set(2, 3+i, l[1], s.st.label)
		}
		return nil
	})
}

// data writes the sheet 「数据」: the header, one row a pair, the checksum.
// It is streamed, so that its text is stored in the cells themselves
// (inline strings) rather than in the workbook's shared strings, which a
// reader of the sheet would otherwise have to load whole.
func (b *exportBook) data(pairs []jsonout.Pair) {
	if b.err != nil {
		return
	}
	if b.err = addSheet(b.f, b.n, dataDef.name); b.err != nil {
		return
	}
	b.n++
	// The page is set up first: the stream writer keeps what the sheet
	// already has and writes it out on Flush.
	if err := setupPage(b.f, dataDef); err != nil {
		b.err = fmt.Errorf("page setup of %s: %w", dataDef.name, err)
		return
	}
	if err := b.streamData(pairs); err != nil {
		b.err = fmt.Errorf("write sheet %s: %w", dataDef.name, err)
		return
	}
	// Hidden, so that printing the workbook prints the cover and the
	// tables, not hundreds of codes: a hidden sheet is not printed in
	// Excel, WPS or LibreOffice. The cover says how to show it.
	if err := b.f.SetSheetVisible(dataDef.name, false); err != nil {
		b.err = fmt.Errorf("hide sheet %s: %w", dataDef.name, err)
	}
}

func (b *exportBook) streamData(pairs []jsonout.Pair) error {
	sw, err := b.f.NewStreamWriter(dataDef.name)
	if err != nil {
		return err
	}
	// One width for both columns: the stream writer writes one <col> per
	// call in map order, and Excel wants them sorted.
	if err := sw.SetColWidth(1, len(dataDef.widths), dataDef.widths[0]); err != nil {
		return err
	}
	row := func(r int, code string, value any, style int) error {
		return sw.SetRow(cell(1, r), []any{
			excelize.Cell{StyleID: style, Value: code}, excelize.Cell{StyleID: b.st.label, Value: value},
		})
	}
	if err := row(1, ExportCodeHeader, ExportValueHeader, b.st.header); err != nil {
		return err
	}
	for i, p := range pairs {
		if n := len(utf16.Encode([]rune(p.Value))); n > excelize.TotalCellChars {
			return fmt.Errorf("代码「%s」的值有 %d 个字符，超过 Excel 单元格的上限 %d", p.Code, n, excelize.TotalCellChars)
		}
		var v any = p.Value
		if n, ok := canonicalInt(p.Value); ok {
			v = n
		} else if f, ok := moneyCell(p.Value); ok && moneyCodes[p.Code] {
			v = f // the checksum covers the text, which the reader restores
		}
		if err := row(i+2, p.Code, v, b.st.label); err != nil {
			return err
		}
	}
	if err := row(len(pairs)+2, ExportChecksumLabel, jsonout.Checksum(pairs), b.st.header); err != nil {
		return err
	}
	return sw.Flush()
}

// canonicalInt reports whether v is an integer written the one way a number
// cell gives it back ("0", "57", "-3": no sign on 0, no leading zero, at
// most 15 digits), and its value. Such values are written as numbers, which
// a person can add up and which keep the shared-string table small; every
// other value is written as text, so that it comes back exactly.
func canonicalInt(v string) (int, bool) {
	digits := strings.TrimPrefix(v, "-")
	if digits == "" || len(digits) > 15 || (digits[0] == '0' && (len(digits) > 1 || v != digits)) {
		return 0, false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}
