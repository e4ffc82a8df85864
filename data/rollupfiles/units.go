package rollupfiles

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// Header labels of a unit list, compared with spaces dropped and widths
// folded.
var (
	nameHeaders = []string{"单位名称", "单位", "名称"}
	codeHeaders = []string{"统一社会信用代码", "社会信用代码", "信用代码", "代码"}
)

// headerSearch is how many rows may precede the header row (a title, a
// note).
const headerSearch = 10

// ReadUnitList reads --units: an XLSX (first sheet) or CSV (UTF-8/GBK) with
// a header row naming 单位名称 (or 单位/名称) and optionally 统一社会信用代码
// (or 代码); Chinese errors naming file and row. Blank rows are skipped; a
// unit listed twice (the same code, or the same name unless both rows have
// a code), a row with a code but no name and an invalid code are errors.
func ReadUnitList(path string) ([]rollup.Expected, error) {
	name := filepath.Base(path)
	if err := checkFile(path, DefaultMaxSize); err != nil {
		return nil, fmt.Errorf("单位名单 %s 无法读取：%w", name, err)
	}
	var rows [][]string
	var err error
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".xlsx":
		rows, err = xlsxRows(path)
	case ".csv", ".txt":
		rows, err = csvRows(path)
	default:
		return nil, fmt.Errorf("单位名单 %s：不支持「%s」文件，请用 .xlsx 或 .csv（Excel 可“另存为”这两种格式）", name, ext)
	}
	var guard *xlsxguard.Error
	switch {
	case errors.As(err, &guard):
		return nil, fmt.Errorf("单位名单 %w", err)
	case err != nil:
		return nil, fmt.Errorf("单位名单 %s 无法读取：%w", name, err)
	}
	return parseUnitList(rows, name)
}

func xlsxRows(path string) ([][]string, error) {
	x, err := xlsxguard.OpenExcelizeFile(path, filepath.Base(path), xlsxguard.Small)
	if err != nil {
		return nil, err
	}
	defer x.Close()
	sheets := x.GetSheetList()
	if len(sheets) == 0 {
		return nil, errors.New("工作簿中没有工作表")
	}
	return x.GetRows(sheets[0])
}

func csvRows(path string) ([][]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r io.Reader = bytes.NewReader(bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF")))
	if !utf8.Valid(raw) {
		r = transform.NewReader(r, simplifiedchinese.GB18030.NewDecoder())
	}
	cr := csv.NewReader(bufio.NewReader(r))
	cr.FieldsPerRecord, cr.LazyQuotes = -1, true
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("不是有效的 CSV 文件（%w）", err)
	}
	return rows, nil
}

// parseUnitList finds the header row and reads the units under it.
func parseUnitList(rows [][]string, file string) ([]rollup.Expected, error) {
	head, nameCol, codeCol := findHeader(rows)
	if nameCol < 0 {
		return nil, fmt.Errorf("单位名单 %s：前 %d 行中没有找到表头「单位名称」（也可写「单位」或「名称」），请在单位名称列的第一行写上「单位名称」，代码列写「统一社会信用代码」", file, headerSearch)
	}
	var out []rollup.Expected
	seen := listed{}
	for i := head + 1; i < len(rows); i++ {
		e := rollup.Expected{Name: strings.TrimSpace(cell(rows[i], nameCol)), Code: strings.TrimSpace(cell(rows[i], codeCol))}
		e.Code = rollup.CodeKey(e.Code)
		row := fmt.Sprintf("单位名单 %s 第 %d 行", file, i+1)
		switch {
		case e.Name == "" && e.Code == "":
			continue
		case e.Name == "":
			return nil, fmt.Errorf("%s：有统一社会信用代码 %s 但单位名称为空，请补上单位名称", row, e.Code)
		}
		if e.Code != "" {
			if err := report.CheckCreditCode(e.Code); err != nil {
				return nil, fmt.Errorf("%s：%w；不知道代码时可留空，按单位名称核对", row, err)
			}
		}
		if err := repeated(seen, e, i+1); err != nil {
			return nil, fmt.Errorf("%s：%w", row, err)
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("单位名单 %s：表头下面没有单位", file)
	}
	return out, nil
}

// listed holds the rows of the units listed so far, by 名称 and by code.
type listed map[string][]listedRow

// listedRow is a row of the list and its unit's code.
type listedRow struct {
	row  int
	code string
}

// repeated refuses a unit listed before — the same code, or the same name
// unless both rows have a code, as the roll-up tells units apart — and
// records this one in seen under its row number.
func repeated(seen listed, e rollup.Expected, row int) error {
	name, code := "名称"+rollup.NameKey(e.Name), "代码"+e.Code
	first := 0
	if e.Code != "" && len(seen[code]) > 0 {
		first = seen[code][0].row
	}
	for _, r := range seen[name] {
		if first == 0 && (e.Code == "" || r.code == "") {
			first = r.row
		}
	}
	if first > 0 {
		return fmt.Errorf("与第 %d 行是同一单位（%s），请删去一行", first, e.Name)
	}
	seen[name] = append(seen[name], listedRow{row, e.Code})
	if e.Code != "" {
		seen[code] = append(seen[code], listedRow{row, e.Code})
	}
	return nil
}

// findHeader returns the header row and the name and code columns; the
// name column is -1 when no header was found, the code column -1 when the
// list has none.
func findHeader(rows [][]string) (row, nameCol, codeCol int) {
	for i := 0; i < len(rows) && i < headerSearch; i++ {
		nameCol, codeCol = column(rows[i], nameHeaders), column(rows[i], codeHeaders)
		if nameCol >= 0 {
			return i, nameCol, codeCol
		}
	}
	return -1, -1, -1
}

// column finds the first cell of row that is one of labels, trying the
// labels in order of preference.
func column(row []string, labels []string) int {
	for _, l := range labels {
		for j, c := range row {
			if rollup.NameKey(c) == l {
				return j
			}
		}
	}
	return -1
}

func cell(row []string, j int) string {
	if j < 0 || j >= len(row) {
		return ""
	}
	return row[j]
}
