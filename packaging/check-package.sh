#!/usr/bin/env bash
# CI check of the Debian package: builds the .deb with CPack from the release build, checks its
# control fields, installs it with dpkg (dependencies through apt when dpkg lacks them), runs the
# INSTALLED programs from /usr/bin, validates the installed desktop entry and AppStream metainfo, runs
# lintian (errors fail, warnings are printed), then removes the package again.
#
# Usage: packaging/check-package.sh [BUILD_DIR]   (default build/release; configured with the release
#        preset and built when needed). Must run as root (dpkg); takes well under two minutes on a built tree.
# Needs (packaging/setup-deps.sh installs them): dpkg-dev, fakeroot, file, desktop-file-utils, appstream,
# lintian (optional: skipped with a note when absent), help2man.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build/release}
package=edgekv-token-manager
app_id=io.github.edgekv.TokenManager
started=$SECONDS

fail() {
  echo "check-package: FAIL: $*" >&2
  exit 1
}
step() { echo "-- $*"; }
indent() { sed 's/^/  /'; }

[[ $(id -u) -eq 0 ]] || fail "run as root: the package is installed with dpkg"
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (packaging/setup-deps.sh installs it)"
done

# --- Build ---------------------------------------------------------------------------------------------
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  [[ "$build" == build/release ]] || fail "$build is not a configured build directory"
  step "configuring the release preset"
  cmake --preset release >/dev/null
fi
step "building $build"
cmake --build "$build" >"$build/check-package-build.log" 2>&1 || {
  tail -n 40 "$build/check-package-build.log" >&2
  fail "the build failed"
}

