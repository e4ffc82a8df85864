package ledger

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report/textwidth"
)

var kindDescriptions = map[Kind]string{
	KindRequests: "每收到一件政府信息公开申请登记一行，办结后补填办结日期和办理结果。" +
		"用于年度报告表三、答复期限提醒和月度小结。",
	KindPublications: "每主动公开一条信息登记一行。用于主动公开统计（按类别、渠道、发布机构、月份）和信息报送任务完成情况。",
	KindDocuments:    "本机关制发的规章和行政规范性文件，含废止和有效期情况，一件一行。用于年度报告表二第二十条第（一）项。",
	KindDecisions:    "本机关作出的行政许可、行政处罚、行政强制决定，一项决定一行。用于表二第二十条第（五）（六）项。",
	KindFees: "收费一笔一行：行政事业性收费计入表二第二十条第（八）项；" +
		"依申请公开收取的信息处理费写入报告第六部分。",
	KindAppeals:  "涉及政府信息公开的行政复议、行政诉讼案件，一案一行。用于年度报告表四。",
	KindTasks:    "政务公开工作要点的任务分工，一项任务一行。用于月度工作进展和完成情况。",
	KindProgress: "各项任务的进展，每次更新填一行，同一任务同一日期只填一行。月度小结取当月月底前的最新状态。",
	KindQuotas:   "各单位每月的信息报送任务数，一个单位一个月一行。用于比较当月主动公开条数与任务数。",
	KindCatalog: "主动公开目录的类别及其公开时限，一个类别一行（选填）。导入时设定所列类别的公开时限，目录中没有的类别追加到目录末尾，从不删除类别。" +
		"自查据此列出到期未公开的期间（应公开未公开风险）。",
}

// Description says in Chinese what ledger k records and what it is used
// for, as the template's 「填写说明」 sheet puts it.
func (k Kind) Description() string { return kindDescriptions[k] }

func allLabels() []string {
	out := make([]string, len(Kinds))
	for i, k := range Kinds {
		out[i] = k.Label()
	}
	return out
}

// helpRules are the general rules at the top of 「填写说明」.
var helpRules = []string{
	"1. 本工作簿每个工作表是一种台账。第1行是表头，列名请勿修改；列名后带 * 的是必填列。",
	"2. 只填需要的台账即可，不用的工作表留空，导入时自动跳过。台账也可以放在自己的工作簿或 CSV 文件中：" +
		"工作表名称不限，表头上方可以有标题行，只要表头行包含该台账的全部必填列；多出的列导入时忽略。",
	"3. 日期可写作 2025-03-05、2025/3/5、2025.3.5、2025年3月5日 或 20250305，也可以是 Excel 日期。",
	"4. 带下拉列表的列请从列表中选择；“是/否”列留空视为“否”；可填多个值的列用顿号、逗号、分号或斜杠分隔。",
	"5. 申请人、联系方式、申请内容等个人信息只保存在本单位，不会进入上报文件。",
	"6. 用 xxgk import 导入。导入是“全有或全无”的：只要有一处错误就不导入任何一行，并指出错误所在的文件、工作表、行和列。" +
		"同一编号（申请编号、索引号等）再次导入即更新原记录。",
}

// helpWidths are the widths of 填写说明's columns (列名, 必填, 填写要求), in
// characters of the default font.
var helpWidths = [3]float64{22, 8, 100}

// help writes the 「填写说明」 sheet: the general rules, then every ledger
// with its columns. Columns are listed one per row, so that the sheet is
// never mistaken for a ledger when the workbook is read back.
func (t *templateWriter) help() error {
	f, s := t.f, helpSheet
	for i, w := range helpWidths {
		if err := f.SetColWidth(s, columnLetter(i), columnLetter(i), w); err != nil {
			return err
		}
	}
	if err := t.printSetup(s); err != nil {
		return err
	}
	row := 1
	put := func(cells []string, style int) error {
		for i, v := range cells {
			cell := fmt.Sprintf("%s%d", columnLetter(i), row)
			if err := f.SetCellStr(s, cell, v); err != nil {
				return err
			}
			if err := f.SetCellStyle(s, cell, cell, style); err != nil {
				return err
			}
		}
		row++
		return nil
	}
	if err := put([]string{"政府信息公开工作台账填写说明"}, t.title); err != nil {
		return err
	}
	for _, r := range helpRules {
		if err := put([]string{r}, t.wrap); err != nil {
			return err
		}
		if err := f.MergeCell(s, fmt.Sprintf("A%d", row-1), fmt.Sprintf("C%d", row-1)); err != nil {
			return err
		}
		if err := f.SetRowHeight(s, row-1, textwidth.Height(r, 11, helpWidths[0]+helpWidths[1]+helpWidths[2])); err != nil {
			return err
		}
	}
	for _, k := range Kinds {
		row++
		if err := put([]string{"工作表「" + k.Label() + "」", "", k.Description()}, t.title); err != nil {
			return err
		}
		if err := f.SetCellStyle(s, fmt.Sprintf("C%d", row-1), fmt.Sprintf("C%d", row-1), t.titleWrap); err != nil {
			return err
		}
		if err := f.SetRowHeight(s, row-1, textwidth.Height(k.Description(), 14, helpWidths[2])); err != nil {
			return err
		}
		if err := put([]string{"列名", "必填", "填写要求"}, t.bold); err != nil {
			return err
		}
		for _, c := range Columns(k) {
			req := ""
			if c.Required {
				req = "是"
			}
			text := describeColumn(k, c)
			if err := put([]string{c.Label, req, text}, t.wrap); err != nil {
				return err
			}
			if err := f.SetRowHeight(s, row-1, textwidth.Height(text, 11, helpWidths[2])); err != nil {
				return err
			}
		}
	}
	return nil
}

// describeColumn says what a column takes, for 填写说明: its type, then
// its help. A list column's help says 「可填多个」 itself, with the
// separators, so its type name is left out rather than said twice.
func describeColumn(k Kind, c Column) string {
	var parts []string
	if c.Type != TypeList || !strings.Contains(c.Help, TypeList.String()) {
		parts = append(parts, c.Type.String())
	}
	if c.Help != "" {
		parts = append(parts, c.Help)
	}
	if c.Type == TypeChoice && (c.Help == "" || k == KindRequests && c.Key == "outcome") {
		parts = append(parts, "可选："+strings.Join(c.Values, "、"))
	}
	if len(c.Synonyms) > 0 {
		parts = append(parts, "表头也可写作："+strings.Join(c.Synonyms, "、"))
	}
	return strings.Join(parts, "。")
}
