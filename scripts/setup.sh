#!/usr/bin/env bash
# Sets up a fresh machine for gongkai: pnpm (pinned), Debian's chromium and a CJK font for the
# browser tests and PDFs, LibreOffice and poppler for the Word export's tests, then the workspace's
# dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
export TURBO_TELEMETRY_DISABLED=1

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number); console.log(a>20||(a===20&&b>=19)?1:0)')
if [ "$node_ok" != 1 ]; then
  echo "gongkai needs Node.js >= 20.19 (found $(node --version))" >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

need_apt=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi 'cjk\|wqy' || need_apt+=(fonts-noto-cjk)
# The Word export's tests open its files in LibreOffice and read the PDFs it prints with poppler.
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need_apt+=(poppler-utils)
# better-sqlite3 (the CLI's archive) compiles from source here: its prebuilt download is unreachable.
command -v g++ >/dev/null || need_apt+=(g++)
command -v make >/dev/null || need_apt+=(make)
command -v python3 >/dev/null || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]} from Debian"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# node-gyp would download Node's headers (unreachable); the ones installed with Node serve.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
pnpm install --frozen-lockfile
