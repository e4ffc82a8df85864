package jsonout

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/report/selfcheck/selfchecktest"
)

func TestWriteSelfCheck(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Input())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteSelfCheck(&buf, r); err != nil {
		t.Fatal(err)
	}
	reporttest.Golden(t, "testdata/selfcheck_report.json", buf.String())
	var got struct {
		Unit      string
		Year      int
		AsOf      string `json:"as_of"`
		SelfCheck struct {
			Publishing struct {
				Late   int
				OnTime struct {
					Part, Whole int
					Rate        float64
				} `json:"on_time"`
			}
			Interpretations struct{ Synced, Late, Missing int }
			Coverage        struct{ Gaps int }
			Quotas          []struct {
				Department string
				Met        bool
			}
		} `json:"selfcheck"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	s := got.SelfCheck
	if got.Unit != "某某县教育局" || got.Year != 2025 || got.AsOf != "2025-12-31" || s.Publishing.Late != 24 || s.Publishing.OnTime.Rate != 76 ||
		s.Interpretations.Missing != 2 || s.Coverage.Gaps != 2 || len(s.Quotas) != 3 || s.Quotas[1].Met {
		t.Errorf("decoded %+v", got)
	}
	// figures only: no item of any list
	for _, leak := range []string{"YSQ-", "2025-00", "某教发", "关于"} {
		if strings.Contains(buf.String(), leak) {
			t.Errorf("the JSON names an item: %q", leak)
		}
	}
}
