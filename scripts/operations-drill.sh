#!/usr/bin/env bash
# The runbook (docs/operations.md) followed from scratch in a new temporary folder: the database, its role and
# password, the secrets, the production server (which applies the migrations), the first staff account, a backup
# restored into a new database with a process on it (the restore drill), and a streaming replica the web process
# then reads from. Each of the runbook's commands is printed ("$ …") and run exactly as written there; only the
# site's settings below differ (addresses, ports, folders). After each step the drill checks that it worked
# ("✓ …"), and it ends with "The drill passed." or a non-zero exit.
#
# What stands in for the machines the runbook names: this machine is the database machine, the replica machine and
# the web machine at once; two PostgreSQL 15 clusters from PG_BIN (default /usr/lib/postgresql/15/bin) are the
# servers Debian's postgresql-15 package would run, `sudo -u postgres` runs as that user (runuser when root, oneself
# otherwise), and starting or restarting a server is pg_ctl instead of systemctl. Not run: installing packages,
# building (npm start builds what is missing; NEXT_DIST_DIR names the build folder), nginx and TLS, and Prometheus:
# tests/reliability/production-shape.test.ts runs those parts. tests/reliability/operations-drill.test.ts runs
# this drill and checks that every command it runs is in the runbook.
set -euo pipefail
# Background jobs in process groups of their own, so that stopping a web process stops all of it.
set -m
cd "$(dirname "$0")/.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
export PATH="$PG_BIN:$PATH"
export NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1
DRILL_DIR=$(mktemp -d "${TMPDIR:-/tmp}/karvon-drill-XXXXXX")
# The PostgreSQL servers run as postgres and keep their files and sockets under $DRILL_DIR/db.
chmod 711 "$DRILL_DIR"
mkdir "$DRILL_DIR/db" "$DRILL_DIR/logs"
as_root=false
if [ "$(id -u)" = 0 ]; then as_root=true; chown postgres:postgres "$DRILL_DIR/db"; fi
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# ── The site's settings (docs/operations.md, "Your site"), here for one machine ──────────────────────────────
export SITE=karvon.example
export DB_HOST=127.0.0.1 DB_PORT=$(free_port)
export REPLICA_HOST=127.0.0.1 REPLICA_PORT=$(free_port) REPLICA_DATA=$DRILL_DIR/db/replica
export WEB_NETWORK=127.0.0.1/32 NGINX_ADDRESS=127.0.0.1
export WEB_PORT=$(free_port) DRILL_PORT=$(free_port)
export BACKUP_DIR=$DRILL_DIR/backups
DB_SOCKET=$DRILL_DIR/db

# ── What stands in for the machines ─────────────────────────────────────────────────────────────────────────
# `sudo -u postgres …`: on the database machine as the postgres user, whose psql reaches the local server.
sudo() {
  if [ "$1" != -u ] || [ "$2" != postgres ]; then echo "the drill stands in for sudo -u postgres only" >&2; return 1; fi
  shift 2
  if $as_root; then (cd / && PGHOST=$DB_SOCKET PGPORT=$DB_PORT runuser -u postgres -- "$@")
  else PGHOST=$DB_SOCKET PGPORT=$DB_PORT "$@"; fi
}
# A server's start and restart (systemctl on Debian), on its own port and socket folder.
pg_server() {
  local action=$1 data=$2 port=$3
  sudo -u postgres pg_ctl -D "$data" -l "$data.log" -w -t 120 -o "-c listen_addresses=127.0.0.1 -p $port -k $DB_SOCKET -c fsync=off" "$action" >/dev/null
}

# Stops a web process: SIGTERM to its process group (npm, the shell, node), as a supervisor does; SIGKILL if it
# has not exited after 30 s.
stop_group() {
  kill -TERM -- "-$1" 2>/dev/null || return 0
  for _ in $(seq 150); do kill -0 -- "-$1" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL -- "-$1" 2>/dev/null || true
}

