package statfile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// variant is one way a published table prints a national label.
type labelVariant struct {
	name string
	of   func(label string) string
}

// variants change the label's first characters, which every label's key
// starts with (no label begins with a quote or a bracket).
var labelVariants = []labelVariant{
	{"dropped", func(l string) string { r := []rune(l); return string(r[:1]) + string(r[2:]) }},
	{"typo", func(l string) string { r := []rune(l); r[1] = '某'; return string(r) }},
	{"swapped", func(l string) string { r := []rune(l); r[0], r[1] = r[1], r[0]; return string(r) }},
}

// labelTarget is a national label of one table, and which table writes it.
type labelTarget struct {
	sheet string
	label string
	row   bool // a numbered row label of table 3 (not the column of the same name)
}

func labelTargets() []labelTarget {
	var out []labelTarget
	for _, b := range report.Table2Blocks {
		for _, r := range b.Rows {
			out = append(out, labelTarget{"表二", r.Label, false})
		}
	}
	for _, r := range report.Table3Rows {
		out = append(out, labelTarget{"表三", r.Label, true})
	}
	for _, c := range report.Table3Columns {
		out = append(out, labelTarget{"表三", c.Label, false})
	}
	for _, b := range report.Table4Blocks {
		out = append(out, labelTarget{"表四", b.Label, false})
	}
	for _, c := range report.Table4Columns {
		out = append(out, labelTarget{"表四", c.Label, false})
	}
	return out
}

// labelBook writes the national tables with printed in place of the
// target label (every time table target.sheet writes it).
func labelBook(t *testing.T, target labelTarget, printed string) *book {
	t.Helper()
	b := newBook(t, "表二", "表三", "表四")
	rep := sample()
	lay := func(sheet string) reporttest.Layout {
		l := reporttest.National()
		if sheet == target.sheet {
			l.Label = func(number, text string) string {
				if text == target.label && (number != "") == target.row {
					text = printed
				}
				return number + text
			}
		}
		return l
	}
	reporttest.WriteTable2(b.sheet("表二"), lay("表二"), 1, 1, rep.Table2)
	reporttest.WriteTable3(b.sheet("表三"), lay("表三"), 1, 1, rep.Table3)
	reporttest.WriteTable4(b.sheet("表四"), lay("表四"), 1, 1, rep.Table4)
	return b
}

func TestReadLabelVariants(t *testing.T) {
	for _, target := range labelTargets() {
		for _, v := range labelVariants {
			printed := v.of(target.label)
			t.Run(target.sheet+"/"+target.label+"/"+v.name, func(t *testing.T) {
				got := labelBook(t, target, printed).read("报表.xlsx")
				assertFigures(t, got.Report, sample())
				want := 1
				if target.sheet == "表四" && target.label != report.Table4Review && isColumn(target.label) {
					want = 3 // the five labels repeat under each of the three blocks
				}
				if len(got.Notes) != want {
					t.Fatalf("notes = %+v, want %d", got.Notes, want)
				}
				for _, n := range got.Notes {
					if !strings.HasPrefix(n.Where, "工作表「"+target.sheet+"」") || n.Rule != RuleLabel || n.Level != report.LevelNote ||
						!strings.Contains(n.Message, printed+"」") || !strings.Contains(n.Message, "按「"+target.label+"」读取") {
						t.Errorf("note = %+v, want one naming 「%s」 read as 「%s」", n, printed, target.label)
					}
				}
			})
		}
	}
}

func isColumn(label string) bool {
	for _, c := range report.Table4Columns {
		if c.Label == label {
			return true
		}
	}
	return false
}

func TestReadPublishedLabels(t *testing.T) {
	tests := []struct {
		target  labelTarget
		printed string
		note    report.Problem
	}{
		{labelTarget{"表二", report.Table2Blocks[0].Rows[1].Label, false}, "规范性文件", report.Problem{Level: report.LevelNote, Rule: RuleLabel,
			Where: "工作表「表二」A5", Message: "标签「规范性文件」与国家格式不完全一致，按「行政规范性文件」读取，请核对"}},
		{labelTarget{"表三", "其他法律行政法规禁止公开", true}, "其他法律行政止公开", report.Problem{Level: report.LevelNote, Rule: RuleLabel,
			Where: "工作表「表三」C10", Message: "标签「2.其他法律行政止公开」与国家格式不完全一致，按「其他法律行政法规禁止公开」读取，请核对"}},
		{labelTarget{"表三", "社会公益组织", false}, "社会公益组识", report.Problem{Level: report.LevelNote, Rule: RuleLabel,
			Where: "工作表「表三」G4", Message: "标签「社会公益组识」与国家格式不完全一致，按「社会公益组织」读取，请核对"}},
		{labelTarget{"表三", "法律服务机构", false}, "法律服务结构", report.Problem{Level: report.LevelNote, Rule: RuleLabel,
			Where: "工作表「表三」H4", Message: "标签「法律服务结构」与国家格式不完全一致，按「法律服务机构」读取，请核对"}},
	}
	for _, tt := range tests {
		t.Run(tt.printed, func(t *testing.T) {
			got := labelBook(t, tt.target, tt.printed).read("报表.xlsx")
			assertFigures(t, got.Report, sample())
			if len(got.Notes) != 1 || got.Notes[0] != tt.note {
				t.Errorf("notes = %+v, want [%+v]", got.Notes, tt.note)
			}
		})
	}
}

