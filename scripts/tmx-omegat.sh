#!/usr/bin/env bash
# OmegaT (a real CAT tool; Debian package `omegat`, 3.6) reads what `dragoman tm export`
# writes: the export of tests/fixtures/tmx/news.tmx goes into a project's tm/auto/, OmegaT's
# console mode translates an Arabic text with it, and the sentences the memory holds come out
# in English (those it lacks stay Arabic). Run by `make eval` when `omegat` is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v omegat >/dev/null || { echo "tmx-omegat: omegat is not installed (apt-get install omegat)" >&2; exit 1; }
cargo build -q --locked -p dragoman-cli
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
proj=$dir/proj
mkdir -p "$proj"/{source,target,tm/auto,glossary,omegat,dictionary} "$dir/config"
export LANG=en_US.UTF-8
target/debug/dragoman --db "$dir/m.db" tm import tests/fixtures/tmx/news.tmx >/dev/null
target/debug/dragoman --db "$dir/m.db" tm export "$proj/tm/auto/dragoman.tmx" >/dev/null
cat >"$proj/omegat.project" <<'XML'
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
printf '%s\n\n%s\n\n%s\n' 'قال الكرملين إن المحادثات كانت بناءة.' 'التقى الوزير ونائبه «الصحفيين» اليوم.' \
  'جملة لا توجد في الذاكرة.' >"$proj/source/news.txt"
timeout 300 omegat --mode=console-translate --quiet --config-dir="$dir/config" --disable-project-locking --no-team \
  "$proj" >"$dir/omegat.log" 2>&1 || { cat "$dir/omegat.log" >&2; exit 1; }
want=$(printf '%s\n\n%s\n\n%s\n' 'The Kremlin said the talks were constructive.' \
  'The minister & his deputy met "reporters" <today>.' 'جملة لا توجد في الذاكرة.')
got=$(cat "$proj/target/news.txt")
if [ "$got" != "$want" ]; then
  printf 'tmx-omegat: OmegaT translated with the export:\n%s\nexpected:\n%s\n' "$got" "$want" >&2
  exit 1
fi
echo "tmx-omegat: OmegaT $(dpkg-query -W -f='${Version}' omegat 2>/dev/null) fills both sentences from the export"
