#!/usr/bin/env bash
# An independent XLIFF reader reads what `dragoman export --format xliff12|xliff21` writes:
# translate-toolkit (translate.storage.xliff and xliff2, pinned in scripts/bootstrap.sh, in the
# venv target/e2e/venv) finds one unit per segment of the sample article, with the segment's
# id, its Arabic source and its English target, in both versions. Part of `make test-rust`;
# needs `scripts/bootstrap.sh test` (which `make test` runs) for the venv.
set -euo pipefail
cd "$(dirname "$0")/.."
py=${DRAGOMAN_E2E_PYTHON:-target/e2e/venv/bin/python}
if ! "$py" -c 'import translate.storage.xliff2' 2>/dev/null; then
  echo "xliff-interop: translate-toolkit is not in $py: run scripts/bootstrap.sh test (make test does)" >&2
  exit 1
fi
cargo build -q --locked -p dragoman-cli
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export LANG=en_US.UTF-8
db="$dir/x.db"
target/debug/dragoman --db "$db" import crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt >/dev/null
# Translations as another session would have typed them (written straight into the test's
# own database, so that the exported targets are not empty).
"$py" - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT id FROM segments ORDER BY position LIMIT 6").fetchall()
for i, (sid,) in enumerate(rows):
    db.execute("UPDATE segments SET target = ?, status = 'translated' WHERE id = ?", (f"English {i} & <more>", sid))
db.commit()
PY
target/debug/dragoman --db "$db" show 1 --json >"$dir/show.json"
for version in xliff12 xliff21; do
  target/debug/dragoman --db "$db" export 1 --format "$version" -o "$dir/a.$version.xlf" 2>/dev/null
done
"$py" - "$dir" <<'PY'
import json, sys
from translate.storage import xliff, xliff2

d = sys.argv[1]
segments = json.load(open(f"{d}/show.json", encoding="utf-8"))["segments"]
want = [("s%d" % s["id"], s["source"], s["target"] or None) for s in segments]
for name, module, cls in (("xliff12", xliff, "xlifffile"), ("xliff21", xliff2, "Xliff2File")):
    with open(f"{d}/a.{name}.xlf", "rb") as f:
        store = getattr(module, cls).parsefile(f)
    units = [u for u in store.units if not u.isheader()]
    # translate-toolkit prefixes a 1.2 unit's id with its group's ("p0\x04s1").
    got = [(u.getid().split("\x04")[-1], u.source, u.target or None) for u in units]
    assert got == want, "%s: translate-toolkit read:\n%s\nexpected:\n%s" % (name, got[:4], want[:4])
    print("xliff-interop: translate-toolkit reads the %d units of the %s export as exported" % (len(got), name))
PY
