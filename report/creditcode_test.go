package report

import (
	"strings"
	"testing"
)

func TestCheckCreditCode(t *testing.T) {
	for _, good := range []string{"11330000MB0000000H", "91350100M000100Y43"} {
		if err := CheckCreditCode(good); err != nil {
			t.Errorf("%s: %v", good, err)
		}
	}
	for code, want := range map[string]string{
		"11330000MB0000000X": "校验位应为「H」",
		"11330000MB000000H":  "应为 18 位，实际 17 位",
		"11330000MI0000000H": "第 10 位「I」不是允许的字符",
		"11330000mb0000000H": "第 9 位「m」",
	} {
		if err := CheckCreditCode(code); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", code, err, want)
		}
	}
}
