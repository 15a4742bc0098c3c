#!/usr/bin/env bash
# Creates the project-local Python environment `.venv/` that `npm run verify` uses to execute the
# generated Python snippets against the real, pinned Microsoft Graph SDKs.
#
# Idempotent: the venv records the hash of the lock file it was installed from
# (.venv/.verify-lock-sha256); when that matches the current lock, nothing is done. This matters
# because the two SDKs are tens of thousands of files: an install takes minutes, a check takes
# milliseconds.
#
# Usage: bash scripts/setup-python.sh [--force]
# Env:   PYTHON (default python3, must be >= 3.9), VENV_DIR (default <repo>/.venv)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
venv="${VENV_DIR:-$root/.venv}"
lock="$root/verify/python/requirements.lock"
marker="$venv/.verify-lock-sha256"

if [[ ! -f "$lock" ]]; then
  echo "setup-python: missing $lock" >&2
  exit 1
fi

want="$(sha256sum "$lock" | cut -d' ' -f1)"
if [[ "${1:-}" != "--force" && -x "$venv/bin/python" && -f "$marker" && "$(cat "$marker")" == "$want" ]]; then
  echo "setup-python: $venv is up to date (lock $want)"
  exit 0
fi

start=$(date +%s)
if [[ ! -x "$venv/bin/python" ]]; then
  "$python" -m venv "$venv"
fi
# Removing the marker first means an interrupted install is redone next time, never trusted.
rm -f "$marker"
# --no-compile: byte-compiling every module of both SDKs at install time costs minutes; a snippet
# imports only a handful of modules, which Python compiles (and caches) on first import anyway.
# --no-deps: the lock is a complete `pip freeze`, so resolution is neither needed nor wanted.
"$venv/bin/python" -m pip install --disable-pip-version-check --no-input --no-compile --no-deps \
  -r "$lock"
"$venv/bin/python" -c 'import msgraph, msgraph_beta, kiota_abstractions' # fail here, not in verify
echo "$want" > "$marker"
echo "setup-python: installed $(grep -cv '^#' "$lock") pinned packages into $venv in $(( $(date +%s) - start ))s"
