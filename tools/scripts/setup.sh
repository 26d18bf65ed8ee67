#!/usr/bin/env bash
# System packages the tests use, installed only when missing: Debian's Chromium for the browser tests.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    # Waits for another apt run to finish instead of failing on its lock.
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 chromium >/dev/null
  else
    echo "setup: chromium is missing; install it with: sudo apt-get install chromium" >&2
    exit 1
  fi
fi
