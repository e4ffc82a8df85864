// Package calendar holds the State Council's working-day calendar — the
// yearly 国务院办公厅关于部分节假日安排的通知 — as data in the repository,
// one text file per year under years/, embedded in the binary. A user adds a
// later year's notice without a new release: Parse reads a file in the same
// format and Calendar.Add puts it beside (or in place of) the built-in years.
//
// # File format
//
// A plain text file a clerk can type in Notepad (UTF-8, with or without BOM;
// files saved as 「Unicode」 or 「ANSI」/GBK are converted). One item per
// line; everything after # is a remark; blank lines do not count.
//
//	年份 2025
//	通知 国办发明电〔2024〕12号 2024-11-12
//	元旦 放假 2025-01-01
//	春节 放假 2025-01-28 至 2025-02-04
//	春节 上班 2025-01-26、2025-02-08
//
// The lines are:
//
//   - 年份 YYYY comes first and says which year's arrangement this is.
//   - 通知 [文号] 发文日期 [备注] names the notice the following lines come
//     from. The 文号 may be left out when it is not known.
//   - 节日 放假 日期… lists rest days (the whole range, including the
//     weekend days the notice joins to the holiday); 节日 上班 日期… lists
//     the make-up working days (调休上班), which must be Saturdays or Sundays.
//     Dates are written 2025-01-28 (2025/1/28 is accepted); several are
//     separated by 「、」 or spaces; a range is 「A 至 B」, both ends included.
//
// Amendments: a later 通知 line, followed by the days it changes, overrides
// what earlier notices said about the same days. So the extension of the 2020
// Spring Festival is
//
//	通知 国办发明电〔2020〕1号 2020-01-26 春节假期延长至2月2日
//	春节 放假 2020-01-31 至 2020-02-02
//
// which turns 2020-02-01, a make-up day under the first notice, into a rest
// day. Within one notice a day may be listed only once, and an amendment may
// also make a holiday weekday an ordinary working day again (上班 on a
// weekday is accepted only when it overrides an earlier notice).
//
// Sanity checks, each reported in Chinese with the file name and line: a
// date that is not a real day, an unknown keyword, a date more than a month
// outside the year (a year's 元旦 may start in the previous December, e.g.
// 2019's 2018-12-30 – 2019-01-01), a make-up day that is not a weekend, a
// reversed or overlong (more than 20 days) range, a day listed twice in one
// notice, notices out of date order, a notice with no days under it, and a
// 上班 line whose 节日 name appears on no 放假 line (a typo in the name).
//
// # Working days
//
// Calendar.Workday answers for one date: a listed make-up day is a working
// day, a listed rest day is not — whichever loaded year's file lists it, the
// next year's file first, so the cross-year 元旦 days are answered by the
// notice that set them — and any other day is a working day when it falls
// Monday to Friday. That last rule is applied only for a year the calendar
// holds; for any other year Workday returns *MissingYearError, unless the user
// chose Calendar.WeekendsOnly.
package calendar
