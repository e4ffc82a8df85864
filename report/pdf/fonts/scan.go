package fonts

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// candidate is a usable Chinese face found on disk.
type candidate struct {
	path   string
	index  int
	coll   bool // the file is a .ttc collection
	style  style
	rank   int // of the key that recognised the style, lower is better
	source int // position of its folder in Dirs then System
	face   face
	wide   []runeRange // characters above U+FFFF, for a supplement
}

// less orders candidates of one style: earlier folder, better-known name,
// then path and face index, so the choice never depends on walk order.
func (c candidate) less(d candidate) bool {
	switch {
	case c.source != d.source:
		return c.source < d.source
	case c.rank != d.rank:
		return c.rank < d.rank
	case c.path != d.path:
		return c.path < d.path
	}
	return c.index < d.index
}

// fontExt are the file name endings of sfnt fonts, lower case.
var fontExt = map[string]bool{".ttf": true, ".ttc": true, ".otf": true, ".otc": true}

// scan walks dirs then system, in sorted order, and returns the usable
// Chinese faces, the faces that can supply characters above U+FFFF, and a
// note for each Chinese font file it had to skip. Missing folders are
// skipped silently; the same file reached twice (through a link or a
// repeated folder) counts once.
func scan(dirs, system []string) (cands, supps []candidate, notes []string) {
	seen := map[string]bool{}
	for source, dir := range append(append([]string(nil), dirs...), system...) {
		root := dir
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			root = real // WalkDir does not follow a linked root
		}
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !fontExt[strings.ToLower(filepath.Ext(path))] {
				return nil // unreadable folders and other files are not our business
			}
			key := path
			if real, err := filepath.EvalSymlinks(path); err == nil {
				key = real
			}
			if seen[key] {
				return nil
			}
			seen[key] = true
			found, wide, note := scanFile(path)
			for i := range found {
				found[i].source = source
			}
			for i := range wide {
				wide[i].source = source
			}
			cands, supps = append(cands, found...), append(supps, wide...)
			if note != "" {
				notes = append(notes, note)
			}
			return nil
		})
	}
	return cands, supps, notes
}

// scanFile returns the usable Chinese faces of one file and its faces with
// characters above U+FFFF, or a note saying why a Chinese font file was
// skipped. Files that are not Chinese fonts give no note.
func scanFile(path string) (cands, supps []candidate, note string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, ""
	}
	defer f.Close()
	faces, err := readFaces(f)
	if err != nil {
		return nil, nil, ""
	}
	var skipped error
	coll := len(faces) > 1 || isCollection(path)
	for _, fc := range faces {
		in := inspect(f, fc)
		if len(in.wide) > 0 {
			supps = append(supps, candidate{path: path, index: fc.index, coll: coll,
				rank: supplementRank(path, in.names), face: fc, wide: in.wide})
		}
		st, rank := classify(path, in)
		switch {
		case st == styleNone:
		case in.unfit != nil:
			skipped = in.unfit
		default:
			cands = append(cands, candidate{path: path, index: fc.index, coll: coll,
				style: st, rank: rank, face: fc})
		}
	}
	if len(cands) == 0 && skipped != nil {
		return nil, supps, fmt.Sprintf("跳过 %s：%s", filepath.Base(path), reason(skipped))
	}
	return cands, supps, ""
}

func isCollection(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".ttc" || ext == ".otc"
}

// reason says in Chinese why fpdf cannot use a face.
func reason(err error) string {
	switch {
	case errors.Is(err, errCFF):
		return "CFF 轮廓，fpdf 不支持"
	case errors.Is(err, errRestricted):
		return "字体许可不允许嵌入 PDF"
	case errors.Is(err, errNoUnicodeCmap):
		return "缺少 Unicode 字符映射表（cmap 格式 4），fpdf 不支持"
	case errors.Is(err, errNameFormat):
		return "name 表格式不是 0，fpdf 不支持"
	}
	return "缺少 fpdf 需要的表（" + err.Error() + "）"
}

// loader reads the chosen faces, each once, and names them for fpdf.
type loader struct {
	data     map[string][]byte // by path and index
	families map[string]string // by path and index
	used     map[string]bool   // family names given out
}

func newLoader() *loader {
	return &loader{data: map[string][]byte{}, families: map[string]string{}, used: map[string]bool{}}
}

var unsafeFamily = regexp.MustCompile(`[^a-z0-9]+`)

// load returns the standalone font of c and its fpdf family name: "xxgk-"
// and the file name in ASCII lower case, plus the face index for a
// collection, made unique with a number if two files share a name.
func (l *loader) load(c candidate) ([]byte, string, error) {
	key := fmt.Sprintf("%s#%d", c.path, c.index)
	if d, ok := l.data[key]; ok {
		return d, l.families[key], nil
	}
	var data []byte
	var err error
	if c.coll {
		data, err = extractFile(c.path, c.face)
	} else {
		data, err = os.ReadFile(c.path)
	}
	if err != nil {
		return nil, "", err
	}
	family := l.name(c)
	l.data[key], l.families[key] = data, family
	return data, family, nil
}

// name gives c its fpdf family name: "xxgk-" and the file name in ASCII
// lower case, plus the face index for a collection, made unique with a
// number if two files share a name.
func (l *loader) name(c candidate) string {
	base := strings.Trim(unsafeFamily.ReplaceAllString(strings.ToLower(strings.TrimSuffix(filepath.Base(c.path), filepath.Ext(c.path))), "-"), "-")
	if base == "" {
		base = "font" // a file name in Chinese only
	}
	family := "xxgk-" + base
	if c.coll {
		family += fmt.Sprintf("-%d", c.index)
	}
	for n, f := 2, family; ; n++ {
		if !l.used[f] {
			family = f
			break
		}
		f = fmt.Sprintf("%s-%d", family, n)
	}
	l.used[family] = true
	return family
}

// extractFile reads face f of the collection at path as a standalone font.
func extractFile(path string, f face) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return standalone(fh, f)
}
