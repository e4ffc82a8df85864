package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The hand-made ledgers below were counted by hand for 2025 (the figures
// in each test are worked out in the comments next to the rows).
const handRequests = `申请编号,收到日期,申请人类型,申请人,联系方式,申请方式,办结日期,办理结果,备注
R1,2024-12-20,自然人,张某,13800000000,网络,2025-01-06,予以公开,
R2,2024-12-30,商业企业,甲公司,,邮寄,,,
R3,2025-01-01,自然人,李某,,当面,2025-01-01,部分公开,
R4,2025/3/5,法律服务机构,乙律师事务所,,邮寄,2025年3月20日,本机关不掌握相关政府信息,
R5,2025.6.1,科研机构,丙研究所,,网络,20250615,重复申请,
R6,2025-12-31,社会公益组织,丁协会,,网络,2026-01-04,予以公开,
R7,2025-07-01,其他,戊,,网络,2025-07-10,撤回,申请人撤回申请
R8,2024-11-11,自然人,己,,网络,2024-12-01,予以公开,
R9,2025-09-09,自然人,庚,,网络,2025-09-30,属于三类内部事务信息,
`

const handDocuments = `文号,名称,类型,印发日期,废止日期,有效期至
某教发〔2025〕1号,关于甲的通知,行政规范性文件,2025-03-01,,
某教发〔2019〕2号,关于乙的通知,行政规范性文件,2019-01-01,2025-06-01,
某教发〔2020〕3号,关于丙的通知,行政规范性文件,2020-01-01,,2025-12-31
某教发〔2021〕4号,关于丁的通知,行政规范性文件,2021-01-01,,2027-12-31
`

const handRegisters = `决定编号,类型,决定日期
J1,行政许可,2025-01-01
J2,行政许可,2025-12-31
J3,行政处罚,2024-12-31
`

const handFees = `收费编号,收费日期,金额（元）,类别,项目,申请编号
F1,2025-02-01,1234.56,行政事业性收费,证书工本费,
F2,2025-03-01,50000,,考试费,
F3,2025-04-01,100,信息处理费,信息处理费,R4
`

const handAppeals = `案号,类型,立案日期,结案日期,结果,应诉身份
C1,行政复议,2025-03-01,2025-05-01,维持,被申请人
C2,未经复议直接起诉,2025-11-01,,,被告
C3,复议后起诉,2025-04-01,2025-06-01,纠正,复议机关共同被告
`

func importHandMade(t *testing.T) (dir, db string) {
	dir, db = newDB(t)
	files := []string{
		writeFile(t, dir, "依申请公开.csv", handRequests),
		writeFile(t, dir, "规范性文件.csv", handDocuments),
		writeFile(t, dir, "行政决定.csv", handRegisters),
		writeFile(t, dir, "收费.csv", handFees),
		writeFile(t, dir, "复议诉讼.csv", handAppeals),
	}
	xxgk(t, append([]string{"import", "--db", db}, files...)...).must(t)
	return dir, db
}

func TestHandMadeLedgerGivesHandCountedTables(t *testing.T) {
	_, db := importHandMade(t)
	m := annualJSON(t, db, "2025")
	// columns: natural commercial research nonprofit legal other_org total
	want := map[string]string{
		"new":                   "2 0 1 1 1 1 6", // R3 R9 | R5 | R6 | R4 | R7
		"carried_in":            "1 1 0 0 0 0 2", // R1 | R2 (R8 concluded in 2024)
		"granted":               "1 0 0 0 0 0 1", // R1 (R6 concluded in 2026)
		"partial":               "1 0 0 0 0 0 1", // R3, same-day reply on 1 Jan
		"withheld":              "1 0 0 0 0 0 1",
		"withheld.internal":     "1 0 0 0 0 0 1", // R9
		"unavailable.not_held":  "0 0 0 0 1 0 1", // R4
		"rejected.duplicate":    "0 0 1 0 0 0 1", // R5
		"other.other":           "0 0 0 0 0 1 1", // R7 withdrawn
		"result_total":          "3 0 1 0 1 1 6",
		"carried_out":           "0 1 0 1 0 0 2", // R2 still open, R6 concluded 2026
		"withheld.state_secret": "0 0 0 0 0 0 0",
		"other.no_correction":   "0 0 0 0 0 0 0",
	}
	for code, w := range want {
		if got := row(t, m, code); got != w {
			t.Errorf("table3.%s = %s, want %s", code, got, w)
		}
	}
	t2 := func(path ...string) string { return jsonNum(at(t, m, append([]string{"table2"}, path...)...)) }
	for path, w := range map[string]string{
		"normative_docs.issued": "1", "normative_docs.repealed": "1", "normative_docs.in_force": "2",
		"rules.in_force": "0", "licensing.decisions": "2", "penalty.decisions": "0", "fees.amount_wan": `"5.12"`,
	} {
		if got := t2(splitPath(path)...); got != w {
			t.Errorf("table2.%s = %s, want %s", path, got, w)
		}
	}
	for path, w := range map[string]string{
		"review.upheld": "1", "review.total": "1", "litigation_direct.pending": "1",
		"litigation_direct.total": "1", "litigation_after_review.total": "0",
	} {
		if got := jsonNum(at(t, m, append([]string{"table4"}, splitPath(path)...)...)); got != w {
			t.Errorf("table4.%s = %s, want %s", path, got, w)
		}
	}
	if got := jsonNum(at(t, m, "processing_fees", "count")); got != "1" {
		t.Errorf("processing fee count = %s", got)
	}
}

func splitPath(p string) []string {
	for i := 0; i < len(p); i++ {
		if p[i] == '.' {
			return []string{p[:i], p[i+1:]}
		}
	}
	return []string{p}
}

// Applicants' names, contacts and request texts never leave the unit's
// database: no report output carries them.
func TestReportsCarryNoPersonalData(t *testing.T) {
	needPDF(t)
	_, db := importHandMade(t)
	out := t.TempDir()
	xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--draft").must(t)
	files, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(files) != 4 {
		t.Fatalf("outputs: %v", files)
	}
	personal := []string{"张某", "甲公司", "乙律师事务所", "13800000000", "申请人撤回申请"}
	for _, f := range files {
		var text string
		switch {
		case strings.HasSuffix(f, ".xlsx"):
			for _, rows := range cells(t, f) {
				for _, r := range rows {
					text += strings.Join(r, "\t") + "\n"
				}
			}
		case strings.HasSuffix(f, ".pdf"):
			text = pdfText(t, f)
		default:
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
		}
		if !strings.Contains(text, "某某县教育局") {
			t.Fatalf("%s: could not read the output", f)
		}
		for _, p := range personal {
			if strings.Contains(text, p) {
				t.Errorf("%s contains personal data %q", filepath.Base(f), p)
			}
		}
	}
}
