package rollupfiles

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/data/xlsxguard/hostile"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/xlsx"
)

// exportCorpus returns exports as xxgk writes them, of every shape the
// tests make: sequential figures, schools with and without statistics,
// money that is a number cell and money that stays text, a roll-up's
// 汇总上报, and an export made before amounts were numbers.
func exportCorpus(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for i := 1; i <= 5; i++ {
		out[fmt.Sprintf("seq%d.xlsx", i)] = exportFile(t, reporttest.Annual(reporttest.Sequential(i)))
	}
	for _, seed := range []int{0, 1, 7, 42, 96} {
		out[fmt.Sprintf("school%d.xlsx", seed)] = exportFile(t, school(fmt.Sprintf("第%d中学", seed), "12330000MB0000002X", 2025, seed))
		out[fmt.Sprintf("stats%d.xlsx", seed)] = exportFile(t, withStats(school(fmt.Sprintf("第%d小学", seed), "", 2025, seed), seed))
	}
	for i, fee := range []string{"0.17", "12.3", "0.500", "1234567890123.45", "12345678901234.56", "-3.00", ""} {
		r := withStats(school("收费学校", "", 2025, i), i)
		r.Table2.FeesWan, r.ProcessingFees.AmountFen = fee, int64(i)*17005
		out[fmt.Sprintf("fee%d.xlsx", i)] = exportFile(t, r)
	}
	var sum bytes.Buffer
	r := withStats(school("某某市教育局", "", 2025, 3), 3)
	r.Produced = time.Date(2026, 1, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	if err := xlsx.WriteExport(&sum, r, xlsx.ExportMeta{Version: "test", Produced: r.Produced, Rollup: true}); err != nil {
		t.Fatal(err)
	}
	out["rollup.xlsx"] = sum.Bytes()
	out["old.xlsx"] = moneyAsText(t, exportFile(t, withStats(school("旧版学校", "", 2025, 5), 5)))
	return out
}

// moneyAsText rewrites an export's amounts as text cells, as exports were
// made before amounts were numbers (docs/figures.md §2).
func moneyAsText(t *testing.T, raw []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(xlsx.ExportDataSheet, excelize.Options{RawCellValue: true})
	for i, r := range rows {
		if len(r) == 2 && (r[0] == "table2.fees.amount_wan" || r[0] == "processing_fees.amount_yuan") {
			v := r[1]
			if !strings.Contains(v, ".") {
				v += ".00"
			} else if len(v)-strings.Index(v, ".") == 2 {
				v += "0"
			}
			f.SetCellStr(xlsx.ExportDataSheet, fmt.Sprintf("B%d", i+1), v)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// outcome is what a reader made of a file: the report as JSON, the
// export's version and time, or the refusal.
func outcome(t *testing.T, ex *xlsx.ExportFile, err error) string {
	t.Helper()
	if err != nil {
		return "error: " + err.Error()
	}
	var b bytes.Buffer
	if err := jsonout.Write(&b, ex.Report); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%s %s\n%s", ex.Version, ex.Produced.Format(time.RFC3339), b.String())
}

// sameAsExcelize checks that ReadExport gives what reading raw through
// excelize gives, and, when scanBook reads it, every sheet's cells as
// excelize's GetRows gives them. It returns whether scanBook read it.
func sameAsExcelize(t *testing.T, name string, raw []byte) bool {
	t.Helper()
	fast, fastErr := ReadExport(bytes.NewReader(raw), name)
	slow, slowErr := readExcelize(raw, name)
	if a, b := outcome(t, fast, fastErr), outcome(t, slow, slowErr); a != b {
		t.Errorf("%s: read\n%.600s\nexcelize reads\n%.600s", name, a, b)
	}
	sheets, ok := scanBook(raw, xlsxguard.Small)
	if !ok {
		return false
	}
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Errorf("%s: scanned, but excelize cannot open it: %v", name, err)
		return true
	}
	defer f.Close()
	if !slices.Equal(sheets.names, f.GetSheetList()) {
		t.Errorf("%s: sheets %q, excelize %q", name, sheets.names, f.GetSheetList())
	}
	for i, sheet := range sheets.names {
		want, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Errorf("%s: excelize: %v", name, err)
			continue
		}
		if a, b := trimRows(sheets.rows[i]), trimRows(want); !slices.EqualFunc(a, b, slices.Equal) {
			t.Errorf("%s: sheet %s\n%q\nexcelize\n%q", name, sheet, a, b)
		}
	}
	return true
}

// trimRows drops trailing blank cells and rows, which excelize keeps or
// not depending on how the cells are stored.
func trimRows(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		for len(r) > 0 && r[len(r)-1] == "" {
			r = r[:len(r)-1]
		}
		out[i] = r
	}
	for len(out) > 0 && len(out[len(out)-1]) == 0 {
		out = out[:len(out)-1]
	}
	return out
}

// Every export the tests write is read straight from its zip, giving
// exactly the cells and the report excelize gives.
func TestFastReadIsExcelize(t *testing.T) {
	for name, raw := range exportCorpus(t) {
		if !sameAsExcelize(t, name, raw) {
			t.Errorf("%s: not read straight from the zip", name)
		}
	}
}

// An export edited after it was made, its 数据 sheet or a table, is
// refused with the message excelize's path gives.
func TestFastReadRefusesAsBefore(t *testing.T) {
	good := exportFile(t, withStats(school("第一中学", "", 2025, 4), 4))
	f, err := excelize.OpenReader(bytes.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string]func(){
		"data":    func() { f.SetCellValue(xlsx.ExportDataSheet, "B10", "999") },
		"table3":  func() { f.SetCellValue(report.Table3Title, "D9", 12345) },
		"formula": func() { f.SetCellFormula(report.Table2Title, "B5", "1+1") },
		"header":  func() { f.SetCellValue(xlsx.ExportDataSheet, "A1", "编码") },
		"nosum":   func() { f.RemoveRow(xlsx.ExportDataSheet, 200) },
		"nosheet": func() { f.DeleteSheet(report.Table4Title) },
	}
	for what, edit := range edits {
		edit()
		var b bytes.Buffer
		if err := f.Write(&b); err != nil {
			t.Fatal(err)
		}
		f.Close()
		sameAsExcelize(t, what+".xlsx", b.Bytes())
		f, _ = excelize.OpenReader(bytes.NewReader(good))
	}
	f.Close()
}

// Damage anywhere in a worksheet's XML (a byte changed, the part cut
// short) gives exactly what excelize's path gives: the fast reader never
// takes for an export what excelize would refuse.
func TestFastReadDamagedXML(t *testing.T) {
	good := exportFile(t, withStats(school("第二中学", "", 2025, 9), 9))
	rng := rand.New(rand.NewPCG(15, 3000))
	const alphabet = `<>/&;"'= a1#x:_-.` + "\x00\r\n"
	n := 300
	if testing.Short() {
		n = 40
	}
	for i := range n {
		target := fmt.Sprintf("xl/worksheets/sheet%d.xml", 1+i%5)
		if i%7 == 0 {
			target = "xl/sharedStrings.xml"
		}
		raw, err := hostile.Rewrite(good, func(name string, body []byte) ([]byte, bool) {
			if name != target {
				return body, true
			}
			body = bytes.Clone(body)
			switch i % 3 {
			case 0:
				body[rng.IntN(len(body))] = alphabet[rng.IntN(len(alphabet))]
			case 1:
				body = body[:rng.IntN(len(body))]
			default:
				j := rng.IntN(len(body))
				body = slices.Insert(body, j, alphabet[rng.IntN(len(alphabet))])
			}
			return body, true
		})
		if err != nil {
			t.Fatal(err)
		}
		sameAsExcelize(t, fmt.Sprintf("damaged%d.xlsx", i), raw)
	}
}

// An export opened and saved again in LibreOffice (as a clerk's Excel or
// WPS may do) stays readable, and is read as excelize reads it.
func TestFastReadResaved(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("needs LibreOffice (soffice)")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "一中.xlsx")
	writeFile(t, dir, "in/一中.xlsx", exportFile(t, withStats(school("第一中学", "", 2025, 4), 4)))
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", filepath.Join(dir, "out"), in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("soffice: %v: %s", err, out)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "out", "一中.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	scanned := sameAsExcelize(t, "一中.xlsx", raw)
	ex, err := ReadExport(bytes.NewReader(raw), "一中.xlsx")
	t.Logf("re-saved: read straight from the zip %v; %v", scanned, err)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Report.Table3.Rows != school("第一中学", "", 2025, 4).Table3.Rows {
		t.Error("table 3 read back differs")
	}
}
