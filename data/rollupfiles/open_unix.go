//go:build unix

package rollupfiles

import (
	"os"
	"syscall"
)

// openFile opens path for reading without blocking: a named pipe put in
// place of the file after it was looked at opens at once (and is then
// refused) instead of waiting for a writer.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
