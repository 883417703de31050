#!/usr/bin/env bash
# npm start: build the portal (turbo caches it) and serve it on the embedded database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
export KARVON_DATA_DIR="${KARVON_DATA_DIR:-$PWD/.data}"
# The embedded database is for one's own machine: listen on loopback (where /dev/mail shows the mail) unless
# HOST says otherwise. A portal on PostgreSQL listens on every interface by default.
if [ -z "${DATABASE_URL:-}" ]; then export HOST="${HOST:-127.0.0.1}"; fi
npx turbo run build --filter=@karvon/web --output-logs=errors-only
exec npm run start --silent -w @karvon/web
