#!/usr/bin/env bash
# Makes the VS Code side of the test machine ready, idempotently: code-server (which bundles a
# real VS Code server) from npm into a cache folder outside the repo, and Debian's Chromium to
# drive its workbench headless. Desktop VS Code cannot be downloaded on these machines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

version="${CODE_SERVER_VERSION:-4.100.3}"
cache="${DOCKHAND_CACHE:-$HOME/.cache/dockhand}"
prefix="$cache/code-server-$version"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
# The restricted pass: TLS material for DOCKER_CERT_PATH, and setpriv to drop root's file-permission override.
command -v openssl >/dev/null || need_apt+=(openssl)
command -v setpriv >/dev/null || need_apt+=(util-linux)
apt_install "${need_apt[@]}"

if [ -f "$prefix/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  echo "$prefix/node_modules/code-server"
  exit 0
fi

# @vscode/ripgrep downloads its binary from GitHub unless this cache file exists: give it
# Debian's rg instead.
rgcache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rgcache"
if [ ! -f "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" ]; then
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar -C "$tmp" -czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
  rm -rf "$tmp"
fi

log "installing code-server $version into $prefix (several minutes)"
mkdir -p "$prefix"
cd "$prefix"
[ -f package.json ] || echo '{"name":"dockhand-code-server","private":true}' >package.json
# node-pty's install runs `npx node-gyp`; npm_config_yes lets npx proceed without a prompt.
# Install scripts must run (code-server's postinstall installs VS Code's own modules).
npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm --foreground-scripts=false \
  --dangerously-allow-all-scripts "code-server@$version" >"$prefix/install.log" 2>&1 || {
  tail -40 "$prefix/install.log" >&2; exit 1; }
test -f "$prefix/node_modules/code-server/lib/vscode/out/server-main.js"
echo "$prefix/node_modules/code-server"
