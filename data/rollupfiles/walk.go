package rollupfiles

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/xxgk/xxgk/report/rollup"
)

// entry is what the walk found: a file to read, or a thing left out with
// its rule and reason (why, in Chinese, naming it).
type entry struct {
	path      string
	rule, why string
}

// listFiles expands paths into entries, sorted and without repeats: a file
// is taken whatever its extension, a folder gives its *.xlsx at any depth
// except Excel's lock files (~$*.xlsx). Links to files are followed when
// read; links to folders are not followed but listed, as are workbooks in
// other formats (.xls, .et…) and the output folder out when a walk meets
// it.
func listFiles(paths []string, out string) ([]entry, error) {
	w := &walk{seen: map[string]bool{}}
	if out != "" {
		w.out, _ = os.Stat(out) // nil when it does not exist yet
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("找不到要汇总的文件或文件夹「%s」，请检查路径（%w）", p, err)
		}
		if !info.IsDir() {
			w.add(entry{path: p})
			continue
		}
		root := p
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			if root, err = filepath.EvalSymlinks(p); err != nil {
				return nil, fmt.Errorf("无法读取文件夹「%s」（%w）", p, err)
			}
		}
		if err := filepath.WalkDir(root, w.visit(root)); err != nil {
			return nil, fmt.Errorf("无法读取文件夹「%s」（%w）", p, err)
		}
	}
	sort.Slice(w.entries, func(i, j int) bool { return w.entries[i].path < w.entries[j].path })
	return w.entries, nil
}

// walk collects the entries of listFiles.
type walk struct {
	out     fs.FileInfo // the output folder, nil when none
	seen    map[string]bool
	entries []entry
}

func (w *walk) add(e entry) {
	if key, err := filepath.Abs(e.path); err == nil && !w.seen[key] {
		w.seen[key] = true
		w.entries = append(w.entries, e)
	}
}

// visit is the WalkDir function for the folder root.
func (w *walk) visit(root string) fs.WalkDirFunc {
	return func(f string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		switch {
		case d.IsDir():
			if f != root && w.isOut(d) {
				w.add(entry{f, rollup.RuleOwnOutput, name + " 是本次汇总的输出文件夹（--out），其中的文件不计入"})
				return fs.SkipDir
			}
		case d.Type()&fs.ModeSymlink != 0 && isDir(f):
			target, _ := os.Readlink(f)
			w.add(entry{f, rollup.RuleLink, fmt.Sprintf("%s 是指向文件夹 %s 的链接，其中的文件未读取；如需汇总，请把该文件夹直接列在命令中", name, target)})
		case strings.HasPrefix(name, "~$"): // Excel's lock file
		case strings.EqualFold(filepath.Ext(name), ".xlsx"):
			w.add(entry{path: f})
		case otherWorkbooks[strings.ToLower(filepath.Ext(name))]:
			w.add(entry{f, rollup.RuleFormat, name + " 不是 .xlsx 文件，未读取；请用 Excel 或 WPS 打开后“另存为” .xlsx 格式再汇总"})
		}
		return nil
	}
}

// otherWorkbooks are the extensions of workbooks a unit may send in a
// format the roll-up does not read: listed, not passed over.
var otherWorkbooks = map[string]bool{".xls": true, ".xlsm": true, ".xlsb": true, ".et": true, ".ods": true}

// isOut says whether the folder d is the output folder.
func (w *walk) isOut(d fs.DirEntry) bool {
	if w.out == nil {
		return false
	}
	info, err := d.Info()
	return err == nil && os.SameFile(info, w.out)
}

// isDir says whether path, links followed, is a folder.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
