package report_test

import (
	"slices"
	"strings"
	"testing"
)

// renderers are the packages that write a finished report in one file
// format, each with the packages below it.
var renderers = []string{"report/html/...", "report/jsonout/...", "report/pdf/...", "report/xlsx/..."}

// otherRenderers returns the renderers but self.
func otherRenderers(self string) []string {
	var others []string
	for _, r := range renderers {
		if r != self {
			others = append(others, r)
		}
	}
	return others
}

// Reasons shared by rules.
const (
	whyRenderersApart = "renderers never import each other: each draws the finished report on its own (report/doc.go)"
	whyDataOwnsFiles  = "data turns ledgers and files into domain rows and never needs a renderer; " +
		"a format xxgk writes is read beside its writer, and roll-up reads exports and details through it"
)

// layerRules are the imports that keep data flowing one way, ledger files →
// data → report → report/<format> (report/doc.go). They bind non-test code
// only: a test may read back what a renderer wrote with another package.
var layerRules = []layerRule{
	{from: "report", deny: []string{"..."},
		reason: "the domain imports nothing of the module: the store, the readers and the renderers depend on it, never the reverse (report/doc.go)"},
	{from: "report/...", deny: []string{"data/..."},
		reason: "report and its renderers work on what they are given and never reach for the store or a reader: data flows data → report → report/<format> (report/doc.go)"},
	{from: "report/html/...", deny: otherRenderers("report/html/..."), reason: whyRenderersApart},
	{from: "report/jsonout/...", deny: otherRenderers("report/jsonout/..."), reason: whyRenderersApart},
	{from: "report/pdf/...", deny: otherRenderers("report/pdf/..."), reason: whyRenderersApart},
	// The one renderer → renderer edge: the export's 数据 sheet holds the
	// JSON codes and their checksum (docs/figures.md §2).
	{from: "report/xlsx/...", deny: otherRenderers("report/xlsx/..."), reason: whyRenderersApart,
		allow: []edge{{"report/xlsx/...", "report/jsonout"}}},
	// Roll-up reads the workbooks xxgk itself writes (exports, roll-up
	// details) through the reader beside their writer in report/xlsx.
	{from: "...", deny: []string{"data/pgstore/pgtest"},
		reason: "pgtest gives tests a PostgreSQL database; the program never links it"},
	{from: "data/...", deny: renderers, reason: whyDataOwnsFiles,
		allow: []edge{{"data/rollupfiles", "report/xlsx/..."}}},
}

// useRules keep the clock and the environment in cmd/, which passes them in.
var useRules = []useRule{
	{outside: "cmd/...", funcs: []string{"time.Now", "time.Since", "time.Until"},
		reason: "below cmd/ the clock is passed in, so that the same ledgers give the same files byte for byte and tests fix the date"},
	{outside: "cmd/...", funcs: []string{"os.Getenv", "os.LookupEnv", "os.Environ", "os.ExpandEnv"},
		// pgtest, which only tests import, finds the PostgreSQL cluster the
		// tests of every package run against (XXGK_TEST_PG, .ci/pg).
		testSupport: []string{"data/pgstore/pgtest"},
		reason:      "the environment is read in cmd/xxgk through the one a command is given, so that a test sees its own XXGK_DB and XXGK_FONT_DIR, never the machine's"},
}

// knownViolations are rules the tree still breaks while work under way
// removes them, keyed like violation.Key. Empty this list as that work is
// merged: an entry that no longer happens fails TestLayers.
var knownViolations = map[string]string{}

func TestLayers(t *testing.T) {
	found, err := checkLayers("..", layerRules, useRules)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, v := range found {
		if _, ok := knownViolations[v.Key]; ok {
			seen[v.Key] = true
			continue
		}
		t.Error(v.Msg)
	}
	for key := range knownViolations {
		if !seen[key] {
			t.Errorf("%q no longer happens: delete it from knownViolations", key)
		}
	}
}

// TestLayersCatchBadImports checks the checker on a small module in
// testdata/layers that breaks every rule once, keeps the documented
// edges, and breaks rules in places the rules leave alone (cmd/, tests).
func TestLayersCatchBadImports(t *testing.T) {
	found, err := checkLayers("testdata/layers", layerRules, useRules)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"data/exportfile imports report/jsonout (data/exportfile/read.go)",
		"report imports report/deadline (report/report.go)",
		"report/html uses time.Now (report/html/html.go:10)",
		"report/pdf/fonts uses os.Getenv (report/pdf/fonts/dirs.go:7)",
		"report/xlsx imports data/xlsxguard (report/xlsx/xlsx.go)",
		"report/xlsx imports report/html (report/xlsx/xlsx.go)",
	}
	var got []string
	for _, v := range found {
		where, reason, ok := strings.Cut(v.Msg, ": ")
		if !ok || reason == "" || !strings.HasPrefix(where, v.Key+" (") {
			t.Errorf("message %q: want key (file): reason", v.Msg)
		}
		got = append(got, where)
	}
	if !slices.Equal(got, want) {
		t.Errorf("violations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
