package calendar

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// FuzzParse checks that Parse never panics and that what it accepts is
// consistent: real days within the year ±1 month, no day both rest and
// work, make-up days on weekends unless amended, at least one notice.
func FuzzParse(f *testing.F) {
	names, _ := fs.Glob(builtin, "years/*.txt")
	for _, name := range names {
		b, _ := fs.ReadFile(builtin, name)
		f.Add(stripRemarks(string(b))) // short corpus entries keep minimising quick

	}
	f.Add(head + "春节 放假 2025-01-28 至 2025-02-04\n春节 上班 2025-01-26、2025-02-08\n")
	f.Add("年份 2025\n通知 2024-11-12\n元旦 放假 2025/1/1～2025/1/1，2024-12-31\n")
	f.Fuzz(func(t *testing.T, text string) {
		y, err := Parse(strings.NewReader(text), "f.txt")
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error %T %v, want *ParseError", err, err)
			}
			return
		}
		if len(y.Notices) == 0 || len(y.Rest)+len(y.Work) == 0 {
			t.Fatalf("accepted a file without notices or days: %+v", y)
		}
		lo, hi := report.NewDate(y.Year-1, 12, 1), report.NewDate(y.Year+1, 1, 31)
		for d := range y.Rest {
			if !d.Valid() || d < lo || d > hi {
				t.Fatalf("rest day %d out of year %d", d, y.Year)
			}
			if _, both := y.Work[d]; both {
				t.Fatalf("%s both rest and work", d)
			}
		}
		for d := range y.Work {
			if !d.Valid() || d < lo || d > hi {
				t.Fatalf("work day %d out of year %d", d, y.Year)
			}
			if !isWeekend(d) && len(y.Notices) < 2 {
				t.Fatalf("weekday make-up %s with a single notice", d)
			}
		}
		c := &Calendar{}
		c.Add(y)
		for d := range y.Rest {
			if ok, err := c.Workday(d); ok || err != nil {
				t.Fatalf("Workday(%s) = %v, %v for a rest day", d, ok, err)
			}
		}
	})
}

// stripRemarks drops the comment lines of a calendar file.
func stripRemarks(s string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n") + "\n"
}
