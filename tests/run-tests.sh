#!/usr/bin/env bash
# The project's one test entry point (README, CI): configures and builds a preset, then runs the
# whole suite inside a private D-Bus session with a throwaway, unlocked Secret Service keyring and
# no display, so keychain tests use the real Secret Service and nothing touches the user's own.
# Usage: tests/run-tests.sh [release|debug|asan] [extra ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
shift || true

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

KR_HOME=$(mktemp -d)
trap 'rm -rf "$KR_HOME"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME="$KR_HOME/data" XDG_CONFIG_HOME="$KR_HOME/config" XDG_CACHE_HOME="$KR_HOME/cache"
export XDG_RUNTIME_DIR="$KR_HOME/run"
export EDGEKV_TEST_XDG_ROOT="$KR_HOME"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
if [[ "$preset" == asan ]]; then
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
fi

# shellcheck disable=SC2016
dbus-run-session -- sh -c '
  printf %s ci-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec ctest --test-dir "build/$0" --output-on-failure "$@"' "$preset" "$@"

# What the data-driven tests checked (the official vectors and fixtures they read from ../shared).
grep -hoE '(EdgeGrid: checked|edgerc: checked) [^"]*' "build/$preset/Testing/Temporary/LastTest.log" | sort -u || true