// TestReadLabelNumbering: the 序号 styles are read as before, without a note.
func TestReadLabelNumbering(t *testing.T) {
	for _, style := range []func(string) string{
		func(n string) string { return strings.NewReplacer(".", "、").Replace(n) },
		func(n string) string { return strings.NewReplacer(".", "．").Replace(n) },
		func(string) string { return "" },
	} {
		b := newBook(t, "表二", "表三", "表四")
		rep, lay := sample(), reporttest.National()
		lay.Label = func(number, text string) string { return style(number) + text }
		reporttest.WriteTable2(b.sheet("表二"), lay, 1, 1, rep.Table2)
		reporttest.WriteTable3(b.sheet("表三"), lay, 1, 1, rep.Table3)
		reporttest.WriteTable4(b.sheet("表四"), lay, 1, 1, rep.Table4)
		got := b.read("报表.xlsx")
		assertFigures(t, got.Report, rep)
		if len(got.Notes) != 0 {
			t.Errorf("notes = %+v, want none", got.Notes)
		}
	}
}

func TestReadLabelRefused(t *testing.T) {
	tests := []struct {
		name   string
		target labelTarget
		label  string
		want   string
	}{
		{"table 2 ambiguous", labelTarget{"表二", "行政许可", false}, "行政处可",
			"报表.xlsx 工作表「表二」A8：标签「行政处可」与「行政许可」「行政处罚」同样相近，无法确定是哪一个，请改为国家格式的标签\n" +
				"报表.xlsx 工作表「表二」：表二找不到这些项目或它们上方的表头：「行政许可」（表头「本年处理决定数量」），应按国家格式列出全部六项"},
		{"table 2 absent", labelTarget{"表二", "行政许可", false}, "行政审批",
			"报表.xlsx 工作表「表二」A8：标签「行政审批」与国家格式的标签都不相近，应为「行政许可」\n" +
				"报表.xlsx 工作表「表二」：表二找不到这些项目或它们上方的表头：「行政许可」（表头「本年处理决定数量」），应按国家格式列出全部六项"},
		{"table 3 absent", labelTarget{"表三", "重复申请", true}, "多次来函",
			"报表.xlsx 工作表「表三」C21：标签「2.多次来函」与国家格式的标签都不相近，应为「（五）不予处理 2.重复申请」\n" +
				"报表.xlsx 工作表「表三」：表三缺少行「（五）不予处理 2.重复申请」，应按国家格式列出全部25行（编号、标点可以不同）"},
		{"table 3 column absent", labelTarget{"表三", "科研机构", false}, "科研院所",
			"报表.xlsx 工作表「表三」F4：标签「科研院所」与国家格式的标签都不相近，应为「科研机构」\n" +
				"报表.xlsx 工作表「表三」：表三缺少列「科研机构」，应在「申请人情况」下按国家格式写明这些列"},
		{"table 3 column ambiguous", labelTarget{"表三", "总计", false}, "其计",
			"报表.xlsx 工作表「表三」J3：标签「其计」与「其他」「总计」同样相近，无法确定是哪一个，请改为国家格式的标签\n" +
				"报表.xlsx 工作表「表三」：表三缺少列「总计」，应在「申请人情况」下按国家格式写明这些列"},
		{"table 4 ambiguous", labelTarget{"表四", "结果维持", false}, "结果纠持",
			"报表.xlsx 工作表「表四」A3：标签「结果纠持」与「结果维持」「结果纠正」同样相近，无法确定是哪一个，请改为国家格式的标签\n" +
				"报表.xlsx 工作表「表四」F4：标签「结果纠持」与「结果维持」「结果纠正」同样相近，无法确定是哪一个，请改为国家格式的标签\n" +
				"报表.xlsx 工作表「表四」K4：标签「结果纠持」与「结果维持」「结果纠正」同样相近，无法确定是哪一个，请改为国家格式的标签\n" +
				"报表.xlsx 工作表「表四」：表四缺少「行政复议」下的「结果维持」"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := labelBook(t, tt.target, tt.label)
			_, err := Read(bytes.NewReader(b.bytes()), "报表.xlsx")
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
		})
	}
}
