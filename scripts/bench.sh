#!/usr/bin/env bash
# npm run bench: every benchmark in bench/, side by side with the peer tools, as ratios.
# Results are printed as Markdown tables; BENCHMARKS.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
node esbuild.mjs
rm -rf out && npx tsc -p .
bash scripts/setup-docker.sh
bash scripts/setup-remote.sh >/dev/null
bash scripts/setup-registries.sh
bash scripts/setup-vscode.sh >/dev/null  # code-server's VS Code and Chromium: the first-second benchmark
for bench in out/bench/*/*Bench.js; do
  echo "=== ${bench}"
  node "$bench"
done
