package samples

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The task list, its progress and the quotas must look like a careful
// office's: these tests keep them consistent with each other and with the
// publications they cite.

func TestTasksLookReal(t *testing.T) {
	d := Data()
	id := regexp.MustCompile(`^RW2025-\d\d$`)
	seen := map[string]bool{}
	shared := 0
	for i, x := range d.Tasks {
		if !id.MatchString(x.ID) || x.ID != fmt.Sprintf("RW2025-%02d", i+1) || seen[x.ID] {
			t.Errorf("task %d: 任务编号 %q", i+1, x.ID)
		}
		seen[x.ID] = true
		if x.Area == "" || !strings.HasSuffix(x.Requirement, "。") {
			t.Errorf("%s: 工作要点 %q, 具体要求 %q", x.ID, x.Area, x.Requirement)
		}
		if (x.Term == "") == x.Deadline.IsZero() || x.Term != "" && x.Term != termYear && x.Term != termLong ||
			!x.Deadline.IsZero() && x.Deadline.Year() != Year {
			t.Errorf("%s: 完成时限 %v / %q", x.ID, x.Deadline, x.Term)
		}
		for _, u := range x.Units {
			if !slices.Contains(Departments, u) || strings.Count(strings.Join(x.Units, "、"), u) != 1 {
				t.Errorf("%s: 责任单位 %q", x.ID, u)
			}
		}
		if len(x.Units) > 1 {
			shared++
		}
	}
	if len(d.Tasks) < 12 || shared < 4 {
		t.Errorf("%d tasks, %d with several units", len(d.Tasks), shared)
	}
}

func TestProgressLookReal(t *testing.T) {
	d := Data()
	tasks := map[string]bool{}
	for _, x := range d.Tasks {
		tasks[x.ID] = true
	}
	pubs := map[string]Publication{}
	for _, p := range d.Publications {
		pubs[p.IndexNo] = p
	}
	rank := map[string]int{stNone: 0, stGoing: 1, stDone: 2}
	last := map[string]Progress{}
	cited := 0
	for _, p := range d.Progress {
		key := p.TaskID + " " + p.Date.Format("2006-01-02")
		if !tasks[p.TaskID] || p.Date.Year() != Year || !IsWorkday(p.Date) || strings.TrimSpace(p.Note) == "" {
			t.Errorf("%s: unknown task, date off the year's working days, or no note", key)
		}
		r, ok := rank[p.Status]
		prev, had := last[p.TaskID]
		switch {
		case !ok:
			t.Errorf("%s: status %q", key, p.Status)
		case had && !p.Date.After(prev.Date):
			t.Errorf("%s: not after the task's previous entry", key)
		case had && (prev.Status == stDone || r < rank[prev.Status]):
			t.Errorf("%s: %s after %s", key, p.Status, prev.Status)
		}
		last[p.TaskID] = p
		for _, no := range p.Evidence {
			pub, ok := pubs[no]
			if !ok {
				t.Errorf("%s: 佐证索引号 %s is no sample publication", key, no)
			} else if pub.Published.After(p.Date) {
				t.Errorf("%s: cites %s published later, on %v", key, no, pub.Published)
			}
			cited++
		}
	}
	if cited < 20 {
		t.Errorf("only %d evidence citations", cited)
	}
}

func TestQuotasCoverEveryMonth(t *testing.T) {
	seen := map[string]int{}
	for _, q := range Data().Quotas {
		if !slices.Contains(Departments, q.Unit) || q.Month < 1 || q.Month > 12 || q.Target < 2 || q.Target > 8 {
			t.Errorf("quota %+v", q)
		}
		seen[fmt.Sprint(q.Unit, int(q.Month))]++
	}
	for _, u := range Departments {
		for m := 1; m <= 12; m++ {
			if n := seen[fmt.Sprint(u, m)]; n != 1 {
				t.Errorf("%s month %d: %d quotas", u, m, n)
			}
		}
	}
}

// TestTaskSheetsReadBack checks the three sheets as a reader sees them:
// the headers of docs/ledgers.md, 完成时限 as a date or 全年/长期, the evidence
// joined by 、, months as 「2025年6月」.
func TestTaskSheetsReadBack(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(LedgerWorkbook))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := Data()
	rows := func(sh string) [][]string {
		r, err := f.GetRows(sh)
		if err != nil {
			t.Fatalf("sheet %s: %v", sh, err)
		}
		return r
	}
	tasks, prog, quota := rows("2025年政务公开工作要点任务分工"), rows("任务进展"), rows("信息报送任务")
	heads := [][]string{tasks[1], prog[1], quota[0]}
	want := [][]string{{"任务编号", "工作要点", "具体要求", "责任单位", "完成时限"},
		{"任务编号", "日期", "状态", "进展情况", "佐证索引号"}, {"单位", "月份", "任务数"}}
	for i := range want {
		if !slices.Equal(heads[i], want[i]) {
			t.Errorf("header %q, want %q", heads[i], want[i])
		}
	}
	for i, x := range d.Tasks {
		due := x.Term
		if due == "" {
			due = x.Deadline.Format("2006年1月2日")
		}
		if r := tasks[i+2]; r[0] != x.ID || r[3] != strings.Join(x.Units, "、") || r[4] != due {
			t.Errorf("task row %d = %q", i+3, r)
		}
	}
	for i, p := range d.Progress {
		r := append(prog[i+2], "", "", "", "", "")
		if r[0] != p.TaskID || r[2] != p.Status || r[4] != strings.Join(p.Evidence, "、") {
			t.Errorf("progress row %d = %q", i+3, r)
		}
	}
	if r := quota[1+5*8+2]; r[0] != dHR || r[1] != "2025年6月" || r[2] != "2" {
		t.Errorf("quota row = %q", r)
	}
}
