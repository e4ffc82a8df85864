package main

import (
	"context"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/calendar"
)

// loadCalendar returns the working-day calendar: the years the binary
// carries, and those the unit added to its database (which win).
func loadCalendar(ctx context.Context, st calendarStore, weekendsOnly bool) (*calendar.Calendar, error) {
	cal, err := calendar.Builtin()
	if err != nil {
		return nil, err
	}
	added, err := st.Calendars(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range added {
		y, err := calendar.Parse(strings.NewReader(f.Text), f.Source)
		if err != nil {
			return nil, inputErrorf(err, "数据库中 %d 年的日历（%s）无法读取：%v", f.Year, f.Source, err)
		}
		y.Source = f.Source + addedCalendar
		cal.Add(y)
	}
	cal.WeekendsOnly = weekendsOnly
	return cal, nil
}

// addedCalendar ends the source of a year the unit added to its database.
const addedCalendar = "（数据库）"

// weekendsOnlyFlag is the explicit choice to count weekends only in years
// the calendar has no notice for.
func weekendsOnlyFlag() cli.Flag {
	return &cli.BoolFlag{Name: "weekends-only", Usage: "日历中没有节假日安排的年份仅按周末推算工作日（不含法定节假日）"}
}
