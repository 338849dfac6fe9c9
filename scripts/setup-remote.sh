#!/usr/bin/env bash
# Makes the remote-engine side of the test machine ready, idempotently, on loopback only:
#   - a dedicated sshd (own config, host key and authorized_keys under the state folder, NOT the
#     system sshd) on 127.0.0.1:2222 with key authentication for root; its sessions run
#     `docker system dial-stdio` against the local dockerd, as a remote docker host would;
#   - TLS material made with openssl: a CA, server and client certificates, a second ("wrong")
#     CA, and an expired server certificate (the TLS proxy itself runs inside the tests);
#   - python3-paramiko, without which docker-compose v1 cannot reach an ssh:// host;
#   - Debian's podman (its service is started by the tests, on a socket in a temp folder).
# Prints the state folder on its last line. DOCKHAND_REMOTE_DIR overrides where it lives.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

state="${DOCKHAND_REMOTE_DIR:-$HOME/.cache/dockhand/remote}"
need_apt=()
command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || need_apt+=(openssh-server)
command -v ssh >/dev/null || need_apt+=(openssh-client)
command -v openssl >/dev/null || need_apt+=(openssl)
command -v podman >/dev/null || need_apt+=(podman)
# docker-compose v1 (docker-py) loads its ssh:// support only when paramiko imports, even though
# it then runs the system ssh.
dpkg -s python3-paramiko >/dev/null 2>&1 || need_apt+=(python3-paramiko)
apt_install "${need_apt[@]}"

mkdir -p "$state/ssh" "$state/tls"
chmod 700 "$state" "$state/ssh"

# --- sshd on 127.0.0.1:2222 -------------------------------------------------------------------
ssh_dir="$state/ssh"
[ -f "$ssh_dir/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C dockhand-test-host -f "$ssh_dir/host_ed25519"
[ -f "$ssh_dir/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C dockhand-test-client -f "$ssh_dir/id_ed25519"
cp "$ssh_dir/id_ed25519.pub" "$ssh_dir/authorized_keys"
chmod 600 "$ssh_dir/authorized_keys" "$ssh_dir/id_ed25519"
# What a client's known_hosts holds for this server.
printf '[127.0.0.1]:2222 %s\n' "$(cut -d' ' -f1,2 "$ssh_dir/host_ed25519.pub")" >"$ssh_dir/known_hosts"
cat >"$ssh_dir/sshd_config" <<CONF
# Dockhand's test sshd: loopback only, keys only, its own files.
Port 2222
ListenAddress 127.0.0.1
HostKey $ssh_dir/host_ed25519
PidFile $ssh_dir/sshd.pid
AuthorizedKeysFile $ssh_dir/authorized_keys
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 100:30:200
MaxSessions 100
# The remote docker CLI talks to the local engine, whatever the machine's contexts say.
SetEnv DOCKER_HOST=unix:///var/run/docker.sock DOCKER_CONFIG=$ssh_dir/remote-docker-config
CONF
mkdir -p "$ssh_dir/remote-docker-config" /run/sshd
sshd_running() { [ -f "$ssh_dir/sshd.pid" ] && kill -0 "$(cat "$ssh_dir/sshd.pid")" 2>/dev/null; }
# A changed config needs a restart of this sshd only (never the system's).
if sshd_running && ! cmp -s "$ssh_dir/sshd_config" "$ssh_dir/sshd_config.running"; then
  kill "$(cat "$ssh_dir/sshd.pid")" && sleep 0.5
fi
if ! sshd_running; then
  log "starting the test sshd on 127.0.0.1:2222"
  /usr/sbin/sshd -t -f "$ssh_dir/sshd_config"
  /usr/sbin/sshd -f "$ssh_dir/sshd_config" -E "$ssh_dir/sshd.log"
  cp "$ssh_dir/sshd_config" "$ssh_dir/sshd_config.running"
  wait_for "sshd" 20 sshd_running
fi

# --- TLS material --------------------------------------------------------------------------------
tls="$state/tls"
cd "$tls"
ca() { # ca NAME: a self-signed CA
  [ -f "$1-ca.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -keyout "$1-ca-key.pem" -out "$1-ca.pem" \
    -days 3650 -subj "/CN=Dockhand test $1 CA" 2>/dev/null
}
signed() { # signed NAME CA EXT [DAYS]: a key and a certificate signed by CA
  local name="$1" ca="$2" ext="$3" days="${4:-3650}"
  [ -f "$name-cert.pem" ] && return 0
  openssl req -newkey rsa:2048 -nodes -keyout "$name-key.pem" -out "$name.csr" -subj "/CN=$name" 2>/dev/null
  printf '%s\n' "$ext" >"$name.ext"
  openssl x509 -req -in "$name.csr" -CA "$ca-ca.pem" -CAkey "$ca-ca-key.pem" -CAcreateserial -days "$days" \
    -extfile "$name.ext" -out "$name-cert.pem" 2>/dev/null
}
ca good
ca wrong
signed server good 'subjectAltName=IP:127.0.0.1,DNS:localhost
extendedKeyUsage=serverAuth'
signed client good 'extendedKeyUsage=clientAuth'
signed wrong-client wrong 'extendedKeyUsage=clientAuth'
# An expired server certificate: valid for one day in 2020 (openssl ca can back-date).
if [ ! -f expired-cert.pem ]; then
  openssl req -newkey rsa:2048 -nodes -keyout expired-key.pem -out expired.csr -subj /CN=expired 2>/dev/null
  mkdir -p ca-db && : >ca-db/index.txt && echo 1000 >ca-db/serial
  cat >ca-db/ca.cnf <<CNF
[ca]
default_ca = test
[test]
dir = $tls/ca-db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = ext
[any]
commonName = supplied
[ext]
subjectAltName = IP:127.0.0.1,DNS:localhost
extendedKeyUsage = serverAuth
CNF
  openssl ca -batch -config ca-db/ca.cnf -cert good-ca.pem -keyfile good-ca-key.pem -in expired.csr -out expired-cert.pem \
    -startdate 20200101000000Z -enddate 20200102000000Z -notext >/dev/null 2>&1
fi
chmod 600 ./*-key.pem

# --- podman ---------------------------------------------------------------------------------------
# Nothing to start here: the tests run `podman system service` on a socket in a temp folder.
mkdir -p "$state/podman"
cat >"$state/podman/registries.conf" <<'CONF'
# The local test registry speaks plain HTTP on loopback.
[[registry]]
location = "127.0.0.1:5000"
insecure = true
CONF

echo "$state"
