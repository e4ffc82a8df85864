// Winres makes the Windows resources of xxgk.exe, the icon and the
// version resource (属性 → 详细信息), as a COFF object that the external
// linker (mingw gcc) links into the exe. .ci/release and the tests in
// cmd/xxgk/crossbuild both run it, from the module's root:
//
//	go run ./.ci/winres -version VERSION -o OUT.o [-png DIR]
//
// It draws the icon (icon.go) at each size, packs the sizes into an .ico
// (ico.go), writes a resource script (rc.go) and compiles both with
// Debian's x86_64-w64-mingw32-windres. The linker takes the object with
// -ldflags '-linkmode external -extldflags OUT.o', so nothing is written
// into the source tree. -png DIR also writes each size as icon-N.png, to
// look at. The output depends only on VERSION and LICENSE: the same
// bytes every time.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	version := flag.String("version", "", "the release version, as `git describe --tags --always --dirty` gives it")
	out := flag.String("o", "", "the COFF object to write")
	pngDir := flag.String("png", "", "also write the icon's sizes as PNGs into this folder")
	windres := flag.String("windres", "x86_64-w64-mingw32-windres", "the windres program")
	flag.Parse()
	if *version == "" || *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./.ci/winres -version VERSION -o OUT.o [-png DIR]")
		os.Exit(2)
	}
	if err := run(*version, *out, *pngDir, *windres); err != nil {
		fmt.Fprintln(os.Stderr, "winres:", err)
		os.Exit(1)
	}
}

func run(version, out, pngDir, windres string) error {
	license, err := os.ReadFile("LICENSE")
	if err != nil {
		return err
	}
	copyright, err := legalCopyright(string(license))
	if err != nil {
		return err
	}
	var imgs []*image.NRGBA
	for _, size := range iconSizes {
		imgs = append(imgs, drawIcon(size))
	}
	if pngDir != "" {
		if err := writePNGs(pngDir, imgs); err != nil {
			return err
		}
	}
	ico, err := encodeICO(imgs)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "winres")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	script, err := resourceScript(version, copyright, "xxgk.ico")
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "xxgk.ico"), ico, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "xxgk.rc"), []byte(script), 0o644); err != nil {
		return err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return err
	}
	// windres runs in tmp so that the script names the icon without a
	// path (the script cannot hold every path: see resourceScript).
	cmd := exec.Command(windres, "--input-format=rc", "--output-format=coff", "-i", "xxgk.rc", "-o", abs)
	cmd.Dir = tmp
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", windres, err, b)
	}
	return nil
}

// writePNGs writes each image as dir/icon-SIZE.png.
func writePNGs(dir string, imgs []*image.NRGBA) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, img := range imgs {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("icon-%d.png", img.Rect.Dx())))
		if err != nil {
			return err
		}
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
