package report

import "strings"

// table2Names names table 2's rows and heads as printed, by code.
var table2Names = func() map[string]string {
	names := map[string]string{}
	for _, b := range Table2Blocks {
		for _, h := range b.Heads {
			names[h.Code] = h.Label
		}
		for _, r := range b.Rows {
			names[r.Code] = r.Label
		}
	}
	return names
}()

// FigureName names a figure's JSON path in Chinese as it is printed on the
// tables, e.g. "table3.granted.natural" → 「表三 （一）予以公开 / 自然人」.
// An unknown path is returned as it is.
func FigureName(path string) string {
	parts := strings.Split(path, ".")
	if len(parts) < 3 {
		return path
	}
	last := parts[len(parts)-1]
	mid := strings.Join(parts[1:len(parts)-1], ".")
	switch parts[0] {
	case "table2":
		if a, b := table2Names[mid], table2Names[last]; a != "" && b != "" {
			return "表二 " + a + " / " + b
		}
	case "table3":
		col := columnLabel(Table3Columns, last)
		if col == "" {
			return path
		}
		if i := RowIndex(mid); i >= 0 {
			return "表三 " + rowTitle(i) + " / " + col
		}
		for _, g := range Table3Groups {
			if g.Code == mid {
				return "表三 " + g.Number + g.Label + "（小计） / " + col
			}
		}
	case "table4":
		block, col := columnLabel(Table4Blocks, mid), columnLabel(Table4Columns, last)
		if block != "" && col != "" {
			return "表四 " + block + " / " + col
		}
	}
	return path
}

func columnLabel(cols []CodeLabel, code string) string {
	for _, c := range cols {
		if c.Code == code {
			return c.Label
		}
	}
	return ""
}
