#!/usr/bin/env bash
# Installs what the web chat's browser test (WebChatBrowserIT) needs and cannot get from npm: the system's
# Chromium (Debian package). playwright-core comes from tools/package.json and never downloads a browser.
# Safe to run often; a failure is reported loudly and the test then prints SKIPPED.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "baton: installing chromium (Debian package) for the web chat's browser test…"
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1; then
    exit 0
  fi
fi
echo "baton: WARNING: chromium is not installed and could not be; the web chat browser test will be SKIPPED" >&2
exit 0
