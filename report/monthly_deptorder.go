package report

import (
	"sort"
	"strings"
)

// Office is the department listed first when the quota list does not
// order it: the unit's 办公室, which runs 政务公开.
const Office = "办公室"

// deptOrder remembers where each department first appears: in the quota
// list (信息任务), else in the publications ledger, as ledger places (file,
// sheet, row).
type deptOrder struct {
	quota, pubs map[string]Origin
}

func newDeptOrder() *deptOrder {
	return &deptOrder{quota: map[string]Origin{}, pubs: map[string]Origin{}}
}

// see records that department name appears at o in the quota list (quota
// true) or the publications ledger, keeping the earliest place.
func (d *deptOrder) see(name string, o Origin, quota bool) {
	m := d.pubs
	if quota {
		m = d.quota
	}
	if first, ok := m[name]; !ok || placeBefore(o, first) {
		m[name] = o
	}
}

// placeBefore reports whether ledger place a comes before b: by file,
// sheet and row; a place without a file (entered on the command line)
// comes after every ledger row.
func placeBefore(a, b Origin) bool {
	if (a.File == "") != (b.File == "") {
		return a.File != ""
	}
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Sheet != b.Sheet {
		return a.Sheet < b.Sheet
	}
	return a.Row < b.Row
}

// sort orders depts as the unit's ledgers have them: those in the quota
// list in its order; then 办公室; then the others in the order of the
// publications ledger; then by name those with no place; NoDepartment last.
func (d *deptOrder) sort(depts []DeptQuota) {
	rank := func(name string) int {
		_, inQuota := d.quota[name]
		_, inPubs := d.pubs[name]
		switch {
		case name == NoDepartment:
			return 5
		case inQuota:
			return 0
		case name == Office:
			return 1
		case inPubs:
			return 2
		}
		return 4
	}
	sort.SliceStable(depts, func(i, j int) bool {
		a, b := depts[i].Name, depts[j].Name
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra < rb
		}
		var pa, pb Origin
		switch rank(a) {
		case 0:
			pa, pb = d.quota[a], d.quota[b]
		case 2:
			pa, pb = d.pubs[a], d.pubs[b]
		}
		if placeBefore(pa, pb) != placeBefore(pb, pa) {
			return placeBefore(pa, pb)
		}
		return strings.Compare(a, b) < 0
	})
}
