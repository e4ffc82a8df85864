package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// registerDaysFlag is --register-days: the working days an application
// may wait for its 登记日期 (a provincial practice, docs/selfcheck.md).
func registerDaysFlag() cli.Flag {
	return &cli.IntFlag{Name: "register-days",
		Usage: fmt.Sprintf("自查时申请收到后应在几个工作日内登记（默认 %d）", selfcheck.DefaultRegisterDays)}
}

// needRegisterDays reads --register-days: 0 when not given, else a
// positive number of working days.
func needRegisterDays(c *cli.Context) (int, error) {
	if !c.IsSet("register-days") {
		return 0, nil
	}
	n := c.Int("register-days")
	if n < 1 || n > 60 {
		return 0, usageErrorf("--register-days 应为 1 到 60 之间的工作日数，收到的是 %d。", n)
	}
	return n, nil
}

// selfcheckAsOf is the day the self-inspection of opt.year is made: the
// --as-of day, or today (a past year's periods have all ended, and a 解读
// of late December published in January is then looked at).
func selfcheckAsOf(opt checkOptions, e *env) report.Date {
	if !opt.asOf.IsZero() {
		return opt.asOf
	}
	return report.DateOf(e.now())
}

// selfInspect is the self-inspection of opt.year as of selfcheckAsOf, with
// opt's registration limit; nil without a calendar for the year.
func selfInspect(ctx context.Context, st Store, cal *calendar.Calendar, opt checkOptions, e *env) (*selfcheck.Result, error) {
	if cal == nil {
		return nil, nil
	}
	res, err := selfcheck.Check(ctx, st, countedCalendar(cal, opt.year), opt.year,
		selfcheck.Options{RegisterDays: opt.registerDays, AsOf: selfcheckAsOf(opt, e)})
	if err != nil {
		return nil, calendarError(err)
	}
	return res, nil
}

// selfcheckCounts are the self-inspection's figures of year y for the
// annual JSON's selfcheck block, made on the clock's day with the default
// registration limit; nil without a calendar for the year, or when there
// is nothing to check. A later year the calendar lacks (a 解读 or 登记日期
// in the next year) leaves the block out and says so: the tables never
// depend on the self-inspection.
func selfcheckCounts(ctx context.Context, st Store, cal *calendar.Calendar, y int, e *env) (*report.SelfCheckCounts, error) {
	if cal == nil {
		return nil, nil
	}
	res, err := selfcheck.Check(ctx, st, countedCalendar(cal, y), y, selfcheck.Options{AsOf: report.DateOf(e.now())})
	var missing *calendar.MissingYearError
	if errors.As(err, &missing) {
		fmt.Fprintf(e.stderr, "提示：%v 本次未计算自查数字（JSON 中的 selfcheck），其余数字不受影响。\n", missing)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return res.Counts(), nil
}
