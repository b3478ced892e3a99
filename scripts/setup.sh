#!/usr/bin/env bash
# Installs every tool Framescope's build and tests need, skipping what is present.
# Safe to run again: each step checks first. Never downloads a browser itself;
# browsers come from Debian's packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$here/.tools"
mkdir -p "$tools"
log() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

# Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Browsers and their drivers, from Debian's packages.
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null || command -v firefox >/dev/null || need_apt+=(firefox-esr)
if [ "${#need_apt[@]}" -gt 0 ]; then
  log "installing ${need_apt[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-dejavu-core >/dev/null
fi

# Cargo-installed tools, pinned. trunk 0.22 needs rustc 1.96, so 0.21.14.
cargo_tool() { # binary version install-args...
  local bin="$1" want="$2"; shift 2
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -q "$want"; then return; fi
  log "cargo install $*"
  cargo install -q "$@"
}
cargo_tool wasm-bindgen 0.2.130 wasm-bindgen-cli --version 0.2.130
cargo_tool trunk 0.21.14 --locked trunk --version 0.21.14
cargo_tool wasm-pack 0.15 --locked wasm-pack --version 0.15.1
cargo_tool geckodriver 0. --locked geckodriver

# wasm-opt from npm's binaryen (Debian's 108 cannot read today's wasm), plus the
# end-to-end test's packages, all pinned by package-lock.json in e2e/.
if [ ! -x "$here/e2e/node_modules/.bin/wasm-opt" ]; then
  log "npm ci in e2e/ (binaryen, playwright-core, axe-core)"
  (cd "$here/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
fi
log "all tools present"
