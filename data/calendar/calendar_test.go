package calendar

import (
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// official is the State Council notices typed again, independently of
// years/*.txt (docs/deadlines.md, 工作日和节假日安排): per
// year, the rest ranges and the make-up working days as finally in force.
var official = map[int]struct{ rest, work []string }{
	2019: {
		rest: []string{"2018-12-30~2019-01-01", "2019-02-04~2019-02-10", "2019-04-05~2019-04-07",
			"2019-05-01~2019-05-04", "2019-06-07~2019-06-09", "2019-09-13~2019-09-15", "2019-10-01~2019-10-07"},
		work: []string{"2018-12-29", "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12"},
	},
	2020: {
		rest: []string{"2020-01-01", "2020-01-24~2020-02-02", "2020-04-04~2020-04-06", "2020-05-01~2020-05-05",
			"2020-06-25~2020-06-27", "2020-10-01~2020-10-08"},
		work: []string{"2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"},
	},
	2021: {
		rest: []string{"2021-01-01~2021-01-03", "2021-02-11~2021-02-17", "2021-04-03~2021-04-05",
			"2021-05-01~2021-05-05", "2021-06-12~2021-06-14", "2021-09-19~2021-09-21", "2021-10-01~2021-10-07"},
		work: []string{"2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"},
	},
	2022: {
		rest: []string{"2022-01-01~2022-01-03", "2022-01-31~2022-02-06", "2022-04-03~2022-04-05",
			"2022-04-30~2022-05-04", "2022-06-03~2022-06-05", "2022-09-10~2022-09-12", "2022-10-01~2022-10-07"},
		work: []string{"2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"},
	},
	2023: {
		rest: []string{"2022-12-31~2023-01-02", "2023-01-21~2023-01-27", "2023-04-05", "2023-04-29~2023-05-03",
			"2023-06-22~2023-06-24", "2023-09-29~2023-10-06"},
		work: []string{"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"},
	},
	2024: {
		rest: []string{"2023-12-30~2024-01-01", "2024-02-10~2024-02-17", "2024-04-04~2024-04-06",
			"2024-05-01~2024-05-05", "2024-06-08~2024-06-10", "2024-09-15~2024-09-17", "2024-10-01~2024-10-07"},
		work: []string{"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"},
	},
	2025: {
		rest: []string{"2025-01-01", "2025-01-28~2025-02-04", "2025-04-04~2025-04-06", "2025-05-01~2025-05-05",
			"2025-05-31~2025-06-02", "2025-10-01~2025-10-08"},
		work: []string{"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"},
	},
	2026: {
		rest: []string{"2026-01-01~2026-01-03", "2026-02-15~2026-02-23", "2026-04-04~2026-04-06",
			"2026-05-01~2026-05-05", "2026-06-19~2026-06-21", "2026-09-25~2026-09-27", "2026-10-01~2026-10-07"},
		work: []string{"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"},
	},
}

func d(t testing.TB, s string) report.Date {
	t.Helper()
	date, err := report.ParseISO(s)
	if err != nil {
		t.Fatal(err)
	}
	return date
}

// days expands "a~b" ranges and single days.
func days(t testing.TB, list []string) []report.Date {
	var out []report.Date
	for _, s := range list {
		from, to, _ := strings.Cut(s, "~")
		if to == "" {
			to = from
		}
		for x := d(t, from); x <= d(t, to); x = x.AddDays(1) {
			out = append(out, x)
		}
	}
	return out
}

func loadBuiltin(t testing.TB) *Calendar {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestBuiltinYears(t *testing.T) {
	c := loadBuiltin(t)
	if got, want := c.Years(), []int{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}; !slices.Equal(got, want) {
		t.Fatalf("Years() = %v, want %v", got, want)
	}
	y, _ := c.Year(2019)
	if y.Source != "2019.txt" || len(y.Notices) != 2 ||
		y.Notices[1] != (Notice{"国办发明电〔2019〕3号", d(t, "2019-03-22"), "劳动节调整为5月1日至4日放假，共4天"}) {
		t.Errorf("2019: source %q notices %+v", y.Source, y.Notices)
	}
	if got := y.String(); got != "2019年：国办发明电〔2018〕15号（2018-12-04）、国办发明电〔2019〕3号（2019-03-22）" {
		t.Errorf("String() = %q", got)
	}
}

// TestOfficial checks every holiday and make-up day of the notices, and that
// each year's file lists exactly those days.
func TestOfficial(t *testing.T) {
	c := loadBuiltin(t)
	for year, want := range official {
		rest, work := days(t, want.rest), days(t, want.work)
		for _, x := range rest {
			if ok, err := c.Workday(x); ok || err != nil {
				t.Errorf("%d: Workday(%s) = %v, %v; want a rest day", year, x, ok, err)
			}
		}
		for _, x := range work {
			if ok, err := c.Workday(x); !ok || err != nil {
				t.Errorf("%d: Workday(%s) = %v, %v; want a make-up working day", year, x, ok, err)
			}
		}
		y, _ := c.Year(year)
		if got := slices.Sorted(maps.Keys(y.Rest)); !slices.Equal(got, rest) {
			t.Errorf("%d: file rest days %v\nwant %v", year, got, rest)
		}
		if got := slices.Sorted(maps.Keys(y.Work)); !slices.Equal(got, work) {
			t.Errorf("%d: file make-up days %v\nwant %v", year, got, work)
		}
	}
}

func TestWorkday(t *testing.T) {
	c := loadBuiltin(t)
	for _, tc := range []struct {
		date string
		want bool
		why  string
	}{
		{"2019-05-02", false, "劳动节 amended to 05-01..04"},
		{"2019-05-03", false, "劳动节 amended"},
		{"2019-05-04", false, "劳动节 amended (Saturday)"},
		{"2019-05-05", true, "make-up day added by the amendment (Sunday)"},
		{"2019-04-28", true, "make-up day added by the amendment (Sunday)"},
		{"2020-01-31", false, "春节 extended"},
		{"2020-02-01", false, "make-up day in the first notice, rest after the extension"},
		{"2020-02-03", true, "Monday after the extended 春节"},
		{"2025-03-08", false, "ordinary Saturday"},
		{"2025-03-09", false, "ordinary Sunday"},
		{"2025-03-10", true, "ordinary Monday"},
		{"2024-02-09", true, "除夕 2024, a Friday, is a working day"},
		{"2025-04-28", true, "ordinary Monday, not a make-up day"},
		{"2025-05-09", true, "ordinary Friday"},
		{"2018-12-29", true, "2019's 元旦 make-up day, from the 2019 file"},
		{"2018-12-31", false, "2019's 元旦, from the 2019 file"},
		{"2022-12-31", false, "2023's 元旦, from the 2023 file"},
		{"2023-12-29", true, "Friday before 2024's 元旦"},
		{"2023-12-30", false, "2024's 元旦 (Saturday)"},
	} {
		if got, err := c.Workday(d(t, tc.date)); got != tc.want || err != nil {
			t.Errorf("Workday(%s) = %v, %v; want %v (%s)", tc.date, got, err, tc.want, tc.why)
		}
	}
}

func TestMissingYear(t *testing.T) {
	c := loadBuiltin(t)
	for _, s := range []string{"2027-03-01", "2018-12-28", "2018-06-01"} {
		_, err := c.Workday(d(t, s))
		var missing *MissingYearError
		if !errors.As(err, &missing) || missing.Year != d(t, s).Year() {
			t.Fatalf("Workday(%s) error = %v, want *MissingYearError{%d}", s, err, d(t, s).Year())
		}
	}
	_, err := c.Workday(d(t, "2027-03-01"))
	want := "日历中没有2027年的节假日安排（国务院办公厅部分节假日安排的通知），无法计算工作日。" +
		"请用 xxgk calendar add 添加该年的通知文件，或加 --weekends-only 仅按周末推算（不含法定节假日）。"
	if err.Error() != want {
		t.Errorf("message:\n%s\nwant\n%s", err, want)
	}

	c.WeekendsOnly = true
	for s, want := range map[string]bool{"2027-03-01": true, "2027-03-06": false, "2027-01-01": true, "2018-12-29": true} {
		if got, err := c.Workday(d(t, s)); got != want || err != nil {
			t.Errorf("WeekendsOnly: Workday(%s) = %v, %v; want %v", s, got, err, want)
		}
	}
	if _, err := c.Workday(report.Date(20270230)); err == nil {
		t.Error("Workday(2027-02-30): no error")
	}
}

func TestAdd(t *testing.T) {
	c := loadBuiltin(t)
	y27, err := Parse(strings.NewReader("年份 2027\n通知 国办发明电〔2026〕9号 2026-11-01\n元旦 放假 2026-12-31 至 2027-01-02\n元旦 上班 2026-12-26\n"), "2027年.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.Add(y27)
	for s, want := range map[string]bool{"2027-01-01": false, "2027-01-04": true, "2026-12-31": false, "2026-12-26": true, "2026-12-30": true} {
		if got, err := c.Workday(d(t, s)); got != want || err != nil {
			t.Errorf("after Add 2027: Workday(%s) = %v, %v; want %v", s, got, err, want)
		}
	}
	// A user's file replaces a built-in year.
	y25, err := Parse(strings.NewReader("年份 2025\n通知 测试 2024-12-01\n春节 放假 2025-03-03\n"), "user-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.Add(y25)
	if got, _ := c.Year(2025); got.Source != "user-2025.txt" {
		t.Errorf("Year(2025).Source = %q", got.Source)
	}
	for s, want := range map[string]bool{"2025-03-03": false, "2025-01-28": true} {
		if got, err := c.Workday(d(t, s)); got != want || err != nil {
			t.Errorf("after replacing 2025: Workday(%s) = %v, %v; want %v", s, got, err, want)
		}
	}
	if fresh := loadBuiltin(t); len(fresh.years[2025].Rest) < 10 {
		t.Error("Add changed the built-in data of a later Builtin()")
	}
	var zero Calendar
	zero.Add(y27)
	if got := zero.Years(); !slices.Equal(got, []int{2027}) {
		t.Errorf("zero Calendar after Add: %v", got)
	}
}

// TestWorkedExample is docs/deadlines.md's: received Friday 2025-01-24, the 20th
// working day after it is 2025-02-27.
func TestWorkedExample(t *testing.T) {
	c := loadBuiltin(t)
	x, n := d(t, "2025-01-24"), 0
	var seen []report.Date
	for n < 20 {
		x = x.AddDays(1)
		ok, err := c.Workday(x)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			n++
			seen = append(seen, x)
		}
	}
	if x != d(t, "2025-02-27") {
		t.Errorf("day 20 = %s, want 2025-02-27", x)
	}
	if want := days(t, []string{"2025-01-26", "2025-01-27", "2025-02-05", "2025-02-06", "2025-02-07", "2025-02-08", "2025-02-10"}); !slices.Equal(seen[:7], want) {
		t.Errorf("days 1–7 = %v, want %v", seen[:7], want)
	}
}
