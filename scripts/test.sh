#!/usr/bin/env bash
# npm test: the three tiers, each closing with its own "<tier>: N passed, N failed" line.
#   unit    plain Node: no Docker, no VS Code (plus type-check and lint)
#   engine  the engine layer against the real dockerd
#   vscode  mocha suites inside a real VS Code (code-server's VS Code server, headless Chromium)
# Usage: scripts/test.sh [unit] [engine] [vscode]   (default: all three)
# The Docker and VS Code set-up is idempotent; on a fresh machine it installs what is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
tiers=("$@")
[ ${#tiers[@]} -gt 0 ] || tiers=(unit engine vscode)

[ -d node_modules ] || npm ci --no-audit --no-fund || exit 1
node esbuild.mjs || exit 1
rm -rf out && npx tsc -p . || exit 1

status=0
summary=()
for tier in "${tiers[@]}"; do
  echo "=== ${tier} tier"
  case "$tier" in
    unit)
      npm run --silent lint || status=1   # ESLint and the one formatter (prettier, 140 columns)
      node out/test/support/runTier.js unit | tee ".test-results-${tier}.log"
      ;;
    engine)
      { bash scripts/setup-docker.sh && bash scripts/setup-remote.sh >/dev/null; } || { echo "engine: 0 passed, 1 failed (Docker Engine or the remote endpoints could not be set up)"; status=1; continue; }
      node out/test/support/runTier.js engine | tee ".test-results-${tier}.log"
      ;;
    vscode)
      bash scripts/setup-docker.sh && bash scripts/setup-registries.sh && bash scripts/setup-remote.sh >/dev/null && cs="$(bash scripts/setup-vscode.sh | tail -n 1)" || { echo "vscode: 0 passed, 1 failed (set-up failed)"; status=1; continue; }
      CODE_SERVER_DIR="$cs" node out/test/vscode/runInCodeServer.js | tee ".test-results-${tier}.log"
      ;;
    *) echo "unknown tier: $tier"; exit 2 ;;
  esac
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  summary+=("$(grep -E "^${tier}: [0-9]+ passed, [0-9]+ failed" ".test-results-${tier}.log" | tail -n 1)")
  rm -f ".test-results-${tier}.log"
done

echo "=== summary"
printf '%s\n' "${summary[@]}"
passed=0; failed=0
for line in "${summary[@]}"; do
  read -r p f < <(sed -E 's/^[a-z]+: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=1   # a tier that could not run counts as a failure
echo "total: ${passed} passed, ${failed} failed"
exit $status
