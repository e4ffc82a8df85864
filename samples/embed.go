// Package samples holds the ledgers of a fictional county education bureau,
// 「示例县教育局」, for the year 2025, as the clerk's XLSX workbook. The rows
// are built by Go code (Data) and written by WriteLedgerWorkbook; the file in
// this folder is regenerated with `go test ./samples/ -update` and a test
// checks that it never drifts from the code. README.md lists the figures the
// 2025 annual report should show.
package samples

import _ "embed" // for the workbook and the narrative file

// LedgerWorkbook is the committed sample workbook, as a clerk would keep it.
//
//go:embed 示例县教育局-2025年台账.xlsx
var LedgerWorkbook []byte

// LedgerFileName is the file name of LedgerWorkbook.
const LedgerFileName = "示例县教育局-2025年台账.xlsx"

// NarrativeText is the sample unit's narrative file (年报文字) for 2025: the
// clerk's own words for the annual report, as report/narrative parses them.
//
//go:embed 示例县教育局-2025年年报文字.txt
var NarrativeText []byte

// NarrativeFileName is the file name of NarrativeText.
const NarrativeFileName = "示例县教育局-2025年年报文字.txt"

// SelfCheckText is the sample unit's 自查文字 for 2025: the 整改措施 of
// its 自查报告, in the section 「五、整改措施」 `report selfcheck` reads.
//
//go:embed 示例县教育局-2025年自查文字.txt
var SelfCheckText []byte

// SelfCheckFileName is the file name of SelfCheckText, the name `report
// selfcheck` looks for beside the database.
const SelfCheckFileName = "示例县教育局-2025年自查文字.txt"

// UnitName is the name of the sample unit.
const UnitName = "示例县教育局"

// UnitCode is the sample unit's (fictional) 统一社会信用代码.
const UnitCode = "11330000MB0000000H"

// Year is the year the sample ledgers cover.
const Year = 2025
