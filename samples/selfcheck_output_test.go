package samples

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// selfCheckOutput is the demo's 自查报告 of the sample unit, as `go test
// ./cmd/xxgk/ -run Demo -update` writes it into output/.
const selfCheckOutput = "output/示例县教育局-2025年-政府信息公开工作自查报告"

// The demo's 自查报告 (its JSON figures and the items its workbook lists
// under each rule) says exactly what this package works out from the
// sample's own rows, with its own calendar and none of the project's code.
func TestSelfCheckReportOfTheDemo(t *testing.T) {
	want := selfCheckOf(t, Data())

	raw, err := os.ReadFile(selfCheckOutput + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Selfcheck struct {
			Publishing      struct{ All, Checked, Late int }
			Interpretations struct{ Documents, Synced, Late, Missing int }
			Registration    struct{ All, Checked, Late int }
			Coverage        struct {
				Categories int `json:"categories_with_limit"`
				Due        int `json:"periods_due"`
				Covered    int `json:"periods_covered"`
				Gaps       int
			}
		}
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	sc := doc.Selfcheck
	due, covered := 0, 0
	for _, c := range want.Coverage {
		due, covered = due+c[0], covered+c[1]
	}
	gaps := 0
	for _, g := range want.Gaps {
		gaps += len(g)
	}
	got := []int{sc.Publishing.All, sc.Publishing.Checked, sc.Publishing.Late,
		sc.Interpretations.Documents, sc.Interpretations.Synced, sc.Interpretations.Late, sc.Interpretations.Missing,
		sc.Registration.All, sc.Registration.Checked, sc.Registration.Late,
		sc.Coverage.Categories, sc.Coverage.Due, sc.Coverage.Covered, sc.Coverage.Gaps}
	exp := []int{want.Published, want.FormedChecked, len(want.LatePubs),
		len(want.Docs), want.DocCounts[0], want.DocCounts[1], want.DocCounts[2],
		want.Received, want.RegChecked, len(want.LateRegs),
		len(want.Coverage), due, covered, gaps}
	if fmt.Sprint(got) != fmt.Sprint(exp) {
		t.Errorf("JSON figures %v, worked out %v", got, exp)
	}

	f, err := excelize.OpenFile(selfCheckOutput + ".xlsx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items := func(sheet string) [][]string {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(selfCheckOutput), err)
		}
		for i, r := range rows {
			if len(r) > 1 && (r[0] == "序号" || r[0] == "文号") {
				return rows[i+1:]
			}
		}
		t.Fatalf("sheet %s has no header row", sheet)
		return nil
	}
	late := map[string]int{}
	for _, r := range items("发布时限") {
		late[r[1]], _ = strconv.Atoi(r[5])
	}
	if fmt.Sprint(late) != fmt.Sprint(want.LatePubs) {
		t.Errorf("发布时限 lists %v, worked out %v", late, want.LatePubs)
	}
	docs := map[string]string{}
	for _, r := range items("政策解读") {
		docs[r[0]] = strings.ReplaceAll(strings.ReplaceAll(r[5], "迟", "迟于"), "个工作日", "")
	}
	wantDocs := map[string]string{}
	for no, d := range want.Docs {
		if d[0] != "同步" {
			wantDocs[no] = d[0]
		}
	}
	if fmt.Sprint(docs) != fmt.Sprint(wantDocs) {
		t.Errorf("政策解读 lists %v, worked out %v", docs, wantDocs)
	}
	regs := map[string]int{}
	for _, r := range items("登记时限") {
		regs[r[1]], _ = strconv.Atoi(r[4])
	}
	if fmt.Sprint(regs) != fmt.Sprint(want.LateRegs) {
		t.Errorf("登记时限 lists %v, worked out %v", regs, want.LateRegs)
	}
	gapsListed := map[string][]string{}
	for _, r := range items("目录时限") {
		gapsListed[r[1]] = append(gapsListed[r[1]], r[3])
	}
	if fmt.Sprint(gapsListed) != fmt.Sprint(want.Gaps) {
		t.Errorf("目录时限 lists %v, worked out %v", gapsListed, want.Gaps)
	}
}
