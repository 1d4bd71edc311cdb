#!/usr/bin/env bash
# Sourced by .ci/run: postgres_start installs PostgreSQL from Debian's packages when it is missing, starts a
# throwaway cluster in a temp folder on a free loopback port, and exports LEGCHECK_TEST_POSTGRES for the tests;
# postgres_stop stops it and deletes the folder. The cluster listens on 127.0.0.1 only, with a random password.

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

# Runs a PostgreSQL program as the postgres user when we are root (initdb refuses root), else as ourselves.
postgres_as_owner() {
  if [[ $(id -u) == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

postgres_start() {
  if [[ -z $(postgres_bin) ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin port password
  bin=$(postgres_bin)
  [[ -n $bin ]] || { echo "postgres.sh: PostgreSQL could not be installed" >&2; return 1; }
  port=$(postgres_free_port) || { echo "postgres.sh: no free port in 55432-55532" >&2; return 1; }
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  LEGCHECK_PG_DIR=$(mktemp -d /tmp/legcheck-pg.XXXXXX)
  export LEGCHECK_PG_DIR LEGCHECK_PG_BIN=$bin
  printf '%s\n' "$password" >"$LEGCHECK_PG_DIR/pwfile"
  if [[ $(id -u) == 0 ]]; then chown -R postgres "$LEGCHECK_PG_DIR"; fi
  postgres_as_owner "$bin/initdb" -D "$LEGCHECK_PG_DIR/data" -U legcheck --pwfile="$LEGCHECK_PG_DIR/pwfile" \
    --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$LEGCHECK_PG_DIR/initdb.log" 2>&1 \
    || { cat "$LEGCHECK_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$LEGCHECK_PG_DIR/pwfile"
  postgres_as_owner "$bin/pg_ctl" -D "$LEGCHECK_PG_DIR/data" -l "$LEGCHECK_PG_DIR/server.log" -w -t 60 \
    -o "-p $port -k $LEGCHECK_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null \
    || { cat "$LEGCHECK_PG_DIR/server.log" >&2; return 1; }
  export LEGCHECK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=legcheck;Password=$password;Database=postgres"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway cluster)"
}

postgres_stop() {
  if [[ -n ${LEGCHECK_PG_DIR:-} && -d $LEGCHECK_PG_DIR ]]; then
    postgres_as_owner "$LEGCHECK_PG_BIN/pg_ctl" -D "$LEGCHECK_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$LEGCHECK_PG_DIR"
  fi
}
