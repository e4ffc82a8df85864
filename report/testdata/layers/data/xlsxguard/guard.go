// Package xlsxguard imports nothing.
package xlsxguard
