package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
	"github.com/xxgk/xxgk/samples/province"
)

// storeUnit is a unit of the roll-up tests: its database (a SQLite file
// standing for the unit in the shared database) and whether it sends an
// export (a unit with nothing for the year sends none).
type storeUnit struct {
	unit  report.Unit
	db    string
	sends bool
}

// isoDate is an ISO date in a hand-made ledger.
var isoDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// shiftDates moves every ISO date of a CSV ledger by days (other forms of
// dates stay), so that rows cross into or out of the year.
func shiftDates(csv string, days int) string {
	return isoDate.ReplaceAllStringFunc(csv, func(s string) string {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			return s
		}
		return d.AddDate(0, 0, days).Format("2006-01-02")
	})
}

// dropRows drops every n-th data row of a CSV ledger (the header stays).
func dropRows(csv string, n int) string {
	lines := strings.SplitAfter(csv, "\n")
	out := lines[:1:1]
	for i, l := range lines[1:] {
		if (i+1)%n != 0 {
			out = append(out, l)
		}
	}
	return strings.Join(out, "")
}

// storeUnitDB makes a unit's database with the CSV ledgers given (name →
// text); none makes a unit with nothing recorded.
func storeUnitDB(t *testing.T, u report.Unit, ledgers map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	xxgk(t, "init", "--db", db, "--unit", u.Name, "--code", u.Code).must(t)
	var files []string
	for name, text := range ledgers {
		files = append(files, writeFile(t, dir, name, text))
	}
	if len(files) > 0 {
		xxgk(t, append([]string{"import", "--db", db}, files...)...).must(t)
	}
	return db
}

// sampleUnit is the sample unit with its workbook imported.
func sampleUnit(t *testing.T) storeUnit {
	t.Helper()
	u := report.Unit{Name: samples.UnitName, Code: samples.UnitCode}
	dir := t.TempDir()
	db := filepath.Join(dir, "sample.db")
	xxgk(t, "init", "--db", db, "--unit", u.Name, "--code", u.Code).must(t)
	book := filepath.Join(dir, samples.LedgerFileName)
	if err := os.WriteFile(book, samples.LedgerWorkbook, 0o644); err != nil {
		t.Fatal(err)
	}
	xxgk(t, "import", "--db", db, book).must(t)
	return storeUnit{u, db, true}
}

// lateCalendar is the built-in 2025 calendar with five September weekend
// days made working days: the hand-made application R9 (9 to 30
// September) is then answered late, which the built-in calendar does not
// say.
func lateCalendar(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "data", "calendar", "years", "2025.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n通知 测试 2025-08-01\n国庆节 放假 2025-10-01 至 2025-10-08\n" +
		"国庆节 上班 2025-09-13、2025-09-14、2025-09-20、2025-09-21、2025-09-27\n"
}

// rollupTestUnits makes the five units of the roll-up tests: the sample
// unit (its workbook), the hand-made ledgers with a calendar of their own
// (lateCalendar), the hand-made ledgers with
// dates moved 45 days later and every other application dropped, a unit
// with nothing recorded, and a unit whose rows are all of other years.
func rollupTestUnits(t *testing.T) []storeUnit {
	t.Helper()
	unit := func(i int) report.Unit {
		name, code := province.Unit(i)
		return report.Unit{Name: name, Code: code}
	}
	dir := t.TempDir()
	sample := sampleUnit(t)
	hand := map[string]string{"依申请公开.csv": handRequests, "规范性文件.csv": handDocuments,
		"行政决定.csv": handRegisters, "收费.csv": handFees, "复议诉讼.csv": handAppeals}
	shifted := map[string]string{}
	for name, text := range hand {
		shifted[name] = shiftDates(text, 45)
	}
	shifted["依申请公开.csv"] = dropRows(shifted["依申请公开.csv"], 2)
	handDB := storeUnitDB(t, unit(1), hand)
	xxgk(t, "calendar", "add", "--db", handDB, writeFile(t, dir, "2025.txt", lateCalendar(t))).must(t)
	return []storeUnit{
		sample,
		{unit(1), handDB, true},
		{unit(2), storeUnitDB(t, unit(2), shifted), true},
		{unit(3), storeUnitDB(t, unit(3), nil), false},
		{unit(4), storeUnitDB(t, unit(4), map[string]string{"行政决定.csv": strings.ReplaceAll(handRegisters, "2025-", "2023-")}), false},
	}
}

// storeSources opens the units' databases as the roll-up's sources.
func storeSources(t *testing.T, units []storeUnit) []rollupSource {
	t.Helper()
	e := &env{stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }}
	var out []rollupSource
	for _, u := range units {
		st, err := openReader(context.Background(), e, u.db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		out = append(out, rollupSource{unit: u.unit, store: st})
	}
	return out
}

// storesRollup runs the roll-up from sources under top into out, as
// `xxgk rollup --db … --unit-code top.Code --format xlsx,json` would, at
// fixedNow, and returns what it printed.
func storesRollup(t *testing.T, top report.Unit, sources []rollupSource, out string, jobs int) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{stdout: &stdout, stderr: &stderr, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	opt := rollupOptions{year: 2025, out: out, formats: []string{"xlsx", "json"}}
	opt.defaultName()
	err := runStoresRollup(context.Background(), opt, top, sources, dbRollupOptions{jobs: jobs}, e)
	if err != nil {
		t.Fatalf("roll-up from stores: %v\n%s", err, stderr.String())
	}
	return result{0, stdout.String(), stderr.String()}
}

