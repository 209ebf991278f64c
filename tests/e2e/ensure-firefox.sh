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
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${packages[*]} from Debian's packages (needed for the tests)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
elif command -v sudo >/dev/null && command -v apt-get >/dev/null; then
  echo "Installing ${packages[*]} from Debian's packages with sudo (needed for the tests)..."
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
else
  echo "The Firefox tests need: ${packages[*]} (Debian/Ubuntu: apt-get install ${packages[*]})." >&2
  echo "You can instead set FIREFOX_PATH to a Firefox (138 or newer) binary." >&2
  exit 1
fi
