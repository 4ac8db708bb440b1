#!/bin/sh
# Runs before `npm test` (the `pretest` script) and so before `.ci/run`'s tests too: the
# browser tests drive Debian's Chromium and never download one. Finds it at CHROMIUM_PATH or
# /usr/bin/chromium; when it is missing and we are root on a Debian-like machine, installs it
# with apt-get, as a fresh CI machine needs; otherwise says how to install it, and stops.
set -eu
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ ! -x "$browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium at $browser: installing Debian's chromium with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x "$browser" ]; then
  echo "The browser tests need Chromium, and there is none at $browser." >&2
  echo "Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or point CHROMIUM_PATH at a" >&2
  echo "Chromium or Chrome binary, then run npm test again." >&2
  exit 1
fi
"$browser" --version
