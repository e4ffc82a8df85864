package samples

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The figures the 2025 annual report must show for the sample unit,
// computed here from Data by the rules of docs/counting.md without any other
// package of the project. README.md repeats them; keep the two in step.

// Table 3 columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
var wantTable3 = map[string][7]int{
	"new":                        {26, 3, 1, 2, 4, 0, 36},
	"carried_in":                 {2, 1, 0, 0, 1, 0, 4},
	"granted":                    {9, 1, 1, 2, 3, 0, 16},
	"partial":                    {3, 2, 0, 0, 0, 0, 5},
	"withheld.third_party":       {0, 1, 0, 0, 0, 0, 1},
	"withheld.internal":          {1, 0, 0, 0, 0, 0, 1},
	"withheld.process":           {2, 0, 0, 0, 0, 0, 2},
	"withheld.query":             {1, 0, 0, 0, 0, 0, 1},
	"unavailable.not_held":       {2, 0, 0, 0, 1, 0, 3},
	"unavailable.needs_creation": {1, 0, 0, 0, 0, 0, 1},
	"rejected.petition":          {2, 0, 0, 0, 0, 0, 2},
	"rejected.duplicate":         {1, 0, 0, 0, 0, 0, 1},
	"rejected.publication":       {1, 0, 0, 0, 0, 0, 1},
	"other.no_correction":        {1, 0, 0, 0, 0, 0, 1},
	"other.other":                {1, 0, 0, 0, 0, 0, 1},
	"result_total":               {25, 4, 1, 2, 4, 0, 36},
	"carried_out":                {3, 0, 0, 0, 1, 0, 4},
}

// Table 2 and section 六.
const (
	wantIssued, wantRepealed, wantInForce = 4, 2, 10
	wantLicensing, wantPenalty            = 40, 1
	wantFeeWan                            = "0.27" // 2650.00 元: 0.265 万元, rounded half up
	wantProcessingFees, wantProcessingFen = 1, 170000
)

// Table 4: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
var wantTable4 = map[string][5]int{
	"review":                  {1, 0, 0, 0, 1},
	"litigation_direct":       {0, 0, 0, 1, 1},
	"litigation_after_review": {0, 0, 0, 0, 0},
}

// Publication statistics (docs/figures.md §1 "publications").
var wantPubs = struct {
	Total, KeyArea, FromRequests int
	ByMonth                      [12]int
	ByChannel                    map[string]int
	ByCategory, ByDepartment     map[string]int
}{
	Total: 300, KeyArea: 77, FromRequests: 2,
	ByMonth:   [12]int{26, 15, 28, 27, 26, 28, 25, 24, 28, 22, 25, 26},
	ByChannel: map[string]int{"政府网站": 295, "政务新媒体": 178, "政务公开栏": 27, "新闻发布会": 3},
	ByCategory: map[string]int{
		"机构概况": 2, "政策文件": 4, "政策解读": 5, "规划计划": 4, "人事信息": 12, "财政信息（预决算、收费）": 11,
		"招生考试": 16, "学生资助": 14, "教育督导": 6, "民办教育": 12, "义务教育": 16, "学前教育": 7, "特殊教育": 5,
		"职业教育": 5, "教师招聘": 4, "行政许可": 12, "行政处罚": 1, "应急管理": 6, "建议提案办理": 3, "工作动态": 149, "其他": 6,
	},
	ByDepartment: map[string]int{
		"办公室": 75, "基础教育股": 64, "人事股": 26, "计财股": 17,
		"学生资助管理中心": 32, "教育督导室": 20, "招生考试中心": 24, "职成教股": 42,
	},
}

var outcomeCodes = map[string]string{
	"予以公开": "granted", "部分公开": "partial",
	"属于国家秘密": "withheld.state_secret", "其他法律行政法规禁止公开": "withheld.law_prohibited",
	"危及“三安全一稳定”": "withheld.three_safeties", "保护第三方合法权益": "withheld.third_party",
	"属于三类内部事务信息": "withheld.internal", "属于四类过程性信息": "withheld.process",
	"属于行政执法案卷": "withheld.enforcement_file", "属于行政查询事项": "withheld.query",
	"本机关不掌握相关政府信息": "unavailable.not_held", "没有现成信息需要另行制作": "unavailable.needs_creation",
	"补正后申请内容仍不明确": "unavailable.still_unclear",
	"信访举报投诉类申请":   "rejected.petition", "重复申请": "rejected.duplicate", "要求提供公开出版物": "rejected.publication",
	"无正当理由大量反复申请": "rejected.excessive", "要求行政机关确认或重新出具已获取信息": "rejected.confirmation",
	"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请":     "other.no_correction",
	"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "other.fee_unpaid",
	"其他": "other.other",
}

