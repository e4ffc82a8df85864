package crossbuild

import (
	"fmt"
	"os/exec"
	"path/filepath"
)

// winres runs .ci/winres, as .ci/release does, to make the icon and
// version resource of an exe stamped version, and returns the COFF
// object's path (in dir, never in the source tree: tests build at once).
func winres(dir, version string) (string, error) {
	out, err := filepath.Abs(filepath.Join(dir, "winres.o"))
	if err != nil {
		return "", err
	}
	cmd := exec.Command("go", "run", "./.ci/winres", "-version", version, "-o", out)
	cmd.Dir = moduleRoot
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go run ./.ci/winres -version %s: %v\n%s", version, err, b)
	}
	return out, nil
}

// moduleRoot is where go run finds ./.ci/winres and LICENSE: tests run in
// the package's folder, cmd/xxgk/crossbuild.
var moduleRoot = filepath.Join("..", "..", "..")

// windowsLDFlags links the resource object rsrc (an absolute path) into
// the exe as .ci/release does: through mingw gcc, which takes the object
// as one of its inputs (the single quotes keep a path with spaces one
// argument).
func windowsLDFlags(rsrc string) string {
	return ` -linkmode external -extldflags "'` + rsrc + `'"`
}
