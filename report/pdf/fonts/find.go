// Package fonts finds the Chinese fonts of the report by role (title,
// body, headings, tables) in --font-dir and the system font folders, and
// hands each to fpdf as a standalone TrueType font: fpdf reads neither CFF
// outlines nor .ttc collections, so a collection's face is extracted in
// memory (extract.go) and CFF fonts are skipped with the reason. Faces of
// any language with characters above U+FFFF (CJK extension B and later,
// emoji) are listed too, as supplements, and PUAFont makes a copy of a face
// in which fpdf, which reads only 16-bit code points, can set them
// (supplement.go, cmap.go).
package fonts

import (
	"fmt"
	"sort"
	"strings"
)

// Face is the font chosen for one role, ready for fpdf.
type Face struct {
	Role       Role
	Path       string // the file it came from
	Index      int    // face index inside a .ttc collection, 0 for .ttf
	Family     string // a family name to register in fpdf, unique per distinct face, ASCII
	Data       []byte // a standalone TrueType font, ready for fpdf's AddUTF8FontFromBytes
	Substitute bool   // true when the face is a fallback, not the role's preferred font
	style      style
}

// Set is a face for every role. Faces of roles served by the same face
// share Family and Data: register each Family once.
type Set struct {
	Faces map[Role]Face
	// Notes explain, in Chinese, the Chinese font files that were found
	// but skipped, one line each (「跳过 …：CFF 轮廓，fpdf 不支持」).
	Notes []string
	// Supplements are the other faces with characters above U+FFFF, best
	// first: faces in Dirs before faces in System, SimSun-ExtB and 花園明朝
	// before other faces, then path and face index order.
	Supplements []Supplement
}

// Options says where to look for fonts.
type Options struct {
	Dirs   []string // --font-dir / XXGK_FONT_DIR, searched first
	System []string // system folders; nil = DefaultSystemDirs(Getenv), empty = none
	// Getenv reads HOME, WINDIR and LOCALAPPDATA for the default system
	// folders (the command's environment); nil reads none.
	Getenv func(string) string
}

// Find picks a face for every role. For each role it goes through the
// role's styles, best first (title: 小标宋, 黑体, 宋体, …), and takes the best
// face of the first style it has: faces in Dirs before faces in System,
// then the better-known file, then path and face index order. So a 小标宋
// anywhere beats a 黑体 in Dirs, and a 黑体 in Dirs beats one in System.
// The same folders always give the same choice.
//
// Find needs at least one usable Chinese TrueType face; with none it
// returns *MissingError listing the folders searched.
func Find(opt Options) (*Set, error) {
	system := opt.System
	if system == nil {
		system = DefaultSystemDirs(opt.Getenv)
	}
	cands, supps, notes := scan(opt.Dirs, system)
	set := &Set{Faces: map[Role]Face{}, Notes: notes}
	loader := newLoader()
	for _, role := range Roles {
		for {
			c, ok := pick(cands, role)
			if !ok {
				break
			}
			data, family, err := loader.load(c)
			if err != nil {
				set.Notes = append(set.Notes, fmt.Sprintf("跳过 %s：无法读取（%v）", c.path, err))
				cands = remove(cands, c)
				continue
			}
			set.Faces[role] = Face{Role: role, Path: c.path, Index: c.index, Family: family,
				Data: data, Substitute: substitute(role, c.style), style: c.style}
			break
		}
	}
	if len(set.Faces) == 0 {
		return nil, &MissingError{Searched: append(append([]string(nil), opt.Dirs...), system...), Skipped: set.Notes}
	}
	set.Supplements = supplements(supps, set.Faces, loader)
	return set, nil
}

// supplements orders the faces with characters above U+FFFF and names
// them, leaving out the role faces (the PDF tries those first anyway).
func supplements(supps []candidate, roles map[Role]Face, l *loader) []Supplement {
	used := map[string]bool{}
	for _, f := range roles {
		used[fmt.Sprintf("%s#%d", f.Path, f.Index)] = true
	}
	sort.SliceStable(supps, func(i, j int) bool { return supps[i].less(supps[j]) })
	var out []Supplement
	for _, c := range supps {
		if key := fmt.Sprintf("%s#%d", c.path, c.index); !used[key] {
			used[key] = true
			out = append(out, Supplement{Path: c.path, Index: c.index, Family: l.name(c),
				ranges: c.wide, face: c.face})
		}
	}
	return out
}

// pick returns the best candidate for role.
func pick(cands []candidate, role Role) (candidate, bool) {
	for _, st := range preferences[role] {
		var best []candidate
		for _, c := range cands {
			if c.style == st {
				best = append(best, c)
			}
		}
		if len(best) > 0 {
			sort.SliceStable(best, func(i, j int) bool { return best[i].less(best[j]) })
			return best[0], true
		}
	}
	return candidate{}, false
}

func remove(cands []candidate, c candidate) []candidate {
	var out []candidate
	for _, x := range cands {
		if x.path != c.path || x.index != c.index {
			out = append(out, x)
		}
	}
	return out
}

// Describe lists, one line per role in Chinese, which file (and face index
// in a collection) serves it, marking substitutes with the style they stand
// in for, then the notes on skipped files — for `report --verbose`:
//
//	标题：/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc（序号 0，黑体；替代字体，未找到小标宋）
//	正文：/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf（宋体；替代字体，未找到仿宋）
//	跳过 NotoSansCJK-Regular.ttc：CFF 轮廓，fpdf 不支持
func (s *Set) Describe() []string {
	var lines []string
	for _, role := range Roles {
		f, ok := s.Faces[role]
		if !ok {
			lines = append(lines, roleNames[role]+"：无可用字体")
			continue
		}
		var detail []string
		if f.isCollection() {
			detail = append(detail, fmt.Sprintf("序号 %d", f.Index))
		}
		if name := styleNames[f.style]; name != "" {
			detail = append(detail, name)
		}
		line := fmt.Sprintf("%s：%s", roleNames[role], f.Path)
		if len(detail) > 0 {
			line += "（" + strings.Join(detail, "，")
			if f.Substitute {
				line += "；替代字体，未找到" + styleNames[preferences[role][0]]
			}
			line += "）"
		}
		lines = append(lines, line)
	}
	return append(lines, s.Notes...)
}

// isCollection reports whether the face came from a .ttc/.otc file.
func (f Face) isCollection() bool { return isCollection(f.Path) || f.Index > 0 }
