package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/report/selfcheck/selfchecktest"
)

// writeSelfCheckTest writes the 自查报告 of in as a PDF into a temporary
// file and returns its path (a copy in $XXGK_PDF_OUT to look at).
func writeSelfCheckTest(t *testing.T, in selfcheck.Input) (string, *selfcheck.Report) {
	t.Helper()
	set := testFonts(t)
	r, err := selfcheck.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteSelfCheck(&b, r, Options{Fonts: set, Created: testCreated}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "selfcheck.pdf")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("XXGK_PDF_OUT"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644)
	}
	return path, r
}

// The 自查报告's text is all there, in order; the late publications'
// table runs over pages with its header on each; the sign-off closes it.
func TestWriteSelfCheck(t *testing.T) {
	path, r := writeSelfCheckTest(t, selfchecktest.Input())
	raw := checkPDF(t, path, r.Title)
	at := 0
	for _, s := range r.Sections {
		for _, want := range append([]string{s.Heading}, s.Parts[0].Subhead) {
			i := strings.Index(raw[at:], squeeze(want))
			if i < 0 {
				t.Fatalf("%q missing or out of order", want)
			}
			at += i
		}
	}
	for _, want := range []string{"按时发布率76.0%", "某教发〔2025〕5号", "YSQ-2025-021", "2025年第三季度", "基础教育科", "一是建立信息发布时限台账", "2026年1月20日"} {
		if !strings.Contains(raw, squeeze(want)) {
			t.Errorf("missing %q", want)
		}
	}
	pages := strings.Split(tool(t, "pdftotext", "-layout", path, "-"), "\f")
	spans := 0
	for i, p := range pages {
		if !strings.Contains(p, "2025-001") {
			continue
		}
		spans++
		if !strings.Contains(squeeze(p), "序号索引号标题成文日期发布日期工作日") {
			t.Errorf("page %d lists late items without the table's header", i+1)
		}
	}
	if spans < 2 {
		t.Errorf("the late items span %d pages, want 2 or more", spans)
	}
	if strings.Contains(raw, "草稿") {
		t.Error("a final report marked 草稿")
	}
}

// A draft without 整改措施 shows the placeholder and 「草稿」.
func TestWriteSelfCheckDraft(t *testing.T) {
	in := selfchecktest.Clean()
	in.Measures, in.Draft = nil, true
	path, _ := writeSelfCheckTest(t, in)
	raw := squeeze(tool(t, "pdftotext", "-raw", path, "-"))
	for _, want := range []string{"草稿", "请填写整改措施", "经自查，未发现"} {
		if !strings.Contains(raw, want) {
			t.Errorf("missing %q", want)
		}
	}
}

func TestSelfCheckLayoutGolden(t *testing.T) {
	r, err := selfcheck.Build(selfchecktest.Input())
	if err != nil {
		t.Fatal(err)
	}
	reporttest.Golden(t, filepath.Join("testdata", "selfcheck_report.golden"), layoutSelfCheck(r, fixedMeasure, cjk.Break).Dump())
}

// With any number of late items, nothing leaves the text block and no
// heading or sub-head ends a page: each stands over its text or table.
func TestSelfCheckLayoutKeepsHeadings(t *testing.T) {
	for n := 0; n <= selfchecktest.LatePublications; n++ {
		in := selfchecktest.Input()
		res := *in.Result
		res.Publishing.Late = res.Publishing.Late[:n]
		in.Result = &res
		in.Draft = n%2 == 0
		if in.Draft {
			in.Measures = nil
		}
		r, err := selfcheck.Build(in)
		if err != nil {
			t.Fatal(err)
		}
		l := layoutSelfCheck(r, fixedMeasure, cjk.Break)
		checkFits(t, l)
		for i, p := range l.Pages[:len(l.Pages)-1] {
			fr := frameOf(p)
			var last Item
			for _, it := range p.Items {
				if it.Kind == kindText && it.Y >= fr.Top && it.Y <= fr.Bottom() && it.Turn == 0 {
					last = it
				}
			}
			if last.Role == heading1Style.Role || last.Role == heading2Style.Role {
				t.Errorf("%d late items: page %d ends with the heading %q", n, i+1, last.Text)
			}
		}
	}
}
