package ledger

import (
	"os"
	"strings"
	"testing"
)

// TestColumnsDocumented checks that docs/ledgers.md names every column of
// every ledger and every header synonym the reader accepts, in that
// ledger's row of the synonyms table, so that the manual a clerk reads
// stays the reader's.
func TestColumnsDocumented(t *testing.T) {
	b, err := os.ReadFile("../../docs/ledgers.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	_, synonyms, ok := strings.Cut(doc, "## 表头的同义词")
	if !ok {
		t.Fatal("docs/ledgers.md has no section 表头的同义词")
	}
	rows := map[string]string{}
	for _, line := range strings.Split(synonyms, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) == 2 {
			rows[strings.TrimPrefix(cells[0], "| ")] = strings.TrimSuffix(cells[1], " |")
		}
	}
	for _, k := range Kinds {
		row, ok := rows[k.Label()]
		if !ok {
			t.Errorf("docs/ledgers.md: the synonyms table has no row for %s", k.Label())
			continue
		}
		for _, c := range ledgerColumns[k] {
			if !strings.Contains(doc, c.Label) {
				t.Errorf("docs/ledgers.md does not name the column %s of %s", c.Label, k.Label())
			}
			listed := map[string]bool{}
			for _, part := range strings.Split(row, "；") {
				if label, list, ok := strings.Cut(part, "："); ok && label == c.Label {
					for _, s := range strings.Split(list, "、") {
						listed[s] = true
					}
				}
			}
			for _, s := range c.Synonyms {
				if !listed[s] {
					t.Errorf("docs/ledgers.md, synonyms of %s: %s is not listed for %s", k.Label(), s, c.Label)
				}
			}
		}
	}
}
