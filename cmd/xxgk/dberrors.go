package main

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/xxgk/xxgk/data"
)

// dbMessage is the Chinese message for a problem of the database file
// itself (busy, full, damaged, not a database, read-only, a -wal that
// does not belong to it), or "" when err is none of these.
func dbMessage(err error) string {
	name := "数据库"
	if p := data.PathOf(err); p != "" {
		name = "数据库 " + p
	}
	switch data.ProblemOf(err) {
	case data.Busy:
		return name + " 正被其他程序或窗口使用（例如正在导入），请等其完成后再试。本次没有写入任何内容。"
	case data.DiskFull:
		return "磁盘空间不足，无法写入" + name + "，本次修改已全部撤销。请清理磁盘空间后重试。"
	case data.Damaged:
		return name + " 已损坏（SQLite 报告文件结构错误）。请不要继续写入这个文件，先把它复制保存，再用最近的备份恢复（见 xxgk backup --help）。"
	case data.NotDatabase:
		return name + " 不是 xxgk 数据库（不是 SQLite 数据库文件）。请检查 --db 指定的文件是否正确。"
	case data.ReadOnly:
		return name + " 是只读的（文件设为只读，或所在文件夹不能写入），无法保存修改。请取消只读属性或把它复制到可写的文件夹；只读取数据的命令（check、due、explain、export 等）仍可使用。"
	case data.CannotOpen:
		return "无法打开" + name + "（文件夹不存在，或没有访问权限）。请检查路径和权限。"
	case data.IOFailure:
		return "读写" + name + " 时磁盘报告错误，本次修改已撤销。请检查磁盘（或网络盘的连接）后重试。"
	case data.ForeignWAL:
		return foreignWALMessage(err)
	}
	return ""
}

func foreignWALMessage(err error) string {
	var de *data.DBError
	errors.As(err, &de)
	wal := filepath.Base(de.WAL)
	return fmt.Sprintf("数据库 %s 旁边的 %s 文件不属于这个数据库（可能是从别处复制来的），xxgk 没有使用它，数据库未作任何改动。"+
		"如果 %s 是复制过来的，请把它移到别的文件夹后重试；如果它是 xxgk 或电脑异常退出时留下的，请不要删除，"+
		"把数据库文件和它一起复制保存，并联系技术支持。", de.Path, wal, wal)
}
