package rollupfiles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/xxgk/xxgk/report/rollup"
)

// errTooLarge says that a reader gave more than the cap.
var errTooLarge = errors.New("file larger than the cap")

// load reads the regular file at path, up to r.max bytes. Anything else —
// a named pipe, a device, a link to nothing, a larger file — is an error
// in Chinese naming the file, with the rule it breaks ("" for a file that
// cannot be opened). The file is read into buf, reusing its room.
func (r *reader) load(ctx context.Context, path string, buf []byte) ([]byte, string, error) {
	name := filepath.Base(path)
	info, err := os.Stat(path)
	if err != nil {
		if target, lerr := os.Readlink(path); lerr == nil {
			return nil, rollup.RuleLink, fmt.Errorf("%s 是指向 %s 的链接，但那里没有文件，未读取", name, target)
		}
		return nil, "", fmt.Errorf("%s 无法打开（%w）", name, err)
	}
	if err := r.check(path, info); err != nil {
		return nil, rollup.RuleNotFile, err
	}
	if info.Size() > r.max {
		return nil, rollup.RuleTooLarge, r.tooLarge(name, info.Size())
	}
	f, err := r.open(path)
	if err != nil {
		return nil, "", fmt.Errorf("%s 无法打开（%w）", name, err)
	}
	defer f.Close()
	// What was opened may not be what was looked at a moment before.
	if info, err = f.Stat(); err != nil {
		return nil, "", fmt.Errorf("%s 无法打开（%w）", name, err)
	}
	if err := r.check(path, info); err != nil {
		return nil, rollup.RuleNotFile, err
	}
	raw, err := readBoundedInto(ctx, f, r.max, buf, info.Size())
	switch {
	case errors.Is(err, errTooLarge):
		return nil, rollup.RuleTooLarge, r.tooLarge(name, int64(len(raw)))
	case err != nil:
		return nil, "", fmt.Errorf("%s 无法读取（%w）", name, err)
	}
	return raw, "", nil
}

// checkFile refuses a path that is not a regular file of at most max
// bytes, before it is opened; a path that does not exist passes, for the
// opening to say so.
func checkFile(path string, max int64) error {
	info, err := os.Stat(path)
	if err != nil {
		return nil
	}
	r := &reader{max: max}
	if err := r.check(path, info); err != nil {
		return err
	}
	if info.Size() > max {
		return r.tooLarge(filepath.Base(path), info.Size())
	}
	return nil
}

// check refuses anything but a regular file, saying what it is.
func (r *reader) check(path string, info fs.FileInfo) error {
	if info.Mode().IsRegular() {
		return nil
	}
	what := "特殊文件"
	switch m := info.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		what = "命名管道"
	case m&fs.ModeDevice != 0:
		what = "设备文件"
	case m&fs.ModeSocket != 0:
		what = "套接字"
	case m.IsDir():
		what = "文件夹"
	}
	if target, err := os.Readlink(path); err == nil {
		what += "；它是指向 " + target + " 的链接"
	}
	return fmt.Errorf("%s 不是普通文件（是%s），未读取", filepath.Base(path), what)
}

func (r *reader) tooLarge(name string, size int64) error {
	return fmt.Errorf("%s 有 %s，超过读取上限 %s（上报文件和手填统计表通常只有几十 KB 到几 MB），未读取；请确认是否放错了文件",
		name, sizeText(size), sizeText(r.max))
}

// sizeText is a size for a message: in MB from 1 MB, else in KB.
func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// readBounded reads r to its end, stopping with errTooLarge (and what it
// read) once more than max bytes came, and with ctx's error once ctx ends:
// a file that grows while it is read cannot take more than max.
func readBounded(ctx context.Context, r io.Reader, max int64) ([]byte, error) {
	return readBoundedInto(ctx, r, max, nil, 0)
}

// readBoundedInto is readBounded reading into buf, reusing its room; size
// is what the file is expected to hold (its size when it was looked at),
// room for which is made at once (capped at max).
func readBoundedInto(ctx context.Context, r io.Reader, max int64, buf []byte, size int64) ([]byte, error) {
	size = min(size, max)
	if size < 0 {
		size = 0
	}
	buf = slices.Grow(buf[:0], int(size)+1)
	lr := io.LimitReader(ctxReader{ctx, r}, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 512)
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(buf)) > max {
		return buf, errTooLarge
	}
	return buf, nil
}

// ctxReader stops reading once its context ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
