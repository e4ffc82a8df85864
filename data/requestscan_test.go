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
