# Dragoman. Two commands matter: `make run` and `make test`; both install what is missing.
# `make eval` runs the evaluations on third-party corpora (DRAGOMAN_CORPORA, default
# ../shared/corpora), which are not part of the repository.
SHELL := /bin/bash
.DEFAULT_GOAL := run
E2E_BIN := target/e2e/dragoman-desktop

.PHONY: run test eval interop-omegat fuzz bindings bench bundle check-invariants lint test-rust test-ui test-e2e e2e-app screenshots soak

## Build the app and open it on its own database (DRAGOMAN_DB=/path to use another).
run:
	scripts/bootstrap.sh run
	npx tauri build --debug --no-bundle
	./target/debug/dragoman-desktop

## Every test: invariants, lint, Rust (core, l10n, CLI, shell), UI, and end to end under Xvfb.
## Needs nothing outside the repository.
test:
	scripts/bootstrap.sh test
	$(MAKE) --no-print-directory check-invariants lint test-rust test-ui test-e2e

## Evaluations on the corpora in $DRAGOMAN_CORPORA (default ../shared/corpora): the NTREX,
## TBX-file and team-spec tests, and the programs behind the figures in docs/*.md, whose
## figures are compared with the docs. A corpus that is absent is skipped, and said so.
eval:
	$(MAKE) --no-print-directory interop-omegat
	scripts/eval.sh

## OmegaT (Debian's omegat 3.6, installed when missing) translates an XLIFF 1.2 export of the
## sample article in console mode with a TMX of its translations, and its output is checked
## unit by unit (scripts/omegat-check.sh). `make eval` runs it first; `make test` does not.
interop-omegat:
	@command -v omegat >/dev/null || { sudo=; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  echo "interop-omegat: installing omegat"; $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq omegat >/dev/null; }
	DRAGOMAN_REQUIRE_OMEGAT=1 scripts/omegat-check.sh

## The long fuzzing run (docs/fuzzing.md): each coverage-guided target of fuzz/ (cargo-fuzz,
## nightly Rust; cargo-fuzz installed when missing) for FUZZ_SECONDS (default 120) seconds;
## without nightly, the fuzz-style property tests with many cases. `make test` runs those briefly.
fuzz:
	scripts/fuzz.sh

## The core never depends on Tauri (nor do the l10n and CLI crates).
check-invariants:
	@for crate in dragoman-core dragoman-l10n dragoman-cli; do \
	  if cargo tree -p $$crate -e normal,build --prefix none | grep -qE '^tauri'; then \
	    echo "invariant broken: $$crate depends on tauri"; exit 1; fi; done; \
	echo "invariants: dragoman-core, dragoman-l10n and dragoman-cli are Tauri-free"

## Rewrite ui/src/ipc/bindings.ts from the Rust types (a test fails when it is stale).
bindings:
	DRAGOMAN_UPDATE_BINDINGS=1 cargo test -p dragoman-desktop --test bindings

lint:
	scripts/lint-lengths.sh
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

## The Rust tests, then translate-toolkit reading a TMX export and both XLIFF exports
## (scripts/tmx-interop.sh, scripts/xliff-interop.sh).
test-rust:
	cargo test --workspace --locked --no-fail-fast
	scripts/tmx-interop.sh
	scripts/xliff-interop.sh

test-ui:
	npm run check
	npm run lint:css
	npm run test:ui

## The app binary the e2e tests drive: embeds ui/dist. Copied aside, because a later plain
## `cargo build` would put a dev binary (which loads the Vite dev server) in target/debug.
e2e-app:
	npx tauri build --debug --no-bundle
	cargo build -p dragoman-cli
	mkdir -p target/e2e
	cp target/debug/dragoman-desktop $(E2E_BIN)
	cp target/debug/dragoman target/e2e/dragoman

test-e2e: e2e-app
	xvfb-run -a -s "-screen 0 1280x800x24" scripts/e2e.sh

## The kill soak (minutes, so not in `make test`): the real app SIGKILLed SOAK_KILLS times
## (default 100) while it is typed into; every edit older than a second must be on disk, the
## file must pass integrity_check, the next start must show it. SOAK_SEED repeats a run.
soak:
	scripts/bootstrap.sh test
	$(MAKE) --no-print-directory e2e-app
	xvfb-run -a -s "-screen 0 1280x800x24" scripts/soak.sh

bench:
	scripts/bootstrap.sh run
	cargo bench -p dragoman-core

## A .deb package in target/release/bundle/deb.
bundle:
	scripts/bootstrap.sh run
	npx tauri build --bundles deb

## README screenshots (docs/screenshots/*.png), taken from the real app.
screenshots: e2e-app
	DRAGOMAN_SCREENSHOTS=docs/screenshots xvfb-run -a -s "-screen 0 1280x800x24" scripts/e2e.sh
