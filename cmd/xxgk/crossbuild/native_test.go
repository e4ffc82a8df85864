package crossbuild

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xxgk/xxgk/data/rollupfiles"
)

// nativeDir holds the native build the tests share; TestMain removes it.
var nativeDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "xxgk-crossbuild-")
	if err != nil {
		panic(err)
	}
	nativeDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var native struct {
	once sync.Once
	path string
	err  error
}

// nativeBuild builds, once, xxgk for this machine with the test stamp.
func nativeBuild() (string, error) {
	native.once.Do(func() { native.path, native.err = build(target{}, nativeDir) })
	return native.path, native.err
}

// nativeBinary is nativeBuild that fails t.
func nativeBinary(t *testing.T) string {
	t.Helper()
	p, err := nativeBuild()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A build stamped through -ldflags -X as .ci/release stamps it says the
// stamp in --version and writes its version into the export, on the cover
// sheet and in the 数据 pairs.
func TestStampedBuild(t *testing.T) {
	bin := nativeBinary(t)
	if got, err := runBinary(nil, []string{bin}, "--version"); err != nil || got != versionLine {
		t.Fatalf("--version: %q, %v; want %q", got, err, versionLine)
	}
	dir := t.TempDir()
	if _, err := runBinary(nil, []string{bin}, "demo", "--out", dir); err != nil {
		t.Fatal(err)
	}
	exp := filepath.Join(dir, "上报.xlsx")
	db := filepath.Join(dir, "示例县教育局.db")
	if _, err := runBinary(nil, []string{bin}, "export", "--db", db, "--year", "2025", "--out", exp); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(exp)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	back, err := rollupfiles.ReadExport(f, "上报.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if back.Version != testVersion {
		t.Errorf("export.version %q, want %q", back.Version, testVersion)
	}
}
