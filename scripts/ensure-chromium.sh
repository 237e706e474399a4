#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core (never a browser download).
# Run by `npm test`: installs the `chromium` package when /usr/bin/chromium is missing, so the
# README's test line works on a fresh CI machine. SVARSTID_CHROMIUM points at another binary.
set -euo pipefail
bin="${SVARSTID_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ -n "${SVARSTID_CHROMIUM:-}" ]; then
  echo "ensure-chromium: SVARSTID_CHROMIUM=$bin is not an executable" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium is missing and apt-get is not available; install Chromium and set SVARSTID_CHROMIUM" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "ensure-chromium: /usr/bin/chromium is missing; run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
fi
echo "ensure-chromium: installing Debian's chromium (about 20 s)…" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x "$bin"
echo "ensure-chromium: $("$bin" --version 2>/dev/null || echo chromium) installed" >&2
