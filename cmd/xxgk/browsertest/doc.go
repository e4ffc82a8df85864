// Package browsertest drives Debian's headless chromium from tests with
// chromedp, so that the workbench's pages can be checked in a real browser:
// navigating, clicking, filling and submitting forms, downloading files,
// full-page screenshots at a given width, and a check that nothing sticks
// out of the viewport sideways.
//
// It is a normal package imported only by tests (it takes a testing.TB);
// the xxgk binary never imports it.
//
// A test gets a tab with New, which starts a browser of its own, or with
// Shared.New, which opens a tab in one browser started once per test binary
// (stop it with Shared.Close in TestMain). Each tab has its own browser
// context: its own cookies and its own download folder.
//
// Without chromium the tests are skipped with the apt-get command that
// installs it, except when the environment variable CI is "true": there a
// missing browser fails the test, so CI never silently skips the browser.
//
// Screenshots go to the folder named by XXGK_SCREENSHOTS when it is set
// (see ScreenshotDir), so a person can look at them; otherwise to a
// temporary folder of the test.
package browsertest
