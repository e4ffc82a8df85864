package pdf

import (
	"os"
	"testing"
)

// TestCoverage reads the cmap of Droid Sans Fallback, which has Chinese
// but no digits, so that digits in its roles fall back to another font.
func TestCoverage(t *testing.T) {
	data, err := os.ReadFile("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
	if err != nil {
		t.Skip("Droid Sans Fallback not installed")
	}
	c := readCoverage(data)
	if c == nil || !c.has('政') || !c.has('，') || c.has('2') {
		t.Errorf("coverage: 政 %v ， %v 2 %v", c.has('政'), c.has('，'), c.has('2'))
	}
	if coverage(nil).has('2') != true || readCoverage([]byte("junk")) != nil {
		t.Error("an unreadable font should cover everything")
	}
}
