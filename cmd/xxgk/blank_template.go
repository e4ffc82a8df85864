package main

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"
)

// The template's sheets that hold no ledger: the instructions and the
// hidden values of the drop-down lists.
var templateOwnSheets = []string{"填写说明", "选项"}

// maxTemplate bounds the size of a workbook still taken for a blank
// template (xxgk's is about 22 KB); a larger one has been filled in.
const maxTemplate = 256 << 10

// errTooLargeForTemplate says a workbook is too large to be blank.
var errTooLargeForTemplate = errors.New("too large for a blank template")

// firstDataRow returns the first sheet and row (from 2, under the header)
// of the workbook at path that holds a value on a ledger sheet; row 0
// means none: the template is blank.
func firstDataRow(path string) (string, int, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", 0, err
	}
	if fi.Size() > maxTemplate {
		return "", 0, fmt.Errorf("%s: %d bytes: %w", path, fi.Size(), errTooLargeForTemplate)
	}
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 16 * maxTemplate, UnzipXMLSizeLimit: 16 * maxTemplate})
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		if slices.Contains(templateOwnSheets, sheet) {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			return "", 0, err
		}
		for i := 1; i < len(rows); i++ {
			if strings.TrimSpace(strings.Join(rows[i], "")) != "" {
				return sheet, i + 1, nil
			}
		}
	}
	return "", 0, nil
}
