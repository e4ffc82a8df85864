//go:build ignore

// Archive packs a folder into a .zip or .tar.gz the same way every time:
// entries sorted, every time set to one given instant, owner 0, mode 0755
// for programs and 0644 for the rest. Zip entries with Chinese names carry
// the UTF-8 flag, so that Windows Explorer shows the names rather than
// mojibake (Info-ZIP 3.0's zip does not set it). .ci/release runs it:
//
//	go run .ci/archive.go OUT.zip|OUT.tar.gz DIR PREFIX YYYY-MM-DD
//
// PREFIX ("" for none) is the folder the entries are put in.
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	if len(os.Args) != 5 {
		fmt.Fprintln(os.Stderr, "usage: go run .ci/archive.go OUT.zip|OUT.tar.gz DIR PREFIX YYYY-MM-DD")
		os.Exit(2)
	}
	out, dir, prefix := os.Args[1], os.Args[2], os.Args[3]
	when, err := time.Parse(time.DateOnly, os.Args[4])
	if err == nil {
		err = pack(out, dir, prefix, when)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

// entry is one regular file to pack: its name in the archive and on disk.
type entry struct {
	name, path string
	mode       int64
}

// pack writes the files under dir into out.
func pack(out, dir, prefix string, when time.Time) error {
	var entries []entry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		mode := int64(0o644)
		if info.Mode()&0o111 != 0 || strings.HasSuffix(p, ".exe") {
			mode = 0o755
		}
		entries = append(entries, entry{path.Join(prefix, filepath.ToSlash(rel)), p, mode})
		return nil
	})
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if strings.HasSuffix(out, ".zip") {
		err = writeZip(f, entries, when)
	} else {
		err = writeTarGz(f, entries, when)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func writeZip(w io.Writer, entries []entry, when time.Time) error {
	z := zip.NewWriter(w)
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: when}
		h.SetMode(fs.FileMode(e.mode))
		dst, err := z.CreateHeader(h)
		if err != nil {
			return err
		}
		if err := copyFile(dst, e.path); err != nil {
			return err
		}
	}
	return z.Close()
}

func writeTarGz(w io.Writer, entries []entry, when time.Time) error {
	gz := gzip.NewWriter(w)
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		info, err := os.Stat(e.path)
		if err != nil {
			return err
		}
		h := &tar.Header{Name: e.name, Mode: e.mode, Size: info.Size(), ModTime: when, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if err := copyFile(tw, e.path); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func copyFile(w io.Writer, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
