package fonts

import "strings"

// installNames are the fonts to install for a missing style, named as
// their files and families carry them, so that keys recognise each one:
// 仿宋_GB2312 by 「仿宋」, 方正小标宋简体 by 「方正小标宋」, 楷体_GB2312 by
// 「楷体」, 黑体 and 宋体 by themselves.
var installNames = map[style]string{
	styleXBS: "方正小标宋简体", styleFangsong: "仿宋_GB2312", styleKai: "楷体_GB2312", styleHei: "黑体", styleSong: "宋体",
}

// SubstituteNotice says, in one Chinese line, which preferred fonts were
// not found, what the PDF uses instead and which fonts to install, ending
// with how (e.g. 「或用 --font-dir 指定字体目录」); "" when every role has
// its own font. What is used instead names the roles only when it differs
// between them:
//
//	提示：没有找到小标宋（标题），PDF 用黑体代替；正式印发前请安装 方正小标宋简体，或用 --font-dir 指定字体目录。
//	提示：没有找到小标宋（标题）和仿宋（正文），PDF 用黑体（标题）和宋体（正文）代替；正式印发前请安装 方正小标宋简体 / 仿宋_GB2312，或用 --font-dir 指定字体目录。
func (s *Set) SubstituteNotice(how string) string {
	var missing, install []string
	var usedOrder []style
	usedRoles := map[style][]string{}
	wantRoles := map[style][]string{}
	var wantOrder []style
	for _, role := range Roles {
		f, ok := s.Faces[role]
		if !ok || !f.Substitute {
			continue
		}
		want := preferences[role][0]
		if _, seen := wantRoles[want]; !seen {
			wantOrder = append(wantOrder, want)
		}
		wantRoles[want] = append(wantRoles[want], roleNames[role])
		if _, seen := usedRoles[f.style]; !seen {
			usedOrder = append(usedOrder, f.style)
		}
		usedRoles[f.style] = append(usedRoles[f.style], roleNames[role])
	}
	if len(wantOrder) == 0 {
		return ""
	}
	for _, st := range wantOrder {
		missing = append(missing, styleNames[st]+"（"+strings.Join(wantRoles[st], "、")+"）")
		install = append(install, installNames[st])
	}
	used := []string{styleNames[usedOrder[0]]}
	if len(usedOrder) > 1 {
		used = used[:0]
		for _, st := range usedOrder {
			used = append(used, styleNames[st]+"（"+strings.Join(usedRoles[st], "、")+"）")
		}
	}
	line := "提示：没有找到" + joinAnd(missing) + "，PDF 用" + joinAnd(used) + "代替；正式印发前请安装 " +
		strings.Join(install, " / ")
	if how != "" {
		line += "，" + how
	}
	return line + "。"
}

// joinAnd joins items as Chinese lists them: 「甲」「甲和乙」「甲、乙和丙」.
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], "、") + "和" + items[len(items)-1]
}
