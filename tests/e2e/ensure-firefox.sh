#!/usr/bin/env bash
# Makes sure a Firefox that speaks WebDriver BiDi's webExtension.install (138+) is there for the
# Firefox end-to-end tests: Debian's firefox-esr (or the one named by FIREFOX_PATH), and unzip
# for checking the bundle it exports.
set -euo pipefail
browser="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
packages=()
if [ ! -x "$browser" ]; then
  if [ -n "${FIREFOX_PATH:-}" ]; then
    echo "FIREFOX_PATH=$FIREFOX_PATH does not exist or cannot be run." >&2; exit 1
  fi
  packages+=(firefox-esr)
fi
command -v unzip >/dev/null || packages+=(unzip)
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
exec bash "$(dirname "$0")/apt-install.sh" "You can instead set FIREFOX_PATH to a Firefox (138 or newer) binary." "${packages[@]}"
