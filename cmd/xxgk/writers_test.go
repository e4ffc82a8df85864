package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every file xxgk writes goes through the output guard (output.go): no
// other file of the command may create, rename or write files itself.
func TestEveryWriteGoesThroughTheGuard(t *testing.T) {
	direct := regexp.MustCompile(`os\.(Create|CreateTemp|WriteFile|OpenFile|Rename)\(|writeFileAtomic\(`)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "output.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if direct.MatchString(line) {
				t.Errorf("%s:%d writes a file without the output guard: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}
