#!/usr/bin/env bash
# Installs Debian packages the tests need: as root, with sudo, or (neither possible) says what
# to install and fails. Used by ensure-chromium.sh and ensure-firefox.sh.
# Usage: apt-install.sh "<what to say if it cannot install>" package...
set -euo pipefail
hint="$1"; shift
if [ $# -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing $* from Debian's packages (needed for the tests)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "Installing $* from Debian's packages with sudo (needed for the tests)..."
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
else
  echo "The tests need: $* (Debian/Ubuntu: apt-get install $*)." >&2
  if [ -n "$hint" ]; then echo "$hint" >&2; fi
  exit 1
fi
