package crossbuild

import (
	"bytes"
	"debug/pe"
	"encoding/binary"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// langZhCN is the language of every resource: 简体中文 (0x0804).
const langZhCN = 0x0804

// wantIconSizes are the sizes .ci/winres draws.
var wantIconSizes = []int{16, 24, 32, 48, 64, 256}

// checkResources checks f's resources (an exe, or winres's COFF object):
// one icon in every size, the 256 one a PNG and the others 32-bit BMPs,
// and a version resource with numbers nums and, in the 简体中文 Unicode
// table 080404b0, the strings Explorer shows for version.
func checkResources(t *testing.T, f *pe.File, version string, nums [4]uint16) {
	t.Helper()
	res, err := readResources(f)
	if err != nil {
		t.Fatal(err)
	}
	byType := map[uint32][]resource{}
	for _, r := range res {
		if r.lang != langZhCN {
			t.Errorf("resource type %d id %d: language %#x, want %#x", r.typ, r.name, r.lang, langZhCN)
		}
		byType[r.typ] = append(byType[r.typ], r)
	}
	if got := slices.Sorted(maps.Keys(byType)); !slices.Equal(got, []uint32{rtIcon, rtGroupIcon, rtVersion}) {
		t.Fatalf("resource types %v, want icon (3), group icon (14) and version (16)", got)
	}
	checkIcon(t, byType[rtGroupIcon], byType[rtIcon])
	if len(byType[rtVersion]) != 1 {
		t.Fatalf("%d version resources", len(byType[rtVersion]))
	}
	v, err := readVersion(byType[rtVersion][0].data)
	if err != nil {
		t.Fatal(err)
	}
	if v.file != nums || v.product != nums {
		t.Errorf("FILEVERSION %v, PRODUCTVERSION %v; want %v", v.file, v.product, nums)
	}
	want := map[string]map[string]string{"080404b0": {
		"CompanyName":      "xxgk 项目",
		"FileDescription":  "xxgk 政府信息公开台账与年度报告工具",
		"FileVersion":      version,
		"InternalName":     "xxgk",
		"LegalCopyright":   "Copyright © 2026 The xxgk authors (MIT License)",
		"OriginalFilename": "xxgk.exe",
		"ProductName":      "xxgk",
		"ProductVersion":   version,
	}}
	if !maps.EqualFunc(v.tables, want, maps.Equal) {
		t.Errorf("version strings\n got  %q\n want %q", v.tables, want)
	}
}

// checkIcon checks the one group icon against the icons it names.
func checkIcon(t *testing.T, groups, icons []resource) {
	t.Helper()
	if len(groups) != 1 {
		t.Fatalf("%d group icons, want 1", len(groups))
	}
	entries, err := groupIcon(groups[0].data)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	for _, e := range entries {
		sizes = append(sizes, e.size)
		i := slices.IndexFunc(icons, func(r resource) bool { return r.name == uint32(e.id) })
		if i < 0 {
			t.Errorf("the %d-pixel icon's RT_ICON %d is missing", e.size, e.id)
			continue
		}
		b := icons[i].data
		switch {
		case len(b) != int(e.bytes):
			t.Errorf("the %d-pixel icon has %d bytes, its group entry says %d", e.size, len(b), e.bytes)
		case e.size == 256 && !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
			t.Errorf("the 256-pixel icon is not a PNG: % x", b[:8])
		case e.size < 256 && (len(b) < 40 || binary.LittleEndian.Uint32(b) != 40 ||
			binary.LittleEndian.Uint32(b[4:]) != uint32(e.size) || binary.LittleEndian.Uint32(b[8:]) != uint32(2*e.size) ||
			binary.LittleEndian.Uint16(b[14:]) != 32):
			t.Errorf("the %d-pixel icon is not a 32-bit BMP of its size: % x", e.size, b[:min(len(b), 16)])
		}
	}
	if !slices.Equal(sizes, wantIconSizes) {
		t.Errorf("icon sizes %v, want %v", sizes, wantIconSizes)
	}
}

// The version numbers come from the release tag: vX.Y.Z gives X,Y,Z,0,
// N commits after it X,Y,Z,N, an untagged commit 0,0,0,0; the string
// table carries the version as it is.
func TestWinresVersionNumbers(t *testing.T) {
	need(t, realHost, mingw)
	for version, nums := range map[string][4]uint16{
		"v1.2.3":                  {1, 2, 3, 0},
		"v0.10.65535-4-g1a2b3c4d": {0, 10, 65535, 4},
		"v2.0.1-dirty":            {2, 0, 1, 0},
		"1a2b3c4-dirty":           {0, 0, 0, 0},
	} {
		t.Run(version, func(t *testing.T) {
			obj, err := winres(t.TempDir(), version)
			if err != nil {
				t.Fatal(err)
			}
			f, err := pe.Open(obj)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkResources(t, f, version, nums)
		})
	}
}

// A tag whose numbers do not fit the resource's 16 bits is refused,
// naming the version.
func TestWinresRefusesBigNumbers(t *testing.T) {
	need(t, realHost, mingw)
	dir := t.TempDir()
	_, err := winres(dir, "v1.70000.0")
	if err == nil || !strings.Contains(err.Error(), "version v1.70000.0: 70000 does not fit a version resource (0 to 65535)") {
		t.Errorf("winres v1.70000.0: %v", err)
	}
	if _, serr := os.Stat(filepath.Join(dir, "winres.o")); serr == nil {
		t.Error("a refused version left an object behind")
	}
}
