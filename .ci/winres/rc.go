package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// The strings of the version resource that do not depend on the build,
// shown in the exe's 属性 → 详细信息.
const (
	companyName      = "xxgk 项目"
	fileDescription  = "xxgk 政府信息公开台账与年度报告工具"
	productName      = "xxgk"
	originalFilename = "xxgk.exe"
)

// describeRE matches `git describe --tags` of a release tag vX.Y.Z,
// possibly followed by -N-gHASH (N commits after the tag) and -dirty.
var describeRE = regexp.MustCompile(`^v(\d+)\.(\d+)\.(\d+)(?:-(\d+)-g[0-9a-f]+)?(?:-dirty)?$`)

// versionNumbers are the four numbers of FILEVERSION and PRODUCTVERSION
// for version: X,Y,Z,0 for the tag vX.Y.Z, X,Y,Z,N for N commits after
// it, and 0,0,0,0 for anything else (an untagged commit, a test stamp);
// the version string itself is in the string table either way.
func versionNumbers(version string) ([4]uint16, error) {
	var n [4]uint16
	m := describeRE.FindStringSubmatch(version)
	if m == nil {
		return n, nil
	}
	for i, s := range m[1:] {
		if s == "" {
			continue
		}
		v, err := strconv.ParseUint(s, 10, 16)
		if err != nil {
			return n, fmt.Errorf("version %s: %s does not fit a version resource (0 to 65535)", version, s)
		}
		n[i] = uint16(v)
	}
	return n, nil
}

// resourceScript is the .rc script windres compiles: the icon (iconFile,
// an .ico) and the version resource for version, in UTF-8 (the
// code_page pragma), language 简体中文 (0x0804) and the string table
// 080404b0 (简体中文, Unicode). copyright is LegalCopyright.
func resourceScript(version, copyright, iconFile string) (string, error) {
	n, err := versionNumbers(version)
	if err != nil {
		return "", err
	}
	for _, s := range []string{version, copyright, iconFile} {
		if strings.ContainsAny(s, "\"\\\n\r") {
			return "", fmt.Errorf("%q: quotes, backslashes and line ends are not written into the resource script", s)
		}
	}
	nums := fmt.Sprintf("%d,%d,%d,%d", n[0], n[1], n[2], n[3])
	var b strings.Builder
	fmt.Fprintf(&b, "#pragma code_page(65001)\n")
	fmt.Fprintf(&b, "LANGUAGE 0x04, 0x02\n\n")
	fmt.Fprintf(&b, "1 ICON \"%s\"\n\n", iconFile)
	fmt.Fprintf(&b, "1 VERSIONINFO\nFILEVERSION %s\nPRODUCTVERSION %s\n", nums, nums)
	fmt.Fprintf(&b, "FILEFLAGSMASK 0x3f\nFILEFLAGS 0x0\nFILEOS 0x40004\nFILETYPE 0x1\nFILESUBTYPE 0x0\n")
	fmt.Fprintf(&b, "BEGIN\n  BLOCK \"StringFileInfo\"\n  BEGIN\n    BLOCK \"080404b0\"\n    BEGIN\n")
	for _, kv := range [][2]string{
		{"CompanyName", companyName},
		{"FileDescription", fileDescription},
		{"FileVersion", version},
		{"InternalName", "xxgk"},
		{"LegalCopyright", copyright},
		{"OriginalFilename", originalFilename},
		{"ProductName", productName},
		{"ProductVersion", version},
	} {
		fmt.Fprintf(&b, "      VALUE \"%s\", \"%s\"\n", kv[0], kv[1])
	}
	fmt.Fprintf(&b, "    END\n  END\n  BLOCK \"VarFileInfo\"\n  BEGIN\n    VALUE \"Translation\", 0x0804, 1200\n  END\nEND\n")
	return b.String(), nil
}

// legalCopyright is LegalCopyright made from the LICENSE file: its
// Copyright line with (c) as ©, and the licence's name (its first line)
// after it, e.g. "Copyright © 2026 The xxgk authors (MIT License)".
func legalCopyright(license string) (string, error) {
	lines := strings.Split(strings.ReplaceAll(license, "\r\n", "\n"), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "Copyright") {
			c := strings.Replace(strings.TrimSpace(l), "(c)", "©", 1)
			return c + " (" + strings.TrimSpace(lines[0]) + ")", nil
		}
	}
	return "", fmt.Errorf("LICENSE has no Copyright line")
}
