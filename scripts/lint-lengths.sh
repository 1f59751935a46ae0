#!/usr/bin/env bash
# No source file over 600 lines unless it says why near its top (a line mentioning
# "600 lines" among its first 12). Part of `make lint`; the core's module test checks the
# same for crates/dragoman-core/src.
set -euo pipefail
cd "$(dirname "$0")/.."
max=600
long=()
while IFS= read -r f; do
  [ -f "$f" ] || continue
  n=$(wc -l < "$f")
  if [ "$n" -gt "$max" ] && ! head -n 12 "$f" | grep -q "600 lines"; then
    long+=("$f: $n lines")
  fi
done < <(git ls-files '*.rs' '*.ts' '*.svelte' '*.css' '*.mjs' '*.sh' '*.py')
if [ ${#long[@]} -gt 0 ]; then
  printf 'lint-lengths: over %s lines without saying why at the top:\n' "$max" >&2
  printf '  %s\n' "${long[@]}" >&2
  exit 1
fi
echo "lint-lengths: no source file over $max lines without a reason"
