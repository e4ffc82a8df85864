package main

import (
	"bytes"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
	"github.com/xxgk/xxgk/report"
)

// The city's live roll-up on PostgreSQL (下级单位 → 实时汇总): the
// units below summed for the year asked straight from the database, shown
// on the 汇总情况 page with the unit that recorded nothing listed as not
// reported; its figures are those of `xxgk rollup --db … --unit-code`, to
// the byte of the summed JSON and of the summed workbook the page offers.
func TestPublicLiveRollupPostgres(t *testing.T) {
	c := newPGCity(t)
	if _, err := c.st.AddUnit(t.Context(), report.Unit{Name: "某某市第三中学", Code: "11330102MB000000CX"}, cityCode, fixedNow); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	r := xxgk(t, "rollup", "--db", c.dsn, "--unit-code", cityCode, "--year", "2025", "--out", out, "--format", "xlsx,json").must(t)
	if !strings.Contains(r.stderr, "汇总 2 个单位；未报送 1 个") {
		t.Fatalf("xxgk rollup --db: %s", r.stderr)
	}

	s := newSite(t, c.acc, false)
	city := s.browser()
	city.mustSignIn("city", goodPassword, "/")
	rec := city.get(public.RollupPath + "?year=2025")
	loc := rec.Header().Get("Location")
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/rollup/result/") {
		t.Fatalf("live roll-up: %d → %q\n%s", rec.Code, loc, rec.Body.String())
	}
	page := city.get(loc)
	body := page.Body.String()
	if page.Code != http.StatusOK {
		t.Fatalf("%s: %d\n%s", loc, page.Code, body)
	}
	for _, want := range []string{"某某市教育局", "某某市第一中学", "某某市第二中学", "某某市第三中学", "11330102MB000000CX", "数据库 " + unitA} {
		if !strings.Contains(body, want) {
			t.Errorf("the live roll-up's page does not show %s", want)
		}
	}
	missing := regexp.MustCompile(`(?s)未报送.*某某市第三中学`)
	if !missing.MatchString(body) || strings.Contains(body, applicantA) || strings.Contains(body, applicantB) {
		t.Errorf("the page does not list 某某市第三中学 as not reported, or shows an applicant:\n%s", body)
	}
	dl := city.get(loc + "/" + web.RollupSumXLSX)
	cliXLSX, _ := os.ReadFile(filepath.Join(out, rollupFileName("某某市教育局", 2025, rollupSummed+"xlsx")))
	if dl.Code != http.StatusOK || len(cliXLSX) == 0 || !bytes.Equal(dl.Body.Bytes(), cliXLSX) {
		t.Errorf("the page's summed workbook (%d, %d bytes) is not the command's (%d bytes)", dl.Code, dl.Body.Len(), len(cliXLSX))
	}

	// the hook itself, its result written as the command writes JSON
	sess, err := c.acc.SignIn(t.Context(), "city", goodPassword, fixedNow, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	res, err := liveRollup(t.Context(), c.acc, sess, 2025, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	var live bytes.Buffer
	if err := newRollupWriter(res, nil).summed("json")(&live); err != nil {
		t.Fatal(err)
	}
	cliJSON, _ := os.ReadFile(filepath.Join(out, rollupFileName("某某市教育局", 2025, rollupSummed+"json")))
	if len(cliJSON) == 0 || !bytes.Equal(live.Bytes(), cliJSON) {
		t.Errorf("live roll-up JSON differs from xxgk rollup --db:\nlive: %.800s\ncli:  %.800s", live.String(), cliJSON)
	}
	if len(res.Units) != 2 || len(res.Missing) != 1 || res.Missing[0].Code != "11330102MB000000CX" {
		t.Errorf("summed %d units, missing %v", len(res.Units), res.Missing)
	}

	// a year that is none is refused; a school has no live roll-up
	if rec := city.get(public.RollupPath + "?year=20x5"); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "年度「20x5」无效") {
		t.Errorf("?year=20x5: %d\n%s", rec.Code, rec.Body.String())
	}
	a := s.browser()
	a.mustSignIn("a", goodPassword, "/")
	if rec := a.get(public.RollupPath); rec.Code != http.StatusNotFound {
		t.Errorf("a school's live roll-up: %d, want 404", rec.Code)
	}
}
