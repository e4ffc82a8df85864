package jsonout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/xxgk/xxgk/report"
)

type docCounts struct {
	Issued   int `json:"issued"`
	Repealed int `json:"repealed"`
	InForce  int `json:"in_force"`
}

type decisions struct {
	Decisions int `json:"decisions"`
}

// namedList decodes a JSON object of counts keeping its key order.
type namedList []report.NamedCount

func (n *namedList) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return fmt.Errorf("expected an object of counts")
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		var v int
		if err := dec.Decode(&v); err != nil {
			return err
		}
		*n = append(*n, report.NamedCount{Name: tok.(string), Count: v})
	}
	return nil
}

type document struct {
	Unit     string `json:"unit"`
	UnitCode string `json:"unit_code"`
	Year     int    `json:"year"`
	Table2   struct {
		Rules         docCounts `json:"rules"`
		NormativeDocs docCounts `json:"normative_docs"`
		Licensing     decisions `json:"licensing"`
		Penalty       decisions `json:"penalty"`
		Enforcement   decisions `json:"enforcement"`
		Fees          struct {
			AmountWan string `json:"amount_wan"`
		} `json:"fees"`
	} `json:"table2"`
	Table3       map[string]map[string]int `json:"table3"`
	Table4       map[string]map[string]int `json:"table4"`
	Publications struct {
		Total        int       `json:"total"`
		KeyArea      int       `json:"key_area"`
		FromRequests int       `json:"from_requests"`
		ByCategory   namedList `json:"by_category"`
		ByDepartment namedList `json:"by_department"`
		ByChannel    namedList `json:"by_channel"`
		ByMonth      [12]int   `json:"by_month"`
	} `json:"publications"`
	ProcessingFees struct {
		Count      int    `json:"count"`
		AmountYuan string `json:"amount_yuan"`
	} `json:"processing_fees"`
	Timeliness *struct {
		Concluded int      `json:"concluded"`
		OnTime    int      `json:"on_time"`
		Late      int      `json:"late"`
		LateIDs   []string `json:"late_ids"`
	} `json:"timeliness"`
	SelfCheck  *selfcheckDoc `json:"selfcheck"`
	ProducedAt string        `json:"produced_at"`
}

// Read parses a report written by Write. The category × month grid, which the
// JSON does not carry, is left empty.
func Read(r io.Reader) (*report.AnnualReport, error) {
	var d document
	if err := json.NewDecoder(r).Decode(&d); err != nil {
		return nil, fmt.Errorf("read report json: %w", err)
	}
	rep := &report.AnnualReport{Unit: report.Unit{Name: d.Unit, Code: d.UnitCode}, Year: d.Year}
	t2 := &rep.Table2
	t2.Rules = report.DocCounts(d.Table2.Rules)
	t2.NormativeDocs = report.DocCounts(d.Table2.NormativeDocs)
	t2.Licensing, t2.Penalty, t2.Enforcement = d.Table2.Licensing.Decisions, d.Table2.Penalty.Decisions, d.Table2.Enforcement.Decisions
	t2.FeesWan = d.Table2.Fees.AmountWan
	for i, row := range report.Table3Rows {
		for j, col := range report.Table3Columns {
			rep.Table3.Rows[i][j] = d.Table3[row.Code][col.Code]
		}
	}
	for _, b := range report.Table4Blocks {
		m := d.Table4[b.Code]
		*rep.Table4.Block(report.AppealKind(b.Code)) = report.AppealCounts{
			Upheld: m["upheld"], Corrected: m["corrected"], Other: m["other"], Pending: m["pending"], Total: m["total"],
		}
	}
	p := &rep.Publications
	p.Total, p.KeyArea, p.FromRequests = d.Publications.Total, d.Publications.KeyArea, d.Publications.FromRequests
	p.ByCategory, p.ByDepartment, p.ByChannel = d.Publications.ByCategory, d.Publications.ByDepartment, d.Publications.ByChannel
	p.ByMonth = d.Publications.ByMonth
	rep.ProcessingFees.Count = d.ProcessingFees.Count
	if a := d.ProcessingFees.AmountYuan; a != "" {
		fen, err := report.ParseYuan(a)
		if err != nil {
			return nil, fmt.Errorf("read report json: processing_fees: %w", err)
		}
		rep.ProcessingFees.AmountFen = fen
	}
	if t := d.Timeliness; t != nil {
		rep.Timeliness = &report.Timeliness{Concluded: t.Concluded, OnTime: t.OnTime, Late: t.Late, LateIDs: t.LateIDs}
	}
	if d.SelfCheck != nil {
		c, err := d.SelfCheck.counts()
		if err != nil {
			return nil, err
		}
		rep.SelfCheck = c
	}
	if d.ProducedAt != "" {
		t, err := time.Parse(time.RFC3339, d.ProducedAt)
		if err != nil {
			return nil, fmt.Errorf("read report json: produced_at: %w", err)
		}
		rep.Produced = t
	}
	return rep, nil
}
