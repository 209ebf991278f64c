#!/usr/bin/env bash
# Makes sure a Chromium that loads unpacked extensions is there for the end-to-end tests.
# Branded Google Chrome 137+ ignores --load-extension, so we use Debian's Chromium
# (or the one named by CHROMIUM_PATH, e.g. Playwright's own build).
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH does not exist or cannot be run." >&2; exit 1
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium from Debian's packages (needed for the end-to-end tests)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium unzip >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "Installing Chromium from Debian's packages with sudo (needed for the end-to-end tests)..."
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium unzip >/dev/null
else
  echo "Chromium is needed for the end-to-end tests: install it (Debian/Ubuntu: apt-get install chromium)" >&2
  echo "or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
