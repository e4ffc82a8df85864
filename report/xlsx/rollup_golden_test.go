package xlsx

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/rollup"
)

// rollupGoldenSample is rollupSample with lists long enough to page, a
// message too tall for Excel's greatest row height and one too long for a
// cell, so that the golden pins the heights, the top alignment and the
// notes of the list sheets.
func rollupGoldenSample() *rollup.Result {
	d := rollupSample()
	for i := range 25 {
		d.Problems = append(d.Problems, rollup.Problem{Unit: fmt.Sprintf("第%d中学", i), File: fmt.Sprintf("收到的/第%d中学.xlsx", i),
			Rule: "勾稽关系", Where: "表三 总计 / 自然人", Message: strings.Repeat("一加二不等于三加四，", 1+i%4)})
	}
	d.Problems = append(d.Problems, rollup.Problem{Unit: "长", File: "长.xlsx", Rule: "勾稽关系", Message: strings.Repeat("很长的说明", 400)},
		rollup.Problem{Unit: "更长", File: "更长.xlsx", Rule: "勾稽关系", Message: strings.Repeat("说明", 17000)})
	d.Excluded = []rollup.Problem{{File: "旧.xlsx", Unit: "旧", Rule: "年度不符", Message: "文件为2024年度"}}
	for i := range 12 {
		d.Missing = append(d.Missing, rollup.Expected{Name: fmt.Sprintf("某某县某某镇第%d中心小学附属幼儿园", i)})
	}
	return d
}

// detailDump is dump with each cell's style, every row's height and the
// widths of the columns in use, then the notes the writer gave.
func detailDump(t *testing.T, d *rollup.Result) string {
	t.Helper()
	var notes []string
	f := openWritten(t, func(b *bytes.Buffer) error {
		return WriteRollupDetails(b, d, Notes(func(n string) { notes = append(notes, n) }))
	})
	var b strings.Builder
	for _, line := range strings.SplitAfter(dump(t, f), "\n") {
		b.WriteString(shorten(line))
	}
	for _, name := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s layout\n", name)
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for r, row := range rows {
			h, err := f.GetRowHeight(name, r+1)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "row %d height %g:", r+1, h)
			cols = max(cols, len(row))
			for c := range max(len(row), 6) {
				ref := cell(c+1, r+1)
				id, err := f.GetCellStyle(name, ref)
				if err != nil {
					t.Fatal(err)
				}
				fmt.Fprintf(&b, " %s", styleNote(t, f, id))
			}
			b.WriteString("\n")
		}
		for c := range cols {
			col := strings.TrimRight(cell(c+1, 1), "1")
			w, err := f.GetColWidth(name, col)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "col %s width %g\n", col, w)
		}
		panes, err := f.GetPanes(name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "panes %v %d %d %s\n", panes.Freeze, panes.XSplit, panes.YSplit, panes.TopLeftCell)
	}
	for _, n := range notes {
		b.WriteString(shorten(fmt.Sprintf("note %s\n", n)))
	}
	return b.String()
}

// styleNote names a style by what it looks like, not by its id.
func styleNote(t *testing.T, f *excelize.File, id int) string {
	t.Helper()
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	s := fmt.Sprintf("%d", st.NumFmt)
	if st.CustomNumFmt != nil {
		s = *st.CustomNumFmt
	}
	if st.Font != nil {
		s += fmt.Sprintf("/%g%v", st.Font.Size, st.Font.Bold)
	}
	if a := st.Alignment; a != nil {
		s += fmt.Sprintf("/%s-%s-%v-%d", a.Horizontal, a.Vertical, a.WrapText, a.Indent)
	}
	return fmt.Sprintf("%s/b%d", s, len(st.Border))
}

// TestRollupDetailsGolden pins 「汇总情况」 as it reads back: cells, number
// formats, styles, merges, row heights, column widths, panes, page setup
// and notes.
func TestRollupDetailsGolden(t *testing.T) {
	d := rollupGoldenSample()
	got := detailDump(t, d)
	empty := rollupSample()
	empty.Missing, empty.Problems, empty.Listed = nil, nil, false
	got += "==== no lists\n" + detailDump(t, empty)
	reporttest.Golden(t, filepath.Join("testdata", "rollup_details.golden"), got)
	if again := detailDump(t, rollupGoldenSample()); !strings.HasPrefix(got, again) {
		t.Errorf("two writes differ:\n%s", reporttest.LineDiff(got[:len(again)], again))
	}
}

// shorten keeps a long line of a dump readable: its start, its length
// and a hash of the whole.
func shorten(line string) string {
	if len(line) <= 400 {
		return line
	}
	return fmt.Sprintf("%s… (%d bytes, sha256 %x)\n", strings.ToValidUTF8(line[:200], ""), len(line), sha256.Sum256([]byte(line)))
}

// TestRollupDetailsBytes: the workbook is the same byte for byte on every
// write, although excelize stores streamed sheets in a random order.
func TestRollupDetailsBytes(t *testing.T) {
	var first []byte
	for i := range 12 {
		var b bytes.Buffer
		if err := WriteRollupDetails(&b, rollupGoldenSample()); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Fatalf("write %d differs from the first", i+1)
		}
	}
}
