#!/usr/bin/env bash
# dockerd.sh start|stop — starts the local Docker daemon when `docker info` fails, or stops it
# and waits until it is gone. The VS Code tier uses stop/start to check that Dockhand's views
# report a stopped engine and recover by themselves when it comes back.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

case "${1:-}" in
  start)
    docker info >/dev/null 2>&1 && exit 0
    log "starting dockerd"
    # Published ports bind 127.0.0.1 only (--ip): nothing a test runs is reachable from, or
    # sends to, any other address. setsid: the daemon must outlive whoever started it.
    setsid nohup dockerd --ip 127.0.0.1 >>/var/log/dockhand-dockerd.log 2>&1 </dev/null &
    wait_for "docker info" 60 docker info
    ;;
  stop)
    pid="$(cat /var/run/docker.pid 2>/dev/null || pgrep -x dockerd || true)"
    [ -n "$pid" ] || exit 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || exit 0
      sleep 0.25
    done
    log "dockerd did not stop within 30s"; exit 1
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
