#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the tests; print its URL on stdout.
# Installs the server from Debian's packages when it is missing. Usage: URL=$(bash .ci/postgres.sh)
set -euo pipefail
PORT="${COACH_PG_PORT:-54329}"
DIR="${COACH_PG_DIR:-/tmp/coach-pg}"

find_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

if ! BIN=$(find_bin); then
  echo "installing PostgreSQL from Debian's packages" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  BIN=$(find_bin)
fi

RUN=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  RUN=(runuser -u postgres --)
fi

"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" stop -m immediate >/dev/null 2>&1 || true
rm -rf "$DIR"
mkdir -p "$DIR"
[ "$(id -u)" = "0" ] && chown postgres "$DIR"
"${RUN[@]}" "$BIN/initdb" -D "$DIR" -U coach --auth=trust -E UTF8 >/dev/null
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start >/dev/null
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U coach coach_test
# A Unix-socket URL: tests keep network sockets blocked.
echo "postgresql://coach@/coach_test?host=$DIR&port=$PORT"
