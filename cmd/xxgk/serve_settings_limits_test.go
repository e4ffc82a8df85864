package main

import (
	"html"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// The 设置 page shows the 公开时限, keeps them when the list is saved, and
// refuses a 时限 typed on the page rather than losing it.
func TestSettingsCategoriesKeepLimits(t *testing.T) {
	_, db := newDB(t)
	xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories", "招生考试（每季度）、工作动态、学生资助（每年6月前）").must(t)
	b := newBench(t, db)
	page := unescapedBody(b.get("/settings"))
	if want := `<p class="hint" id="category-limits">设有公开时限的类别：招生考试（每季度）、学生资助（每年6月底前）。`; !strings.Contains(page, want) {
		t.Errorf("page lacks %s", want)
	}
	rec := b.post("/settings/categories", url.Values{"categories": {"工作动态\n招生考试\n新类别"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("status %d\n%s", rec.Code, rec.Body)
	}
	want := []report.CatalogEntry{{Name: "工作动态"}, {Name: "招生考试", Limit: lim(report.LimitQuarterly, 0)}, {Name: "新类别"}}
	if got := readCatalog(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("after saving\n got %+v\nwant %+v", got, want)
	}
	rec = b.post("/settings/categories", url.Values{"categories": {"工作动态（每月）\n招生考试"}})
	msg := besideField(unescapedBody(rec), "categories")
	if rec.Code != http.StatusBadRequest || !strings.Contains(msg, "类别「工作动态」带有公开时限「每月」") {
		t.Errorf("a typed 时限: %d %q", rec.Code, msg)
	}
	if got := readCatalog(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("the refused list was written: %+v", got)
	}
}

// The import page says what a 目录 sheet did, as the command's summary.
func TestImportPageCatalog(t *testing.T) {
	_, db := newDB(t)
	b, tmp := uploadBench(t, db, 0)
	cat := upFile{"目录.csv", []byte("类别,公开时限\n招生考试,每季度\n校园安全,每月\n")}
	page := b.follow(b.upload(testToken, false, cat))
	emptyDir(t, tmp)
	body := html.UnescapeString(page.Body.String())
	for _, want := range []string{
		`<tr><td>目录</td><td class="num">2</td><td class="num">1</td><td class="num">1</td><td class="num">0</td></tr>`,
		"目录中现有 2 个类别设有公开时限。",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q\n%s", want, body)
		}
	}
}
