#!/usr/bin/env bash
# An independent TMX reader reads what `dragoman tm export` writes: translate-toolkit
# (translate.storage.tmx, pinned in scripts/bootstrap.sh, in the venv target/e2e/venv) finds
# the units of tests/fixtures/tmx/news.tmx, Arabic as the source and English as the target,
# each with its tuid, and nothing else (tests/fixtures/tmx/news.expected.json). Part of
# `make test-rust`; needs `scripts/bootstrap.sh test` (which `make test` runs) for the venv.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${DRAGOMAN_E2E_PYTHON:-target/e2e/venv/bin/python}
if ! "$py" -c 'import translate.storage.tmx' 2>/dev/null; then
  echo "tmx-interop: translate-toolkit is not in $py: run scripts/bootstrap.sh test (make test does)" >&2
  exit 1
fi
cargo build -q --locked -p dragoman-cli
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export LANG=en_US.UTF-8
target/debug/dragoman --db "$dir/m.db" tm import tests/fixtures/tmx/news.tmx >/dev/null
target/debug/dragoman --db "$dir/m.db" tm export "$dir/out.tmx" >/dev/null
"$py" - "$dir/out.tmx" tests/fixtures/tmx/news.expected.json <<'PY'
import json
import sys

from translate.storage import tmx

exported, expected = sys.argv[1], sys.argv[2]
with open(exported, "rb") as f:
    store = tmx.tmxfile(f)
want = [(str(i + 1), ar, en) for i, (ar, en) in enumerate(json.load(open(expected, encoding="utf-8")))]
got = [(u.getid(), u.source, u.target) for u in store.units]
assert store.sourcelanguage == "ar", store.sourcelanguage
assert got == want, "translate-toolkit read:\n%s\nexpected:\n%s" % (got, want)
print("tmx-interop: translate-toolkit reads the %d exported units as exported" % len(got))
PY
