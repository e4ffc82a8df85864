// Package jsonout writes and reads the machine-readable annual report of
// docs/figures.md §1: one JSON object whose keys are stable across versions (keys are
// added, never renamed) and come out in statutory order.
//
// The codes of the figures are a contract, listed with their meaning in
// docs/figures.md §1: a figure's code is its JSON path written with dots
// ("table3.granted.natural", "table2.fees.amount_wan"). The same codes are
// what `xxgk explain` takes and report.FigureName names in Chinese, and
// what the 「数据」 sheet of an export workbook holds as code/value Pairs
// under their Checksum (docs/figures.md §2), which a roll-up reads back
// with FromPairs. Codes are only ever added: none is renamed or removed.
// The monthly summary (WriteMonthly, MonthlyPairs) keeps the same rules.
package jsonout

import (
	"bytes"
	"encoding/json"
	"io"
	"time"

	"github.com/xxgk/xxgk/report"
)

// kv is one key of an ordered JSON object.
type kv struct {
	k string
	v any
}

// object is a JSON object that keeps its keys in order.
type object []kv

func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(p.k)
		b.Write(k)
		b.WriteByte(':')
		v, err := marshal(p.v)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal encodes v without escaping HTML characters, so that Chinese
// punctuation and labels stay readable.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// Write writes rep as indented JSON, ending in a newline.
func Write(w io.Writer, rep *report.AnnualReport) error {
	return writeIndented(w, Object(rep))
}

// writeIndented writes v as indented JSON, ending in a newline.
func writeIndented(w io.Writer, v json.Marshaler) error {
	raw, err := marshal(v)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, raw, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err = out.WriteTo(w)
	return err
}

// Object returns rep as an ordered JSON object (json.Marshaler), for
// callers that embed it in a larger document.
func Object(rep *report.AnnualReport) json.Marshaler {
	o := object{
		{"unit", rep.Unit.Name},
		{"unit_code", rep.Unit.Code},
		{"year", rep.Year},
		{"table2", table2(&rep.Table2)},
		{"table3", table3(&rep.Table3)},
		{"table4", table4(&rep.Table4)},
		{"publications", publications(&rep.Publications)},
		{"processing_fees", object{
			{"count", rep.ProcessingFees.Count},
			{"amount_yuan", report.FenToYuan(rep.ProcessingFees.AmountFen)},
		}},
	}
	if t := rep.Timeliness; t != nil {
		ids := t.LateIDs
		if ids == nil {
			ids = []string{}
		}
		o = append(o, kv{"timeliness", object{
			{"concluded", t.Concluded}, {"on_time", t.OnTime}, {"late", t.Late}, {"late_ids", ids},
		}})
	}
	if c := rep.SelfCheck; c != nil {
		o = append(o, kv{"selfcheck", selfcheckObject(c)})
	}
	if !rep.Produced.IsZero() {
		o = append(o, kv{"produced_at", rep.Produced.Format(time.RFC3339)})
	}
	return o
}

// table2 lists table 2's rows (report.Table2Blocks), each with its
// figures by head; the fee amount is a string.
func table2(t *report.Table2) object {
	var o object
	for _, b := range report.Table2Blocks {
		for _, r := range b.Rows {
			row := make(object, len(b.Heads))
			counts := r.Counts(t)
			for j, h := range b.Heads {
				if r.IsAmount() {
					row[j] = kv{h.Code, t.FeesWan}
				} else {
					row[j] = kv{h.Code, *counts[j]}
				}
			}
			o = append(o, kv{r.Code, row})
		}
	}
	return o
}

func counts(c report.ApplicantCounts) object {
	o := make(object, len(c))
	for j, col := range report.Table3Columns {
		o[j] = kv{col.Code, c[j]}
	}
	return o
}

// table3 lists every row in statutory order, each group's sum just before
// its items.
func table3(t *report.Table3) object {
	var o object
	group := ""
	for i, row := range report.Table3Rows {
		if row.Group != "" && row.Group != group {
			sum, _ := t.Row(row.Group)
			o = append(o, kv{row.Group, counts(sum)})
		}
		group = row.Group
		o = append(o, kv{row.Code, counts(t.Rows[i])})
	}
	return o
}

func table4(t *report.Table4) object {
	var o object
	for _, b := range report.Table4Blocks {
		v := t.Block(report.AppealKind(b.Code)).Values()
		block := make(object, len(v))
		for j, col := range report.Table4Columns {
			block[j] = kv{col.Code, v[j]}
		}
		o = append(o, kv{b.Code, block})
	}
	return o
}

func named(list []report.NamedCount) object {
	o := make(object, len(list))
	for i, n := range list {
		o[i] = kv{n.Name, n.Count}
	}
	return o
}

func publications(p *report.PublicationStats) object {
	return object{
		{"total", p.Total},
		{"key_area", p.KeyArea},
		{"from_requests", p.FromRequests},
		{"by_category", named(p.ByCategory)},
		{"by_department", named(p.ByDepartment)},
		{"by_channel", named(p.ByChannel)},
		{"by_month", p.ByMonth[:]},
	}
}