web_pids=()
cleanup() {
  local status=$?
  for pid in "${web_pids[@]}"; do stop_group "$pid"; done
  for data in "$REPLICA_DATA" "$DRILL_DIR/db/primary"; do
    [ -f "$data/postmaster.pid" ] && sudo -u postgres pg_ctl -D "$data" -m immediate stop >/dev/null 2>&1
  done
  if [ $status != 0 ]; then
    echo "The drill failed (exit $status). The last lines of each log:"
    for log in "$DRILL_DIR"/logs/*.log "$DRILL_DIR"/db/*.log; do [ -f "$log" ] && { echo "── $log"; tail -n 15 "$log"; }; done
  fi
  rm -rf "$DRILL_DIR"
}
trap cleanup EXIT

# ── The drill's own words ───────────────────────────────────────────────────────────────────────────────────
step() { printf '\n━━ %s\n' "$1"; }
# One of the runbook's commands, as written there, in this shell (its exports stay). The command is printed on
# stderr, so that what a command prints can be read apart from it.
run() { printf '$ %s\n' "$1" >&2; eval "$1"; }
# One that the runbook runs in the background (a web process): its output goes to logs/<name>.log.
run_background() {
  printf '$ %s &\n' "$2" >&2
  eval "$2" >"$DRILL_DIR/logs/$1.log" 2>&1 &
  web_pids+=($!)
  # Out of the job table: the drill stops it itself, and bash would announce its end.
  disown
}
check() { printf '✓ %s\n' "$1"; }
fail() { printf '✗ %s\n' "$1" >&2; exit 1; }
stop_last_web_process() {
  stop_group "${web_pids[-1]}"
  unset 'web_pids[-1]'
}
sign_in() {
  curl -fsS -o /dev/null -c "$DRILL_DIR/cookies" -H "Origin: $PUBLIC_URL" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" "http://127.0.0.1:$WEB_PORT/api/auth/sign-in/email"
}

step "The database machine: a new PostgreSQL 15 cluster, as the postgresql-15 package makes it"
sudo -u postgres initdb -D "$DRILL_DIR/db/primary" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
# Debian's pg_hba.conf also lets nothing replicate from elsewhere: the runbook's line is what allows the replica.
sed -i '/replication/d' "$DRILL_DIR/db/primary/pg_hba.conf"
pg_server start "$DRILL_DIR/db/primary" "$DB_PORT"
check "PostgreSQL 15 on $DB_HOST:$DB_PORT"

step "1. PostgreSQL: the portal's role and database"
run 'export KARVON_DB_PASSWORD=$(openssl rand -hex 24)'
run 'sudo -u postgres psql -c "create role karvon login password '"'"'$KARVON_DB_PASSWORD'"'"'"'
run 'sudo -u postgres createdb --owner karvon karvon'
run 'sudo -u postgres psql -c "alter system set listen_addresses = '"'"'*'"'"'"'
run 'echo "host all karvon $WEB_NETWORK scram-sha-256" >> "$(sudo -u postgres psql -Atc '"'"'show hba_file'"'"')"'
pg_server restart "$DRILL_DIR/db/primary" "$DB_PORT"
run 'export DATABASE_URL=postgres://karvon:$KARVON_DB_PASSWORD@$DB_HOST:$DB_PORT/karvon'
[ "$(psql "$DATABASE_URL" -Atc 'select current_user')" = karvon ] || fail "karvon does not sign in to its database with the password"
check "karvon signs in to its database with the password in DATABASE_URL"

step "2. The web process: configuration, secrets, start (it applies the migrations)"
run 'export BETTER_AUTH_SECRET=$(openssl rand -base64 48)'
run 'export METRICS_TOKEN=$(openssl rand -hex 24)'
run 'export PUBLIC_URL=https://$SITE'
run 'export KARVON_DEMO_DATA=off'
run 'export SMTP_URL=smtp://user:password@smtp.example:587'
run 'export MAIL_FROM="Karvon <no-reply@$SITE>"'
run 'export TRUSTED_PROXIES=$NGINX_ADDRESS'
run 'export PORT=$WEB_PORT HOST=0.0.0.0'
run_background web 'npm start'
run 'curl -fsS --retry 120 --retry-delay 2 --retry-all-errors http://127.0.0.1:$WEB_PORT/api/ready'
echo
run 'curl -fsS http://127.0.0.1:$WEB_PORT/api/health'
echo
ready=$(curl -fsS "http://127.0.0.1:$WEB_PORT/api/ready")
[[ $ready == *'"database":"ok"'* ]] || fail "/api/ready: $ready"
check "/api/ready answers 200: the database answers and every migration is applied"
run 'curl -fsS -o /dev/null -w "%{http_code}\n" -H "Authorization: Bearer $METRICS_TOKEN" http://127.0.0.1:$WEB_PORT/api/metrics'
check "/api/metrics answers with the token"

step "3. The first staff account"
created=$(run 'npm run admin:create -- --email admin@$SITE')
echo "$created"
password=$(sed -n 's/^Password[^:]*: //p' <<<"$created")
[ -n "$password" ] || fail "admin:create printed no password"
sign_in "admin@$SITE" "$password" || fail "admin@$SITE cannot sign in with the printed password"
session=$(curl -fsS -b "$DRILL_DIR/cookies" "http://127.0.0.1:$WEB_PORT/api/auth/get-session")
[[ $session == *"\"email\":\"admin@$SITE\""* && $session == *'"role":"admin"'* ]] || fail "the session is not the admin's: $session"
check "admin@$SITE signs in with the printed password and is an admin"

step "6. A backup, and the restore drill: the backup restored into a new database, a process on it"
run 'mkdir -p $BACKUP_DIR'
run 'npm run db:backup -- $BACKUP_DIR/karvon-$(date +%F).dump'
run 'sudo -u postgres createdb --owner karvon karvon_drill'
run 'export DRILL_URL=postgres://karvon:$KARVON_DB_PASSWORD@$DB_HOST:$DB_PORT/karvon_drill'
run 'DATABASE_URL=$DRILL_URL npm run db:restore -- "$(ls -t $BACKUP_DIR/karvon-*.dump | head -n 1)"'
run_background drill 'DATABASE_URL=$DRILL_URL PORT=$DRILL_PORT HOST=127.0.0.1 npm start'
run 'curl -fsS --retry 120 --retry-delay 2 --retry-all-errors http://127.0.0.1:$DRILL_PORT/api/ready'
echo
check "the process on the restored database is ready"
counts=$(run 'for url in "$DATABASE_URL" "$DRILL_URL"; do psql "$url" -Atc '"'"'select (select count(*) from "user"), (select count(*) from companies), (select count(*) from listings)'"'"'; done')
echo "$counts"
[ "$(sed -n 1p <<<"$counts")" = "$(sed -n 2p <<<"$counts")" ] || fail "the row counts differ"
[ "$(sed -n 1p <<<"$counts" | cut -d'|' -f1)" = 1 ] || fail "the restored database lacks the admin"
check "the row counts match, the admin included"
stop_last_web_process
run 'sudo -u postgres dropdb --force karvon_drill'

step "8. A streaming replica, and the web process reading from it"
run 'export REPLICATOR_PASSWORD=$(openssl rand -hex 24)'
run 'sudo -u postgres psql -c "create role replicator replication login password '"'"'$REPLICATOR_PASSWORD'"'"'"'
run 'echo "host replication replicator $REPLICA_HOST/32 scram-sha-256" >> "$(sudo -u postgres psql -Atc '"'"'show hba_file'"'"')"'
run 'sudo -u postgres psql -c "select pg_reload_conf()"'
run 'rm -rf $REPLICA_DATA'
run 'sudo -u postgres env PGPASSWORD=$REPLICATOR_PASSWORD pg_basebackup -h $DB_HOST -p $DB_PORT -U replicator -D $REPLICA_DATA -R -X stream'
pg_server start "$REPLICA_DATA" "$REPLICA_PORT"
run 'sudo -u postgres psql -p $REPLICA_PORT -c "alter system set hot_standby_feedback = on"'
run 'sudo -u postgres psql -p $REPLICA_PORT -c "select pg_reload_conf()"'
replication=""
for _ in $(seq 60); do
  replication=$(run 'sudo -u postgres psql -c "select client_addr, state, replay_lag from pg_stat_replication"')
  [[ $replication == *streaming* ]] && break
  sleep 1
done
echo "$replication"
[[ $replication == *streaming* ]] || fail "the replica does not stream"
check "the replica streams from the primary"
feedback=$(sudo -u postgres psql -p "$REPLICA_PORT" -Atc "show hot_standby_feedback")
[[ $feedback == on ]] || fail "the replica's hot_standby_feedback is $feedback"
check "the replica holds back the removal of rows its queries read (hot_standby_feedback)"
run 'export DATABASE_REPLICA_URLS=postgres://karvon:$KARVON_DB_PASSWORD@$REPLICA_HOST:$REPLICA_PORT/karvon'
run 'export REPLICA_MAX_LAG_SECONDS=30'
# The restart of the (one) web process: SIGTERM, wait for its exit, start it again with the replica.
stop_last_web_process
run_background web-with-replica 'npm start'
run 'curl -fsS --retry 120 --retry-delay 2 --retry-all-errors http://127.0.0.1:$WEB_PORT/api/ready'
echo
ready=$(curl -fsS "http://127.0.0.1:$WEB_PORT/api/ready")
[[ $ready == *'"replicas":[{'*'"reachable":true,"serving":true}]'* ]] || fail "/api/ready does not list the replica serving reads: $ready"
check "/api/ready lists the replica, serving reads"
sign_in "admin@$SITE" "$password" || fail "the admin cannot sign in any more"
check "the admin still signs in"

printf '\nThe drill passed.\n'
