#!/bin/sh
# Install the Debian packages the deployment tests use, without leaving any service running:
#   prometheus      prometheus and promtool (alert-rule tests, the real-Prometheus test; the
#                   tests start their own Prometheus on 127.0.0.1)
#   docker-compose  `docker-compose config`, the static check of docker-compose.yml
set -eu

if command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 \
        && command -v docker-compose >/dev/null 2>&1; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

# A policy-rc.d that answers 101 tells invoke-rc.d (and deb-systemd-invoke) not to start
# services during the install. Put one in place only if there is none, and remove it after.
POLICY=/usr/sbin/policy-rc.d
OWN_POLICY=0
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod 755 "$POLICY"
    OWN_POLICY=1
fi
cleanup() {
    if [ "$OWN_POLICY" -eq 1 ]; then
        $SUDO rm -f "$POLICY"
    fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y --no-install-recommends prometheus docker-compose; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends prometheus docker-compose
fi

# Belt and braces: if the package's service started anyway (a host with systemd and no
# policy-rc.d honoured), stop it by the pid it recorded.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    $SUDO systemctl stop prometheus.service >/dev/null 2>&1 || true
    $SUDO systemctl disable prometheus.service >/dev/null 2>&1 || true
fi
for pidfile in /run/prometheus/prometheus.pid /var/run/prometheus/prometheus.pid; do
    if [ -s "$pidfile" ]; then
        $SUDO kill "$(cat "$pidfile")" 2>/dev/null || true
    fi
done
