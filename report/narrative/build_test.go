package narrative

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
)

// starterFile writes the starter for rep and parses it back.
func starterFile(t *testing.T, rep, prev *report.AnnualReport) (string, *File) {
	t.Helper()
	var b bytes.Buffer
	if err := Starter(&b, rep, prev, texts(t)); err != nil {
		t.Fatal(err)
	}
	return b.String(), mustParse(t, b.String())
}

func TestStarterParsesAndNeedsTheUnitsWords(t *testing.T) {
	rep := fixture()
	text, f := starterFile(t, rep, previous())
	if !slices.Equal(f.Order, Headings()) {
		t.Errorf("starter headings %q, want %q", f.Order, Headings())
	}
	for _, want := range []string{"#〔自动〕2025年，某某县教育局主动公开政府信息257条，较上年增加12条。",
		"#〔自动〕本年度共发出收费通知2件，收取信息处理费1700.50元。", "（请在此填写监督保障情况"} {
		if !strings.Contains(text, want) {
			t.Errorf("starter lacks %q", want)
		}
	}
	// Untouched, it holds none of the unit's words: Build names what is missing.
	_, err := Build(rep, previous(), f, false, texts(t))
	var me *MissingError
	if !errors.As(err, &me) {
		t.Fatalf("Build(untouched starter) err = %v, want *MissingError", err)
	}
	want := []string{"（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障", "五、存在的主要问题及改进情况"}
	if !slices.Equal(me.Headings, want) {
		t.Errorf("missing %q, want %q", me.Headings, want)
	}
	if !strings.Contains(err.Error(), "（四）政府信息公开平台建设、（五）监督保障") {
		t.Errorf("message %q does not name the parts", err)
	}
	// As a draft it builds, with the placeholders standing in.
	doc, err := Build(rep, previous(), f, true, texts(t))
	if err != nil {
		t.Fatal(err)
	}
	if !doc.Draft || !strings.Contains(allText(doc), "（请在此填写监督保障情况") {
		t.Errorf("draft: Draft=%v, placeholders missing", doc.Draft)
	}
}

func TestStarterFilledInBuilds(t *testing.T) {
	rep := fixture()
	text, _ := starterFile(t, rep, nil)
	own := map[string]string{
		"（三）政府信息管理":      "落实公开属性源头认定。",
		"（四）政府信息公开平台建设":  "办好政府网站专栏。",
		"（五）监督保障":        "纳入年度考核。",
		"五、存在的主要问题及改进情况": "解读形式单一。\n\n下一步丰富解读形式。",
		"六、其他需要报告的事项":    "无其他需要报告的事项。",
	}
	for h, s := range own {
		text = strings.Replace(text, placeholder(h), s, 1)
	}
	text = strings.Replace(text, "网站：（请在此填写发布本报告的网站名称和网址）", "网站：https://www.example.gov.cn", 1)
	text = strings.Replace(text, "联系电话：（请在此填写）", "联系电话：0000-1234567", 1)
	doc, err := Build(rep, nil, mustParse(t, text), false, texts(t))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Draft || doc.Title != "某某县教育局2025年政府信息公开工作年度报告" {
		t.Errorf("title %q draft %v", doc.Title, doc.Draft)
	}
	var headings []string
	for _, s := range doc.Sections {
		headings = append(headings, s.Heading)
	}
	if !slices.Equal(headings, report.SectionTitles) {
		t.Errorf("sections %q", headings)
	}
	one := doc.Sections[0]
	if len(one.Blocks) != 5 || one.Blocks[2].Subhead != "（三）政府信息管理" ||
		!strings.HasPrefix(one.Blocks[2].Paragraphs[0], "全年制发行政规范性文件5件") ||
		one.Blocks[2].Paragraphs[1] != "落实公开属性源头认定。" {
		t.Errorf("section 一 blocks: %+v", one.Blocks)
	}
	for i, id := range []report.TableID{report.Table2ID, report.Table3ID, report.Table4ID} {
		if b := doc.Sections[i+1].Blocks; len(b) != 1 || b[0].Table != id {
			t.Errorf("section %s blocks %+v, want table %s alone", headings[i+1], b, id)
		}
	}
	if p := doc.Sections[4].Blocks[0].Paragraphs; len(p) != 2 {
		t.Errorf("section 五 paragraphs %q", p)
	}
	if p := doc.Sections[5].Blocks[0].Paragraphs; !slices.Equal(p,
		[]string{"本年度共发出收费通知2件，收取信息处理费1700.50元。", "无其他需要报告的事项。"}) {
		t.Errorf("section 六 paragraphs %q", p)
	}
	opening := strings.Join(doc.Opening, "")
	for _, want := range []string{"《中华人民共和国政府信息公开条例》", "国办公开办函〔2021〕30号",
		"2025年1月1日至12月31日", "某某县教育局政府信息公开专栏（https://www.example.gov.cn）查阅",
		"请与某某县教育局联系（电话：0000-1234567）。"} {
		if !strings.Contains(opening, want) {
			t.Errorf("opening lacks %q: %s", want, opening)
		}
	}
}

func TestBuildWithoutNarrativeFile(t *testing.T) {
	doc, err := Build(fixture(), nil, nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if o := doc.Opening[0]; !strings.Contains(o, "本报告电子版可在某某县教育局政府信息公开专栏查阅或下载。如对本报告有疑问，请与某某县教育局联系。") {
		t.Errorf("generic opening: %s", o)
	}
}

func TestSampleNarrativeBuilds(t *testing.T) {
	f, err := Parse(bytes.NewReader(samples.NarrativeText), samples.NarrativeFileName)
	if err != nil {
		t.Fatal(err)
	}
	rep := sampleReport(t)
	doc, err := Build(rep, nil, f, false, texts(t))
	if err != nil {
		t.Fatal(err)
	}
	all := allText(doc)
	for _, want := range []string{"示例县人民政府门户网站（https://www.example.gov.cn）“政府信息公开”专栏查阅或下载",
		"请与示例县教育局办公室联系（地址：示例县城关镇文教路1号；邮编：000000；电话：0000-12345678）",
		"主动公开政府信息300条", "收取信息处理费1700.00元", "全年组织政务公开业务培训2次"} {
		if !strings.Contains(all, want) {
			t.Errorf("sample report lacks %q", want)
		}
	}
	if w := Mismatches(f, rep); len(w) > 0 {
		t.Errorf("sample narrative disagrees with the sample tables: %q", w)
	}
}

// allText is every paragraph of doc.
func allText(doc *report.PublishedReport) string {
	parts := slices.Clone(doc.Opening)
	for _, s := range doc.Sections {
		for _, b := range s.Blocks {
			parts = append(parts, b.Paragraphs...)
		}
	}
	return strings.Join(parts, "\n")
}

// Every placeholder is one Parse drops.
func TestPlaceholdersAreDropped(t *testing.T) {
	for _, h := range Headings()[1:] {
		if p := placeholder(h); stripPlaceholders(p) != "" || !strings.HasPrefix(p, PlaceholderPrefix) {
			t.Errorf("placeholder of %s (%q) is not dropped by Parse", h, p)
		}
	}
}
