// Package deadline holds the time limits of 《中华人民共和国政府信息公开条例》
// (2019) for an application — docs/deadlines.md — as pure rules over a working-day
// calendar: no I/O, no clock. The calendar itself (data/calendar) is passed
// in through the small Calendar interface; its errors, e.g. a year with no
// holiday notice, come back unchanged so that errors.As finds them.
//
// # Counting
//
// The day an event happens is not counted; day 1 is the next working day
// (《民法典》第二百零一条), so "within 20 working days of receipt" means by
// the end of AddWorkdays(received, 20). A period that would end on a rest
// day ends on the next working day (第二百零三条); counting working days
// does this by itself. Workdays counts the working days in (from, to].
//
// # Rules (For)
//
//   - Reply within 20 working days of receipt (第三十三条第一款).
//   - A 补正 notice is due within 7 working days of receipt (第三十条); the
//     application then counts as received on the day the correction arrives,
//     so the reply clock restarts from CorrectionReceived. While a notice is
//     out and no correction has arrived, there is no reply due date yet:
//     Deadline.AwaitingCorrection, state 待补正.
//   - An extension, told to the applicant, adds at most 20 working days,
//     once (第三十三条第一款; the ledger has one extension date). A notice
//     dated after the due date it would extend does not extend it: the
//     request was already late (Deadline.ExtensionLate).
//   - Third-party consultation (第三十二条、第三十三条第二款): the paused
//     days are the working days in (ConsultStart, ConsultEnd] — the day the
//     letter goes out still counts, the day the answer comes back does not —
//     and only those after the clock's start. The pause is at most 15
//     working days, the time the third party has: after that the body
//     decides itself (第三十二条), so a forgotten end date cannot stop the
//     clock for ever. A consultation that starts after the due date pauses
//     nothing. An open consultation (start, no end) runs up to asOf for At,
//     up to Concluded for a concluded request, and for For on an open
//     request its full 15 days (the latest the reply can fall due).
//
// # Status (At) and timeliness (OnTime)
//
// At judges the request as it stood at the end of asOf: events dated after
// asOf are ignored. A request concluded by asOf is 已办结, with Left frozen
// at its conclusion day (negative: answered late). Otherwise Left is the
// number of working days after asOf up to the due date — 0 on the due day,
// 即将到期 while 0 ≤ Left ≤ 5 — and negative once the due date has passed:
// minus the working days since, but at least −1, so the rest days straight
// after a due date already show 已超期.
//
// LateCorrection flags a 补正 notice sent after its due day, or one that must
// have been needed (a correction arrived, or the outcome is
// other.no_correction) but has no notice date while its due day is past.
// Applications that never needed a 补正 are not flagged: the ledger cannot
// tell, and flagging every application after day 7 would bury the real ones.
//
// OnTime judges a concluded request: the reply on or before Reply. One whose
// outcome is other.no_correction (deemed withdrawn, 第三十条) never had a
// reply period running — the correction never came — so its only deadline
// is the 补正 notice: it is on time when the notice was sent by
// CorrectionNotice. A concluded request whose 补正 was asked but never
// recorded as received, with any other outcome, is judged from the received
// date: the ledger shows nothing that restarted the clock.
package deadline
