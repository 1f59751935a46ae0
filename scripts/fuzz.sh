#!/usr/bin/env bash
# The long fuzzing run (`make fuzz`, issue 13): each coverage-guided target of fuzz/ under
# libFuzzer (cargo-fuzz, nightly Rust) for FUZZ_SECONDS (default 120) seconds, from seeds
# written by fuzz/examples/seeds.rs (tests/fixtures and hand-written files). cargo-fuzz is
# installed from crates.io when missing. Without nightly Rust, the fuzz-style property tests
# of `cargo test` run instead with many cases (PROPTEST_CASES, default 20000), and it says so.
#
#   FUZZ_SECONDS=600 make fuzz              longer
#   FUZZ_TARGETS="names tmx" make fuzz      some targets only
#
# A crash, a hang (an input over FUZZ_TIMEOUT seconds, default 10) or a failed check stops the
# run with libFuzzer's report; the input is in fuzz/artifacts/<target>/ and replays with
#   cargo +nightly fuzz run <target> fuzz/artifacts/<target>/<file>
# Each target's last statistics line (executions, executions per second, coverage) is printed
# at the end and kept in target/fuzz-logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-120}"
timeout="${FUZZ_TIMEOUT:-10}"
targets="${FUZZ_TARGETS:-article_file article_paste article_docx glossary tmx names}"

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  cases="${PROPTEST_CASES:-20000}"
  echo "fuzz: no nightly Rust toolchain, so no coverage-guided fuzzing (cargo-fuzz needs nightly)."
  echo "fuzz: running the fuzz-style property tests instead with PROPTEST_CASES=$cases and a random seed."
  seed="${PROPTEST_RNG_SEED:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}"
  echo "fuzz: PROPTEST_RNG_SEED=$seed (set it to replay this run)"
  PROPTEST_CASES="$cases" PROPTEST_RNG_SEED="$seed" \
    cargo test -p dragoman-core --locked --release --test fuzz_importers --test fuzz_names
  exit 0
fi

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

echo "fuzz: writing seed corpora"
cargo +nightly run --quiet --locked --manifest-path fuzz/Cargo.toml --example seeds

echo "fuzz: building the targets (release, with debug assertions and AddressSanitizer)"
cargo +nightly fuzz build -O

logs=target/fuzz-logs
mkdir -p "$logs"
failed=()
for t in $targets; do
  echo "fuzz: $t for ${seconds}s"
  mkdir -p "fuzz/corpus/$t"
  # -max_len: the seeds are a few KiB; 64 KiB leaves room to grow (nesting, long lines).
  if ! cargo +nightly fuzz run -O "$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -timeout="$timeout" -max_len=65536 \
      -print_final_stats=1 >"$logs/$t.log" 2>&1; then
    failed+=("$t")
    tail -n 60 "$logs/$t.log"
  fi
done

echo
echo "fuzz: results (executions, executions per second, coverage)"
for t in $targets; do
  runs=$(grep -h '^stat::number_of_executed_units' "$logs/$t.log" 2>/dev/null | tail -1 | awk '{print $2}')
  rate=$(grep -h '^stat::average_exec_per_sec' "$logs/$t.log" 2>/dev/null | tail -1 | awk '{print $2}')
  cov=$(grep -ho 'cov: [0-9]*' "$logs/$t.log" 2>/dev/null | tail -1)
  printf '  %-14s %12s execs  %8s/s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "${cov:-}"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in fuzz/artifacts/, logs in $logs/)" >&2
  exit 1
fi
echo "fuzz: no crash, hang or failed check"
