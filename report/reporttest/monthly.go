package reporttest

import (
	"time"

	"github.com/xxgk/xxgk/report"
)

// EmptyMonthly is February 2025 of 某某学校: no tasks, nothing published
// or received.
func EmptyMonthly() *report.MonthlySummary {
	return &report.MonthlySummary{
		Unit: report.Unit{Name: "某某学校"}, Year: 2025, Month: time.February,
		Produced: time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC), Empty: true,
	}
}
