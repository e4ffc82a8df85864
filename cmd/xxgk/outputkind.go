package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
)

// outputKind is what a command writes, as far as replacing an existing
// file goes: judge says whether the file at path is xxgk's own earlier
// output of this kind, which is replaced without --force, and if not, the
// message that refuses it.
type outputKind struct {
	judge func(path string) (ok bool, msg string)
}

// notOurs is the message that keeps a file that is not xxgk's own output
// of the kind what.
func notOurs(path, what string) string {
	return fmt.Sprintf("%s 已存在，且不是 xxgk 生成的%s，为免覆盖未作改动；如确需覆盖，请加 --force。", path, what)
}

// The subjects report/xlsx stamps its workbooks with.
const (
	subjectAnnual   = "政府信息公开工作年度报告"
	subjectMonthly  = "政务公开工作月度进展和完成情况"
	subjectYear     = "全年逐月情况"
	subjectDue      = "申请办理期限"
	subjectRollup   = "政府信息公开工作年度报告汇总"
	subjectTemplate = "台账模板"
)

// xlsxKind is a workbook xxgk stamped with subject.
func xlsxKind(what, subject string) outputKind {
	return outputKind{judge: func(path string) (bool, string) {
		creator, subj, ok := xlsxStamp(path)
		return ok && creator == generator && subj == subject, notOurs(path, what)
	}}
}

// jsonKind is a JSON file of xxgk whose fourth key is key.
func jsonKind(what, key string) outputKind {
	return outputKind{judge: func(path string) (bool, string) {
		return slices.Equal(jsonShape(path), []string{"unit", "unit_code", "year", key}), notOurs(path, what)
	}}
}

// pdfKind is a PDF xxgk made.
func pdfKind(what string) outputKind {
	return outputKind{judge: func(path string) (bool, string) { return pdfByXxgk(path), notOurs(path, what) }}
}

// htmlKind is a web page xxgk made.
func htmlKind(what string) outputKind {
	return outputKind{judge: func(path string) (bool, string) { return htmlByXxgk(path), notOurs(path, what) }}
}

// sameBytesKind is a file with exactly content: replacing it loses nothing.
func sameBytesKind(what string, content []byte) outputKind {
	return outputKind{judge: func(path string) (bool, string) {
		fi, err := os.Stat(path)
		if err != nil || fi.Size() != int64(len(content)) {
			return false, notOurs(path, what)
		}
		b, err := os.ReadFile(path)
		return err == nil && bytes.Equal(b, content), notOurs(path, what)
	}}
}

// narrativeKind is the narrative file the clerk edits: never replaced
// without --force.
var narrativeKind = outputKind{judge: func(path string) (bool, string) {
	return false, fmt.Sprintf("%s 已存在，为免覆盖已写的文字未作改动；如确需重新生成，请加 --force。", path)
}}

// templateKind is a blank ledger template of xxgk; one with data rows is a
// ledger, and is kept.
var templateKind = outputKind{judge: func(path string) (bool, string) {
	creator, subj, ok := xlsxStamp(path)
	if !ok || creator != generator || !strings.HasPrefix(subj, subjectTemplate) {
		return false, notOurs(path, "空白台账模板")
	}
	sheet, row, err := firstDataRow(path)
	switch {
	case errors.Is(err, errTooLargeForTemplate):
		return false, filledLedger(path, "")
	case err != nil:
		return false, notOurs(path, "空白台账模板")
	case row > 0:
		return false, filledLedger(path, fmt.Sprintf("（工作表「%s」第 %d 行）", sheet, row))
	}
	return true, ""
}}

// filledLedger is the message that keeps a template the clerk has filled
// in; where says where the first data is, if known.
func filledLedger(path, where string) string {
	return fmt.Sprintf("%s 已存在，且已填写了台账数据%s，不是空白模板，为免覆盖未作改动；如确需覆盖，请加 --force。", path, where)
}

// annualKind is what `report annual` writes in format f; rollup writes
// the same.
func annualKind(f string) outputKind {
	switch f {
	case "xlsx":
		return xlsxKind("年度报告统计表", subjectAnnual)
	case "json":
		return jsonKind("年度报告数据文件", "table2")
	case "pdf":
		return pdfKind("年度报告 PDF")
	}
	return htmlKind("年度报告网页")
}

// monthlyKind is what `report monthly` writes in format f.
func monthlyKind(f string) outputKind {
	switch f {
	case "xlsx":
		return xlsxKind("月度工作进展统计表", subjectMonthly)
	case "json":
		return jsonKind("月度工作进展数据文件", "month")
	}
	return pdfKind("月度工作进展 PDF")
}

// yearViewKind is what `report monthly --month YYYY` writes in format f.
func yearViewKind(f string) outputKind {
	if f == "xlsx" {
		return xlsxKind("全年逐月情况表", subjectYear)
	}
	return jsonKind("全年逐月情况数据文件", "months")
}

// Kinds of a single workbook.
var (
	exportKind        = xlsxKind("年度上报文件", subjectAnnual)
	monthlyExportKind = xlsxKind("月度上报文件", subjectMonthly)
	dueKind           = xlsxKind("申请办理期限表", subjectDue)
	rollupDetailsKind = xlsxKind("汇总情况表", subjectRollup)
)

// backupKind is a copy of the database: an existing file is never
// replaced without --force, and never at all when it is a database (the
// guard refuses every SQLite file), so an earlier backup is not lost.
var backupKind = outputKind{judge: func(path string) (bool, string) {
	return false, fmt.Sprintf("%s 已存在，没有覆盖。请换一个文件名，或用文件夹作 --out（备份文件名带日期和时间）；确需覆盖请加 --force。", path)
}}
