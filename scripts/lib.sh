# Shared helpers for the setup scripts (sourced, not run).
log() { printf '[setup] %s\n' "$*" >&2; }

# apt_install PKG… — installs only what is missing; runs `apt-get update` once first.
apt_install() {
  [ "$#" -gt 0 ] || return 0
  log "apt-get install $*"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# wait_for WHAT SECONDS CMD… — polls CMD until it succeeds, or fails after SECONDS.
wait_for() {
  local what="$1" seconds="$2"; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then log "$what did not come up within ${seconds}s"; return 1; fi
    sleep 0.5
  done
}
