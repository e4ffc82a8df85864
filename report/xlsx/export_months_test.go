package xlsx

import (
	"reflect"
	"testing"
)

// An export carries the category × month grid in its 数据 sheet and gives
// it back; one without it (as exports made before it was written) still
// reads, with no grid.
func TestExportCarriesCategoryMonths(t *testing.T) {
	rep := schoolReport()
	grid := [][12]int{{1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1}, {0, 0, 1, 0, 0, 0, 0, 2, 0, 0, 1, 0}, {}}
	rep.Publications.CategoryMonth = grid
	got, err := readExport(t, exportBytes(t, rep), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Report.Publications.CategoryMonth, grid) {
		t.Errorf("CategoryMonth = %v, want %v", got.Report.Publications.CategoryMonth, grid)
	}
	rep.Publications.CategoryMonth = nil
	old, err := readExport(t, exportBytes(t, rep), "old.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if cm := old.Report.Publications.CategoryMonth; cm != nil || old.Report.Publications.ByCategory[0].Count != 5 {
		t.Errorf("an export without months: CategoryMonth = %v, ByCategory = %v", cm, old.Report.Publications.ByCategory)
	}
}
