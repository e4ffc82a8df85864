package main

import (
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
)

// TestServeRollupMatchesCommand uploads what a county bureau received to
// the 汇总 page and runs `xxgk rollup` on the same files: the page shows
// the command's sums figure by figure, its missing unit, its rule break
// with the cell and its files left out with their reasons, and the
// downloads are the command's files, cell by cell, under its names. The
// uploaded files are gone afterwards.
func TestServeRollupMatchesCommand(t *testing.T) {
	in, units := rollupInputs(t)
	res := t.TempDir()
	cmd := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--units", units, "--out", res,
		"--format", "json,xlsx", in).must(t)

	b, tmp := uploadBench(t, sampleDB(t), 0)
	unitList := rollupFileUpload(t, units)
	rec := b.postRollup(rollupPost{token: testToken, values: map[string]string{"year": "2025", "name": "某某县教育局"},
		files: rollupFolderFiles(t, in), units: &unitList})
	emptyDir(t, tmp)
	page := b.follow(rec)
	body := page.Body.String()
	if page.Code != http.StatusOK || !strings.Contains(body, "<h1>汇总情况</h1>") {
		t.Fatalf("result: %d\n%s", page.Code, body)
	}

	// the sums: every figure of the command's JSON that the national
	// tables print (all but table 三's group sums), and no other
	want := map[string]string{}
	for k, v := range figures(t, filepath.Join(res, "某某县教育局-2025年-政府信息公开工作年度报告汇总.json")) {
		if !isGroupSum(k) {
			want[k] = strings.Trim(v, `"`)
		}
	}
	if got := rollupPageFigures(body); !reflect.DeepEqual(got, want) {
		t.Errorf("the page's sums differ from the command's: %d figures shown, %d in the JSON; table3.new.total %s, want %s",
			len(got), len(want), got["table3.new.total"], want["table3.new.total"])
	}
	// every line the command prints, in the page's lists (the command
	// names the hand-filled file by its path, the page by its name)
	clerk := strings.NewReplacer(in+string(filepath.Separator), "")
	lines := strings.Split(strings.TrimSpace(clerk.Replace(cmd.stdout)), "\n")
	if len(lines) != 5 {
		t.Fatalf("the command printed %d lines, want 5 (2 left out, 2 problems, 1 missing):\n%s", len(lines), cmd.stdout)
	}
	if got := rollupPageLines(t, body); !reflect.DeepEqual(got, lines) {
		t.Errorf("the page's lists differ from what the command prints:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(lines, "\n"))
	}
	if s := html.UnescapeString(body); !strings.Contains(s, "汇总 3 个单位；未报送 1 个；有问题 2 处；未计入的文件 2 个。") ||
		!strings.Contains(cmd.stderr, "汇总 3 个单位；未报送 1 个；有问题 2 处；未计入的文件 2 个。") {
		t.Errorf("summary line differs:\n%s", cmd.stderr)
	}
	if u := rollupSection(body, "rollup-units"); !strings.Contains(u, "甲学校") || !strings.Contains(u, "戊-手填.xlsx") ||
		!strings.Contains(u, "手工填写的统计表") || strings.Contains(u, "乙-2024") {
		t.Errorf("units summed:\n%s", u)
	}

	// the downloads are the command's files
	id := strings.TrimPrefix(rec.Header().Get("Location"), "/rollup/result/")
	for file, name := range map[string]string{web.RollupSumXLSX: "政府信息公开工作年度报告汇总.xlsx",
		web.RollupDetails: "汇总情况.xlsx", web.RollupExport: "汇总上报.xlsx"} {
		name = "某某县教育局-2025年-" + name
		dl := b.get("/rollup/result/" + id + "/" + file)
		if dl.Code != http.StatusOK {
			t.Fatalf("%s: %d\n%s", file, dl.Code, dl.Body)
		}
		cd := dl.Header().Get("Content-Disposition")
		if !strings.HasPrefix(cd, "attachment; filename=\"rollup-") || !strings.Contains(cd, "filename*=UTF-8''"+url.PathEscape(name)) {
			t.Errorf("%s: Content-Disposition %q", file, cd)
		}
		cmdFile, err := os.ReadFile(filepath.Join(res, name))
		if err != nil {
			t.Fatal(err)
		}
		none := strings.NewReplacer()
		if got, want := rollupBookCells(t, dl.Body.Bytes(), none), rollupBookCells(t, cmdFile, clerk); !reflect.DeepEqual(got, want) {
			t.Errorf("%s differs from the command's %s:\n%v\n%v", file, name, got, want)
		}
	}
	emptyDir(t, tmp)
}

// rollupPageLines are the rows of the page's lists as `xxgk rollup`
// prints them: 未计入［rule］file：why, 问题［rule］unit where：what and
// 未报送：name code.
func rollupPageLines(t *testing.T, body string) []string {
	t.Helper()
	var out []string
	for _, row := range rollupRows(body, "rollup-excluded") { // unit, file, rule, where, why
		out = append(out, "未计入［"+row[2]+"］"+row[1]+"："+row[4])
	}
	for _, row := range rollupRows(body, "rollup-problems") {
		out = append(out, "问题［"+row[2]+"］"+row[0]+" "+strings.TrimPrefix(row[3], "—")+"："+row[4])
	}
	for _, row := range rollupRows(body, "rollup-missing") { // n, name, code
		out = append(out, strings.TrimSpace("未报送："+row[1]+" "+strings.TrimPrefix(row[2], "—")))
	}
	return out
}

// rollupRows are the cells of the rows of the page's table id, as text.
func rollupRows(body, id string) [][]string {
	var rows [][]string
	sec := rollupSection(body, id)
	for _, tr := range regexp.MustCompile(`<tr><td[^>]*>(.*)</td></tr>`).FindAllStringSubmatch(sec, -1) {
		cells := regexp.MustCompile(`</td><td[^>]*>`).Split(tr[1], -1)
		for i, c := range cells {
			cells[i] = html.UnescapeString(c)
		}
		rows = append(rows, cells)
	}
	return rows
}
