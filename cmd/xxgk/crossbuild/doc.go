// Package crossbuild holds no code of xxgk: its tests build the command
// for the platforms .ci/release ships and check the builds.
//
//   - A native build stamped through -ldflags -X, as the release stamps it,
//     says the stamp in `xxgk --version` and writes it into the export.
//   - The linux-arm64 build (cgo through Debian's gcc-aarch64-linux-gnu,
//     linked static as the release links it) runs `xxgk demo` under
//     qemu-user (Debian's qemu-user-static) and its annual and monthly
//     JSON equal the native build's, but for the time they were made.
//   - The linux-loong64 build (龙芯; cgo through `zig cc -target
//     loongarch64-linux-musl`, since Debian 12 has no C cross compiler for
//     LoongArch, linked static with musl) is an EM_LOONGARCH ELF without a
//     dynamic loader, and runs the demo under qemu-user with the same
//     checks as ARM64's. Zig is found through XXGK_ZIG (the zig program's
//     path), else on PATH; .ci/zig.sh installs the release's pinned
//     version from npm and exports XXGK_ZIG, and is checked here too: it
//     refuses a zig whose SHA-256 is not the pinned one, and without npm
//     says so.
//   - The windows-amd64 build (cgo through Debian's gcc-mingw-w64-x86-64)
//     builds, as an amd64 PE with cgo, and runs under Wine (Debian's wine)
//     as a clerk uses it: the demo into C:\演示 输出 (its JSON equal to the
//     Linux build's, its PDF made with a Chinese font put in the prefix),
//     the profile database without --db, an import from a Chinese path
//     with a space, a bad ledger refused with the database unchanged, a
//     report held open as Excel holds it (testdata/holdfile.c) refused
//     with 「文件是否正在 Excel 或 WPS 中打开？」, a path typed in cmd.exe
//     with a trailing \" explained, and the double-click and dropped-file
//     starts that open the workbench in the browser. Wine 8 lacks bcryptprimitives.dll, which Go's runtime
//     loads at start, so the test builds a stand-in with mingw
//     (testdata/bcryptprimitives.c) for its Wine prefix only; the release
//     never ships it.
//
// Without a cross compiler or qemu the tests that need them are skipped
// with the apt-get line that installs them (for Zig, the npm command),
// except when the environment variable CI is "true": .ci/run installs
// them, so there a missing tool fails the test.
package crossbuild
