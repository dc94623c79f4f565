#!/bin/sh
# Screenshots of the main window on the in-process sandbox, as a new user sees it after
# `edgekv-token-manager --sandbox`: one PNG per screen size, under Xvfb (no display or keychain needed).
#
#   packaging/screenshot.sh OUTPUT_DIR [BINARY]
#
# Writes OUTPUT_DIR/main-window.png (1280x800, the README image) and OUTPUT_DIR/main-window-800x600.png.
# BINARY defaults to the first edgekv-token-manager found under build/. Needs xvfb-run, xdotool and
# ImageMagick's import. The settings of a throwaway XDG_CONFIG_HOME are used, so the user's are untouched.
set -eu

out=${1:?usage: packaging/screenshot.sh OUTPUT_DIR [BINARY]}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-$(find "$root/build" -type f -name edgekv-token-manager -perm -u+x 2>/dev/null | head -n 1)}
[ -x "${bin:-}" ] || { echo "screenshot.sh: edgekv-token-manager not found; build it or pass its path" >&2; exit 2; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing" >&2; exit 2; }
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shot WIDTH HEIGHT FILE: start the app on a fresh screen, fill the screen with its window, capture it.
shot() {
  mkdir -p "$work/config-$1" "$work/run-$1"
  chmod 700 "$work/run-$1"
  XDG_CONFIG_HOME="$work/config-$1" XDG_RUNTIME_DIR="$work/run-$1" DBUS_SESSION_BUS_ADDRESS=disabled: \
  xvfb-run -a -s "-screen 0 ${1}x${2}x24 -dpi 96" sh -c '
    "$0" --sandbox &
    app=$!
    win=""
    for i in $(seq 1 50); do
      win=$(xdotool search --onlyvisible --name "EdgeKV Token Manager" 2>/dev/null | head -n 1) && [ -n "$win" ] && break
      sleep 0.2
    done
    [ -n "$win" ] || { echo "screenshot.sh: the window did not appear" >&2; kill $app; exit 1; }
    xdotool windowmove "$win" 0 0 windowsize "$win" "$1" "$2"
    sleep 3   # the sandbox answers and every row fills in
    import -window root "$3"
    kill $app
    wait $app 2>/dev/null || true
  ' "$bin" "$1" "$2" "$3"
  echo "wrote $3"
}

shot 1280 800 "$out/main-window.png"
shot 800 600 "$out/main-window-800x600.png"
