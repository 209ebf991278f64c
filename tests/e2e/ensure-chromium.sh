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
hint=""
if [[ " ${packages[*]} " == *" chromium "* ]]; then hint="For Chromium you can instead set CHROMIUM_PATH to a Chromium binary."; fi
exec bash "$(dirname "$0")/apt-install.sh" "$hint" "${packages[@]}"
