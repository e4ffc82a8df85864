package xlsx

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// Sheets of the roll-up's detail workbook, in order.
const (
	sheetUnitFigures = "各单位数据"
	sheetMissing     = "未报送单位"
	sheetProblems    = "问题清单"
	sheetExcluded    = "未计入的文件"
)

// WriteRollupDetails writes the roll-up's detail workbook: 「各单位数据」
// (every figure of tables 二、三、四, one row each, group sums left out, one
// column per unit and a 合计 column), 「未报送单位」, 「问题清单」 and
// 「未计入的文件」. An empty list prints 「无」. The summing unit is
// d.Sum.Unit and the time printed d.Sum.Produced; units and files are
// named by their base names.
func WriteRollupDetails(w io.Writer, d *rollup.Result, opts ...Option) error {
	if d == nil || d.Sum == nil {
		return fmt.Errorf("write rollup details: no roll-up")
	}
	for _, u := range d.Units {
		if u.Report == nil {
			return fmt.Errorf("write rollup details: unit %s has no report", filepath.Base(u.File))
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	z := &sortedZip{} // its four sheets' rows are written apart
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { z.w = w; return z })
	st, err := newStyles(f, opts...)
	if err != nil {
		return err
	}
	b := &exportBook{f: f, st: st}
	if err := addSheet(f, 0, sheetUnitFigures); err != nil {
		return err
	}
	b.n = 1
	if err := writeUnitFigures(f, z, st, d); err != nil {
		return fmt.Errorf("write sheet %s: %w", sheetUnitFigures, err)
	}
	addList(b, z, listDef(sheetMissing, []float64{8, 60}), func(l *listSheet) error { return writeMissing(l, d) })
	addList(b, z, listDef(sheetProblems, problemWidths), func(l *listSheet) error {
		return writeProblems(l, d, sheetProblems, "规则", d.Problems)
	})
	addList(b, z, listDef(sheetExcluded, problemWidths), func(l *listSheet) error {
		return writeProblems(l, d, sheetExcluded, "原因", d.Excluded)
	})
	if b.err == nil {
		b.err = setRollupDocProps(f, d)
	}
	return b.writeTo(w)
}

// rollupTitle is 「{汇总单位}{年}年政府信息公开工作年度报告汇总」
// (report.AnnualTitle).
func rollupTitle(d *rollup.Result) string {
	if d.Sum.Rollup == nil { // a Result not made by rollup.Sum
		return d.Sum.Unit.Name + strconv.Itoa(d.Year) + "年政府信息公开工作年度报告汇总"
	}
	return report.AnnualTitle(d.Sum)
}

// rollupInfo is the line under a sheet's title.
func rollupInfo(d *rollup.Result) string {
	name := d.Sum.Unit.Name
	if d.Sum.Rollup != nil && d.Sum.Rollup.Unnamed {
		name = "（未填写）"
	}
	info := fmt.Sprintf("汇总单位：%s　报告年度：%d年　计入单位：%d个", name, d.Year, len(d.Units))
	if produced := d.Sum.Produced; !produced.IsZero() {
		info += "　生成时间：" + produced.Format("2006年1月2日 15:04")
	}
	return info
}

// missingLabel is 「名称（代码）」, or the name alone.
func missingLabel(m rollup.Expected) string {
	if m.Code == "" {
		return m.Name
	}
	return m.Name + "（" + m.Code + "）"
}

func setRollupDocProps(f *excelize.File, d *rollup.Result) error {
	return stampCategory(f, rollupTitle(d)+"（明细）", RollupDetailsSubject, RollupCategory, d.Sum.Produced)
}
