package rollupfiles

import (
	"bytes"
	"io"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report/xlsx"
)

// ReadExport reads an xxgk export (xlsx.ReadExport, which checks its
// checksum and its visible tables) from r, read through xlsxguard: a
// hostile or broken workbook is refused at once, in bounded memory, naming
// the file. name names the file in messages.
//
// An export as xxgk writes it is read straight from its zip (scanBook),
// without opening it with excelize, which took most of the time. Any
// other workbook — refused, edited, re-saved by another program, filled
// in by hand, or laid out in any way scanBook does not expect — is read
// with excelize, as it always was, so that what is refused, and how, stays
// as before.
func ReadExport(r io.Reader, name string) (*xlsx.ExportFile, error) {
	data, err := xlsxguard.ReadAll(r, name, xlsxguard.Small)
	if err != nil {
		return nil, err
	}
	return readExportBytes(data, name)
}

// readExportBytes is ReadExport on a file already read into memory.
func readExportBytes(data []byte, name string) (*xlsx.ExportFile, error) {
	if int64(len(data)) > xlsxguard.Small.File {
		return ReadExport(bytes.NewReader(data), name) // refused for its size
	}
	if ex, ok := readFast(data, name); ok {
		return ex, nil
	}
	return readExcelize(data, name)
}

// readExcelize reads an export as ReadExport always did: checked through
// xlsxguard, opened with excelize.
func readExcelize(data []byte, name string) (*xlsx.ExportFile, error) {
	f, err := xlsxguard.OpenExcelize(bytes.NewReader(data), name, xlsxguard.Small)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return xlsx.ReadExport(f, name)
}

// readFast reads an export through scanBook, once xlsxguard has checked
// its zip (file type, part sizes, workbook); ok only when it is read in
// full, an export whose checksum and tables match.
func readFast(data []byte, name string) (*xlsx.ExportFile, bool) {
	b, err := xlsxguard.OpenBytes(data, name, xlsxguard.Small)
	if err != nil {
		return nil, false
	}
	b.Close()
	sheets, ok := scanBook(data, xlsxguard.Small)
	if !ok {
		return nil, false
	}
	ex, err := xlsx.ReadExportSheets(sheets, name)
	return ex, err == nil
}
