// Package report breaks the first rule: the domain imports the module.
package report

import "example.com/fake/report/deadline"

// Limit is a deadline.
var Limit = deadline.Days