// sheetCells reads every cell of every sheet of an xlsx file, by
// 「sheet!A1」.
func sheetCells(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				out[sh+"!"+ref] = v
			}
		}
	}
	return out
}

// TestRollupFromStoresEqualsRollupOfExports sums five units twice: their
// exports (written by `xxgk export`) with the file roll-up and the units'
// list, and the units' databases with the roll-up from stores. The summed
// JSON is the same to the byte, and so is the 汇总上报 file's 数据 sheet;
// the 汇总情况 workbook has the same cells except where the file roll-up
// names a file and the roll-up from stores names the database
// (「数据库 代码」): no file was read. The two units that sent nothing —
// one with nothing recorded, one with rows of other years only — are
// listed as 未报送 by both.
func TestRollupFromStoresEqualsRollupOfExports(t *testing.T) {
	units := rollupTestUnits(t)
	topName, topCode := province.Unit(0)
	top := report.Unit{Name: topName, Code: topCode}

	in := t.TempDir()
	list := "单位名称,统一社会信用代码\n"
	renamed := map[string]string{} // the file roll-up's 文件 → the database's
	for i, u := range units {
		list += u.unit.Name + "," + u.unit.Code + "\n"
		if !u.sends {
			continue
		}
		name := fmt.Sprintf("%d-%s", i+1, exportFileName(u.unit.Name, 2025)) // the order of the tree
		exportOf(t, u.db, "2025", filepath.Join(in, name))
		renamed[name] = storeRollupSource(u.unit)
	}
	unitList := writeFile(t, t.TempDir(), "应报单位.csv", list)
	fromFiles := t.TempDir()
	rf := xxgk(t, "rollup", "--year", "2025", "--name", top.Name, "--code", top.Code, "--units", unitList,
		"--out", fromFiles, "--format", "xlsx,json", in).must(t)

	fromStores := t.TempDir()
	rs := storesRollup(t, top, storeSources(t, units), fromStores, 3)

	file := func(dir, what string) string { return filepath.Join(dir, rollupFileName(top.Name, 2025, what)) }
	a, _ := os.ReadFile(file(fromFiles, rollupSummed+"json"))
	b, _ := os.ReadFile(file(fromStores, rollupSummed+"json"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("summed JSON differs:\nfiles:  %.600s\nstores: %.600s", a, b)
	}
	if f := figures(t, file(fromStores, rollupSummed+"json")); f["table3.new.total"] == "0" || f["table3.new.total"] == "" {
		t.Errorf("table3.new.total = %q: nothing was summed", f["table3.new.total"])
	}

	want, got := sheetCells(t, file(fromFiles, rollupDetailsFile)), sheetCells(t, file(fromStores, rollupDetailsFile))
	differ := 0
	for ref, w := range want {
		g := got[ref]
		if g == w {
			continue
		}
		if expect, ok := renamed[w]; ok && g == expect {
			differ++
			continue
		}
		t.Errorf("汇总情况 %s: stores %q, files %q", ref, g, w)
	}
	for ref, g := range got {
		if _, ok := want[ref]; !ok {
			t.Errorf("汇总情况 %s: stores %q, files nothing", ref, g)
		}
	}
	if differ != len(renamed) {
		t.Errorf("%d cells name the source, want one per unit summed (%d)", differ, len(renamed))
	}

	we, ge := sheetCells(t, file(fromFiles, rollupExportFile)), sheetCells(t, file(fromStores, rollupExportFile))
	for ref, w := range we {
		if g := ge[ref]; g != w {
			t.Errorf("汇总上报 %s: stores %q, files %q", ref, g, w)
		}
	}
	if len(we) != len(ge) {
		t.Errorf("汇总上报: %d cells from stores, %d from files", len(ge), len(we))
	}

	// Both say the same: 3 units, 2 not reported, the same problems.
	for _, m := range []string{"未报送：" + units[3].unit.Name + " " + units[3].unit.Code, "未报送：" + units[4].unit.Name + " " + units[4].unit.Code} {
		if !strings.Contains(rs.stdout, m) || !strings.Contains(rf.stdout, m) {
			t.Errorf("stdout lacks %q:\nstores: %s\nfiles: %s", m, rs.stdout, rf.stdout)
		}
	}
	if rs.stdout != rf.stdout {
		t.Errorf("stdout differs:\nstores: %s\nfiles: %s", rs.stdout, rf.stdout)
	}
	summary := func(s string) string {
		i := strings.Index(s, "汇总 ")
		if i < 0 {
			return ""
		}
		return s[i : i+strings.Index(s[i:], "\n")]
	}
	if sf, ss := summary(rf.stderr), summary(rs.stderr); sf == "" || sf != ss || !strings.Contains(ss, "汇总 3 个单位；未报送 2 个") {
		t.Errorf("summary: stores %q, files %q", ss, sf)
	}
}
