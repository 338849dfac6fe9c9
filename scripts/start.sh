#!/usr/bin/env bash
# npm start: builds Dockhand and runs it.
# - With a `code` command (desktop VS Code): packages the VSIX and installs it there.
# - Without one: makes the local engine ready, starts the browser VS Code from the test harness
#   (code-server's VS Code server) with the VSIX installed, and prints its URL.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent package

if command -v code >/dev/null 2>&1 && [ -z "${DOCKHAND_BROWSER:-}" ]; then
  code --install-extension dockhand.vsix --force
  echo "Dockhand is installed in VS Code: open the Dockhand view in the activity bar."
  exit 0
fi

bash scripts/setup-docker.sh || echo "[start] The Docker Engine could not be started here; Dockhand will show why." >&2
cs="$(bash scripts/setup-vscode.sh | tail -n 1)"
data="${DOCKHAND_CACHE:-$HOME/.cache/dockhand}/start"
port="${PORT:-8080}"
mkdir -p "$data"
server=(node "$cs/lib/vscode/out/server-main.js" --server-data-dir "$data/server" --user-data-dir "$data/user" --extensions-dir "$data/ext")
"${server[@]}" --install-extension "$PWD/dockhand.vsix" --force >/dev/null
folder="${DOCKHAND_FOLDER:-$PWD}"
echo "Dockhand in VS Code: http://127.0.0.1:${port}/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$folder")"
echo "(Ctrl+C stops it.)"
# The gallery is empty: this machine reaches no extension marketplace.
exec env -u CODE_SERVER_PARENT_PID EXTENSIONS_GALLERY='{}' "${server[@]}" --host 127.0.0.1 --port "$port" \
  --without-connection-token --accept-server-license-terms --disable-telemetry --disable-workspace-trust
