#!/usr/bin/env bash
# Makes sure a Chromium that loads unpacked extensions is there for the end-to-end tests.
# Branded Google Chrome 137+ ignores --load-extension, so we use Debian's Chromium
# (or the one named by CHROMIUM_PATH, e.g. Playwright's own build).
# With --with-test-tools, also the tools the tests check bundles with: unzip, and 7-Zip
# (p7zip-full) for passphrase-protected (AES-256) bundles.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
if [ ! -x "$browser" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH does not exist or cannot be run." >&2; exit 1
  fi
  packages+=(chromium unzip)
fi
if [ "${1:-}" = --with-test-tools ]; then
  command -v unzip >/dev/null || packages+=(unzip)
  command -v 7z >/dev/null || packages+=(p7zip-full)
fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${packages[*]} from Debian's packages (needed for the tests)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "Installing ${packages[*]} from Debian's packages with sudo (needed for the tests)..."
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "The tests need: ${packages[*]} (Debian/Ubuntu: apt-get install ${packages[*]})." >&2
  if [[ " ${packages[*]} " == *" chromium "* ]]; then echo "For Chromium you can instead set CHROMIUM_PATH to a Chromium binary." >&2; fi
  exit 1
fi
