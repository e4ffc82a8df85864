package rollupfiles

import (
	"io"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report/xlsx"
)

// ReadExport reads an xxgk export (xlsx.ReadExport, which checks its
// checksum and its visible tables) from r, opened through xlsxguard: a
// hostile or broken workbook is refused at once, in bounded memory, naming
// the file. name names the file in messages.
func ReadExport(r io.Reader, name string) (*xlsx.ExportFile, error) {
	f, err := xlsxguard.OpenExcelize(r, name, xlsxguard.Small)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return xlsx.ReadExport(f, name)
}
