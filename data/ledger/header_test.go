package ledger

import (
	"testing"
)

func TestNormHeader(t *testing.T) {
	tests := map[string]string{
		"收到日期":             "收到日期",
		" 收到日期 ":           "收到日期",
		"\u3000收到日期\u3000": "收到日期",
		"收到日期*":            "收到日期",
		"收到日期＊":            "收到日期",
		"*收到日期":            "收到日期",
		"收 到 日 期":          "收到日期",
		"收到日期\n(必填)":       "收到日期",
		"收到日期（必填）":         "收到日期",
		"收到日期：":            "收到日期",
		"金额（元）":            "金额(元)",
		"金额(元)*":           "金额(元)",
		"ＮＯ．":              "no.",
	}
	for in, want := range tests {
		if got := normHeader(in); got != want {
			t.Errorf("normHeader(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeaderSynonyms(t *testing.T) {
	tests := []struct {
		kind   Kind
		header string
		key    string
	}{
		{KindRequests, "登记日期", "registered"}, // read as received when alone: TestRegisteredStandsIn
		{KindRequests, "登记时间", "registered"},
		{KindPublications, "成文日期", "formed"},
		{KindPublications, "形成日期", "formed"},
		{KindPublications, "变更日期", "formed"},
		{KindDocuments, "成文日期", "issued"},
		{KindCatalog, "类别", "category"},
		{KindCatalog, "目录类别", "category"},
		{KindCatalog, "类别名称", "category"},
		{KindCatalog, "公开时限", "limit"},
		{KindCatalog, "时限", "limit"},
		{KindCatalog, "公开时限要求", "limit"},
		{KindRequests, "受理日期", "received"},
		{KindRequests, "答复日期", "concluded"},
		{KindRequests, "答复时间", "concluded"},
		{KindRequests, "办结时间", "concluded"},
		{KindRequests, "处理结果", "outcome"},
		{KindRequests, "答复结果", "outcome"},
		{KindRequests, "申请人姓名/名称", "applicant"},
		{KindRequests, "申请人姓名／名称", "applicant"},
		{KindRequests, "申请人姓名", "applicant"},
		{KindRequests, "联系电话", "contact"},
		{KindRequests, "收到日期 *", "received"},
		{KindPublications, "发布时间", "published"},
		{KindPublications, "公开日期", "published"},
		{KindPublications, "信息类别", "category"},
		{KindPublications, "公开类别", "category"},
		{KindPublications, "发布单位", "department"},
		{KindPublications, "责任科室", "department"},
		{KindPublications, "信息名称", "title"},
		{KindPublications, "是否重点领域", "key_area"},
		{KindDocuments, "成文日期", "issued"},
		{KindDocuments, "发文日期", "issued"},
		{KindDocuments, "文件名称", "title"},
		{KindDocuments, "发文字号", "doc_no"},
		{KindFees, "金额", "amount"},
		{KindFees, "金额(元)", "amount"},
		{KindFees, "金额（元）*", "amount"},
		{KindFees, "金额（元）", "amount"},
		{KindFees, "收费金额（元）", "amount"},
		{KindFees, "收费类别", "kind"},
		{KindAppeals, "案件类型", "kind"},
		{KindAppeals, "审结日期", "closed"},
		{KindAppeals, "应诉身份", "role"},
		{KindTasks, "牵头单位", "units"},
		{KindTasks, "完成时间", "deadline"},
		{KindProgress, "进展日期", "date"},
		{KindQuotas, "信息任务数", "target"},
		{KindQuotas, "年月", "month"},
	}
	for _, tt := range tests {
		i, ok := lookupHeader(tt.kind, normHeader(tt.header))
		if !ok || ledgerColumns[tt.kind][i].Key != tt.key {
			t.Errorf("%s: header %q → %v, %v; want %s", tt.kind.Label(), tt.header, i, ok, tt.key)
		}
	}
	if _, ok := lookupHeader(KindFees, normHeader("金额（万元）")); ok {
		t.Error("金额（万元） must not be read as 金额（元）")
	}
}

// TestNoHeaderCollisions checks that within a ledger no label or synonym
// names two columns.
func TestNoHeaderCollisions(t *testing.T) {
	for _, k := range Kinds {
		seen := map[string]string{}
		for _, c := range ledgerColumns[k] {
			for _, h := range append([]string{c.Label}, c.Synonyms...) {
				n := normHeader(h)
				if prev, ok := seen[n]; ok && prev != c.Key {
					t.Errorf("%s: %q names both %s and %s", k.Label(), h, prev, c.Key)
				}
				seen[n] = c.Key
				if ignoredHeaders[n] {
					t.Errorf("%s: %q is ignored", k.Label(), h)
				}
			}
		}
	}
}

func TestDetectHeader(t *testing.T) {
	tests := []struct {
		row  []string
		want Kind
	}{
		{[]string{"序号", "申请编号", "登记日期", "申请人类型", "办结日期", "办理结果"}, KindRequests},
		{[]string{"索引号*", "标题*", "发布日期*", "类别*", "文号"}, KindPublications},
		{[]string{"文号", "文件名称", "文件类型", "成文日期"}, KindDocuments},
		{[]string{"决定编号", "类型", "决定日期"}, KindDecisions},
		{[]string{"收费编号", "收费日期", "金额"}, KindFees},
		{[]string{"案号", "类型", "立案日期", "结案日期", "结果"}, KindAppeals},
		{[]string{"任务编号", "工作要点", "具体要求", "责任单位", "完成时限"}, KindTasks},
		{[]string{"任务编号", "日期", "状态", "进展情况"}, KindProgress},
		{[]string{"单位", "月份", "任务数"}, KindQuotas},
		// A publication header that also names 文号 and 名称 stays a publication.
		{[]string{"索引号", "名称", "文号", "发布日期", "类别", "类型"}, KindPublications},
		// With 成文日期 (a publication's, or a document's 印发日期).
		{[]string{"索引号", "标题", "发布日期", "类别", "文号", "成文日期"}, KindPublications},
		{[]string{"文号", "名称", "类型", "成文日期"}, KindDocuments},
		{[]string{"申请编号", "收到日期", "登记日期", "申请人类型"}, KindRequests},
		// The 目录, whatever the sheet is called.
		{[]string{"序号", "类别", "公开时限"}, KindCatalog},
		{[]string{"目录类别", "时限"}, KindCatalog},
		{[]string{"类别名称", "公开时限要求", "备注"}, KindCatalog},
	}
	for _, tt := range tests {
		lay, _ := detectHeader(tt.row)
		if lay == nil || lay.kind != tt.want {
			t.Errorf("detectHeader(%q) = %v, want %s", tt.row, lay, tt.want)
		}
	}
	for _, row := range [][]string{
		{"某某县教育局2025年依申请公开登记台账"},
		{"申请编号", "申请人类型"},
		{"", "", ""},
		nil,
		{"类别"}, // a 目录 needs its 公开时限 column
		{"类别", "数量"},
	} {
		if lay, _ := detectHeader(row); lay != nil {
			t.Errorf("detectHeader(%q) = %s, want none", row, lay.kind)
		}
	}
	_, near := detectHeader([]string{"申请编号", "收到日期", "申请人"})
	if near == nil || near.kind != KindRequests || len(near.missing()) != 1 || near.missing()[0] != "申请人类型" {
		t.Errorf("near miss = %+v", near)
	}
}

func TestTemplateHeadersAreRecognised(t *testing.T) {
	for _, k := range Kinds {
		var row []string
		for _, c := range Columns(k) {
			row = append(row, c.Header())
		}
		lay, _ := detectHeader(row)
		if lay == nil || lay.kind != k || lay.found() != len(row) || len(lay.unknown) != 0 {
			t.Errorf("%s: template header %q not recognised: %+v", k.Label(), row, lay)
		}
	}
}

// TestRegisteredStandsIn pins SPEC §8/§10: 「登记日期」 beside 「收到日期」
// (or a synonym of it) is the date registered; alone it is the date
// received, as before.
func TestRegisteredStandsIn(t *testing.T) {
	tests := []struct {
		row                  []string
		received, registered int // cell index, -1 absent
	}{
		{[]string{"申请编号", "登记日期", "申请人类型"}, 1, -1},
		{[]string{"申请编号", "收到日期", "登记日期", "申请人类型"}, 1, 2},
		{[]string{"申请编号", "登记日期", "受理日期", "申请人类型"}, 2, 1},
		{[]string{"申请编号", "收到日期", "申请人类型"}, 1, -1},
	}
	for _, tt := range tests {
		lay, _ := detectHeader(tt.row)
		if lay == nil || lay.kind != KindRequests {
			t.Fatalf("detectHeader(%q) = %+v", tt.row, lay)
		}
		rec, reg := colIndex[KindRequests]["received"], colIndex[KindRequests]["registered"]
		if lay.pos[rec] != tt.received || lay.pos[reg] != tt.registered {
			t.Errorf("%q: received at %d, registered at %d; want %d, %d", tt.row, lay.pos[rec], lay.pos[reg], tt.received, tt.registered)
		}
		if tt.registered < 0 && lay.headers[reg] != "" {
			t.Errorf("%q: registered header %q", tt.row, lay.headers[reg])
		}
	}
}
