package main

import (
	"reflect"
	"testing"
)

// What xxgk does at start: only a start from Explorer (or a desktop
// launcher) differs from the command line.
func TestStartMode(t *testing.T) {
	cases := []struct {
		args     []string
		explorer bool
		want     start
	}{
		{nil, false, start{kind: startCommand}},
		{nil, true, start{kind: startWorkbench}},
		{[]string{`C:\Users\张三\Desktop\2025年 台账.xlsx`}, true, start{startDropped, []string{`C:\Users\张三\Desktop\2025年 台账.xlsx`}}},
		{[]string{`c:/台账/公开.CSV`, `\\server\共享\申请.csv`}, true, start{startDropped, []string{`c:/台账/公开.CSV`, `\\server\共享\申请.csv`}}},
		{[]string{"/home/zs/台账.xlsx"}, true, start{startDropped, []string{"/home/zs/台账.xlsx"}}},
		{[]string{`C:\台账\2025.xlsx`, `C:\台账\说明.docx`}, true, start{startDroppedOther, []string{`C:\台账\说明.docx`}}},
		{[]string{`C:\台账\旧台账.xls`}, true, start{startDroppedOther, []string{`C:\台账\旧台账.xls`}}},
		{[]string{`C:\台账.d\名单`}, true, start{startDroppedOther, []string{`C:\台账.d\名单`}}},
		{[]string{`C:\Users\张三\Desktop\台账.xlsx`}, false, start{kind: startCommand}},
		{[]string{"serve"}, true, start{kind: startCommand}},
		{[]string{"import", `C:\台账.xlsx`}, true, start{kind: startCommand}},
		{[]string{"--help"}, true, start{kind: startCommand}},
		{[]string{"台账.xlsx"}, true, start{kind: startCommand}},
	}
	for _, c := range cases {
		if got := startMode(c.args, c.explorer); !reflect.DeepEqual(got, c.want) {
			t.Errorf("startMode(%q, %v) = %+v, want %+v", c.args, c.explorer, got, c.want)
		}
	}
}

// Run from a console with no arguments, xxgk prints the short help, the
// same as xxgk --help.
func TestNoArgumentsFromConsole(t *testing.T) {
	help := xxgk(t, "--help").must(t)
	r := xxgkIn(t, map[string]string{"HOME": t.TempDir()}, "", false).must(t)
	if r.stdout != help.stdout || r.stderr != "" {
		t.Errorf("no arguments:\n%s\nstderr %q", r.stdout, r.stderr)
	}
}
