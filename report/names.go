package report

import "strings"

// table2Names names table 2's figures as printed.
var table2Names = map[string]string{
	"rules":          DocKindLabels[DocRule],
	"normative_docs": DocKindLabels[DocNormative],
	"licensing":      DecisionKindLabels[DecisionLicensing],
	"penalty":        DecisionKindLabels[DecisionPenalty],
	"enforcement":    DecisionKindLabels[DecisionEnforcement],
	"fees":           Table2FeeLabel,
	"issued":         Table2Issued,
	"repealed":       Table2Repealed,
	"in_force":       Table2InForce,
	"decisions":      Table2Decisions,
	"amount_wan":     Table2FeeAmount,
}

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

func columnLabel(cols []Column, code string) string {
	for _, c := range cols {
		if c.Code == code {
			return c.Label
		}
	}
	return ""
}
