package reporttest

import "testing"

func TestCellName(t *testing.T) {
	for want, c := range map[string][2]int{"A1": {1, 1}, "Z9": {26, 9}, "AA10": {27, 10}, "AB3": {28, 3}, "ZZ1": {702, 1}, "AAA2": {703, 2}} {
		if got := CellName(c[0], c[1]); got != want {
			t.Errorf("CellName(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
}

// Every numbering the tests use gives every figure its own number.
func TestAnnualDistinct(t *testing.T) {
	for _, n := range []Numbering{Sequential(1), Sequential(2),
		{Table2: 1, Table3: 100, Table3Row: 10, Table4: 500, Table4Block: 10},
		{Table2: 1, Table3: 101, Table3Row: 100, Table4: 3001, Table4Block: 10},
		{Table2: 11, Table3: 1000, Table3Row: 10, Table4: 501, Table4Block: 5}} {
		seen := map[string]string{}
		for _, f := range Annual(n).Figures() {
			if p, dup := seen[f.Value]; dup {
				t.Errorf("%+v: %s and %s are both %s", n, p, f.Path, f.Value)
			}
			seen[f.Value] = f.Path
		}
	}
}
