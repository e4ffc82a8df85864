package data

import (
	"fmt"
	"path/filepath"
)

// UserMessage says in Chinese what is wrong with the database file and
// what the user can do about it (docs/safety.md §3). A DBError made from
// a bare problem, with no Path, says 「数据库」.
func (e *DBError) UserMessage() string {
	name := "数据库"
	if e.Path != "" {
		name = "数据库 " + e.Path
	}
	switch e.Problem {
	case Busy:
		return name + " 正被其他程序或窗口使用（例如正在导入），请等其完成后再试。本次没有写入任何内容。"
	case DiskFull:
		return "磁盘空间不足，无法写入" + name + "，本次修改已全部撤销。请清理磁盘空间后重试。"
	case Damaged:
		return name + " 已损坏（SQLite 报告文件结构错误）。请不要继续写入这个文件，先把它复制保存，再用最近的备份恢复（见 xxgk backup --help）。"
	case NotDatabase:
		return name + " 不是 xxgk 数据库（不是 SQLite 数据库文件）。请检查 --db 指定的文件是否正确。"
	case ReadOnly:
		return name + " 是只读的（文件设为只读，或所在文件夹不能写入），无法保存修改。请取消只读属性或把它复制到可写的文件夹；只读取数据的命令（check、due、explain、export 等）仍可使用。"
	case CannotOpen:
		return "无法打开" + name + "（文件夹不存在，或没有访问权限）。请检查路径和权限。"
	case IOFailure:
		return "读写" + name + " 时磁盘报告错误，本次修改已撤销。请检查磁盘（或网络盘的连接）后重试。"
	case ForeignWAL:
		return e.foreignWALMessage()
	}
	return ""
}

func (e *DBError) foreignWALMessage() string {
	wal := filepath.Base(e.WAL)
	return fmt.Sprintf("数据库 %s 旁边的 %s 文件不属于这个数据库（可能是从别处复制来的），xxgk 没有使用它，数据库未作任何改动。"+
		"如果 %s 是复制过来的，请把它移到别的文件夹后重试；如果它是 xxgk 或电脑异常退出时留下的，请不要删除，"+
		"把数据库文件和它一起复制保存，并联系技术支持。", e.Path, wal, wal)
}

// UserMessage says in Chinese that the database is newer than the
// program and what to do.
func (e *TooNewError) UserMessage() string {
	return fmt.Sprintf("数据库由更新版本的 xxgk 写入（结构版本 %d，本程序支持到 %d），请升级 xxgk 后再使用。", e.Have, e.Know)
}

// UserMessage is the message itself, already written for the user.
func (e *DuplicateKeyError) UserMessage() string { return e.Error() }

// UserMessage is the message itself, already written for the user.
func (e *ReferenceError) UserMessage() string { return e.Error() }
