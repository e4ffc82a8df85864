package ledger

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// Deflate cannot expand data more than about 1032 times; an entry that
// claims more is damaged. The slack covers tiny entries.
const (
	maxDeflateRatio = 1100
	ratioSlack      = 1 << 20
)

var zipMagic = []byte("PK\x03\x04")

// checkZip refuses a workbook whose zip directory claims sizes its data
// cannot hold. excelize allocates what an entry claims before reading it,
// so a damaged header could otherwise ask for gigabytes. Files that are not
// zip archives (encrypted workbooks) are left to excelize.
func checkZip(r io.ReaderAt, size int64) error {
	head := make([]byte, len(zipMagic))
	if _, err := r.ReadAt(head, 0); err != nil || !bytes.Equal(head, zipMagic) {
		return nil
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return err
	}
	for _, f := range zr.File {
		claimed, packed := f.UncompressedSize64, f.CompressedSize64
		switch {
		case f.Method == zip.Store && claimed != packed,
			packed > uint64(size),
			claimed > packed*maxDeflateRatio+ratioSlack:
			return fmt.Errorf("zip entry %q: %w", f.Name, errDamagedZip)
		}
	}
	return nil
}

var errDamagedZip = errors.New("sizes in the zip directory are impossible")

// checkZipFile runs checkZip on a file without reading it whole.
func checkZipFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	return checkZip(f, fi.Size())
}
