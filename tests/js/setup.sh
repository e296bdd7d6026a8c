#!/usr/bin/env bash
# Installs the two external tools of the GEXF tests (tests/exports/test_export_gexf.py):
#   jing             validates GEXF against ../shared/schemas/gexf/1.3/gexf.rnc (Debian package `jing`)
#   graphology-gexf  the GEXF parser of Gephi Lite, with graphology (npm, pinned in package-lock.json)
# Idempotent; run as root (CI is). Under CI=true the tests fail, rather than skip, when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v jing >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jing >/dev/null
fi
if ! command -v node >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
npm ci --silent --no-audit --no-fund
