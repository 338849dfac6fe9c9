#!/usr/bin/env bash
# Makes the Docker side of the test machine ready, idempotently:
# the engine (Debian's docker.io), the registry (docker-registry on 127.0.0.1:5000),
# docker-compose v1, and busybox-static for test images built without any internet registry.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

need_apt=()
command -v dockerd >/dev/null || need_apt+=(docker.io)
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v docker-compose >/dev/null || need_apt+=(docker-compose)
command -v curl >/dev/null || need_apt+=(curl)
# The statically linked busybox: the test images hold nothing but it, so it must need no libc.
dpkg -s busybox-static >/dev/null 2>&1 || need_apt+=(busybox-static)
apt_install "${need_apt[@]}"

bash "$here/dockerd.sh" start

# The local registry v2 for push/pull/tag tests.
if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
  log "starting docker-registry on 127.0.0.1:5000"
  mkdir -p /tmp/dockhand-registry
  cat >/tmp/dockhand-registry/config.yml <<'YML'
version: 0.1
storage:
  filesystem:
    rootdirectory: /tmp/dockhand-registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:5000
YML
  setsid nohup docker-registry serve /tmp/dockhand-registry/config.yml >/var/log/dockhand-registry.log 2>&1 &
  wait_for "registry" 30 curl -fsS http://127.0.0.1:5000/v2/
fi

bash "$here/make-test-images.sh"
