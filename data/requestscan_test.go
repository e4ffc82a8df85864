package data

import (
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// One query reuses its scanner's destinations: a row with every field
// filled, then one with none of the optional fields and no origin, then a
// full one again, read back in one EachRequest exactly as written (nothing
// of one row is left in the next).
func TestRequestsOfOneQueryReadBackExactly(t *testing.T) {
	st := openTemp(t)
	full := func(id string) report.Request {
		return report.Request{ID: id, Received: report.NewDate(2025, 3, 5), Applicant: report.ApplicantLegal, ApplicantName: "乙律师事务所",
			Contact: "010-1234", Content: "关于某事", Method: "邮寄", CorrectionAsked: report.NewDate(2025, 3, 7),
			CorrectionReceived: report.NewDate(2025, 3, 10), ExtensionNotified: report.NewDate(2025, 4, 1),
			ConsultStart: report.NewDate(2025, 4, 2), ConsultEnd: report.NewDate(2025, 4, 9), Concluded: report.NewDate(2025, 4, 20),
			Outcome: "withheld.third_party", Note: "备注", Origin: report.Origin{File: "a.xlsx", Sheet: "依申请", Row: 4}}
	}
	want := []report.Request{full("SQ-1"), {ID: "SQ-2", Received: report.NewDate(2025, 6, 1), Applicant: report.ApplicantNatural}, full("SQ-3")}
	importAll(t, st, &all{reqs: want})
	var got []report.Request
	if err := st.EachRequest(t.Context(), 2025, func(r report.Request) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].Origin.Updated = now
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, want)
	}
}

// EachRequestToCount passes what EachRequest passes, with the personal
// and free-text fields left empty.
func TestEachRequestToCountLeavesOutTheText(t *testing.T) {
	st := openTemp(t)
	a := randomRows(300)
	for i := range a.reqs {
		r := &a.reqs[i]
		r.ApplicantName, r.Contact, r.Content, r.Method, r.Note = "申请人", "138", "内容", "网络", "备注"
	}
	importAll(t, st, a)
	for y := 2023; y <= 2027; y++ {
		var want, got []report.Request
		if err := st.EachRequest(t.Context(), y, func(r report.Request) error {
			r.ApplicantName, r.Contact, r.Content, r.Method, r.Note = "", "", "", "", ""
			want = append(want, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if err := st.EachRequestToCount(t.Context(), y, func(r report.Request) error { got = append(got, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(want) == 0 || !reflect.DeepEqual(got, want) {
			t.Errorf("%d: %d applications, want %d as EachRequest passes them without the text", y, len(got), len(want))
		}
	}
}
