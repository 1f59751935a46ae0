#!/usr/bin/env bash
# Install what Dragoman needs, if it is missing. Safe to run again: it only acts on gaps.
#   scripts/bootstrap.sh run    build tools, WebKitGTK, fonts, npm packages
#   scripts/bootstrap.sh test   all of the above, plus Xvfb, WebKitWebDriver, tauri-driver
# Works on Debian 12 and Ubuntu 22.04+; uses sudo for apt when not root.
set -euo pipefail
mode=${1:-run}
cd "$(dirname "$0")/.."

say() { printf '\033[1mbootstrap:\033[0m %s\n' "$*"; }
die() { printf '\033[1;31mbootstrap:\033[0m %s\n' "$*" >&2; exit 1; }

packages=(
  libwebkit2gtk-4.1-dev build-essential curl wget file pkg-config libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev fonts-noto-core
  hunspell-en-us hunspell-en-gb
)
if [ "$mode" = test ]; then
  packages+=(xvfb xauth webkit2gtk-driver libxml2-utils python3-venv xdotool)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
    sudo="sudo"
  fi
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v cargo >/dev/null || die "Rust is missing: install it with rustup (https://rustup.rs), then run make again."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  die "Node.js 20.19 or newer is missing (Debian's nodejs 18 is too old for Vite): install Node.js 20+ and run make again."
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
  die "Node.js $(node --version) is too old: Vite needs 20.19 or newer."

# npm packages, exactly as locked. Install scripts are not needed by anything we use.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

# Independent readers for the export tests, in a private venv: python-docx (DOCX) and
# translate-toolkit (TMX, `make test-rust`'s scripts/tmx-interop.sh). Pinned; installed with
# `python -m pip`, so that a venv copied from another checkout installs into itself.
venv=target/e2e/venv
python_packages=(python-docx==1.1.2 translate-toolkit==3.20.4)
if [ "$mode" = test ]; then
  if [ ! -x $venv/bin/python ]; then
    say "python venv in $venv"
    mkdir -p target/e2e
    python3 -m venv $venv
  fi
  installed=$($venv/bin/python -m pip freeze --disable-pip-version-check 2>/dev/null || true)
  for p in "${python_packages[@]}"; do
    if ! grep -qxiF "$p" <<<"$installed"; then
      say "pip install ${python_packages[*]} (venv in $venv)"
      $venv/bin/python -m pip install --quiet --disable-pip-version-check "${python_packages[@]}"
      break
    fi
  done
fi

if [ "$mode" = test ] && ! command -v tauri-driver >/dev/null; then
  say "cargo install tauri-driver"
  cargo install tauri-driver --locked --quiet
fi
