package narrative

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
	"github.com/xxgk/xxgk/templates"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func mustParse(t *testing.T, text string) *File {
	t.Helper()
	f, err := Parse(strings.NewReader(text), "年报文字.txt")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestParseNotepadFile(t *testing.T) {
	text := "\uFEFF# 说明行\r\n// 另一种说明\r\n\r\n【前言】\r\n网站：某某网（http://x.example）\r\n\r\n" +
		"【 一、总体情况 】\r\n总述第一行，\r\n接着写。\r\n\r\n\r\n第二段。\r\n" +
		"［（一）主动公开］\r\n#〔自动〕本年度主动公开政府信息300条。\r\n（请在此填写主动公开工作的主要做法和成效，可不写）\r\n" +
		"(二)依申请公开\r\n依法答复。\r\n" +
		"【三,收到和处理政府信息公开申请情况】\r\n" +
		"【主动公开政府信息情况】\r\nABC\r\ndef 第 ３ 段\r\n"
	f := mustParse(t, text)
	wantOrder := []string{"前言", "一、总体情况", "（一）主动公开", "（二）依申请公开",
		"三、收到和处理政府信息公开申请情况", "二、主动公开政府信息情况"}
	if strings.Join(f.Order, "|") != strings.Join(wantOrder, "|") {
		t.Errorf("Order = %q, want %q", f.Order, wantOrder)
	}
	for h, want := range map[string][]string{
		"一、总体情况":       {"总述第一行，接着写。", "第二段。"},
		"（一）主动公开":      nil, // the generated line is a comment, the placeholder is no text
		"（二）依申请公开":     {"依法答复。"},
		"二、主动公开政府信息情况": {"ABC def 第 ３ 段"},
		"前言":           {"网站：某某网（http://x.example）"},
	} {
		if got := f.Paragraphs(h); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Paragraphs(%s) = %q, want %q", h, got, want)
		}
	}
	if _, ok := f.Parts["三、收到和处理政府信息公开申请情况"]; !ok {
		t.Error("a heading without text is not recorded")
	}
}

func TestParseOtherEncodings(t *testing.T) {
	text := "【五、存在的主要问题及改进情况】\r\n信息公开内容有待深化。\r\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	for name, raw := range map[string][]byte{"ANSI": gbk, "Unicode": utf16} {
		f, err := Parse(bytes.NewReader(raw), name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got := f.Paragraphs("五、存在的主要问题及改进情况"); len(got) != 1 || got[0] != "信息公开内容有待深化。" {
			t.Errorf("%s: got %q", name, got)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		line       int
		msg        string
	}{
		{"text before a heading", "# 说明\n\n本局全年……\n【一、总体情况】\n", 3, "第一个标题之前"},
		{"unknown heading", "【一、总体情况】\n文字\n\n【七、附件】\n", 4, "不认识的标题「【七、附件】」"},
		{"heading twice", "【五、存在的主要问题及改进情况】\n甲\r\n【五、存在的主要问题及改进情况】\n乙\n", 3, "第1行已有"},
		{"CRLF keeps the count", "\uFEFF【一、总体情况】\r\n\r\n【（九）其他】\r\n", 3, "不认识的标题"},
	} {
		_, err := Parse(strings.NewReader(tc.text), "年报文字.txt")
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want *ParseError", tc.name, err)
			continue
		}
		if pe.Line != tc.line || !strings.Contains(pe.Error(), tc.msg) ||
			!strings.Contains(pe.Error(), "年报文字.txt 第") {
			t.Errorf("%s: %q (line %d), want line %d and %q", tc.name, pe.Error(), pe.Line, tc.line, tc.msg)
		}
	}
}

func TestParseRefusesGarbage(t *testing.T) {
	_, err := Parse(bytes.NewReader([]byte{0x81, 0x30, 0xff, 0xfe, 0x41}), "x.txt")
	if err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("err = %v, want a message about the encoding", err)
	}
}

func TestParseRefusesBinary(t *testing.T) {
	_, err := Parse(bytes.NewReader([]byte("【一、总体情况】\x00\x01")), "x.docx")
	if err == nil || !strings.Contains(err.Error(), "不是文本文件") {
		t.Errorf("err = %v, want a message that it is no text file", err)
	}
}

// The example in the package comment is a valid file.
func TestPackageExampleParses(t *testing.T) {
	f := mustParse(t, "# 以 # 或 // 开头的行是说明，不进入报告\n【前言】\n网站：示例县人民政府门户网站（http://www.example.gov.cn）\n"+
		"联系电话：0000-1234567\n\n【一、总体情况】\n【（一）主动公开】\n本单位的文字……\n\n第二段……\n")
	if got := f.Paragraphs("（一）主动公开"); len(got) != 2 {
		t.Errorf("paragraphs %q", got)
	}
}

// Text on the heading's own line is kept; a bracketed word that opens a
// line of text is text.
func TestParseTextBesideHeading(t *testing.T) {
	f := mustParse(t, "【（五）监督保障】纳入年度考核。\n【重点】加强培训。\n")
	if got := f.Paragraphs("（五）监督保障"); len(got) != 1 || got[0] != "纳入年度考核。【重点】加强培训。" {
		t.Errorf("paragraphs %q", got)
	}
}

func TestFileName(t *testing.T) {
	if got := FileName(samples.UnitName, samples.Year); got != samples.NarrativeFileName {
		t.Errorf("FileName = %q, want %q", got, samples.NarrativeFileName)
	}
}

// Parse never panics, and refuses only with a *ParseError; what it accepts
// builds as a draft.
func FuzzParse(f *testing.F) {
	f.Add(string(samples.NarrativeText))
	f.Add("\uFEFF【一、总体情况】\r\n文字\r\n【七】")
	f.Add("［（一）主动公开］（请在此填写")
	tpl, err := templates.Text()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		file, err := Parse(strings.NewReader(text), "fuzz.txt")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err %v is no *ParseError", err)
			}
			return
		}
		if _, err := Build(fixture(), nil, file, true, tpl); err != nil {
			t.Fatal(err)
		}
	})
}
