#!/usr/bin/env bash
# OmegaT (a real CAT tool; Debian package `omegat`, 3.6) as the translator at the other end of
# an XLIFF 1.2 that Dragoman exported (issue 14, "Real clients"). The sample article is
# imported (furniture excluded, glossary tests/fixtures/names.csv loaded, so the export has
# translate="no" units and glossary notes) and exported untranslated; the article's
# translations (tests/fixtures/omegat/kremlin.tmx, a unit per segment) go through Dragoman's
# memory and out again as the TMX that OmegaT's project reads from tm/auto/; OmegaT translates
# in console mode (--mode=console-translate), and its target/*.xlf is read back.
#
# Three runs, each asserted:
#  1. The export as it is. OmegaT 3.6 finds no segment in it: its XLIFF filter translates the
#     text of <target> (it takes <source> as a tag to keep, and expects a copy of the source in
#     <target>, as Okapi Rainbow writes it), and Dragoman leaves an untranslated unit's
#     <target> empty. The output is the input with the targets still empty. (In OmegaT.jar 3.6,
#     XLIFFDialect lists <source> among the intact tags, and XLIFFOptions has no option for
#     this.) Should a later OmegaT or Dragoman change it, this run fails and says so.
#  2. The same file with each empty <target> given its <source>'s text, nothing else changed.
#     OmegaT fills every unit for translation from the TMX; its output must carry, unit by unit,
#     the translation Dragoman holds for that segment, keep the unit ids, groups, sources and
#     notes, leave the translate="no" units alone, and still validate against XLIFF 1.2 strict.
#  3. An export of the article translated in Dragoman (drafts filled from the memory). OmegaT
#     takes the English in <target> as the text to translate: no TMX match, nothing changes.
#
#   DRAGOMAN_CLI              the dragoman binary (default: built with cargo)
#   DRAGOMAN_REQUIRE_OMEGAT   set: fail when omegat is missing (default: skip, exit 0)
#   DRAGOMAN_KEEP             set: keep the work folder (the OmegaT projects) and say where
#
# `make interop-omegat` installs omegat and runs this; `make eval` runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'omegat-check: %s\n' "$*"; }
die() { printf 'omegat-check: FAILED: %s\n' "$*" >&2; exit 1; }

if ! command -v omegat >/dev/null; then
  why="omegat is not installed (apt-get install omegat, or make interop-omegat)"
  [ -n "${DRAGOMAN_REQUIRE_OMEGAT:-}" ] && die "$why"
  say "skipped: $why"
  exit 0
fi
command -v python3 >/dev/null || die "python3 is needed to read OmegaT's output"
command -v xmllint >/dev/null || die "xmllint is needed (apt-get install libxml2-utils)"

if [ -n "${DRAGOMAN_CLI:-}" ]; then
  cli=$DRAGOMAN_CLI
else
  cargo build -q --locked -p dragoman-cli
  cli=${CARGO_TARGET_DIR:-target}/debug/dragoman
fi
[ -x "$cli" ] || die "no dragoman binary at $cli"

dir=$(mktemp -d)
if [ -n "${DRAGOMAN_KEEP:-}" ]; then
  trap 'say "work folder kept: $dir"' EXIT
else
  trap 'rm -rf "$dir"' EXIT
fi
export LANG=en_US.UTF-8
article=crates/dragoman-core/assets/sample-kremlin-putin-biden.ar.txt
db=$dir/desk.db
dm() { "$cli" --db "$db" "$@"; }
# quiet CMD...: run CMD, its output to a log that is shown only if it fails.
quiet() { "$@" >"$dir/step.log" 2>&1 || { cat "$dir/step.log" >&2; die "$*"; }; }

# --- What Dragoman writes ---------------------------------------------------------------------
quiet dm glossary import tests/fixtures/names.csv
quiet dm tm import tests/fixtures/omegat/kremlin.tmx
quiet dm import --exclude-furniture "$article"
dm show 1 --json >"$dir/untranslated.json"
# The untranslated export (it warns that nothing is translated yet).
quiet dm export 1 --format xliff12 -o "$dir/kremlin.xlf"
# The same article again, now with "fill from the memory on import" on, so that Dragoman
# holds the article's translations (the CLI has no command for this setting: the app's
# memory settings write this key).
python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('tm.fill-on-import', 'true')")
db.commit()
PY
quiet dm import --exclude-furniture "$article"
dm show 2 --json >"$dir/translated.json"
quiet dm export 2 --format xliff12 -o "$dir/kremlin-translated.xlf"
# The TMX OmegaT reads: the memory (the fixture's units) as Dragoman writes it.
quiet dm tm export "$dir/dragoman.tmx"

cat >"$dir/check.py" <<'PY'
"""Reads Dragoman's exports and OmegaT's output; one command per run of omegat-check.sh."""
import collections, json, re, sys
import xml.etree.ElementTree as ET

