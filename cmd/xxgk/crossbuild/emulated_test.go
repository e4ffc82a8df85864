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

// emulated is a static Linux build for another CPU that qemu-user runs
// on this machine.
type emulated struct {
	target  target
	machine elf.Machine // the ELF machine the build must be for
	qemu    string      // the qemu-user program that runs it
	env     []string    // qemu's environment
}

// demoMatchesNative builds xxgk for this machine and for e at once, checks
// that e's build is a static ELF for e.machine, that it says the test
// stamp under qemu, and that its demo writes the same files with the same
// figures as the native build's; only the time each JSON was made
// (produced_at) differs.
func demoMatchesNative(t *testing.T, e emulated) {
	t.Helper()
	arch := e.target.goarch
	dir := t.TempDir()
	var native, cross string
	parallel(t,
		func() (err error) {
			native, err = build(target{goos: "linux", goarch: "amd64"}, filepath.Join(dir, "amd64"))
			return
		},
		func() (err error) {
			cross, err = build(e.target, filepath.Join(dir, arch))
			return
		},
	)
	if m, interp := elfInfo(t, cross); m != e.machine || interp {
		t.Fatalf("%s is for %v, dynamic %v; want a static %v build", cross, m, interp, e.machine)
	}
	qemu := []string{e.qemu, cross}
	if got, err := runBinary(e.env, qemu, "--version"); err != nil || got != versionLine {
		t.Errorf("%s --version: %q, %v; want %q", arch, got, err, versionLine)
	}
	outNative, outCross := filepath.Join(dir, "demo-amd64"), filepath.Join(dir, "demo-"+arch)
	parallel(t,
		func() error { _, err := runBinary(nil, []string{native}, "demo", "--out", outNative); return err },
		func() error { _, err := runBinary(e.env, qemu, "demo", "--out", outCross); return err },
	)
	if a, b := names(t, outNative), names(t, outCross); !slices.Equal(a, b) {
		t.Errorf("files written:\n amd64 %q\n %s %q", a, arch, b)
	}
	for _, name := range demoJSON {
		a, b := figures(t, filepath.Join(outNative, name)), figures(t, filepath.Join(outCross, name))
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs between amd64 and %s:\n amd64 %v\n %s %v", name, arch, a, arch, b)
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
