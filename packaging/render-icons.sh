#!/usr/bin/env bash
# Renders the app icon's hicolor PNGs from its SVG sources into resources/icons/app/hicolor/, where
# packaging/install.cmake installs them from. The PNGs are committed, so a build needs no SVG renderer;
# run this after changing an SVG. Each size comes from the source drawn on its pixel grid:
# 16 px from -16px.svg, 24 px from -24px.svg, 32 px and up from the 64-unit main SVG (crisp from 32).
# Needs rsvg-convert (Debian: librsvg2-bin). Usage: packaging/render-icons.sh [--check]
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=io.github.edgekv.TokenManager
src=resources/icons/app
out=$src/hicolor
check=false
[[ "${1:-}" == "--check" ]] && check=true

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "render-icons: rsvg-convert not found (apt-get install librsvg2-bin)" >&2
  exit 1
fi

source_for() {
  case "$1" in
    16) echo "$src/$app_id-16px.svg" ;;
    24) echo "$src/$app_id-24px.svg" ;;
    *) echo "$src/$app_id.svg" ;;
  esac
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stale=0
for size in 16 24 32 48 64 128 256 512; do
  target=$out/${size}x${size}/apps/$app_id.png
  rsvg-convert --width "$size" --height "$size" --format png "$(source_for "$size")" -o "$tmp/$size.png"
  if $check; then
    # Compare pixels, not bytes: another renderer version may write other PNG chunks.
    if [[ ! -f "$target" ]] || ! cmp -s <(convert "$tmp/$size.png" rgba:-) <(convert "$target" rgba:-); then
      echo "render-icons: $target is missing or out of date" >&2
      stale=1
    fi
  else
    mkdir -p "$(dirname "$target")"
    cp "$tmp/$size.png" "$target"
    echo "render-icons: $target"
  fi
done
exit $stale