NS = "{urn:oasis:names:tc:xliff:document:1.2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def fail(msg):
    print("omegat-check: FAILED: " + msg, file=sys.stderr)
    sys.exit(1)


def units(path):
    """(group id, unit element, source text, target text or None, notes) in document order."""
    out = []
    for group in ET.parse(path).getroot().iter(NS + "group"):
        for u in group.findall(NS + "trans-unit"):
            t = u.find(NS + "target")
            out.append({
                "group": group.get("id"), "id": u.get("id"), "translate": u.get("translate", "yes"),
                "attrs": dict(u.attrib), "source": "".join(u.find(NS + "source").itertext()),
                "target": None if t is None else "".join(t.itertext()),
                "target_attrs": None if t is None else dict(t.attrib),
                "notes": [(n.get("from"), n.text) for n in u.findall(NS + "note")],
            })
    return out


def stats(path):
    """OmegaT's project_stats.txt: (total, remaining) segments."""
    rows = {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.split("\t")]
        if cells[0] in ("Total:", "Remaining:"):
            rows.setdefault(cells[0], int(cells[1]))
    return rows["Total:"], rows["Remaining:"]


def same_frame(before, after, what):
    """The units, their ids, groups, attributes, sources and notes as they were."""
    if [(u["group"], u["id"]) for u in before] != [(u["group"], u["id"]) for u in after]:
        fail(f"{what}: OmegaT's output does not have the input's units in the same groups, "
             f"with the same ids:\n{[u['id'] for u in after]}")
    for b, a in zip(before, after):
        for key in ("attrs", "source", "notes"):
            if b[key] != a[key]:
                fail(f"{what}: unit {b['id']}: its {key} changed:\n  {b[key]!r}\n  {a[key]!r}")


def prefill(src, dst):
    """Copy each unit's source into its empty target, as Okapi Rainbow prepares XLIFF for
    OmegaT; the rest of the file byte for byte."""
    text = open(src, encoding="utf-8").read()
    pattern = re.compile(r'(<source xml:lang="ar">)([^<]*)(</source>\s*<target\b[^>]*?)(?:></target>|/>)', re.S)
    text, n = pattern.subn(lambda m: m.group(1) + m.group(2) + m.group(3) + ">" + m.group(2) + "</target>", text)
    want = sum(1 for u in units(src) if u["target"] == "")
    if n != want:
        fail(f"prefill: {n} empty targets given their source, but the file has {want}")
    open(dst, "w", encoding="utf-8").write(text)
    return n


def segments(path):
    return json.load(open(path, encoding="utf-8"))["segments"]


cmd, args = sys.argv[1], sys.argv[2:]

if cmd == "prefill":
    print(prefill(*args))

elif cmd == "as-exported":
    exported, output, stats_file = args
    before, after = units(exported), units(output)
    same_frame(before, after, "run 1")
    total, _ = stats(stats_file)
    filled = [u["id"] for u in after if u["target"]]
    if total or filled:
        fail(f"run 1: OmegaT now finds {total} segments in Dragoman's export as it is and fills "
             f"{len(filled)} targets: the pre-fill of run 2 may no longer be needed; "
             "update scripts/omegat-check.sh and the report of issue 14")
    n = sum(1 for u in before if u["translate"] != "no")
    print(f"{len(before)} units ({n} for translation, their targets empty): OmegaT found 0 segments, "
          "and wrote the file back with every target still empty")

elif cmd == "prefilled":
    prefilled, output, stats_file, untranslated, translated = args
    before, after = units(prefilled), units(output)
    same_frame(before, after, "run 2")
    segs, mine = segments(untranslated), segments(translated)
    # The article's translations as Dragoman holds them: the second import of the same text,
    # filled from the memory, segment for segment (same positions, other ids).
    if [s["source"] for s in segs] != [s["source"] for s in mine]:
        fail("run 2: the two imports of the article were not split alike")
    english = {f"s{s['id']}": m["target"] for s, m in zip(segs, mine)}
    wanted = [u for u in before if u["translate"] != "no"]
    missing = [f"s{s['id']}" for s, m in zip(segs, mine) if s["status"] != "excluded" and not m["target"]]
    if missing:
        fail(f"run 2: Dragoman did not fill {missing} from the memory: tests/fixtures/omegat/kremlin.tmx "
             "no longer matches how the article is split")
    wrong, states = [], collections.Counter()
    for b, a in zip(before, after):
        if b["translate"] == "no":
            if a["target"] is not None:
                fail(f"run 2: OmegaT wrote a target into {a['id']}, which is translate=\"no\"")
            continue
        states[a["target_attrs"].get("state")] += 1
        if a["target"] != english[a["id"]]:
            wrong.append(f"  {a['id']}: {a['target']!r}\n    want {english[a['id']]!r}")
        if a["target_attrs"].get(XML_LANG) != "en":
            fail(f"run 2: {a['id']}: the target's xml:lang is {a['target_attrs'].get(XML_LANG)!r}")
    if wrong:
        fail(f"run 2: {len(wrong)} of {len(wanted)} units do not carry the article's translation:\n"
             + "\n".join(wrong))
    total, remaining = stats(stats_file)
    if remaining:
        fail(f"run 2: OmegaT left {remaining} of {total} segments untranslated")
    notes = sum(len(u["notes"]) for u in after)
    print(f"{len(wanted)} of {len(wanted)} units for translation carry the article's English "
          f"({total} OmegaT segments, 0 left); ids, groups, sources and {notes} glossary notes kept; "
          f"the {len(before) - len(wanted)} translate=\"no\" units untouched; "
          f"target state left as it came: {dict(states)}")

