package report

import (
	"reflect"
	"testing"
)

func TestPublications(t *testing.T) {
	m := &mem{cats: []string{"政策文件", "招生考试", "其他"}, pubs: []Publication{
		{IndexNo: "1", Published: d("2025-01-01"), Category: "政策文件", Channels: []string{"政府网站", "微信公众号", "微博"}, Department: "办公室", KeyArea: true},
		{IndexNo: "2", Published: d("2025-12-31"), Category: "招生考试", Channels: []string{"门户网站"}, Department: "办公室", FromRequest: true},
		{IndexNo: "3", Published: d("2025-03-15"), Category: "工作动态", Channels: []string{"政务公开栏", "新闻发布会", "抖音"}},
		{IndexNo: "4", Published: d("2025-03-16"), Category: "工作动态", Channels: []string{"电子显示屏"}, Department: "基础教育股"},
		{IndexNo: "5", Published: d("2024-12-31"), Category: "政策文件", Channels: []string{"政府网站"}},
		{IndexNo: "6", Published: d("2026-01-01"), Category: "政策文件", Channels: []string{"政府网站"}},
		{IndexNo: "7", Published: d("2025-05-01"), Category: "招生考试", Department: "基础教育股", KeyArea: true},
	}}
	rep, _ := annual(m, 2025)
	p := rep.Publications
	if p.Total != 5 || p.KeyArea != 2 || p.FromRequests != 1 {
		t.Errorf("total/key/from = %d/%d/%d, want 5/2/1", p.Total, p.KeyArea, p.FromRequests)
	}
	wantCat := []NamedCount{{"政策文件", 1}, {"招生考试", 2}, {"其他", 0}, {"工作动态", 2}}
	if !reflect.DeepEqual(p.ByCategory, wantCat) {
		t.Errorf("by category = %v, want %v", p.ByCategory, wantCat)
	}
	wantDept := []NamedCount{{"办公室", 2}, {"基础教育股", 2}, {NoDepartment, 1}}
	if !reflect.DeepEqual(p.ByDepartment, wantDept) {
		t.Errorf("by department = %v, want %v", p.ByDepartment, wantDept)
	}
	wantCh := []NamedCount{{"政府网站", 2}, {"政务新媒体", 2}, {"政务公开栏", 1}, {"新闻发布会", 1}, {"其他", 1}}
	if !reflect.DeepEqual(p.ByChannel, wantCh) {
		t.Errorf("by channel = %v, want %v", p.ByChannel, wantCh)
	}
	if p.ByMonth != [12]int{1, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 1} {
		t.Errorf("by month = %v", p.ByMonth)
	}
	if p.CategoryMonth[1] != [12]int{0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1} || p.CategoryMonth[3][2] != 2 {
		t.Errorf("category × month = %v", p.CategoryMonth)
	}
}

func TestNormalizeChannel(t *testing.T) {
	for in, want := range map[string]string{
		"政府网站": "政府网站", "门户网站": "政府网站", "微信公众号": "政务新媒体", "微博": "政务新媒体",
		"客户端": "政务新媒体", "政务新媒体": "政务新媒体", "政务公开栏": "政务公开栏", "新闻发布会": "新闻发布会",
		"报纸": "其他", "": "",
	} {
		if got := NormalizeChannel(in); got != want {
			t.Errorf("NormalizeChannel(%q) = %q, want %q", in, got, want)
		}
	}
}
