package statfile

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/reporttest"
)

// This file builds workbooks as clerks fill them in: the statutory tables
// at any place, written by reporttest in the ways a reporttest.Layout says.

// book wraps the workbook being built.
type book struct {
	t testing.TB
	f *excelize.File
}

func newBook(t testing.TB, sheets ...string) *book {
	t.Helper()
	f := excelize.NewFile()
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s)
		} else {
			_, err = f.NewSheet(s)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return &book{t, f}
}

// sheet returns one sheet of the workbook for the table writers of
// reporttest.
func (b *book) sheet(name string) reporttest.Sheet { return bookSheet{b, name} }

// bookSheet is one sheet of a book.
type bookSheet struct {
	b    *book
	name string
}

// Set writes one cell.
func (s bookSheet) Set(col, row int, v any) { s.b.set(s.name, col, row, v) }

// Merge merges a range.
func (s bookSheet) Merge(c1, r1, c2, r2 int) {
	s.b.t.Helper()
	if err := s.b.f.MergeCell(s.name, reporttest.CellName(c1, r1), reporttest.CellName(c2, r2)); err != nil {
		s.b.t.Fatal(err)
	}
}

// set writes one cell; a nil v leaves it blank.
func (b *book) set(sheet string, col, row int, v any) {
	b.t.Helper()
	if v == nil {
		return
	}
	if err := b.f.SetCellValue(sheet, reporttest.CellName(col, row), v); err != nil {
		b.t.Fatal(err)
	}
}

// bytes returns the workbook as an .xlsx file.
func (b *book) bytes() []byte {
	b.t.Helper()
	buf, err := b.f.WriteToBuffer()
	if err != nil {
		b.t.Fatal(err)
	}
	return buf.Bytes()
}

// read runs Read over the workbook and fails the test on an error.
func (b *book) read(name string) *File {
	b.t.Helper()
	got, err := Read(bytes.NewReader(b.bytes()), name)
	if err != nil {
		b.t.Fatalf("Read: %v", err)
	}
	return got
}