elif cmd == "translated":
    exported, output, stats_file = args
    before, after = units(exported), units(output)
    same_frame(before, after, "run 3")
    changed = [a["id"] for b, a in zip(before, after) if b["target"] != a["target"]]
    if changed:
        fail(f"run 3: OmegaT changed the targets of {changed}")
    total, remaining = stats(stats_file)
    n = sum(1 for u in before if u["target"])
    if (total, remaining) != (n, n):
        fail(f"run 3: OmegaT found {total} segments, {remaining} untranslated; expected {n} and {n}")
    print(f"OmegaT took the {n} English targets as its source text ({total} segments, none matched "
          "the Arabic memory); the targets came back unchanged")

else:
    fail("unknown command " + cmd)
PY
check() { python3 "$dir/check.py" "$@"; }

# --- OmegaT -------------------------------------------------------------------------------------
# project NAME XLF: a project whose source is XLF and whose tm/auto/ holds Dragoman's TMX
# (tm/auto/ matches are inserted as translations when the project loads). Paragraph
# segmentation: a unit of Dragoman's is one sentence or paragraph already, and so is a TMX unit.
project() {
  local p=$dir/$1
  mkdir -p "$p"/{source,target,tm/auto,glossary,omegat,dictionary}
  cp "$2" "$p/source/kremlin.xlf"
  cp "$dir/dragoman.tmx" "$p/tm/auto/"
  cat >"$p/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>AR</source_lang>
    <target_lang>EN</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneArabicTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
XML
}

# translate NAME: OmegaT's console mode on project NAME; how long it took goes into $took.
took=
translate() {
  local p=$dir/$1 start end
  start=$(date +%s%N)
  if ! timeout 300 omegat --mode=console-translate --quiet --config-dir="$dir/config" \
    --disable-project-locking --no-team "$p" >"$p.log" 2>&1; then
    cat "$p.log" >&2
    die "OmegaT failed on project $1 (its log is above)"
  fi
  end=$(date +%s%N)
  took=$(((end - start) / 1000000))
  [ -f "$p/target/kremlin.xlf" ] || { cat "$p.log" >&2; die "OmegaT wrote no target/kremlin.xlf for project $1"; }
  xmllint --noout --schema tests/fixtures/schemas/xliff-core-1.2-strict.xsd "$p/target/kremlin.xlf" 2>"$p.xmllint" ||
    { cat "$p.xmllint" >&2; die "OmegaT's output for project $1 is not valid XLIFF 1.2 (strict schema)"; }
}
mkdir -p "$dir/config"
version=$(dpkg-query -W -f='${Version}' omegat 2>/dev/null || echo '?')
say "OmegaT $version, $cli"

project as-exported "$dir/kremlin.xlf"
translate as-exported
out=$(check as-exported "$dir/kremlin.xlf" "$dir/as-exported/target/kremlin.xlf" \
  "$dir/as-exported/omegat/project_stats.txt")
say "run 1, the export as it is ($took ms): $out"

n=$(check prefill "$dir/kremlin.xlf" "$dir/kremlin-prefilled.xlf")
project prefilled "$dir/kremlin-prefilled.xlf"
translate prefilled
out=$(check prefilled "$dir/kremlin-prefilled.xlf" "$dir/prefilled/target/kremlin.xlf" \
  "$dir/prefilled/omegat/project_stats.txt" "$dir/untranslated.json" "$dir/translated.json")
say "run 2, the export with its $n empty targets given their source ($took ms): $out"

project translated "$dir/kremlin-translated.xlf"
translate translated
out=$(check translated "$dir/kremlin-translated.xlf" "$dir/translated/target/kremlin.xlf" \
  "$dir/translated/omegat/project_stats.txt")
say "run 3, an export of the article translated ($took ms): $out"
say "passed: OmegaT carries the article's translations into Dragoman's XLIFF 1.2, once each" \
  "empty <target> holds its source"