var applicantCols = []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}

func TestTable3Figures(t *testing.T) {
	start, end := time.Date(Year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(Year, 12, 31, 0, 0, 0, 0, time.UTC)
	got := map[string][7]int{}
	add := func(row string, col int) {
		v := got[row]
		v[col]++
		v[6]++
		got[row] = v
	}
	for _, r := range Data().Requests {
		col := indexOf(applicantCols, r.Applicant)
		if col < 0 {
			t.Fatalf("%s: applicant type %q", r.ID, r.Applicant)
		}
		open := r.Concluded.IsZero()
		if !r.Received.Before(start) && !r.Received.After(end) {
			add("new", col)
		}
		if r.Received.Before(start) && (open || !r.Concluded.Before(start)) {
			add("carried_in", col)
		}
		if !open && r.Concluded.Year() == Year {
			code, ok := outcomeCodes[r.Outcome]
			if !ok {
				t.Fatalf("%s: outcome %q is no statutory label", r.ID, r.Outcome)
			}
			add(code, col)
			add("result_total", col)
		}
		if !r.Received.After(end) && (open || r.Concluded.After(end)) {
			add("carried_out", col)
		}
	}
	if !reflect.DeepEqual(got, wantTable3) {
		t.Errorf("table 3 =\n%v\nwant\n%v", got, wantTable3)
	}
	for c := 0; c < 7; c++ {
		if got["new"][c]+got["carried_in"][c] != got["result_total"][c]+got["carried_out"][c] {
			t.Errorf("column %d breaks new + carried_in = result_total + carried_out", c)
		}
	}
}

func TestTable2Figures(t *testing.T) {
	d := Data()
	end := time.Date(Year, 12, 31, 0, 0, 0, 0, time.UTC)
	issued, repealed, inForce := 0, 0, 0
	for _, x := range d.Documents {
		if x.Kind != "行政规范性文件" {
			t.Errorf("%s: kind %q (a county bureau makes no 规章)", x.DocNo, x.Kind)
		}
		if x.Issued.Year() == Year {
			issued++
		}
		if !x.Repealed.IsZero() && x.Repealed.Year() == Year {
			repealed++
		}
		if !x.Issued.After(end) && (x.Repealed.IsZero() || x.Repealed.After(end)) &&
			(x.ValidUntil.IsZero() || x.ValidUntil.After(end)) {
			inForce++
		}
	}
	kinds := map[string]int{}
	for _, x := range d.Decisions {
		if x.Date.Year() == Year {
			kinds[x.Kind]++
		}
	}
	var adminFen, procFen int64
	procN := 0
	for _, f := range d.Fees {
		switch {
		case f.Date.Year() != Year:
		case f.Kind == "行政事业性收费":
			adminFen += f.AmountFen
		case f.Kind == "信息处理费":
			procN++
			procFen += f.AmountFen
		}
	}
	got := fmt.Sprint(issued, repealed, inForce, kinds["行政许可"], kinds["行政处罚"], kinds["行政强制"], wanHalfUp(adminFen), procN, procFen)
	want := fmt.Sprint(wantIssued, wantRepealed, wantInForce, wantLicensing, wantPenalty, 0, wantFeeWan, wantProcessingFees, int64(wantProcessingFen))
	if got != want {
		t.Errorf("table 2 and 六 = %s, want %s", got, want)
	}
}

// wanHalfUp shows an amount in 分 as 万元 with two decimals, half up.
func wanHalfUp(fen int64) string {
	q := (fen + 5000) / 10000
	return fmt.Sprintf("%d.%02d", q/100, q%100)
}

func TestTable4Figures(t *testing.T) {
	got := map[string][5]int{"review": {}, "litigation_direct": {}, "litigation_after_review": {}}
	blocks := map[string]string{"行政复议": "review", "未经复议直接起诉": "litigation_direct", "复议后起诉": "litigation_after_review"}
	results := map[string]int{"维持": 0, "纠正": 1, "其他": 2}
	for _, a := range Data().Appeals {
		if a.Filed.Year() != Year || (a.Role != "被申请人" && a.Role != "被告") {
			continue
		}
		v := got[blocks[a.Kind]]
		if a.Closed.IsZero() || a.Closed.Year() > Year {
			v[3]++
		} else {
			v[results[a.Result]]++
		}
		v[4]++
		got[blocks[a.Kind]] = v
	}
	if !reflect.DeepEqual(got, wantTable4) {
		t.Errorf("table 4 = %v, want %v", got, wantTable4)
	}
}

func TestPublicationFigures(t *testing.T) {
	var months [12]int
	key, fromReq := 0, 0
	channels, cats, depts := map[string]int{}, map[string]int{}, map[string]int{}
	for _, p := range Data().Publications {
		cats[p.Category]++
		depts[p.Department]++
		months[p.Published.Month()-1]++
		if p.KeyArea {
			key++
		}
		if p.FromRequest {
			fromReq++
		}
		for _, c := range strings.Split(p.Channels, "、") {
			if c == "微信公众号" {
				c = "政务新媒体"
			}
			channels[c]++
		}
	}
	got := wantPubs
	got.Total, got.KeyArea, got.FromRequests, got.ByMonth, got.ByChannel = len(Data().Publications), key, fromReq, months, channels
	got.ByCategory, got.ByDepartment = cats, depts
	if !reflect.DeepEqual(got, wantPubs) {
		t.Errorf("publications = %+v, want %+v", got, wantPubs)
	}
}

// indexOf returns the position of s in list, or -1.
func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// readmeRows names each row of wantTable3 as README.md labels it.
var readmeRows = map[string]string{
	"new": "一、本年新收", "carried_in": "二、上年结转", "granted": "（一）予以公开", "partial": "（二）部分公开",
	"withheld.third_party": "（三）4.保护第三方合法权益", "withheld.internal": "（三）5.属于三类内部事务信息",
	"withheld.process": "（三）6.属于四类过程性信息", "withheld.query": "（三）8.属于行政查询事项",
	"unavailable.not_held": "（四）1.本机关不掌握相关政府信息", "unavailable.needs_creation": "（四）2.没有现成信息需要另行制作",
	"rejected.petition": "（五）1.信访举报投诉类申请", "rejected.duplicate": "（五）2.重复申请",
	"rejected.publication": "（五）3.要求提供公开出版物", "other.no_correction": "（六）1.逾期不补正",
	"other.other": "（六）3.其他（申请人撤回）", "result_total": "（七）总计", "carried_out": "四、结转下年度继续办理",
}

// TestReadmeFigures checks that README.md shows the figures of this file.
func TestReadmeFigures(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	join := func(sep string, n []int) string {
		s := make([]string, len(n))
		for i, v := range n {
			s[i] = fmt.Sprint(v)
		}
		return strings.Join(s, sep)
	}
	var want []string
	for code, v := range wantTable3 {
		want = append(want, "| "+readmeRows[code]+" | "+join(" | ", v[:])+" |")
	}
	want = append(want,
		fmt.Sprintf("| 行政规范性文件 | %d | %d | %d |", wantIssued, wantRepealed, wantInForce),
		fmt.Sprintf("行政许可 %d；行政处罚 %d；行政强制 0；行政事业性收费 %s 万元", wantLicensing, wantPenalty, wantFeeWan),
		fmt.Sprintf("发出信息处理费收费通知 %d 件，收取 %d.%02d 元", wantProcessingFees, wantProcessingFen/100, wantProcessingFen%100),
		fmt.Sprintf("共 %d 条，重点领域 %d 条，依申请转主动 %d 条", wantPubs.Total, wantPubs.KeyArea, wantPubs.FromRequests),
		"按月（1—12 月）："+join("、", wantPubs.ByMonth[:]),
		fmt.Sprintf("政府网站 %d，政务新媒体（微信公众号）%d，政务公开栏 %d，新闻发布会 %d", wantPubs.ByChannel["政府网站"],
			wantPubs.ByChannel["政务新媒体"], wantPubs.ByChannel["政务公开栏"], wantPubs.ByChannel["新闻发布会"]),
	)
	for c, n := range wantPubs.ByCategory {
		want = append(want, fmt.Sprintf("%s %d", c, n))
	}
	for dep, n := range wantPubs.ByDepartment {
		want = append(want, fmt.Sprintf("%s %d", dep, n))
	}
	for _, w := range want {
		if !strings.Contains(readme, w) {
			t.Errorf("README.md lacks %q", w)
		}
	}
}
