package main

// The build's stamp. .ci/release sets them with
// -ldflags "-X main.version=… -X main.commit=… -X main.date=…"; a plain
// go build leaves version "dev" and the others empty.
var (
	version = "dev" // git describe --tags --always of the release's commit
	commit  = ""    // the commit, abbreviated to 12 hex digits
	date    = ""    // the commit's date, YYYY-MM-DD
)

// versionText is what `xxgk --version` prints after "xxgk version ": the
// version, then, in a stamped build, the commit and its date. Exports and
// the workbench show the version alone.
func versionText() string {
	if commit == "" {
		return version
	}
	s := version + "（提交 " + commit
	if date != "" {
		s += "，日期 " + date
	}
	return s + "）"
}
