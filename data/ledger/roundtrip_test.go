package ledger

import (
	"time"

	"github.com/xxgk/xxgk/report"
)

// The rows the round-trip test types into a template (column key → cell
// value, as a clerk or Excel would leave it) and what must come back.

var roundTripRows = map[Kind][]map[string]any{
	KindRequests: {
		{"id": "2025-001", "received": time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), "applicant_type": "自然人",
			"applicant": "张三", "contact": "13800000000", "content": "某校2025年招生计划", "method": "网络",
			"correction_asked": "2025/3/7", "correction_received": "2025年3月10日", "extension": 20250401,
			"consult_start": "2025.3.12", "consult_end": "2025-03-20",
			"concluded": time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC), "outcome": "部分公开", "note": "已电话告知"},
		{"id": 2025002, "received": "2025-12-30", "registered": "2026/1/4", "applicant_type": "法人或其他组织-商业企业", "method": "当面"},
		{"id": "2025-003", "received": "2025-06-01", "applicant_type": "法律服务机构", "concluded": "2025-06-10",
			"outcome": "其他处理-其他", "method": "邮寄"},
		{"id": "2025-004", "received": "2025-06-02", "applicant_type": "其他", "concluded": "2025-06-03",
			"outcome": "撤回"},
	},
	KindPublications: {
		{"index_no": "000014349/2025-00001", "title": "关于做好2025年义务教育招生工作的通知", "published": "2025-03-05",
			"category": "招生考试", "channels": "政府网站、政务新媒体", "department": "基础教育股",
			"doc_no": "某教〔2025〕1号", "key_area": "是", "from_request": "否"},
		{"index_no": "000014349/2025-00002", "title": "工作动态", "published": 45722, "category": "工作动态",
			"key_area": true, "from_request": "Y", "formed": time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC)},
	},
	KindDocuments: {
		{"doc_no": "某教规〔2024〕1号", "title": "学生资助管理办法", "kind": "行政规范性文件", "issued": "2024-05-01",
			"repealed": "2025-09-30", "valid_until": "2029-04-30"},
		{"doc_no": "某政令第1号", "title": "教育督导规定", "kind": "规章", "issued": time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)},
	},
	KindDecisions: {
		{"id": "许2025-01", "kind": "行政许可", "date": "2025-02-03"},
		{"id": "罚2025-01", "kind": "行政处罚", "date": "2025/11/30"},
	},
	KindFees: {
		{"id": "F-001", "date": "2025-03-05", "amount": 1234.56, "kind": "行政事业性收费", "item": "教师资格认定",
			"request_id": ""},
		{"id": "F-002", "date": "2025-04-01", "amount": "300", "kind": "信息处理费", "item": "信息处理费",
			"request_id": "2025-001"},
	},
	KindAppeals: {
		{"case_no": "（2025）某复字第1号", "kind": "行政复议", "filed": "2025-05-01", "closed": "2025-07-01",
			"result": "维持", "role": "被申请人"},
		{"case_no": "（2025）某行初字第2号", "kind": "复议后起诉", "filed": "2025-08-01",
			"role": "复议机关共同被告"},
	},
	KindTasks: {
		{"id": "T1", "area": "深化重点领域信息公开", "requirement": "按月公开招生、资助信息",
			"units": "基础教育股、学生资助中心", "deadline": "全年"},
		{"id": "T2", "area": "年度报告", "requirement": "1月31日前发布年度报告", "units": "办公室",
			"deadline": "2025-01-31"},
	},
	KindProgress: {
		{"task_id": "T1", "date": "2025-06-30", "status": "推进中", "note": "已公开招生信息12条",
			"evidence": "000014349/2025-00001；000014349/2025-00002"},
		{"task_id": "T2", "date": "2025-01-20", "status": "已完成"},
	},
	KindQuotas: {
		{"unit": "办公室", "month": "2025-06", "target": 12},
		{"unit": "基础教育股", "month": "2025年7月", "target": "8"},
	},
	KindCatalog: {
		{"category": "招生考试", "limit": "每季"},
		{"category": "财务信息", "limit": "每年六月前"},
		{"category": "工作动态"},
	},
}

func origin(k Kind, row int) report.Origin {
	return report.Origin{File: "台账.xlsx", Sheet: k.Label(), Row: row}
}

