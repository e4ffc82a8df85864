package fonts

import (
	"path/filepath"
	"strings"
)

// Role is a use of a font in the report.
type Role string

// The roles of GB/T 9704-2012 as the report uses them.
const (
	Title    Role = "title"    // 标题: 小标宋, else 黑体, else 宋体
	Body     Role = "body"     // 正文: 仿宋
	Heading1 Role = "heading1" // 一级标题: 黑体
	Heading2 Role = "heading2" // 二级标题: 楷体
	Table    Role = "table"    // 表格: 宋体 or the body font
)

// Roles lists every role in the order Describe prints them.
var Roles = []Role{Title, Body, Heading1, Heading2, Table}

// roleNames are the roles in Chinese, for messages.
var roleNames = map[Role]string{
	Title: "标题", Body: "正文", Heading1: "一级标题", Heading2: "二级标题", Table: "表格",
}

// style is the kind of typeface a face is.
type style int

const (
	styleNone     style = iota // not a Chinese face
	styleXBS                   // 小标宋
	styleFangsong              // 仿宋
	styleKai                   // 楷体
	styleHei                   // 黑体 and other sans
	styleSong                  // 宋体 and other serif
	styleOther                 // a Chinese face of unknown style
)

// styleNames are the styles in Chinese, for Describe.
var styleNames = map[style]string{
	styleXBS: "小标宋", styleFangsong: "仿宋", styleKai: "楷体", styleHei: "黑体", styleSong: "宋体", styleOther: "其他中文字体",
}

// keys recognise a style from a file name or a family name (lower case).
// Styles are tried in this order, so 「仿宋」 and 「小标宋」 are found before
// 「宋」; within a style, an earlier key is a better face (Windows' own
// fonts first, then Debian's and macOS's, then any name with the character).
var keys = []struct {
	style style
	keys  []string
}{
	{styleXBS, []string{"fzxbsjw", "方正小标宋", "fzxiaobiaosong", "小标宋", "xiaobiaosong"}},
	{styleFangsong, []string{"simfang", "仿宋", "fangsong", "stfangso", "fzfsjw", "fzfangsong"}},
	{styleKai, []string{"simkai", "楷体", "kaiti", "stkaiti", "fzktjw", "gkai00mp", "ar pl kaitim", "楷"}},
	{styleHei, []string{"simhei", "黑体", "heiti", "stheiti", "fzhtjw", "wqy-zenhei", "wenquanyi zen hei",
		"droidsansfallback", "droid sans fallback", "msyh", "microsoft yahei", "pingfang", "黑"}},
	{styleSong, []string{"simsun", "宋体", "songti", "stsong", "fzssjw", "gbsn00lp", "ar pl sungtil",
		"uming", "ar pl uming", "宋"}},
}

// classify returns the style of a face and the rank of the key that
// recognised it (lower is better). A face whose names say nothing but whose
// OS/2 table claims GB 2312 is styleOther.
func classify(path string, in info) (style, int) {
	base := strings.ToLower(filepath.Base(path))
	names := []string{base}
	for _, n := range in.names {
		names = append(names, strings.ToLower(n))
	}
	for _, k := range keys {
		for rank, key := range k.keys {
			for _, n := range names {
				if strings.Contains(n, key) {
					return k.style, rank
				}
			}
		}
	}
	if in.chinese {
		return styleOther, 0
	}
	return styleNone, 0
}

// preferences lists, for each role, the styles that may serve it, best
// first. The first style is the role's own; any later one is a substitute,
// except that the table role takes 宋体 or the body font's 仿宋 as its own.
var preferences = map[Role][]style{
	Title:    {styleXBS, styleHei, styleSong, styleFangsong, styleKai, styleOther},
	Body:     {styleFangsong, styleSong, styleKai, styleHei, styleOther, styleXBS},
	Heading1: {styleHei, styleSong, styleFangsong, styleKai, styleOther, styleXBS},
	Heading2: {styleKai, styleFangsong, styleSong, styleHei, styleOther, styleXBS},
	Table:    {styleSong, styleFangsong, styleHei, styleKai, styleOther, styleXBS},
}

// substitute reports whether st is a fallback for role.
func substitute(role Role, st style) bool {
	if role == Table && st == styleFangsong {
		return false
	}
	return preferences[role][0] != st
}
