package narrative

import (
	"slices"
	"strings"
	"text/template"
	"unicode/utf8"

	"github.com/xxgk/xxgk/report"
	"golang.org/x/text/width"
)

const openingTemplate = "narrative.opening"

// ContactItem is one item of the opening paragraph's contact details.
type ContactItem struct {
	Label string
	Value string
}

// OpeningData is what the opening template sees.
type OpeningData struct {
	Unit         string
	Year         int
	Website      string
	WebsiteIsURL bool
	Dept         string
	Contact      []ContactItem
}

// openingKeys maps what a clerk may write before 「：」 in the 【前言】 part
// to the label printed; "" labels are the website and the department.
var openingKeys = []struct {
	label string
	keys  []string
}{
	{"网站", []string{"网站", "网址", "发布网站", "查阅网站", "网站名称"}},
	{"联系部门", []string{"联系部门", "联系科室", "联系处室", "联系股室"}},
	{"地址", []string{"地址", "联系地址", "通讯地址"}},
	{"邮编", []string{"邮编", "邮政编码"}},
	{"电话", []string{"电话", "联系电话"}},
	{"传真", []string{"传真"}},
	{"电子邮箱", []string{"邮箱", "电子邮箱", "电子邮件", "email", "e-mail"}},
}

// openingKey returns the label and value of a 「key：value」 line, or "".
func openingKey(line string) (label, value string) {
	i := strings.IndexAny(line, ":：")
	if i < 0 {
		return "", ""
	}
	k := strings.ToLower(strings.Join(strings.Fields(width.Fold.String(line[:i])), ""))
	_, size := utf8.DecodeRuneInString(line[i:])
	for _, o := range openingKeys {
		if slices.Contains(o.keys, k) {
			return o.label, strings.TrimSpace(line[i+size:])
		}
	}
	return "", ""
}

// buildOpening returns the opening paragraph, then any paragraphs of the
// unit's own under 【前言】.
func buildOpening(rep *report.AnnualReport, f *File, tpl *template.Template) ([]string, error) {
	d := OpeningData{Unit: rep.Unit.Name, Year: rep.Year}
	var extra []string
	for _, para := range strings.Split(partText(f, OpeningPart), "\n\n") {
		var rest []string
		for _, line := range strings.Split(para, "\n") {
			label, value := openingKey(line)
			switch {
			case label == "":
				rest = append(rest, line)
			case value == "":
			case label == "网站":
				d.Website = value
				d.WebsiteIsURL = isURL(value)
			case label == "联系部门":
				d.Dept = value
			default:
				d.Contact = append(d.Contact, ContactItem{label, value})
			}
		}
		if p := joinLines(rest); p != "" {
			extra = append(extra, p)
		}
	}
	lines, err := execLines(tpl, openingTemplate, d)
	if err != nil {
		return nil, err
	}
	return append([]string{strings.Join(lines, "")}, extra...), nil
}

func partText(f *File, h string) string {
	if f == nil {
		return ""
	}
	return f.Parts[h]
}

// isURL reports whether s is a bare web address (no words around it).
func isURL(s string) bool {
	l := strings.ToLower(s)
	return !strings.ContainsAny(s, " （(") &&
		(strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www."))
}
