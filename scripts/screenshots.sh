#!/usr/bin/env bash
# npm run screenshots: rewrites the pictures in docs/screenshots from the production build on fresh demo data
# (the only command that writes them; npm test leaves them as committed).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || echo /usr/bin/chromium)}"
NEXT_DIST_DIR=.next-e2e npx turbo run build --filter=@karvon/web --output-logs=errors-only
KARVON_SCREENSHOTS=1 npx playwright test --config tests/playwright.config.ts
