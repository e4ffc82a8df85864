package report

import (
	"context"
	"fmt"
	"time"
)

// MonthlyYear builds the twelve summaries of year y, January first, with
// exactly the figures of Monthly for each month, reading each ledger once
// rather than twelve times: every publication and application is passed
// to the twelve months' counts as it is read, and the small ledgers
// (tasks, progress, quotas, categories) are kept in memory meanwhile.
func MonthlyYear(ctx context.Context, l MonthlyLedgers, y int, opt MonthlyOptions) ([]*MonthlySummary, error) {
	unit, err := l.Unit(ctx)
	if err != nil {
		return nil, fmt.Errorf("monthly summary: unit: %w", err)
	}
	small, err := readSmallLedgers(ctx, l, y)
	if err != nil {
		return nil, err
	}
	var pubs [12]*monthPubs
	var apps [12]*monthApps
	for m := time.January; m <= time.December; m++ {
		pubs[m-1], apps[m-1] = newMonthPubs(y, m), newMonthApps(y, m, opt.Due)
	}
	err = l.EachPublication(ctx, y, func(p Publication) error {
		for _, c := range pubs {
			if err := c.add(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("monthly summary: publications: %w", err)
	}
	err = l.EachRequest(ctx, y, func(r Request) error {
		for _, x := range apps {
			if err := x.add(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("monthly summary: applications: %w", err)
	}
	out := make([]*MonthlySummary, 12)
	for m := time.January; m <= time.December; m++ {
		s := &MonthlySummary{Unit: unit, Year: y, Month: m}
		end := MonthEnd(y, m)
		if s.Tasks, err = monthTasks(ctx, small, y, end); err != nil {
			return nil, fmt.Errorf("monthly summary: tasks: %w", err)
		}
		s.TaskCounts = countTasks(s.Tasks)
		s.Units = unitCompletion(s.Tasks, end)
		if s.Publications, err = pubs[m-1].finish(ctx, small); err != nil {
			return nil, fmt.Errorf("monthly summary: publications: %w", err)
		}
		s.Applications = apps[m-1].finish()
		s.setEmpty()
		out[m-1] = s
	}
	return out, nil
}

// smallLedgers holds the ledgers of a year that the monthly summaries read
// for every month and that stay small: the task list, its progress up to
// the year's end, the quotas and the categories.
type smallLedgers struct {
	cats     []string
	tasks    []Task
	progress []Progress
	quotas   []Quota
}

// readSmallLedgers reads the small ledgers of year y once, with Monthly's
// error wrapping.
func readSmallLedgers(ctx context.Context, l MonthlyLedgers, y int) (*smallLedgers, error) {
	s := &smallLedgers{}
	if err := l.EachTask(ctx, func(t Task) error { s.tasks = append(s.tasks, t); return nil }); err != nil {
		return nil, fmt.Errorf("monthly summary: tasks: %w", err)
	}
	err := l.EachProgress(ctx, YearEnd(y), func(p Progress) error { s.progress = append(s.progress, p); return nil })
	if err != nil {
		return nil, fmt.Errorf("monthly summary: tasks: %w", err)
	}
	if err := l.EachQuota(ctx, y, func(q Quota) error { s.quotas = append(s.quotas, q); return nil }); err != nil {
		return nil, fmt.Errorf("monthly summary: publications: %w", err)
	}
	if s.cats, err = l.Categories(ctx); err != nil {
		return nil, fmt.Errorf("monthly summary: publications: %w", err)
	}
	return s, nil
}

func (s *smallLedgers) EachTask(_ context.Context, fn func(Task) error) error {
	for _, t := range s.tasks {
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

// EachProgress passes the entries dated on or before to, as a store does.
func (s *smallLedgers) EachProgress(_ context.Context, to Date, fn func(Progress) error) error {
	for _, p := range s.progress {
		if p.Date <= to {
			if err := fn(p); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *smallLedgers) EachQuota(_ context.Context, _ int, fn func(Quota) error) error {
	for _, q := range s.quotas {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

func (s *smallLedgers) Categories(context.Context) ([]string, error) { return s.cats, nil }
