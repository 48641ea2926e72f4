#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the team-project tests and exports its address as
# SPANLINE_TEST_POSTGRES (and the password as PGPASSWORD, read the way libpq reads it).
# Sourced by .ci/run; installs the distribution's server when it is missing. The server stops
# when the calling shell exits.
set -euo pipefail

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(pg_bin)" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing PostgreSQL from the distribution's packages"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
    fi
fi
BIN="$(pg_bin)"
if [ -z "$BIN" ]; then
    echo "no PostgreSQL server here: the team-project tests will say they did not run"
    return 0 2>/dev/null || exit 0
fi

# initdb refuses to run as root: the server runs as the postgres user, in a folder it owns.
AS=()
if [ "$(id -u)" = 0 ]; then
    AS=(runuser -u postgres --)
fi
DATA="$(mktemp -d /tmp/spanline-pg.XXXXXX)"
PASSWORD="spanline-ci-$RANDOM$RANDOM"
printf '%s\n' "$PASSWORD" > "$DATA.pw"
if [ "$(id -u)" = 0 ]; then
    chown postgres "$DATA" "$DATA.pw"
fi
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"${AS[@]}" "$BIN/initdb" -D "$DATA/db" -U postgres --pwfile="$DATA.pw" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$DATA.pw"
# TLS as a team's server has it: a certificate for 127.0.0.1 signed by an authority of the
# team's own, which the tests trust through PGSSLROOTCERT (as libpq reads it).
TLS_ON=""
if command -v openssl >/dev/null; then
    (
        cd "$DATA"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Spanline test CA" \
            -keyout ca.key -out ca.crt 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
            -keyout server.key -out server.csr 2>/dev/null
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' > san.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile san.ext -out server.crt 2>/dev/null
        chmod 600 server.key
    )
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$DATA/server.key" "$DATA/server.crt"
    fi
    TLS_ON="-c ssl=on -c ssl_cert_file=$DATA/server.crt -c ssl_key_file=$DATA/server.key"
    export PGSSLROOTCERT="$DATA/ca.crt"
fi
"${AS[@]}" "$BIN/pg_ctl" -D "$DATA/db" -l "$DATA/log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA $TLS_ON" start >/dev/null
trap '"${AS[@]}" "$BIN/pg_ctl" -D "$DATA/db" -m fast stop >/dev/null 2>&1 || true' EXIT
export SPANLINE_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PORT/postgres"
export PGPASSWORD="$PASSWORD"
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') for the team-project tests at 127.0.0.1:$PORT${TLS_ON:+, with TLS}"
