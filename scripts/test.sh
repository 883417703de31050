#!/usr/bin/env bash
# npm test: every test of the project, on a fresh machine too. It gets what it needs itself — Debian's
# chromium when no browser is installed, a throwaway PostgreSQL server from the local binaries (PGlite alone
# where there are none) — then runs typecheck, lint, unit, integration and e2e tests, and ends with one line
# "N passed, N failed" summed over vitest, Playwright and the benchmark's floors. Exits non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
REPORTS="$ROOT/tests/.reports"
# A fresh reports folder, but the benchmark's PGlite datasets stay: each is keyed by size, seed and the migrations'
# contents (tests/bench/prepare.ts), so a second run on this machine skips loading size S again.
mkdir -p "$REPORTS"; find "$REPORTS" -mindepth 1 -maxdepth 1 ! -name bench-data -exec rm -rf {} +
failed_steps=()

# Each step's duration, printed before the closing line (what makes the run long is visible in every log).
step_names=(); step_seconds=(); step_started=$SECONDS
close_step() {
  if [ ${#step_names[@]} -gt ${#step_seconds[@]} ]; then step_seconds+=($((SECONDS - step_started))); fi
}
step() { close_step; step_names+=("$1"); step_started=$SECONDS; echo; echo "━━ $1"; }
print_durations() {
  close_step
  local i
  for i in "${!step_names[@]}"; do printf '%6ss  %s\n' "${step_seconds[$i]}" "${step_names[$i]}"; done
  printf '%6ss  in all\n' "$SECONDS"
}

# 1. A browser for Playwright.
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"
if [ -z "$CHROMIUM_PATH" ]; then
  step "Installing Debian's chromium (no browser found)"
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium install failed"
  else
    sudo -n sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium' >/dev/null || echo "chromium install failed (needs root)"
  fi
  export CHROMIUM_PATH="$(command -v chromium || true)"
fi

# 1b. Debian's nginx for the production-shape test (tests/reliability/production-shape.test.ts starts its own).
if [ ! -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then
  step "Installing Debian's nginx (not found)"
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null) || echo "nginx install failed"
  else
    sudo -n sh -c "apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx" >/dev/null || echo "nginx install failed (needs root)"
  fi
fi

# 2. A PostgreSQL server for the integration tests, unless one is given. PG_BIN names the binaries' folder (the
# tests that start clusters of their own read it too); `PG_BIN=/nowhere npm test` is a run on a machine without
# PostgreSQL, on PGlite alone.
PGBIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
export PG_BIN=$PGBIN
PGTMP=""
stop_postgres() {
  if [ -n "$PGTMP" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1
    else "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast stop >/dev/null 2>&1; fi
    rm -rf "$PGTMP"
  fi
}
trap stop_postgres EXIT
if [ -z "${TEST_DATABASE_URL:-}" ] && [ -x "$PGBIN/initdb" ]; then
  step "Starting a throwaway PostgreSQL server"
  PGTMP=$(mktemp -d)
  PORT_PG=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGTMP"
  if as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGTMP/initdb.log" 2>&1 \
    && as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/log" -w -t 30 \
         -o "-c listen_addresses=127.0.0.1 -p $PORT_PG -k $PGTMP -c fsync=off -c max_connections=200" start >/dev/null \
    && as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT_PG" -U postgres karvon; then
    export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT_PG/karvon"
    echo "PostgreSQL 15 on 127.0.0.1:$PORT_PG"
  else
    echo "Could not start PostgreSQL (see $PGTMP); integration tests run on PGlite only."
    cat "$PGTMP/initdb.log" "$PGTMP/log" 2>/dev/null | tail -20
  fi
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "Integration tests run on PGlite and PostgreSQL."
else echo "Integration tests run on PGlite only; the operators' tests of a PostgreSQL deployment (readiness, graceful shutdown) are not part of this run."; fi

# 3. Static checks.
step "Typecheck"
npx turbo run typecheck --output-logs=errors-only || failed_steps+=(typecheck)
step "Lint"
npx eslint --max-warnings 0 . || failed_steps+=(lint)

# 4. Unit and integration tests (vitest).
step "Unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$REPORTS/vitest.json" || failed_steps+=(vitest)

# 5. End-to-end tests in Chromium against the production build.
step "Build for the end-to-end tests"
if NEXT_DIST_DIR=.next-e2e npx turbo run build --filter=@karvon/web --output-logs=errors-only; then
  step "End-to-end tests (Playwright, Chromium)"
  npx playwright test --config tests/playwright.config.ts || failed_steps+=(playwright)
  step "After the end-to-end run: captured logs carry no secrets and name no missing translation; load, two web processes, health, metrics, graceful shutdown, the production shape (nginx, two processes, a streaming replica) and the runbook's drill on PostgreSQL (production build)"
  npx vitest run --config tests/after-e2e/vitest.config.ts --reporter=default --reporter=json \
    --outputFile.json="$REPORTS/after-e2e.json" || failed_steps+=(after-e2e)
  # Size S in short mode on the same build; it checks ratios to the naive baseline and recall floors,
  # never milliseconds, and writes its checks to bench-floors.json for the closing line.
  step "Benchmark, size S, short: ratio to the naive baseline and recall floors"
  bench_db=pglite
  if [ -n "$PGTMP" ] && as_pg "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT_PG" -U postgres karvon_bench; then
    export BENCH_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT_PG/karvon_bench"
    bench_db=postgres
  fi
  BENCH_NEXT_DIST_DIR=.next-e2e npm run --silent bench -- --size S --db "$bench_db" --short || failed_steps+=(bench)
else
  failed_steps+=(build)
fi

# 6. One closing line summed over the runners.
step "Summary"
print_durations
node scripts/summarize-tests.mjs "$REPORTS/vitest.json" "$REPORTS/playwright.json" "$REPORTS/after-e2e.json" "$REPORTS/bench-floors.json"
summary_status=$?
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "Failed steps: ${failed_steps[*]}"
  exit 1
fi
exit $summary_status
