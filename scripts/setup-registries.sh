#!/usr/bin/env bash
# The registries the Registries view is tested against, idempotently, all on loopback
# (Debian's docker-registry; certificates by openssl; a bcrypt htpasswd file by apache2-utils):
#   127.0.0.1:5001  anonymous, deletion enabled
#   127.0.0.1:5002  htpasswd basic authentication, deletion enabled
#   127.0.0.1:5003  token authentication (the token server of test/support listens on 5004), deletion disabled
#   127.0.0.1:5005  TLS with a self-signed CA (its ca.crt is what a certs.d folder must hold), anonymous
#   127.0.0.1:5006  anonymous, for the benchmark's large catalog
# State (configuration, storage, keys, logs) lives under $DOCKHAND_REGISTRIES_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

state="${DOCKHAND_REGISTRIES_DIR:-/tmp/dockhand-registries}"
need_apt=()
command -v docker-registry >/dev/null || need_apt+=(docker-registry)
command -v htpasswd >/dev/null || need_apt+=(apache2-utils)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v curl >/dev/null || need_apt+=(curl)
apt_install "${need_apt[@]}"

mkdir -p "$state/pki"
pki="$state/pki"
if [ ! -s "$pki/tls.crt" ] || [ ! -s "$pki/token.crt" ]; then
  log "making the test registries' certificates in $pki"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=Dockhand test CA' \
    -keyout "$pki/ca.key" -out "$pki/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout "$pki/tls.key" -out "$pki/tls.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$pki/tls.ext"
  openssl x509 -req -in "$pki/tls.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 3650 \
    -extfile "$pki/tls.ext" -out "$pki/tls.crt" 2>/dev/null
  # The token server signs its JWTs with this key; the registry trusts the certificate (rootcertbundle).
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj '/CN=Dockhand test token server' \
    -keyout "$pki/token.key" -out "$pki/token.crt" 2>/dev/null
fi
chmod 0644 "$pki"/*.crt "$pki"/*.key

# Basic authentication: bcrypt, the only hash docker-registry accepts. (Test credentials, nothing else.)
htpasswd -Bbc "$state/htpasswd" dockhand dockhand-basic-pw 2>/dev/null

# write_config NAME PORT DELETE EXTRA_YAML
write_config() {
  local name="$1" port="$2" delete="$3" extra="$4"
  mkdir -p "$state/$name/data"
  cat >"$state/$name/config.yml" <<YML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $state/$name/data
  delete:
    enabled: $delete
http:
  addr: 127.0.0.1:$port
$extra
YML
}

write_config open 5001 true ""
write_config basic 5002 true "auth:
  htpasswd:
    realm: dockhand-basic
    path: $state/htpasswd"
write_config token 5003 false "auth:
  token:
    realm: http://127.0.0.1:5004/token
    service: dockhand-test-registry
    issuer: dockhand-test-token-server
    rootcertbundle: $pki/token.crt"
write_config tls 5005 true "  tls:
    certificate: $pki/tls.crt
    key: $pki/tls.key"
write_config bench 5006 true ""
# The TLS block belongs under http:, which write_config ends with.
sed -i -e '/^$/d' "$state/tls/config.yml"

answers() {  # answers URL [curl options…]: any HTTP status counts (401 included)
  local url="$1"; shift
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url")" != 000 ]
}

start_registry() {  # start_registry NAME PORT SCHEME
  local name="$1" port="$2" scheme="$3"
  local opts=()
  [ "$scheme" = https ] && opts=(--cacert "$pki/ca.crt")
  answers "$scheme://127.0.0.1:$port/v2/" "${opts[@]}" && return 0
  log "starting docker-registry $name on 127.0.0.1:$port"
  setsid nohup docker-registry serve "$state/$name/config.yml" >"$state/$name.log" 2>&1 &
  wait_for "registry $name" 30 answers "$scheme://127.0.0.1:$port/v2/" "${opts[@]}"
}

start_registry open 5001 http
start_registry basic 5002 http
start_registry token 5003 http
start_registry tls 5005 https
start_registry bench 5006 http
