package xlsxguard

import (
	"archive/zip"
	"errors"
	"fmt"
	"strings"
)

// ErrImpossibleSizes means the zip directory declares sizes its data
// cannot hold: the file is damaged (or made to deceive).
var ErrImpossibleSizes = errors.New("sizes in the zip directory are impossible")

// Deflate cannot expand data more than about 1032 times; an entry that
// claims more is damaged. The slack covers tiny entries.
const (
	maxDeflateRatio = 1100
	ratioSlack      = 1 << 20
)

// checkEntries refuses a workbook whose zip directory declares sizes its
// data cannot hold, or parts larger than lim allows. Only declared sizes
// are looked at, so this costs nothing however large the parts claim to
// be; archive/zip refuses a part that then holds more than it declared.
func checkEntries(zr *zip.Reader, size int64, name string, lim Limits) error {
	var others, total uint64
	for _, f := range zr.File {
		claimed, packed := f.UncompressedSize64, f.CompressedSize64
		if f.Method == zip.Store && claimed != packed || packed > uint64(size) || claimed > packed*maxDeflateRatio+ratioSlack {
			return &Error{File: name, Msg: "不是有效的 .xlsx 文件，可能已损坏（压缩包中「" + f.Name + "」的大小不可能成立）；请在 Excel/WPS 中打开后另存为 .xlsx 再试",
				Err: fmt.Errorf("zip entry %q: %w", f.Name, ErrImpossibleSizes)}
		}
		kind, max, other := "文件中的一部分", lim.Part, false
		switch lower := strings.ToLower(f.Name); {
		case isSheetPart(lower):
			kind, max = "一个工作表", lim.Sheet
		case lower == "xl/sharedstrings.xml":
			kind, max = "共享文本表", lim.Strings
		default:
			other = true
		}
		if claimed > uint64(max) {
			return tooLarge(name, kind+"（"+f.Name+"）", claimed, max, "请检查文件内容，或在 Excel/WPS 中另存为新文件再试")
		}
		if other {
			if others += claimed; others > uint64(lim.Parts) {
				return tooLarge(name, "图片等附属内容合计", others, lim.Parts, "请删去多余的图片等内容后再试")
			}
		}
		if total += claimed; total > uint64(lim.Total) {
			return tooLarge(name, "全部内容合计", total, lim.Total, "请检查文件内容，或把台账分成几个文件")
		}
	}
	return nil
}

func tooLarge(name, what string, claimed uint64, max int64, todo string) error {
	return &Error{File: name, Msg: fmt.Sprintf("太大：%s解压后有 %s，超过上限 %s，不像是正常的台账或报表；%s",
		what, mb(int64(min(claimed, 1<<62))), mb(max), todo)}
}

// isSheetPart reports whether a lower-case part name is a worksheet.
func isSheetPart(lower string) bool {
	return strings.HasPrefix(lower, "xl/worksheets/") && strings.HasSuffix(lower, ".xml")
}
