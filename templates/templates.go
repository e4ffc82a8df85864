// Package templates embeds the wording of xxgk's text outputs, so that
// what a clerk reads can be changed in one place without touching the
// code: the check listing, the explain listing, and the annual report's
// narrative (its sentences, opening paragraph and starting file). Every
// file is parsed at start-up and a test fails on a file no code names.
package templates

import (
	"embed"
	"fmt"
	htmltemplate "html/template"
	"text/template"
)

//go:embed text/*.tmpl
var files embed.FS

//go:embed html/*.tmpl
var htmlFiles embed.FS

//go:embed web/*.tmpl
var webFiles embed.FS

// Names of the templates, one per file under text/.
const (
	Check   = "check.tmpl"   // the problems `xxgk check` lists
	Explain = "explain.tmpl" // the rows `xxgk explain` lists behind a figure

	// The annual report's narrative (package report/narrative): the
	// sentences that carry figures, the opening paragraph, and the starting
	// narrative file a clerk edits.
	NarrativeSentences = "narrative_sentences.tmpl"
	NarrativeOpening   = "narrative_opening.tmpl"
	NarrativeStarter   = "narrative_starter.tmpl"
)

// Names of the HTML templates, one per file under html/.
const (
	AnnualPage = "annual_page.tmpl" // the annual report as one web page
)

// Names of the workbench's page templates, one per file under web/
// (package cmd/xxgk/web). Each page is a complete template that calls
// "top" and "bottom" of the layout.
const (
	WebLayout   = "layout.tmpl"   // the top bar, the page's frame and the form field
	WebError    = "error.tmpl"    // a refusal or a failure, in words
	WebOverview = "overview.tmpl" // 概览
	WebRequests = "requests.tmpl" // 依申请公开: the list and the form to register one
	WebRequest  = "request.tmpl"  // one application and a form per step
	// 导入台账: the form, the result (or the refusal) and the confirmation
	// of 「以本次文件为准」's deletions
	WebImport        = "import.tmpl"
	WebImportResult  = "importresult.tmpl"
	WebImportConfirm = "importconfirm.tmpl"
	WebAnnual        = "annual.tmpl"      // 年度报告: the tables, the check and the downloads
	WebAnnualFiles   = "annualfiles.tmpl" // 年度报告's downloads and its narrative page
	WebAnnualText    = "annualtext.tmpl"  // 年报文字: the narrative's parts, generated and typed
	WebMonthly       = "monthly.tmpl"     // 月度进展
	WebRollup        = "rollup.tmpl"      // 汇总
	WebSettings      = "settings.tmpl"    // 设置
	WebFigure        = "figure.tmpl"      // 年度报告: one figure and the records behind it

	WebRollupResult = "rollupresult.tmpl" // 汇总情况: a roll-up's result and its downloads
)

// WebSettingsConfirm is 设置's page that asks to confirm taking categories
// still in use out of the 主动公开目录.
const WebSettingsConfirm = "settingsconfirm.tmpl"

// The shared server's pages (package cmd/xxgk/web/public): sign-in, the
// password change, and an upper level's 下级单位.
const (
	WebLogin    = "login.tmpl"
	WebPassword = "password.tmpl"
	WebUnits    = "units.tmpl"
)

// Names lists every template the code uses.
var Names = []string{Check, Explain, NarrativeSentences, NarrativeOpening, NarrativeStarter, AnnualPage,
	WebLayout, WebError, WebOverview, WebRequests, WebRequest, WebImport, WebImportResult, WebImportConfirm,
	WebAnnual, WebAnnualFiles, WebMonthly, WebRollup, WebSettings,
	WebFigure,
	WebAnnualText,
	WebRollupResult,
	WebSettingsConfirm,
	WebLogin, WebPassword, WebUnits,
}

// Text parses every embedded text template. The templates may call inc
// (n+1, for 1-based numbering).
func Text() (*template.Template, error) {
	funcs := template.FuncMap{"inc": func(i int) int { return i + 1 }}
	t, err := template.New("").Funcs(funcs).ParseFS(files, "text/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse templates: %w", err)
	}
	return t, nil
}

// HTML parses every embedded HTML template (html/template, which escapes
// what it prints).
func HTML() (*htmltemplate.Template, error) {
	t, err := htmltemplate.New("").ParseFS(htmlFiles, "html/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse html templates: %w", err)
	}
	return t, nil
}

// Web parses the workbench's page templates (html/template).
func Web() (*htmltemplate.Template, error) {
	t, err := htmltemplate.New("").ParseFS(webFiles, "web/*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("parse web templates: %w", err)
	}
	return t, nil
}
