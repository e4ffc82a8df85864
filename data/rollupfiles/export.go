package rollupfiles

import (
	"archive/zip"
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
	return readExportBytes(data, name, nil, nil)
}

// readExportBytes is ReadExport on a file already read into memory; zr is
// its zip as guardedZip gives it, or nil, and sc the memory to reuse, or
// nil.
func readExportBytes(data []byte, name string, zr *zip.Reader, sc *scratch) (*xlsx.ExportFile, error) {
	if int64(len(data)) > xlsxguard.Small.File {
		return ReadExport(bytes.NewReader(data), name) // refused for its size
	}
	if ex, ok := readFast(data, name, zr, sc); ok {
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

// readFast reads an export through scanZip, once xlsxguard has checked
// its zip (file type, part sizes: xlsxguard.OpenZip); ok only when it is
// read in full, an export whose checksum and tables match. The workbook
// part and its relationships, which xlsxguard.OpenBytes would read too,
// are read by scanZip more strictly than it reads them: whatever scanZip
// reads, xlsxguard accepts. zr is data's zip already checked, or nil.
func readFast(data []byte, name string, zr *zip.Reader, sc *scratch) (*xlsx.ExportFile, bool) {
	if zr == nil {
		var err error
		if zr, err = xlsxguard.OpenZip(data, name, xlsxguard.Small); err != nil {
			return nil, false
		}
	}
	if sc == nil {
		sc = &scratch{}
	}
	sheets, ok := scanZip(zr, xlsxguard.Small, sc)
	if !ok {
		return nil, false
	}
	ex, err := xlsx.ReadExportSheets(sheets, name)
	return ex, err == nil
}
