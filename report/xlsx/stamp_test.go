package xlsx

import (
	"bytes"
	"testing"
)

// TestRollupStamp checks that every workbook a roll-up writes carries
// RollupCategory beside its usual properties, and that a unit's own
// workbooks do not.
func TestRollupStamp(t *testing.T) {
	d := rollupSample()
	for name, c := range map[string]struct {
		write    func(*bytes.Buffer) error
		category string
		subject  string
	}{
		"summed tables": {func(b *bytes.Buffer) error { return WriteRollupSum(b, d.Sum) }, RollupCategory, "政府信息公开工作年度报告"},
		"汇总上报":          {func(b *bytes.Buffer) error { return WriteExport(b, d.Sum, ExportMeta{Rollup: true}) }, RollupCategory, "政府信息公开工作年度报告"},
		"汇总情况":          {func(b *bytes.Buffer) error { return WriteRollupDetails(b, d) }, RollupCategory, RollupDetailsSubject},
		"unit's tables": {func(b *bytes.Buffer) error { return Write(b, d.Sum) }, "", "政府信息公开工作年度报告"},
		"unit's export": {func(b *bytes.Buffer) error { return WriteExport(b, d.Sum, ExportMeta{}) }, "", "政府信息公开工作年度报告"},
	} {
		props, err := openWritten(t, c.write).GetDocProps()
		if err != nil {
			t.Fatal(err)
		}
		if props.Category != c.category || props.Subject != c.subject || props.Creator != "xxgk" || props.Title == "" {
			t.Errorf("%s: category %q, subject %q, creator %q, title %q; want category %q, subject %q",
				name, props.Category, props.Subject, props.Creator, props.Title, c.category, c.subject)
		}
	}
}
