#!/usr/bin/env bash
# Quick start on a fresh Debian 12 machine: installs the Debian packages, builds the release preset,
# and starts the local EdgeKV sandbox with demo data. Its credentials go to an .edgerc section that
# the app and the command line use; stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/setup-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

state_dir=${XDG_STATE_HOME:-$HOME/.local/state}/edgekv-token-manager
mkdir -p "$state_dir"
edgerc="$state_dir/sandbox.edgerc"
reuse=()
[[ -f "$edgerc" ]] && reuse=(--credentials "$edgerc" --credentials-section sandbox)

echo "Starting the local EdgeKV sandbox (state: $state_dir/sandbox-state.json, credentials: $edgerc [sandbox])"
exec build/release/app/edgekv-sandbox --seed 12 --state "$state_dir/sandbox-state.json" \
  --write-edgerc "$edgerc" --section sandbox "${reuse[@]}"
