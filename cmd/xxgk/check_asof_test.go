package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/samples"
)

// lateInYear is a clock far into the year after the sample year: counted
// to today, the sample's four applications open at the end of 2025 would
// be 200+ working days late.
var lateInYear = time.Date(2026, 12, 4, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// The check of a past year counts open applications to 31 December of
// that year, says so, and --as-of counts them to another day.
func TestCheckCountsPastYearToYearEnd(t *testing.T) {
	out := t.TempDir()
	xxgkAt(t, lateInYear, "demo", "--out", out).must(t)
	b, err := os.ReadFile(filepath.Join(out, samples.UnitName+"-2025年-核对结果.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// SQ2025-033..036, received 2025-12-15/19/24/29 and open at the end of
	// 2025, are due 2026-01-13/19/22/27 (20 working days; 2026-01-01..03
	// are holidays, Sunday 01-04 a working day): none is late on 12-31.
	got := strings.ReplaceAll(strings.TrimPrefix(string(b), "\ufeff"), "\r\n", "\n")
	// The self-inspection is made on the clock's day (2026-12-04): the
	// sample's four late items, one late and one missing 解读, one late
	// registration and one empty quarter (samples/README.md).
	book := "示例县教育局-2025年台账.xlsx 工作表"
	want := "未办结申请的超期按 2025-12-31 计算（年度最后一天；可用 --as-of 指定其他日期）。\n" +
		"提示［发布时限］" + book + "「主动公开台账」第23行：索引号 11330000MB0000000H/2025-00021：成文日期 2024-12-10，发布日期 2025-01-17，相隔 27 个工作日，超过《条例》第二十六条规定的 20 个工作日\n" +
		"提示［发布时限］" + book + "「主动公开台账」第186行：索引号 11330000MB0000000H/2025-00184：成文日期 2025-06-20，发布日期 2025-08-12，相隔 37 个工作日，超过《条例》第二十六条规定的 20 个工作日\n" +
		"提示［发布时限］" + book + "「主动公开台账」第228行：索引号 11330000MB0000000H/2025-00226：成文日期 2025-09-02，发布日期 2025-09-30，相隔 21 个工作日，超过《条例》第二十六条规定的 20 个工作日\n" +
		"提示［发布时限］" + book + "「主动公开台账」第234行：索引号 11330000MB0000000H/2025-00232：成文日期 2025-09-10，发布日期 2025-10-15，相隔 21 个工作日，超过《条例》第二十六条规定的 20 个工作日\n" +
		"提示［政策解读］" + book + "「规范性文件」第13行：文件 示教发〔2025〕2号 印发日期 2025-04-01，其政策解读（索引号 11330000MB0000000H/2025-00074）发布于 2025-04-08，晚 4 个工作日，未与文件同步发布\n" +
		"提示［政策解读］" + book + "「规范性文件」第15行：文件 示教发〔2025〕9号 印发日期 2025-09-15，主动公开台账中没有文号写明该文件的「政策解读」信息（截至 2026-12-04），缺少政策解读\n" +
		"提示［登记时限］" + book + "「依申请公开登记」第20行：申请 SQ2025-013：收到日期 2025-04-21，登记日期 2025-04-24，相隔 3 个工作日，超过规定的 2 个工作日\n" +
		"提示［目录时限］主动公开目录「政策文件」：栏目「政策文件」公开时限为每季度，2025年第一季度（2025-01-01 至 2025-03-31）没有发布信息，存在应公开未公开的风险\n" +
		"提示［上年结转］数据库：没有 2024 年年报的生成记录，无法核对上年结转（生成过 2024 年年报后即可核对）。\n" +
		"示例县教育局 2025 年：核对通过，没有发现错误（提示 9 条）。\n"
	if got != want {
		t.Errorf("the demo's check result at %s:\n%s\nwant:\n%s", lateInYear.Format("2006-01-02"), got, want)
	}

	// On 2026-01-20, SQ2025-033 (due 01-13) is 5 working days late
	// (01-14, 15, 16, 19, 20) and SQ2025-034 (due 01-19) 1; 035 and 036
	// are not yet due.
	db := filepath.Join(out, samples.UnitName+".db")
	r := xxgkAt(t, lateInYear, "check", "--db", db, "--year", "2025", "--as-of", "2026-01-20").must(t)
	var late []string
	for _, l := range strings.Split(r.stdout, "\n") {
		if strings.Contains(l, "已超期未办结") {
			late = append(late, l[strings.Index(l, "：申请")+len("："):])
		}
	}
	if want := []string{
		"申请 SQ2025-033 的答复期限为 2026-01-13，截至 2026-01-20 仍未办结，已超期 5 个工作日",
		"申请 SQ2025-034 的答复期限为 2026-01-19，截至 2026-01-20 仍未办结，已超期 1 个工作日",
	}; strings.Join(late, "\n") != strings.Join(want, "\n") {
		t.Errorf("check --as-of 2026-01-20 lists:\n%s\nwant:\n%s", strings.Join(late, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(r.stderr, "未办结申请的超期按 2026-01-20 计算（--as-of 指定）。\n") {
		t.Errorf("check --as-of does not say the day:\n%s", r.stderr)
	}

	// The current year is counted to today.
	r = xxgkAt(t, lateInYear, "check", "--db", db, "--year", "2026")
	if !strings.Contains(r.stderr, "未办结申请的超期按 2026-12-04 计算（今天）。\n") {
		t.Errorf("check of the current year:\n%s", r.stderr)
	}
}

func TestCheckAsOfRefused(t *testing.T) {
	_, db := newDB(t)
	for _, c := range []struct{ arg, want string }{
		{"2025-13-01", "--as-of「2025-13-01」不是有效日期，应为如 2025-12-31 的日期。"},
		{"明天", "--as-of「明天」不是有效日期"},
		{"2024-12-31", "--as-of 的日期 2024-12-31 早于 2025 年，应在 2025-01-01 至今天（2026-01-10）之间。"},
		{"2026-01-11", "--as-of 的日期 2026-01-11 晚于今天（2026-01-10），应在 2025-01-01 至今天之间。"},
	} {
		r := xxgk(t, "check", "--db", db, "--year", "2025", "--as-of", c.arg)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("--as-of %s: exit %d\n%s\nwant exit 2 and %q", c.arg, r.code, r.stderr, c.want)
		}
	}
	// The last day of the year and today are both accepted.
	for _, d := range []string{"2025-12-31", "2026-01-10"} {
		xxgk(t, "check", "--db", db, "--year", "2025", "--as-of", d).must(t)
	}
}

// 年度报告's check list counts a past year's open applications to its
// last day, as xxgk check does, and says so; the current year to today.
func TestWorkbenchCheckCountsPastYearToYearEnd(t *testing.T) {
	_, db := newDB(t)
	// Received Mon 2025-12-01: due Mon 12-29; on 12-31 two working days
	// late (12-30, 12-31), on the clock's 2026-01-10 eight.
	xxgk(t, "request", "add", "--db", db, "--id", "L3", "--received", "2025-12-01", "--applicant-type", "自然人").must(t)
	b := newBench(t, db)
	body := b.get("/annual?year=2025").Body.String()
	for _, want := range []string{
		"申请 L3 的答复期限为 2025-12-29，截至 2025-12-31 仍未办结，已超期 2 个工作日",
		`<p id="check-asof">未办结申请的超期按 2025-12-31 计算（年度最后一天）。</p>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/annual?year=2025 lacks %q", want)
		}
	}
	body = b.get("/annual?year=2026").Body.String()
	if want := `<p id="check-asof">未办结申请的超期按 2026-01-10 计算（今天）。</p>`; !strings.Contains(body, want) {
		t.Errorf("/annual?year=2026 lacks %q", want)
	}
}
