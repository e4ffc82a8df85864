package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// xxgkEnv runs the command line with vars as its environment and no
// system font folders.
func xxgkEnv(t *testing.T, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, now: func() time.Time { return fixedNow },
		getenv: func(k string) string { return vars[k] }, fontSystem: []string{}}
	code := run(context.Background(), append([]string{"xxgk"}, args...), e)
	return result{code, out.String(), errb.String()}
}

// The process's own XXGK_DB and XXGK_FONT_DIR never reach a command: the
// usage cases still fail as usage errors, and a PDF looks for fonts only
// where the command's environment says.
func TestRealEnvironmentIgnored(t *testing.T) {
	junk := filepath.Join(t.TempDir(), "junk")
	t.Setenv("XXGK_DB", junk+".db")
	t.Setenv("XXGK_FONT_DIR", junk)
	checkUsageErrors(t)

	_, db := newDB(t)
	r := xxgkEnv(t, nil, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "pdf", "--draft")
	if r.code != 1 || !strings.Contains(r.stderr, "未找到可用的中文字体") || strings.Contains(r.stderr, junk) {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// XXGK_DB and XXGK_FONT_DIR of the command's environment stand in for
// --db and --font-dir; the flags win.
func TestInjectedEnvironment(t *testing.T) {
	_, db := newDB(t)
	junk := filepath.Join(t.TempDir(), "junk")
	xxgkEnv(t, map[string]string{"XXGK_DB": db}, "check", "--year", "2025").must(t)
	xxgkEnv(t, map[string]string{"XXGK_DB": junk + ".db"}, "check", "--db", db, "--year", "2025").must(t)
	r := xxgkEnv(t, map[string]string{"XXGK_DB": junk + ".db"}, "check", "--year", "2025")
	if r.code != 1 || !strings.Contains(r.stderr, junk+".db 不存在") {
		t.Errorf("XXGK_DB not used: exit %d: %s", r.code, r.stderr)
	}

	fontDir := filepath.Join(t.TempDir(), "fonts")
	args := []string{"report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--format", "pdf", "--draft"}
	r = xxgkEnv(t, map[string]string{"XXGK_FONT_DIR": junk}, args...)
	if r.code != 1 || !strings.Contains(r.stderr, junk) {
		t.Errorf("XXGK_FONT_DIR not searched: exit %d: %s", r.code, r.stderr)
	}
	r = xxgkEnv(t, map[string]string{"XXGK_FONT_DIR": junk}, append(args, "--font-dir", fontDir)...)
	if r.code != 1 || !strings.Contains(r.stderr, fontDir) || strings.Contains(r.stderr, junk) {
		t.Errorf("--font-dir does not win: exit %d: %s", r.code, r.stderr)
	}
}
