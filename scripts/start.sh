#!/usr/bin/env bash
# npm start: build the portal (turbo caches it) and serve it on the embedded database with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
export KARVON_DATA_DIR="${KARVON_DATA_DIR:-$PWD/.data}"
npx turbo run build --filter=@karvon/web --output-logs=errors-only
exec npm run start --silent -w @karvon/web
