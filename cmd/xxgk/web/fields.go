package web

import (
	"github.com/xxgk/xxgk/report"
)

// field is one labelled input of a form. Name is the input's name and id
// (the command line's flag name), Label the ledger header the value is
// validated as.
type field struct {
	Name, Label, Type string
	Value, Error      string
	Required, Long    bool
	Options           []optionGroup // a <select> when there are any
}

type optionGroup struct {
	Group string // an <optgroup>'s label; empty: plain options
	Items []option
}

type option struct {
	Value, Label string
	Selected     bool
}

// addForm is the form that registers an application (xxgk request add).
func addForm() []field {
	return []field{
		{Name: "id", Label: "申请编号", Type: "text", Required: true},
		{Name: "received", Label: "收到日期", Type: "date", Required: true},
		{Name: "applicant-type", Label: "申请人类型", Required: true, Options: plainOptions(applicantTypes())},
		{Name: "name", Label: "申请人", Type: "text"},
		{Name: "contact", Label: "联系方式", Type: "text"},
		{Name: "content", Label: "申请内容", Long: true},
		{Name: "method", Label: "申请方式", Options: plainOptions([]string{"当面", "邮寄", "网络", "传真", "其他"})},
		{Name: "note", Label: "备注", Type: "text"},
	}
}

// step is one form of an application's page: the fields of one step of
// its handling (xxgk request update).
type step struct {
	ID, Title, Button string
	Fields            []field
}

func steps() []step {
	return []step{
		{ID: "correction", Title: "补正", Button: "保存补正", Fields: []field{
			{Name: "correction-asked", Label: "补正告知日期", Type: "date"},
			{Name: "correction-received", Label: "补正收到日期", Type: "date"}}},
		{ID: "extension", Title: "延期", Button: "保存延期", Fields: []field{
			{Name: "extension", Label: "延期告知日期", Type: "date"}}},
		{ID: "consult", Title: "征求第三方意见", Button: "保存征求意见", Fields: []field{
			{Name: "consult-start", Label: "征求意见开始日期", Type: "date"},
			{Name: "consult-end", Label: "征求意见结束日期", Type: "date"}}},
		{ID: "conclude", Title: "办结", Button: "保存办结", Fields: []field{
			{Name: "concluded", Label: "办结日期", Type: "date"},
			{Name: "outcome", Label: "办理结果", Options: outcomeOptions()}}},
	}
}

func applicantTypes() []string {
	var out []string
	for _, c := range report.Table3Columns[:report.NumApplicantTypes] {
		out = append(out, c.Label)
	}
	return out
}

func plainOptions(values []string) []optionGroup {
	g := optionGroup{}
	for _, v := range values {
		g.Items = append(g.Items, option{Value: v, Label: v})
	}
	return []optionGroup{g}
}

// outcomeOptions is table 3's national list of results, grouped as the
// table groups them; the values are the ledger's wording.
func outcomeOptions() []optionGroup {
	var out []optionGroup
	for _, row := range report.Table3Rows {
		if !row.IsOutcome {
			continue
		}
		label := report.GroupLabel(row.Group)
		value := row.Label
		if label != "" {
			value = label + "-" + row.Label
		}
		if len(out) == 0 || out[len(out)-1].Group != label {
			out = append(out, optionGroup{Group: label})
		}
		g := &out[len(out)-1]
		g.Items = append(g.Items, option{Value: value, Label: row.Number + row.Label})
	}
	return out
}

// fill sets the fields' values from form values (by name) and marks the
// chosen options; errs gives the message beside a field, by label.
func fill(fs []field, values map[string]string, errs map[string]string) []field {
	out := make([]field, len(fs))
	for i, f := range fs {
		f.Value = values[f.Name]
		f.Error = errs[f.Label]
		if len(f.Options) > 0 {
			f.Options = choose(f.Options, f.Value)
		}
		out[i] = f
	}
	return out
}

func choose(groups []optionGroup, v string) []optionGroup {
	out := make([]optionGroup, len(groups))
	for i, g := range groups {
		items := make([]option, len(g.Items))
		for j, o := range g.Items {
			o.Selected = v != "" && o.Value == v
			items[j] = o
		}
		out[i] = optionGroup{Group: g.Group, Items: items}
	}
	return out
}
