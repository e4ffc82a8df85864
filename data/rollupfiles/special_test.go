//go:build unix

package rollupfiles

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"

	"github.com/xxgk/xxgk/report/rollup"
)

// describeInputs lists each input as 「base name|kind|rule|message」, the
// message empty when the file was read.
func describeInputs(inputs []rollup.Input) []string {
	var out []string
	for _, in := range inputs {
		msg := ""
		if in.Err != nil {
			msg = in.Err.Error()
		}
		out = append(out, filepath.Base(in.File)+"|"+in.Kind+"|"+in.Rule+"|"+msg)
	}
	return out
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// TestReadAllSkipsSpecialFiles puts among the units' files a named pipe and
// a link to /dev/zero named like workbooks (once a 10-minute hang and 8 GB),
// a link to a folder and a link to nothing: ReadAll returns, reads the real
// files (and the file behind a link to a file) and lists every other
// thing with its reason.
func TestReadAllSkipsSpecialFiles(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	writeFile(t, dir, "一中.xlsx", exportFile(t, withStats(school("某某县第一中学", "", 2025, 1), 1)))
	writeFile(t, other, "二中.xlsx", exportFile(t, withStats(school("某某县第二中学", "", 2025, 2), 2)))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.xlsx"), 0o644); err != nil {
		t.Fatal(err)
	}
	symlink(t, "/dev/zero", filepath.Join(dir, "zero.xlsx"))
	symlink(t, other, filepath.Join(dir, "县2"))
	symlink(t, filepath.Join(other, "二中.xlsx"), filepath.Join(dir, "二中-链接.xlsx"))
	symlink(t, filepath.Join(dir, "没有.xlsx"), filepath.Join(dir, "断开.xlsx"))

	inputs, err := ReadAll(context.Background(), []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"pipe.xlsx||" + rollup.RuleNotFile + "|pipe.xlsx 不是普通文件（是命名管道），未读取",
		"zero.xlsx||" + rollup.RuleNotFile + "|zero.xlsx 不是普通文件（是设备文件；它是指向 /dev/zero 的链接），未读取",
		"一中.xlsx|export||",
		"二中-链接.xlsx|export||",
		"县2||" + rollup.RuleLink + "|县2 是指向文件夹 " + other + " 的链接，其中的文件未读取；如需汇总，请把该文件夹直接列在命令中",
		"断开.xlsx||" + rollup.RuleLink + "|断开.xlsx 是指向 " + filepath.Join(dir, "没有.xlsx") + " 的链接，但那里没有文件，未读取",
	}
	if got := describeInputs(inputs); !reflect.DeepEqual(got, want) {
		t.Errorf("inputs =\n%q\nwant\n%q", got, want)
	}
	res := rollup.Sum("某某县教育局", 2025, inputs, nil)
	if len(res.Units) != 2 || len(res.Excluded) != 4 || res.Excluded[0].Rule != rollup.RuleNotFile {
		t.Errorf("units %d, excluded %+v", len(res.Units), res.Excluded)
	}
}

// TestReadAllSizeCap refuses a file over the cap, told by its size, and
// one that grows past the cap while it is read, told by what was read.
func TestReadAllSizeCap(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "大.xlsx", make([]byte, 2048))
	r := &reader{max: 1024, open: openFile}
	in := r.read(context.Background(), entry{path: big}, &scratch{})
	if in.Rule != rollup.RuleTooLarge || in.Err == nil ||
		in.Err.Error() != "大.xlsx 有 2 KB，超过读取上限 1 KB（上报文件和手填统计表通常只有几十 KB 到几 MB），未读取；请确认是否放错了文件" {
		t.Errorf("input = %+v", in)
	}
	if _, err := readBounded(context.Background(), endless{}, 1024); !errors.Is(err, errTooLarge) {
		t.Errorf("endless reader: err = %v, want errTooLarge", err)
	}
}

// endless reads as many zero bytes as asked, forever.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReadAllInterruptedWhileOpening cancels the roll-up while its workers
// are stuck opening files (as in a blocking open of a named pipe): ReadAll
// returns with context.Canceled without waiting for them. The test's own
// timeout guards it.
func TestReadAllInterruptedWhileOpening(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.xlsx", []byte("x"))
	writeFile(t, dir, "b.xlsx", []byte("x"))
	writeFile(t, dir, "c.xlsx", []byte("x"))
	entered, release := make(chan struct{}, 3), make(chan struct{})
	t.Cleanup(func() { close(release) })
	r := &reader{max: DefaultMaxSize, open: func(string) (*os.File, error) {
		entered <- struct{}{}
		<-release
		return nil, errors.New("released")
	}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-entered
		cancel()
	}()
	_, err := r.readAll(ctx, []string{dir}, Options{Workers: 2})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// TestReadUnitListPipe refuses a --units list that is a named pipe instead
// of waiting for a writer.
func TestReadUnitListPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "名单.csv")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadUnitList(path)
	if want := "单位名单 名单.csv 无法读取：名单.csv 不是普通文件（是命名管道），未读取"; err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}
