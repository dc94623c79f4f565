#!/usr/bin/env bash
# Quick start on a fresh Debian 12 machine: installs the Debian packages, builds the release preset and
# opens the app on the local EdgeKV sandbox with demo tokens (no Akamai account and no keychain needed).
# Without a display it starts the sandbox server alone and writes an .edgerc for the command line.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  echo "Opening EdgeKV Token Manager on the local sandbox"
  exec build/release/ui/app/edgekv-token-manager --sandbox "$@"
fi

edgerc=${TMPDIR:-/tmp}/edgekv-sandbox.edgerc
echo "No display: starting the local EdgeKV sandbox alone. In another terminal try:"
echo "  build/release/app/cli/edgekv-tokens --edgerc $edgerc --section sandbox list --details"
echo "Stop it with Ctrl+C."
exec build/release/app/edgekv-sandbox --seed 24 --write-edgerc "$edgerc" --section sandbox
