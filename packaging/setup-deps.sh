#!/usr/bin/env bash
# Installs every Debian package EdgeKV Token Manager needs to build, test and run.
# Idempotent: when everything is present it only checks and exits within a second.
# Usage: packaging/setup-deps.sh [--with-optional]   (as root, or as a user with sudo)
set -euo pipefail

required=(
  cmake ninja-build g++ libgl-dev openssl
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev libarchive-dev libarchive13 libsecret-1-0 qt6-svg-dev libqt6svg6
  dbus gnome-keyring libsecret-tools xvfb xauth fonts-dejavu-core
  clang-format
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  dpkg-dev fakeroot file appstream desktop-file-utils lintian help2man
)
optional=(
  imagemagick x11-apps xdotool
  librsvg2-bin
)

packages=("${required[@]}")
[[ "${1:-}" == "--with-optional" ]] && packages+=("${optional[@]}")

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup-deps: missing packages (${missing[*]}); run this script as root or install sudo" >&2
  exit 1
fi

echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
