package calendar

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

//go:embed years/*.txt
var builtin embed.FS

// Calendar is a set of years' arrangements. The zero Calendar is empty and
// ready for Add. A Calendar is not safe for Add concurrent with other calls;
// after setup any number of goroutines may call Workday.
type Calendar struct {
	// WeekendsOnly is the user's explicit choice (--weekends-only) to treat
	// a year the calendar does not hold as plain Monday–Friday weeks, without
	// its statutory holidays. Off, such a year is an error.
	WeekendsOnly bool

	years map[int]*Year
}

// Builtin returns a new Calendar holding the years embedded in the binary
// (years/YYYY.txt). Each call parses them afresh, so callers may Add to the
// result freely.
func Builtin() (*Calendar, error) {
	names, err := fs.Glob(builtin, "years/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list built-in calendars: %w", err)
	}
	c := &Calendar{}
	for _, name := range names {
		y, err := parseBuiltin(name)
		if err != nil {
			return nil, err
		}
		c.Add(y)
	}
	return c, nil
}

// parseBuiltin parses one embedded file and checks that its name is its year.
func parseBuiltin(name string) (*Year, error) {
	f, err := builtin.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open built-in calendar: %w", err)
	}
	defer f.Close()
	y, err := Parse(f, path.Base(name))
	if err != nil {
		return nil, fmt.Errorf("built-in calendar: %w", err)
	}
	if want := strconv.Itoa(y.Year) + ".txt"; path.Base(name) != want {
		return nil, fmt.Errorf("built-in calendar %s holds year %d, want file %s", name, y.Year, want)
	}
	return y, nil
}

// Add puts y into the calendar, replacing any arrangement already held for
// the same year (a user's file for a year the binary does not carry, or a
// corrected one).
func (c *Calendar) Add(y *Year) {
	if y == nil {
		return
	}
	if c.years == nil {
		c.years = map[int]*Year{}
	}
	c.years[y.Year] = y
}

// Years returns the years the calendar holds, in order.
func (c *Calendar) Years() []int {
	out := make([]int, 0, len(c.years))
	for y := range c.years {
		out = append(out, y)
	}
	slices.Sort(out)
	return out
}

// Year returns the arrangement held for year y.
func (c *Calendar) Year(y int) (*Year, bool) {
	yr, ok := c.years[y]
	return yr, ok
}

// Workday reports whether d is a working day: a listed make-up day is one, a
// listed holiday is not — whichever loaded year's file lists d, the next
// year's file first since its notice came later (the cross-year 元旦, e.g.
// 2018-12-29 in the 2019 file) — otherwise Monday–Friday, but only when d's
// year is known. An unknown year gives *MissingYearError unless WeekendsOnly.
func (c *Calendar) Workday(d report.Date) (bool, error) {
	if !d.Valid() {
		return false, fmt.Errorf("calendar: invalid date %d", int(d))
	}
	for _, y := range [...]int{d.Year() + 1, d.Year(), d.Year() - 1} {
		yr, ok := c.years[y]
		if !ok {
			continue
		}
		if _, ok := yr.Work[d]; ok {
			return true, nil
		}
		if _, ok := yr.Rest[d]; ok {
			return false, nil
		}
	}
	if _, ok := c.years[d.Year()]; !ok && !c.WeekendsOnly {
		return false, &MissingYearError{Year: d.Year()}
	}
	return !isWeekend(d), nil
}

// MissingYearError is a date asked about in a year the calendar holds no
// notice for.
type MissingYearError struct {
	Year int
}

// Error says, in Chinese, which year is missing and the two ways out.
func (e *MissingYearError) Error() string {
	return fmt.Sprintf("日历中没有%d年的节假日安排（国务院办公厅部分节假日安排的通知），无法计算工作日。"+
		"请用 xxgk calendar add 添加该年的通知文件，或加 --weekends-only 仅按周末推算（不含法定节假日）。", e.Year)
}

// String lists the notices a year's arrangement comes from, for messages
// and `xxgk calendar` listings: 「2019年：国办发明电〔2018〕15号（2018-12-04）、…」.
func (y *Year) String() string {
	parts := make([]string, len(y.Notices))
	for i, n := range y.Notices {
		num := n.Number
		if num == "" {
			num = "通知"
		}
		parts[i] = fmt.Sprintf("%s（%s）", num, n.Date)
	}
	return fmt.Sprintf("%d年：%s", y.Year, strings.Join(parts, "、"))
}
