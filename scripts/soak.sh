#!/usr/bin/env bash
# The kill soak (tests/soak/kill-soak.mjs): the real app SIGKILLed SOAK_KILLS times (default
# 100) while it is typed into; every edit older than a second must be on disk each time.
# Call through `make soak`, which builds the app binary first; SOAK_SEED repeats a run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DRAGOMAN_E2E_APP=${DRAGOMAN_E2E_APP:-$PWD/target/e2e/dragoman-desktop}
[ -x "$DRAGOMAN_E2E_APP" ] || { echo "no app binary at $DRAGOMAN_E2E_APP" >&2; exit 1; }
export DRAGOMAN_E2E_PYTHON=${DRAGOMAN_E2E_PYTHON:-$PWD/target/e2e/venv/bin/python}
[ -x "$DRAGOMAN_E2E_PYTHON" ] || DRAGOMAN_E2E_PYTHON=python3
export DRAGOMAN_E2E_LOGS=${DRAGOMAN_E2E_LOGS:-$PWD/target/soak/logs}
export SOAK_RESULTS=${SOAK_RESULTS:-$PWD/target/soak/results.json}
mkdir -p "$DRAGOMAN_E2E_LOGS"
export LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
export NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
node tests/soak/kill-soak.mjs
