package ledger

import "github.com/xxgk/xxgk/report"

// ledgerColumns holds the columns of every ledger of docs/ledgers.md, in template
// order. Synonyms are compared after normalising (see normHeader): width,
// spaces and a trailing * do not matter, and 「…时间」 matches 「…日期」.
var ledgerColumns = map[Kind][]Column{
	KindRequests: {
		{Key: "id", Label: "申请编号", Required: true, Synonyms: []string{"编号", "受理编号", "登记编号", "申请序号"},
			Help: "本单位内唯一，如 2025-001；同一编号再次导入即更新该申请"},
		{Key: "received", Label: "收到日期", Required: true, Type: TypeDate,
			Synonyms: []string{"受理日期", "申请日期", "收到申请日期", "接收日期"},
			Help:     "收到申请之日（当面提交之日、邮寄签收之日、网络申请双方确认之日）；台账只有“登记日期”一列时，该列即按收到日期读取"},
		{Key: "registered", Label: "登记日期", Type: TypeDate, standsFor: "received",
			Help: "选填。对申请进行登记的日期，与“收到日期”同时填写时用于自查登记是否及时（一般应在收到后2个工作日内登记）；只有本列而没有“收到日期”列时，本列按收到日期读取"},
		{Key: "applicant_type", Label: "申请人类型", Required: true, Type: TypeChoice, choices: applicantTypes,
			Synonyms: []string{"申请人类别", "申请主体类型", "申请人性质", "申请人情况"},
			Help:     "自然人，或法人或其他组织中的商业企业、科研机构、社会公益组织、法律服务机构、其他"},
		{Key: "applicant", Label: "申请人", Synonyms: []string{"申请人姓名", "申请人名称", "申请人姓名/名称", "申请人姓名或名称", "姓名/名称", "姓名"},
			Help: "个人信息，只留在本单位，不进入上报文件"},
		{Key: "contact", Label: "联系方式", Synonyms: []string{"联系电话", "电话", "手机号码"}, Help: "个人信息，只留在本单位"},
		{Key: "content", Label: "申请内容", Synonyms: []string{"申请事项", "申请公开内容", "申请信息内容", "所需信息", "申请公开的信息"},
			Help: "所申请信息的名称或内容描述"},
		{Key: "method", Label: "申请方式", Type: TypeChoice, choices: methods, Synonyms: []string{"申请形式", "提交方式", "申请渠道"},
			Help: "当面、邮寄、网络、传真或其他"},
		{Key: "correction_asked", Label: "补正告知日期", Type: TypeDate, Synonyms: []string{"补正通知日期", "告知补正日期"},
			Help: "申请内容不明确、告知申请人补正的日期（应在收到后7个工作日内）"},
		{Key: "correction_received", Label: "补正收到日期", Type: TypeDate, Synonyms: []string{"收到补正日期", "补正材料收到日期"},
			Help: "收到补正材料的日期，答复期限自此重新计算"},
		{Key: "extension", Label: "延期告知日期", Type: TypeDate, Synonyms: []string{"延期答复告知日期", "延期通知日期", "延期日期"},
			Help: "经负责人同意延期答复并告知申请人的日期（最多延长20个工作日）"},
		{Key: "consult_start", Label: "征求意见开始日期", Type: TypeDate, Synonyms: []string{"征求第三方意见日期", "征求意见日期"},
			Help: "书面征求第三方意见的日期，征求意见时间不计入答复期限"},
		{Key: "consult_end", Label: "征求意见结束日期", Type: TypeDate, Synonyms: []string{"征求意见完成日期", "第三方意见收到日期"},
			Help: "收到第三方意见或征求意见期满的日期"},
		{Key: "concluded", Label: "办结日期", Type: TypeDate, Synonyms: []string{"答复日期", "办理完成日期", "完成日期"},
			Help: "作出答复之日；尚在办理的留空"},
		{Key: "outcome", Label: "办理结果", Type: TypeChoice, choices: outcomes,
			Synonyms: []string{"处理结果", "答复结果", "答复类型", "办理结果类型", "答复情况", "处理情况"},
			Help:     "填了办结日期就必须填写；从下拉列表选择年度报告表三的结果（不带序号），申请人撤回的选“其他”"},
		{Key: "note", Label: "备注", Synonyms: []string{"说明"}},
	},
	KindPublications: {
		{Key: "index_no", Label: "索引号", Required: true, Synonyms: []string{"信息索引号", "索引编号"},
			Help: "本单位内唯一；同一索引号再次导入即更新该条信息"},
		{Key: "title", Label: "标题", Required: true, Synonyms: []string{"信息标题", "信息名称", "标题名称", "名称", "文件标题"}},
		{Key: "published", Label: "发布日期", Required: true, Type: TypeDate, Synonyms: []string{"公开日期", "上网日期"}},
		{Key: "category", Label: "类别", Required: true, Open: true, Values: report.DefaultCategories,
			Synonyms: []string{"信息类别", "公开类别", "主题分类", "信息分类", "分类", "目录类别", "公开目录"},
			Help:     "本单位主动公开目录中的类别，可从下拉列表选择"},
		{Key: "channels", Label: "发布渠道", Type: TypeList, Open: true, Values: report.Channels,
			Synonyms: []string{"公开渠道", "发布平台", "公开方式", "公开载体", "发布载体"},
			Help:     "可填多个，用顿号、逗号、分号或斜杠分隔，如「政府网站、政务新媒体」"},
		{Key: "department", Label: "发布机构", Synonyms: []string{"发布单位", "发布部门", "发布科室", "责任科室", "责任股室", "责任部门", "信息来源"},
			Help: "负责发布的股室、处室"},
		{Key: "doc_no", Label: "文号", Synonyms: []string{"发文字号", "发文文号", "文件编号"}, Help: "没有文号的留空"},
		{Key: "key_area", Label: "重点领域", Type: TypeBool, Values: yesNo, Synonyms: []string{"是否重点领域", "重点领域信息"},
			Help: "是否属于重点领域信息：是 / 否，留空视为否"},
		{Key: "from_request", Label: "依申请转主动", Type: TypeBool, Values: yesNo,
			Synonyms: []string{"是否依申请转主动", "依申请公开转主动公开"},
			Help:     "是否由依申请公开转为主动公开：是 / 否，留空视为否"},
		{Key: "formed", Label: "成文日期", Type: TypeDate, Synonyms: []string{"形成日期", "变更日期"},
			Help: "选填。信息形成或者变更之日（文件的成文日期）；《政府信息公开条例》第二十六条要求自形成或者变更之日起20个工作日内公开，自查据此检查是否及时"},
	},
	KindDocuments: {
		{Key: "doc_no", Label: "文号", Required: true, Synonyms: []string{"发文字号", "发文文号", "文件编号"}, Help: "本单位内唯一"},
		{Key: "title", Label: "名称", Required: true, Synonyms: []string{"文件名称", "标题", "文件标题"}},
		{Key: "kind", Label: "类型", Required: true, Type: TypeChoice, choices: docKinds, Synonyms: []string{"文件类型", "文件类别"},
			Help: "规章 或 行政规范性文件"},
		{Key: "issued", Label: "印发日期", Required: true, Type: TypeDate, Synonyms: []string{"成文日期", "发文日期", "印发时间"}},
		{Key: "repealed", Label: "废止日期", Type: TypeDate, Synonyms: []string{"宣布废止日期"},
			Help: "明令废止的日期；有效期届满自然失效的不填此列，填“有效期至”"},
		{Key: "valid_until", Label: "有效期至", Type: TypeDate, Synonyms: []string{"有效期截止日期", "有效期限至", "有效期截至"},
			Help: "文件规定有效期的，填有效期的最后一天；长期有效的留空"},
	},
	KindDecisions: {
		{Key: "id", Label: "决定编号", Required: true, Synonyms: []string{"编号", "决定书编号", "决定文号", "文书编号"}, Help: "本单位内唯一"},
		{Key: "kind", Label: "类型", Required: true, Type: TypeChoice, choices: decisionKinds, Synonyms: []string{"决定类型", "决定类别", "类别"},
			Help: "行政许可、行政处罚或行政强制"},
		{Key: "date", Label: "决定日期", Required: true, Type: TypeDate, Synonyms: []string{"作出日期", "决定作出日期", "日期"}},
	},
	KindFees: {
		{Key: "id", Label: "收费编号", Required: true, Synonyms: []string{"编号", "票据编号", "收费单号"}, Help: "本单位内唯一"},
		{Key: "date", Label: "收费日期", Required: true, Type: TypeDate, Synonyms: []string{"缴费日期", "收款日期", "日期"}},
		{Key: "amount", Label: "金额（元）", Required: true, Type: TypeAmount, Synonyms: []string{"金额", "收费金额", "收费金额（元）", "金额/元"},
			Help: "单位为元，最多两位小数"},
		{Key: "kind", Label: "类别", Type: TypeChoice, choices: feeKinds, Synonyms: []string{"收费类别", "收费类型", "类型"},
			Help: "行政事业性收费（留空即是，计入表二）或 信息处理费（写入第六部分）"},
		{Key: "item", Label: "项目", Synonyms: []string{"收费项目", "项目名称"}},
		{Key: "request_id", Label: "申请编号", Synonyms: []string{"关联申请编号"}, Help: "信息处理费对应的依申请公开申请编号"},
	},
	KindAppeals: {
		{Key: "case_no", Label: "案号", Required: true, Synonyms: []string{"案件编号", "编号"}, Help: "本单位内唯一"},
		{Key: "kind", Label: "类型", Required: true, Type: TypeChoice, choices: appealKinds, Synonyms: []string{"案件类型", "类别"},
			Help: "行政复议、未经复议直接起诉 或 复议后起诉"},
		{Key: "filed", Label: "立案日期", Required: true, Type: TypeDate, Synonyms: []string{"受理日期", "立案时间"}},
		{Key: "closed", Label: "结案日期", Type: TypeDate, Synonyms: []string{"审结日期", "办结日期"}, Help: "尚未审结的留空"},
		{Key: "result", Label: "结果", Type: TypeChoice, choices: appealResults, Synonyms: []string{"审理结果", "案件结果", "结案结果"},
			Help: "填了结案日期就必须填写：维持、纠正或其他"},
		{Key: "role", Label: "应诉身份", Type: TypeChoice, choices: appealRoles, Synonyms: []string{"本机关身份", "本单位身份", "身份"},
			Help: "本机关是被申请人或被告的留空；仅作为复议机关当共同被告的选“复议机关共同被告”（不计入表四）"},
	},
	KindTasks: {
		{Key: "id", Label: "任务编号", Required: true, Synonyms: []string{"编号"}, Help: "本单位内唯一，任务进展表用它关联任务"},
		{Key: "area", Label: "工作要点", Required: true, Synonyms: []string{"工作任务", "任务名称", "重点任务"}},
		{Key: "requirement", Label: "具体要求", Required: true, Synonyms: []string{"工作要求", "任务要求", "具体内容", "工作措施"}},
		{Key: "units", Label: "责任单位", Required: true, Type: TypeList,
			Synonyms: []string{"牵头单位", "责任部门", "责任科室", "责任股室", "承办单位"},
			Help:     "可填多个，用顿号、逗号或分号分隔"},
		{Key: "deadline", Label: "完成时限", Type: TypeDeadline, Synonyms: []string{"完成期限", "完成时间", "时限", "时间要求", "截止日期", "截止时间"},
			Help: "填日期，或“全年”“长期”（视为当年12月31日）"},
	},
	KindProgress: {
		{Key: "task_id", Label: "任务编号", Required: true, Synonyms: []string{"编号"}, Help: "工作任务表中的任务编号"},
		{Key: "date", Label: "日期", Required: true, Type: TypeDate, Synonyms: []string{"进展日期", "填报日期", "更新日期", "报送日期"}},
		{Key: "status", Label: "状态", Required: true, Type: TypeChoice, choices: statuses, Synonyms: []string{"进展状态", "完成状态", "任务状态"},
			Help: "未开始、推进中或已完成"},
		{Key: "note", Label: "进展情况", Synonyms: []string{"工作进展", "进展说明", "完成情况"}},
		{Key: "evidence", Label: "佐证索引号", Type: TypeList, indexNos: true, Synonyms: []string{"佐证材料索引号", "佐证材料", "佐证"},
			Help: "佐证材料的主动公开索引号，可填多个，用顿号、逗号或分号分隔（索引号中的斜杠不是分隔符）"},
	},
	KindCatalog: {
		{Key: "category", Label: "类别", Required: true, Values: report.DefaultCategories, Open: true,
			Synonyms: []string{"目录类别", "类别名称"},
			Help:     "本单位主动公开目录中的类别；目录中还没有的类别导入时追加到目录末尾，导入从不删除类别"},
		{Key: "limit", Label: "公开时限", Type: TypeLimit, Present: true, Values: []string{"每月", "每季度", "每年6月底前", "随时"}, Open: true,
			Synonyms: []string{"时限", "公开时限要求"},
			Help:     "该类别应多久公开一次：每月、每季度、每年N月底前（如 每年6月底前）或随时；留空表示不设时限（已设的时限被清除）。本列表头不能删除（据此识别目录工作表），内容可以留空。自查据此列出到期未公开的期间"},
	},
	KindQuotas: {
		{Key: "unit", Label: "单位", Required: true, Synonyms: []string{"报送单位", "责任单位", "部门", "科室", "股室"}},
		{Key: "month", Label: "月份", Required: true, Type: TypeMonth, Synonyms: []string{"年月", "月度"},
			Help: "如 2025-06 或 2025年6月"},
		{Key: "target", Label: "任务数", Required: true, Type: TypeCount, Synonyms: []string{"信息任务数", "报送任务数", "任务数量", "目标数"},
			Help: "当月应报送的信息条数"},
	},
}

func init() {
	// Choice columns offer their valid values in the template.
	for k, cols := range ledgerColumns {
		for i := range cols {
			if c := &ledgerColumns[k][i]; c.choices != nil {
				c.Values = c.choices.values()
			}
		}
	}
}