var roundTripWant = map[Kind]any{
	KindRequests: []report.Request{
		{ID: "2025-001", Received: day(2025, 3, 5), Applicant: report.ApplicantNatural, ApplicantName: "张三",
			Contact: "13800000000", Content: "某校2025年招生计划", Method: "网络",
			CorrectionAsked: day(2025, 3, 7), CorrectionReceived: day(2025, 3, 10), ExtensionNotified: day(2025, 4, 1),
			ConsultStart: day(2025, 3, 12), ConsultEnd: day(2025, 3, 20), Concluded: day(2025, 4, 20),
			Outcome: "partial", Note: "已电话告知", Origin: origin(KindRequests, 2)},
		{ID: "2025002", Received: day(2025, 12, 30), Registered: day(2026, 1, 4), Applicant: report.ApplicantCommercial,
			Method: "当面", Origin: origin(KindRequests, 3)},
		{ID: "2025-003", Received: day(2025, 6, 1), Applicant: report.ApplicantLegal, Method: "邮寄",
			Concluded: day(2025, 6, 10), Outcome: "other.other", Origin: origin(KindRequests, 4)},
		{ID: "2025-004", Received: day(2025, 6, 2), Applicant: report.ApplicantOtherOrg,
			Concluded: day(2025, 6, 3), Outcome: "other.other", Origin: origin(KindRequests, 5)},
	},
	KindPublications: []report.Publication{
		{IndexNo: "000014349/2025-00001", Title: "关于做好2025年义务教育招生工作的通知", DocNo: "某教〔2025〕1号",
			Published: day(2025, 3, 5), Category: "招生考试", Channels: []string{"政府网站", "政务新媒体"},
			Department: "基础教育股", KeyArea: true, Origin: origin(KindPublications, 2)},
		{IndexNo: "000014349/2025-00002", Title: "工作动态", Published: day(2025, 3, 6), Category: "工作动态",
			KeyArea: true, FromRequest: true, Formed: day(2025, 2, 20), Origin: origin(KindPublications, 3)},
	},
	KindDocuments: []report.Document{
		{DocNo: "某教规〔2024〕1号", Title: "学生资助管理办法", Kind: report.DocNormative, Issued: day(2024, 5, 1),
			Repealed: day(2025, 9, 30), ValidUntil: day(2029, 4, 30), Origin: origin(KindDocuments, 2)},
		{DocNo: "某政令第1号", Title: "教育督导规定", Kind: report.DocRule, Issued: day(2020, 1, 2),
			Origin: origin(KindDocuments, 3)},
	},
	KindDecisions: []report.Decision{
		{ID: "许2025-01", Kind: report.DecisionLicensing, Date: day(2025, 2, 3), Origin: origin(KindDecisions, 2)},
		{ID: "罚2025-01", Kind: report.DecisionPenalty, Date: day(2025, 11, 30), Origin: origin(KindDecisions, 3)},
	},
	KindFees: []report.Fee{
		{ID: "F-001", Date: day(2025, 3, 5), AmountFen: 123456, Kind: report.FeeAdministrative,
			Item: "教师资格认定", Origin: origin(KindFees, 2)},
		{ID: "F-002", Date: day(2025, 4, 1), AmountFen: 30000, Kind: report.FeeProcessing,
			Item: "信息处理费", RequestID: "2025-001", Origin: origin(KindFees, 3)},
	},
	KindAppeals: []report.Appeal{
		{CaseNo: "（2025）某复字第1号", Kind: report.AppealReview, Filed: day(2025, 5, 1), Closed: day(2025, 7, 1),
			Result: report.AppealUpheld, Role: report.RoleRespondent, Origin: origin(KindAppeals, 2)},
		{CaseNo: "（2025）某行初字第2号", Kind: report.AppealAfterReview, Filed: day(2025, 8, 1),
			Role: report.RoleReviewOrgan, Origin: origin(KindAppeals, 3)},
	},
	KindTasks: []report.Task{
		{ID: "T1", Area: "深化重点领域信息公开", Requirement: "按月公开招生、资助信息",
			Units: []string{"基础教育股", "学生资助中心"}, WholeYear: true, Origin: origin(KindTasks, 2)},
		{ID: "T2", Area: "年度报告", Requirement: "1月31日前发布年度报告", Units: []string{"办公室"},
			Deadline: day(2025, 1, 31), Origin: origin(KindTasks, 3)},
	},
	KindProgress: []report.Progress{
		{TaskID: "T1", Date: day(2025, 6, 30), Status: report.TaskInProgress, Note: "已公开招生信息12条",
			Evidence: []string{"000014349/2025-00001", "000014349/2025-00002"}, Origin: origin(KindProgress, 2)},
		{TaskID: "T2", Date: day(2025, 1, 20), Status: report.TaskDone, Origin: origin(KindProgress, 3)},
	},
	KindQuotas: []report.Quota{
		{Unit: "办公室", Year: 2025, Month: time.June, Target: 12, Origin: origin(KindQuotas, 2)},
		{Unit: "基础教育股", Year: 2025, Month: time.July, Target: 8, Origin: origin(KindQuotas, 3)},
	},
	KindCatalog: []report.CatalogEntry{
		{Name: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitQuarterly}},
		{Name: "财务信息", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}},
		{Name: "工作动态"},
	},
}
