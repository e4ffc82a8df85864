package xlsx

// This file reads back the file a unit sends upward (docs/figures.md §2–3),
// as WriteExport writes it: its 「数据」 sheet, whose code/value pairs
// carry the whole report and whose checksum shows whether the file was
// changed after it was made, and the tables a person reads, which must
// show the same figures (export_visible.go).

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
)

// ExportFile is an export read back.
type ExportFile struct {
	Report   *report.AnnualReport
	Version  string    // the version of xxgk that wrote it
	Produced time.Time // when it was written; zero when not recorded
}

// ErrNotExport means the workbook has no 「数据」 sheet headed 代码 | 值:
// it is not an export, and the caller may read it as a table filled in by
// hand.
var ErrNotExport = errors.New("not an xxgk export: no 数据 sheet headed 代码 | 值")

// ErrChecksum means the 数据 sheet does not match its checksum: it was
// edited after the export was made.
var ErrChecksum = errors.New("export checksum mismatch")

// checksumError names the file whose checksum does not match.
type checksumError struct{ name string }

func (e checksumError) Error() string {
	return e.name + "的数据表校验码不符，文件在导出后被修改过，请让该单位重新导出"
}

func (e checksumError) Is(target error) bool { return target == ErrChecksum }

// ReadExport reads an annual export written by WriteExport from f, which
// the caller opened through its guard against hostile workbooks
// (data/xlsxguard.OpenExcelize: a renderer does not import data/); name
// names the file in messages. The report comes from the 「数据」 sheet. A workbook
// without that sheet gives an error wrapping ErrNotExport; a sheet that
// does not match its checksum, one wrapping ErrChecksum, whose message asks
// for a new export; tables 二、三、四 that do not show every figure of the
// 「数据」 sheet (a blank cell shows 0), one wrapping ErrEdited that names the
// sheets, cells and both values. Every other error is a Chinese message
// naming the file.
func ReadExport(f *excelize.File, name string) (*ExportFile, error) {
	return ReadExportSheets(excelizeSheets{f}, name)
}

// ExportSheets gives the sheets of an export workbook as their cells' raw
// values (shared and inline strings resolved, numbers as stored), so that
// a reader faster than excelize can stand in for it (ReadExportSheets).
type ExportSheets interface {
	// Rows returns the named sheet's rows, row 1 first, a row or cell the
	// sheet does not store blank; ok is false when the workbook has no
	// sheet so named.
	Rows(sheet string) (rows [][]string, ok bool, err error)
}

// ReadExportSheets is ReadExport on the sheets s gives: the same report,
// or the same refusal, as long as s gives the cells excelize gives.
func ReadExportSheets(s ExportSheets, name string) (*ExportFile, error) {
	pairs, sum, err := readExportData(s, name)
	if err != nil {
		return nil, err
	}
	pairs, ok := matchChecksum(pairs, sum)
	if !ok {
		return nil, checksumError{name}
	}
	file, err := decodeExport(pairs, name)
	if err != nil {
		return nil, err
	}
	if err := compareVisible(s, file.Report, name); err != nil {
		return nil, err
	}
	return file, nil
}

// readExportData reads the 数据 sheet's pairs and the checksum under them.
func readExportData(s ExportSheets, name string) (pairs []jsonout.Pair, sum string, err error) {
	rows, ok, err := s.Rows(ExportDataSheet)
	if !ok {
		return nil, "", fmt.Errorf("%s：%w", name, ErrNotExport)
	}
	if err != nil {
		return nil, "", fmt.Errorf("%s的数据表无法读取：%w", name, err)
	}
	header := true
	pairs = make([]jsonout.Pair, 0, len(rows))
	for _, cols := range rows {
		if header {
			if !dataHeader(cols) {
				return nil, "", fmt.Errorf("%s：%w", name, ErrNotExport)
			}
			header = false
			continue
		}
		var p jsonout.Pair
		if len(cols) > 0 {
			p.Code = cols[0]
		}
		if len(cols) > 1 {
			p.Value = cols[1]
		}
		if p.Code == ExportChecksumLabel {
			return pairs, p.Value, nil
		}
		if p != (jsonout.Pair{}) {
			pairs = append(pairs, p)
		}
	}
	if header {
		return nil, "", fmt.Errorf("%s：%w", name, ErrNotExport)
	}
	return nil, "", fmt.Errorf("%s的数据表没有「%s」行，文件不完整或被修改过，请让该单位重新导出", name, ExportChecksumLabel)
}

// dataHeader says whether cols is the 数据 sheet's header 代码 | 值.
func dataHeader(cols []string) bool {
	return len(cols) >= 2 && strings.TrimSpace(cols[0]) == ExportCodeHeader && strings.TrimSpace(cols[1]) == ExportValueHeader
}

// decodeExport splits off the export's own pairs and rebuilds the report.
func decodeExport(pairs []jsonout.Pair, name string) (*ExportFile, error) {
	file := &ExportFile{}
	kind := ""
	rest := make([]jsonout.Pair, 0, len(pairs))
	for _, p := range pairs {
		switch p.Code {
		case ExportKindCode:
			kind = p.Value
		case ExportVersionCode:
			file.Version = p.Value
		case ExportProducedCode:
			if p.Value == "" {
				continue
			}
			t, err := time.Parse(time.RFC3339, p.Value)
			if err != nil {
				return nil, fmt.Errorf("%s的数据表中生成时间「%s」无法识别", name, p.Value)
			}
			file.Produced = t
		default:
			rest = append(rest, p)
		}
	}
	switch kind {
	case ExportAnnual:
	case ExportMonthly:
		return nil, fmt.Errorf("%s是月度工作进展的上报文件，不是年度报告", name)
	default:
		return nil, fmt.Errorf("%s的数据表中文件类型「%s」无法识别，可能由更新版本的 xxgk 导出，请升级后再试", name, kind)
	}
	rep, err := jsonout.FromPairs(rest)
	if err != nil {
		return nil, fmt.Errorf("%s的数据表有误：%w；请让该单位用 xxgk 重新导出（若它用的 xxgk 版本比本机新，请先升级）", name, err)
	}
	file.Report = rep
	return file, nil
}
