package xlsx

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/jsonout"
)

// The amounts of the 数据 sheet are number cells; an export whose amounts
// are text cells (as made before) reads back the same fees, and both
// checksums hold.
func TestExportMoneyIsANumber(t *testing.T) {
	rep := schoolReport()
	rep.Table2.FeesWan = "0.17"
	raw := exportBytes(t, rep)
	f, err := excelize.OpenReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	cells := map[string][2]string{}
	rows, _ := f.GetRows(ExportDataSheet, excelize.Options{RawCellValue: true})
	for i, r := range rows {
		if len(r) == 2 && moneyCodes[r[0]] {
			ref := "B" + itoa(i+1)
			typ, _ := f.GetCellType(ExportDataSheet, ref)
			if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("%s %s is of type %v, want a number", r[0], ref, typ)
			}
			cells[r[0]] = [2]string{ref, r[1]}
		}
	}
	if cells["processing_fees.amount_yuan"][1] != "1700.5" || cells["table2.fees.amount_wan"][1] != "0.17" {
		t.Fatalf("amounts as stored: %v", cells)
	}
	// The same file with the amounts as text cells, as exports were made
	// before: the checksum over the text still holds.
	for _, c := range cells {
		f.SetCellStr(ExportDataSheet, c[0], canonicalMoney(c[1]))
	}
	var old bytes.Buffer
	if err := f.Write(&old); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for name, b := range map[string][]byte{"new.xlsx": raw, "old.xlsx": old.Bytes()} {
		got, err := readExport(t, b, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got.Report.ProcessingFees.AmountFen != 170050 || got.Report.Table2.FeesWan != "0.17" {
			t.Errorf("%s: fees %+v, %q", name, got.Report.ProcessingFees, got.Report.Table2.FeesWan)
		}
	}
}

// An amount whose text a number cell would not give back ("12.3") stays
// text beside one that is a number, and both read back as written.
func TestExportMoneyTextBesideNumber(t *testing.T) {
	rep := schoolReport()
	rep.Table2.FeesWan = "12.3"
	got, err := readExport(t, exportBytes(t, rep), "a.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if got.Report.Table2.FeesWan != "12.3" || got.Report.ProcessingFees.AmountFen != 170050 {
		t.Errorf("fees %q, %+v", got.Report.Table2.FeesWan, got.Report.ProcessingFees)
	}
}

// canonicalMoney restores the text a number cell lost and leaves any
// other text alone; moneyCell writes a number only when it does.
func TestCanonicalMoney(t *testing.T) {
	for in, want := range map[string]string{"1700": "1700.00", "1700.5": "1700.50", "1700.00": "1700.00", "0.500": "0.500",
		"4166.241619": "4166.241619", "-3": "-3.00", "": "", "约3万": "约3万", "1.": "1."} {
		if got := canonicalMoney(in); got != want {
			t.Errorf("canonicalMoney(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"1700.00": true, "4166.241619": true, "0.500": false, "1700": false, "12345678901234.56": false, "1234567890123.45": true} {
		if _, ok := moneyCell(in); ok != want {
			t.Errorf("moneyCell(%q) ok = %v, want %v", in, ok, want)
		}
	}
}

// matchChecksum finds the one way of reading the amounts that the checksum
// covers, whichever it is: each amount as read or restored.
func TestMatchChecksumEveryMask(t *testing.T) {
	read := []jsonout.Pair{{Code: "year", Value: "2025"}, {Code: "table2.fees.amount_wan", Value: "12.3"},
		{Code: "processing_fees.amount_yuan", Value: "1700"}}
	for mask := range 4 {
		made := slices.Clone(read)
		for bit, i := range []int{1, 2} {
			if mask&(1<<bit) != 0 {
				made[i].Value = canonicalMoney(made[i].Value)
			}
		}
		got, ok := matchChecksum(slices.Clone(read), jsonout.Checksum(made))
		if !ok || !slices.Equal(got, made) {
			t.Errorf("mask %d: %v %v, want %v", mask, ok, got, made)
		}
	}
	if _, ok := matchChecksum(read, jsonout.Checksum(read[:1])); ok {
		t.Error("a checksum of other pairs matched")
	}
}