# --- Package ---------------------------------------------------------------------------------------------
out="$root/$build/package"
rm -rf "$out"
step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$out" >"$out.log" 2>&1) || {
  cat "$out.log" >&2
  fail "cpack failed"
}
shopt -s nullglob
debs=("$out"/*.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one .deb in $out, found ${#debs[@]}"
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

field() { dpkg-deb --field "$deb" "$1"; }
echo "Depends: $(field Depends)"
echo "Recommends: $(field Recommends)"
[[ "$(field Package)" == "$package" ]] || fail "package name is $(field Package), not $package"
[[ "$(field Section)" == utils ]] || fail "Section is '$(field Section)'"
[[ -n "$(field Maintainer)" ]] || fail "no Maintainer field"
depends=$(field Depends)
for dep in libsecret-1-0 libqt6svg6 libqt6core6 libqt6widgets6 libqt6keychain1 libarchive13; do
  [[ ",$depends," == *[\ ,]"$dep"[\ ,\(]* ]] || fail "Depends lacks $dep (shlibdeps or the explicit list)"
done
[[ "$(field Recommends)" == *gnome-keyring* ]] || fail "Recommends lacks gnome-keyring"

contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in /usr/bin/edgekv-tokens /usr/bin/edgekv-sandbox /usr/bin/edgekv-token-manager \
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/icons/hicolor/16x16/apps/$app_id.png" \
  "/usr/share/icons/hicolor/512x512/apps/$app_id.png" /usr/share/man/man1/edgekv-tokens.1.gz \
  /usr/share/man/man1/edgekv-sandbox.1.gz /usr/share/man/man1/edgekv-token-manager.1.gz \
  "/usr/share/doc/$package/copyright" "/usr/share/doc/$package/changelog.gz"; do
  grep -qxF ".$path" <<<"$contents" || fail "the package lacks $path"
done
echo "contents: $(wc -l <<<"$contents") entries, every expected file present"

# --- Lintian ---------------------------------------------------------------------------------------------
if command -v lintian >/dev/null 2>&1; then
  step "lintian"
  # Exit status 1 means error tags (or a lintian failure); warnings and infos are only shown.
  lintian_rc=0
  lintian --info --display-level ">=warning" "$deb" >"$out/lintian.raw" 2>&1 || lintian_rc=$?
  # CI runs as root; lintian's note about that is not about the package.
  grep -v '^running with root privileges' "$out/lintian.raw" >"$out/lintian.txt" || true
  indent <"$out/lintian.txt"
  if grep -q '^E: ' "$out/lintian.txt" || [[ $lintian_rc -ne 0 ]]; then
    fail "lintian reported errors (exit $lintian_rc)"
  fi
  echo "lintian: no errors ($(grep -c '^W: ' "$out/lintian.txt" || true) warnings)"
else
  echo "lintian: not installed, skipped"
fi

# --- Install -------------------------------------------------------------------------------------------
cleanup() {
  # Any state dpkg knows (installed, or left unpacked by a failed install) is purged.
  local status
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  if [[ -n "$status" && "$status" != *not-installed* ]]; then
    echo "-- removing $package"
    dpkg --purge "$package" >/dev/null || echo "check-package: could not remove $package" >&2
  fi
}
trap cleanup EXIT

step "dpkg -i"
if ! dpkg -i "$deb" >"$out/dpkg.log" 2>&1; then
  # Missing dependencies: let apt bring them (setup-deps normally has them all).
  echo "dpkg -i needs dependencies; installing them with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >>"$out/dpkg.log" 2>&1 || {
    cat "$out/dpkg.log" >&2
    fail "the package does not install"
  }
fi
dpkg-query -W -f='${Package} ${Version} ${Status}\n' "$package"

# --- Run the installed programs --------------------------------------------------------------------------
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"; cleanup' EXIT
mkdir -m 700 "$scratch/run"
# A clean environment: nothing from the build tree, no display, no session bus, a throwaway home.
run_installed() {
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$scratch/run" \
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=disabled: "$@"
}
expect_output() { # PATTERN COMMAND...: runs it, shows its first lines, checks exit 0 and PATTERN
  local pattern=$1 output
  shift
  output=$(run_installed "$@" 2>&1) || fail "'$*' exited with $?: $output"
  head -n 3 <<<"$output" | indent
  grep -qE "$pattern" <<<"$output" || fail "'$*' printed no line matching $pattern"
}
version=$(dpkg-query -W -f='${Version}' "$package")
step "installed programs"
for program in edgekv-tokens edgekv-sandbox edgekv-token-manager; do
  [[ -x "/usr/bin/$program" ]] || fail "/usr/bin/$program is not installed"
done
expect_output "^edgekv-tokens ${version//./\\.}\$" /usr/bin/edgekv-tokens --version
expect_output "Usage: .*edgekv-sandbox" /usr/bin/edgekv-sandbox --help
expect_output "^edgekv-token-manager ${version//./\\.}\$" /usr/bin/edgekv-token-manager --version

# The window itself, on the offscreen platform with the in-process sandbox: it must come up and keep
# running (no missing Qt plugin or library) until timeout stops it.
gui_rc=0
run_installed timeout 4 /usr/bin/edgekv-token-manager --sandbox >"$scratch/gui.log" 2>&1 || gui_rc=$?
if [[ $gui_rc -ne 124 ]]; then
  cat "$scratch/gui.log" >&2
  fail "the installed edgekv-token-manager --sandbox exited with $gui_rc instead of running"
fi
if grep -qiE "could not load the qt platform plugin|cannot load library|cannot open shared object" \
  "$scratch/gui.log"; then
  cat "$scratch/gui.log" >&2
  fail "the installed GUI reported a loading problem"
fi
echo "  edgekv-token-manager --sandbox: window up on the offscreen platform, stopped after 4 s"

# The man pages as packaged (a container's dpkg may be told to skip /usr/share/man when installing).
step "man pages"
dpkg-deb -x "$deb" "$scratch/deb"
for program in edgekv-tokens edgekv-sandbox edgekv-token-manager; do
  page="$scratch/deb/usr/share/man/man1/$program.1.gz"
  zcat "$page" | grep -q "^\\.TH \"\?${program^^}" || fail "$program.1.gz has no .TH header for $program"
  if command -v man >/dev/null 2>&1; then
    text=$(MANWIDTH=80 man -l -P cat "$page" 2>"$scratch/man.err") || fail "man cannot render $program.1.gz"
    [[ ! -s "$scratch/man.err" ]] || { cat "$scratch/man.err" >&2; fail "man warns about $program.1.gz"; }
    grep -q -- "--help" <<<"$text" || fail "$program.1.gz does not list the options"
    echo "  $program(1): $(wc -l <<<"$text") lines"
  fi
done

# --- Desktop integration files, as installed -------------------------------------------------------------
step "desktop-file-validate"
desktop_out=$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1) || {
  echo "$desktop_out" >&2
  fail "desktop-file-validate"
}
# Hints (such as several main categories, which the design asks for) are shown, not failed.
[[ -z "$desktop_out" ]] || sort -u <<<"$desktop_out" | indent
echo "desktop entry: valid"
step "appstreamcli validate --no-net"
appstream_out=$(appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" 2>&1) || {
  echo "$appstream_out" >&2
  fail "appstreamcli validate"
}
indent <<<"$appstream_out"
# The package's tree as a whole: the launchable desktop entry and the icon the metainfo refers to exist.
tree_out=$(appstreamcli validate-tree --no-net "$scratch/deb" 2>&1) || {
  echo "$tree_out" >&2
  fail "appstreamcli validate-tree on the package's files"
}
echo "  validate-tree: $(tail -n 1 <<<"$tree_out")"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no release notes for $version"

echo "check-package: OK in $((SECONDS - started)) s ($(basename "$deb"))"
