#!/usr/bin/env bash
# Builds the local test images without any registry: a busybox-static rootfs piped into
# `docker import`, then `docker build` on top for the variants tests need.
#   dockhand-test/busybox:base   the imported rootfs (sh and the busybox applets)
#   dockhand-test/busybox:latest base + a long-running default command and an EXPOSEd port
set -euo pipefail
if docker image inspect dockhand-test/busybox:latest >/dev/null 2>&1; then exit 0; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rootfs/bin" "$work/rootfs/tmp" "$work/rootfs/etc" "$work/rootfs/root"
cp /bin/busybox "$work/rootfs/bin/busybox"
for applet in $(/bin/busybox --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$work/rootfs/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$work/rootfs/etc/passwd"
printf 'root:x:0:\n' >"$work/rootfs/etc/group"
tar -C "$work/rootfs" -c . | docker import --change 'ENV PATH=/bin' --change 'CMD ["/bin/sh"]' - dockhand-test/busybox:base >/dev/null
mkdir -p "$work/ctx"
cat >"$work/ctx/Dockerfile" <<'DOCKERFILE'
FROM dockhand-test/busybox:base
EXPOSE 8080
CMD ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"]
DOCKERFILE
docker build -q -t dockhand-test/busybox:latest "$work/ctx" >/dev/null
echo "[setup] built dockhand-test/busybox:latest" >&2
