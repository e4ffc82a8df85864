package crossbuild

import (
	"debug/buildinfo"
	"debug/pe"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The windows-amd64 exe builds with cgo through mingw: an amd64 PE that
// links the C runtime SQLite needs, with the icon and the version
// resource Explorer shows. It is not run here.
func TestWindowsExeBuilds(t *testing.T) {
	need(t, realHost, mingw)
	t.Parallel() // each build compiles SQLite on one core: two at once use both
	exe := mustBuild(t, target{goos: "windows", goarch: "amd64", cc: "x86_64-w64-mingw32-gcc"}, t.TempDir())
	if filepath.Base(exe) != "xxgk.exe" {
		t.Errorf("built %s", exe)
	}
	f, err := pe.Open(exe)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine %#x, want IMAGE_FILE_MACHINE_AMD64", f.Machine)
	}
	// ImportedSymbols are "name:DLL"; a build without cgo imports no C
	// runtime (debug/pe's ImportedLibraries lists nothing for Go's PEs).
	syms, err := f.ImportedSymbols()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(syms, func(s string) bool { return strings.HasSuffix(strings.ToLower(s), ":msvcrt.dll") }) {
		t.Errorf("imports nothing of msvcrt.dll, so no C code (SQLite) was linked: %q", syms)
	}
	info, err := buildinfo.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	for k, want := range map[string]string{"GOOS": "windows", "GOARCH": "amd64", "CGO_ENABLED": "1"} {
		if settings[k] != want {
			t.Errorf("build setting %s=%q, want %q", k, settings[k], want)
		}
	}
	if !strings.Contains(settings["-ldflags"], "main.version="+testVersion) {
		t.Errorf("build setting -ldflags=%q: no stamp", settings["-ldflags"])
	}
	checkResources(t, f, testVersion, [4]uint16{})
}
