package web

import (
	"context"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// narrativeOnly answers Narrative with n; the other operations are not
// used by the downloads block.
type narrativeOnly struct {
	Ops
	n Narrative
}

func (o narrativeOnly) Narrative(context.Context, int) (Narrative, error) { return o.n, nil }

func (o narrativeOnly) NarrativeMissing(context.Context, int) ([]string, error) {
	return o.n.Missing, nil
}

// The downloads block posts each format with the token and the year, links
// to 年报文字, and says the PDF and 网页 are drafts exactly while parts are
// missing.
func TestAnnualDownloadsBlock(t *testing.T) {
	for _, missing := range [][]string{{"（三）政府信息管理", "（五）监督保障"}, nil} {
		s, err := New(Config{Ops: narrativeOnly{n: Narrative{Missing: missing}}, Token: "tok"})
		if err != nil {
			t.Fatal(err)
		}
		p, err := s.withFiles(httptest.NewRequest("GET", "/annual?year=2024", nil), page{Year: 2024, Token: "tok"})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := s.pages.ExecuteTemplate(&b, "annualdownloads", p); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, f := range annualFormats {
			form := `<input type="hidden" name="token" value="tok"><input type="hidden" name="year" value="2024"><input type="hidden" name="format" value="` +
				f.Format + `"><button type="submit" id="download-` + f.Format + `">` + f.Label + `</button>`
			if !strings.Contains(out, form) {
				t.Errorf("no button %s:\n%s", f.Label, out)
			}
		}
		if strings.Count(out, `action="/annual/files"`) != len(annualFormats) || !strings.Contains(out, `<a href="/annual/text?year=2024" id="annual-text-link">填写年报文字</a>`) {
			t.Errorf("forms or link:\n%s", out)
		}
		if note := strings.Contains(out, "年报文字尚缺 2 部分，PDF 和网页为草稿"); note != (missing != nil) {
			t.Errorf("missing %v: draft note shown %v", missing, note)
		}
	}
}

// File names go out as RFC 5987 values that decode to the name.
func TestRFC5987(t *testing.T) {
	name := "示例县教育局,;=@ a+b-2025年上报.xlsx"
	enc := rfc5987(name)
	if strings.ContainsAny(enc, ",;=@ \"") {
		t.Errorf("unescaped separators: %s", enc)
	}
	if got, err := url.PathUnescape(enc); err != nil || got != name {
		t.Errorf("%s decodes to %q", enc, got)
	}
}
