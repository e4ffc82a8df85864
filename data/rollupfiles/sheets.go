package rollupfiles

import (
	"slices"
	"strings"
)

// bookSheets holds every worksheet of a workbook as raw cell values, in
// the shape excelize's GetRows gives (xlsx.ExportSheets), as scanBook
// reads them.
type bookSheets struct {
	names []string
	rows  [][][]string
}

// Rows gives the sheet's rows, the sheet matched by name as excelize
// matches it (first of the same name, case folded).
func (s *bookSheets) Rows(sheet string) ([][]string, bool, error) {
	i := slices.IndexFunc(s.names, func(n string) bool { return strings.EqualFold(n, sheet) })
	if i < 0 {
		return nil, false, nil
	}
	return s.rows[i], true, nil
}
