package report

import "strings"

// NormalizeChannel maps a channel as a clerk wrote it to one of the five
// channels of docs/counting.md §4: 「微信公众号」「微博」「客户端」 count as 政务新媒体.
func NormalizeChannel(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return ""
	case containsAny(s, "新媒体", "微信", "公众号", "微博", "客户端", "APP", "App", "app", "抖音", "视频号", "头条"):
		return "政务新媒体"
	case containsAny(s, "网站", "门户", "网页", "信息公开平台"):
		return "政府网站"
	case containsAny(s, "公开栏", "公告栏", "公示栏", "宣传栏"):
		return "政务公开栏"
	case containsAny(s, "发布会"):
		return "新闻发布会"
	}
	return "其他"
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
