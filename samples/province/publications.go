package province

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// PublicationHeader is the header row of the 主动公开 ledger (docs/ledgers.md).
var PublicationHeader = []string{"索引号", "标题", "发布日期", "类别", "发布渠道", "发布机构", "文号", "重点领域", "依申请转主动"}

var (
	pubChannels    = []string{"政府网站", "微信公众号", "政务新媒体", "政务公开栏", "新闻发布会"}
	pubDepartments = []string{"办公室", "基础教育处", "人事处", "财务处", "督导室", "职业教育处", "体卫艺处", "安全管理处", "政策法规处", "考试院"}
	pubSubjects    = []string{
		"中小学招生入学工作", "教师资格认定", "学生资助资金分配", "校园安全专项检查", "义务教育质量监测",
		"民办学校年度检查", "教育经费统计", "特殊教育随班就读", "职业院校技能大赛", "学前教育普惠发展",
		"教育督导评估", "教师招聘考试", "学校食堂管理", "校外培训治理", "建议提案办理",
	}
	pubForms = []string{"关于%s的通知", "关于印发%s实施方案的通知", "%s情况公示", "%s工作动态", "关于%s的政策解读"}
)

// yearDates returns every day of year y as the ledger writes it.
func yearDates(y int) []string {
	var out []string
	for d := report.YearStart(y); d.Year() == y; d = d.AddDays(1) {
		out = append(out, d.String())
	}
	return out
}

// publicationRow draws row i of the publications ledger.
func publicationRow(r *rand.Rand, y int, dates []string, i int) []string {
	cat := report.DefaultCategories[r.IntN(len(report.DefaultCategories))]
	subject := pubSubjects[r.IntN(len(pubSubjects))]
	title := fmt.Sprintf(pubForms[r.IntN(len(pubForms))], subject)
	channels := make([]string, 0, 3)
	first := r.IntN(len(pubChannels))
	for k := 0; k < 1+r.IntN(3); k++ {
		channels = append(channels, pubChannels[(first+k)%len(pubChannels)])
	}
	docNo := ""
	if r.IntN(5) == 0 {
		docNo = fmt.Sprintf("示教发〔%d〕%d号", y, 1+r.IntN(300))
	}
	return []string{
		fmt.Sprintf("%s/%d-%07d", OwnCode, y, i+1),
		title,
		dates[r.IntN(len(dates))],
		cat,
		strings.Join(channels, "、"),
		pubDepartments[r.IntN(len(pubDepartments))],
		docNo,
		yesNo(r.IntN(4) == 0),
		yesNo(r.IntN(50) == 0),
	}
}

// yesNo writes a flag as the ledger writes it.
func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// WritePublications writes the 主动公开 ledger of opt.Publications rows as
// UTF-8 CSV and returns the number of rows written.
func WritePublications(ctx context.Context, w io.Writer, opt Options) (int, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := csv.NewWriter(bw)
	if err := cw.Write(PublicationHeader); err != nil {
		return 0, err
	}
	r := rng(opt.Seed, streamPublications)
	dates := yearDates(opt.Year)
	for i := 0; i < opt.Publications; i++ {
		if i%10000 == 0 && ctx.Err() != nil {
			return i, ctx.Err()
		}
		if err := cw.Write(publicationRow(r, opt.Year, dates, i)); err != nil {
			return i, err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return opt.Publications, err
	}
	return opt.Publications, bw.Flush()
}
