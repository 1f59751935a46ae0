#!/usr/bin/env bash
# Run the end-to-end tests against the real app under Xvfb. Each test starts its own
# tauri-driver (which drives WebKitWebDriver) on a free port (tests/e2e/helpers.mjs).
# Call through `make test-e2e`, which builds the app binary first.
set -euo pipefail
cd "$(dirname "$0")/.."
export DRAGOMAN_E2E_APP=${DRAGOMAN_E2E_APP:-$PWD/target/e2e/dragoman-desktop}
[ -x "$DRAGOMAN_E2E_APP" ] || { echo "no app binary at $DRAGOMAN_E2E_APP" >&2; exit 1; }
export DRAGOMAN_E2E_CLI=${DRAGOMAN_E2E_CLI:-$PWD/target/e2e/dragoman}
export DRAGOMAN_E2E_PYTHON=${DRAGOMAN_E2E_PYTHON:-$PWD/target/e2e/venv/bin/python}
export DRAGOMAN_E2E_LOGS=${DRAGOMAN_E2E_LOGS:-$PWD/target/e2e/logs}
mkdir -p "$DRAGOMAN_E2E_LOGS"
# The "system locale" the app sees on first run.
export LANG=en_US.UTF-8 LC_ALL= LANGUAGE=
# No accessibility bus under Xvfb.
export NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
