package province

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"
)

// requestSheet is the name of the XLSX ledger's one sheet.
const requestSheet = "依申请公开"

// WriteRequestsXLSX writes the 依申请公开 ledger of opt.Requests rows as a
// workbook of one sheet, through excelize's StreamWriter so that memory
// stays flat, and returns the number of rows written. Dates are text
// (2025-03-05), as many clerks type them.
func WriteRequestsXLSX(ctx context.Context, w io.Writer, opt Options) (int, error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", requestSheet); err != nil {
		return 0, err
	}
	sw, err := f.NewStreamWriter(requestSheet)
	if err != nil {
		return 0, err
	}
	row := make([]any, len(RequestHeader))
	put := func(n int, cells []string) error {
		for i, c := range cells {
			row[i] = c
		}
		cell, err := excelize.CoordinatesToCellName(1, n)
		if err != nil {
			return err
		}
		return sw.SetRow(cell, row)
	}
	if err := put(1, RequestHeader); err != nil {
		return 0, err
	}
	r := rng(opt.Seed, streamRequests)
	for i := 0; i < opt.Requests; i++ {
		if i%10000 == 0 && ctx.Err() != nil {
			return i, ctx.Err()
		}
		if err := put(i+2, drawRequest(r, opt.Year, i).cells()); err != nil {
			return i, fmt.Errorf("row %d: %w", i+2, err)
		}
	}
	if err := sw.Flush(); err != nil {
		return opt.Requests, err
	}
	stamp := Stamp.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{Title: OwnName + "依申请公开台账", Creator: "xxgk-gen",
		LastModifiedBy: "xxgk-gen", Created: stamp, Modified: stamp, Language: "zh-CN"}); err != nil {
		return opt.Requests, err
	}
	if _, err := f.WriteTo(w); err != nil {
		return opt.Requests, err
	}
	return opt.Requests, nil
}
