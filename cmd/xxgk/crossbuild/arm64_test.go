package crossbuild

import (
	"debug/elf"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// demoJSON are the JSON files xxgk demo writes: the annual report's figures
// and November's monthly summary.
var demoJSON = []string{
	"示例县教育局-2025年-政府信息公开工作年度报告.json",
	"示例县教育局-2025年11月-政务公开工作进展和完成情况.json",
}

// The linux-arm64 build runs the demo under qemu-user and writes the same
// files with the same figures as the native build; only the time each
// JSON was made (produced_at) differs.
func TestARM64DemoMatchesNative(t *testing.T) {
	need(t, realHost, arm64)
	dir := t.TempDir()
	var native, cross string
	parallel(t,
		func() (err error) {
			native, err = build(target{goos: "linux", goarch: "amd64"}, filepath.Join(dir, "amd64"))
			return
		},
		func() (err error) {
			cross, err = build(target{goos: "linux", goarch: "arm64", cc: "aarch64-linux-gnu-gcc", static: true}, filepath.Join(dir, "arm64"))
			return
		},
	)
	if m, interp := elfInfo(t, cross); m != elf.EM_AARCH64 || interp {
		t.Fatalf("%s is for %v, dynamic %v; want a static EM_AARCH64 build", cross, m, interp)
	}
	qemu := []string{"qemu-aarch64-static", cross}
	qemuEnv := []string{"QEMU_LD_PREFIX=" + qemuLDPrefix}
	if got, err := runBinary(qemuEnv, qemu, "--version"); err != nil || got != versionLine {
		t.Errorf("arm64 --version: %q, %v; want %q", got, err, versionLine)
	}
	outNative, outCross := filepath.Join(dir, "demo-amd64"), filepath.Join(dir, "demo-arm64")
	parallel(t,
		func() error { _, err := runBinary(nil, []string{native}, "demo", "--out", outNative); return err },
		func() error { _, err := runBinary(qemuEnv, qemu, "demo", "--out", outCross); return err },
	)
	if a, b := names(t, outNative), names(t, outCross); !slices.Equal(a, b) {
		t.Errorf("files written:\n amd64 %q\n arm64 %q", a, b)
	}
	for _, name := range demoJSON {
		a, b := figures(t, filepath.Join(outNative, name)), figures(t, filepath.Join(outCross, name))
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs between amd64 and arm64:\n amd64 %v\n arm64 %v", name, a, b)
		}
	}
}

// elfInfo returns the architecture an ELF binary is built for and
// whether it needs a dynamic loader (a PT_INTERP header).
func elfInfo(t *testing.T, path string) (elf.Machine, bool) {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return f.Machine, slices.ContainsFunc(f.Progs, func(p *elf.Prog) bool { return p.Type == elf.PT_INTERP })
}

// names lists the files in dir, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// figures decodes a JSON report and drops the time it was made, the one
// field that differs between two runs.
func figures(t *testing.T, path string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if _, ok := m["produced_at"]; !ok {
		t.Errorf("%s: no produced_at", path)
	}
	delete(m, "produced_at")
	return m
}
