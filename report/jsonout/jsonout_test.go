package jsonout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// sample returns a report with a distinct number in every figure.
func sample() *report.AnnualReport {
	r := reporttest.Annual(reporttest.Sequential(2))
	r.Unit.Code = "11330000MB0000001L"
	r.Produced = time.Date(2026, 1, 10, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	r.Publications = report.PublicationStats{Total: 9, KeyArea: 3, FromRequests: 1,
		ByCategory:   []report.NamedCount{{Name: "政策文件", Count: 5}, {Name: "招生考试", Count: 4}, {Name: "其他", Count: 0}},
		ByDepartment: []report.NamedCount{{Name: "办公室", Count: 6}, {Name: "基础教育股", Count: 3}},
		ByChannel:    []report.NamedCount{{Name: "政府网站", Count: 9}, {Name: "政务新媒体", Count: 2}},
		ByMonth:      [12]int{1, 0, 2, 0, 1, 0, 0, 3, 0, 0, 1, 1}}
	r.ProcessingFees = report.FeeSummary{Count: 2, AmountFen: 170050}
	r.Timeliness = &report.Timeliness{Concluded: 7, OnTime: 5, Late: 2, LateIDs: []string{"SQ-3", "SQ-9"}}
	return r
}

func TestRoundTrip(t *testing.T) {
	var first, second bytes.Buffer
	if err := Write(&first, sample()); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	want := sample()
	if back.Table2 != want.Table2 || back.Table3 != want.Table3 || back.Table4 != want.Table4 || back.Unit != want.Unit || back.Year != want.Year {
		t.Fatalf("tables differ after a round trip")
	}
	if fmt.Sprint(back.Timeliness) != fmt.Sprint(want.Timeliness) {
		t.Fatalf("timeliness = %+v, want %+v", back.Timeliness, want.Timeliness)
	}
	if !back.Produced.Equal(want.Produced) || !reflect.DeepEqual(back.Publications.ByCategory, want.Publications.ByCategory) {
		t.Fatalf("produced or categories differ: %v %v", back.Produced, back.Publications.ByCategory)
	}
	if err := Write(&second, back); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Errorf("write → read → write is not identical:\n%s\n---\n%s", first.String(), second.String())
	}
}

func TestKeysAndOrder(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample()); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	var m map[string]map[string]any
	if err := json.Unmarshal(b.Bytes(), &map[string]any{}); err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(b.Bytes(), &m)
	t3 := m["table3"]
	for _, row := range report.Table3Rows {
		cols, ok := t3[row.Code].(map[string]any)
		if !ok || len(cols) != 7 {
			t.Errorf("table3.%s: %v", row.Code, t3[row.Code])
		}
	}
	for _, g := range report.Table3Groups {
		if cols, ok := t3[g.Code].(map[string]any); !ok || len(cols) != 7 {
			t.Errorf("table3 group %s missing", g.Code)
		}
	}
	// statutory order, each group sum just before its items
	order := []string{`"new"`, `"carried_in"`, `"granted"`, `"partial"`, `"withheld"`, `"withheld.state_secret"`, `"unavailable"`, `"rejected"`, `"other"`, `"other.other"`, `"result_total"`, `"carried_out"`}
	last := -1
	for _, k := range order {
		i := strings.Index(text, k+":")
		if i <= last {
			t.Fatalf("key %s out of order", k)
		}
		last = i
	}
	for _, want := range []string{`"amount_wan": "4166.241619"`, `"unit": "某某县教育局"`, `"by_month": [`, `"amount_yuan": "1700.50"`, `"produced_at": "2026-01-10T09:30:00+08:00"`, `"late_ids": [
      "SQ-3",
      "SQ-9"
    ]`} {
		if !strings.Contains(text, want) {
			t.Errorf("json lacks %s", want)
		}
	}
}
