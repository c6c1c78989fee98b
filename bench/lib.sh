# Shared by the scripts in bench/: Debian's PostgreSQL 15 clusters in a scratch folder, the packaged portal, curl logins.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
BASE=${BASE:-/tmp/vbsp-bench}

need_postgres() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "Installing Debian's PostgreSQL 15..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  fi
}

# Runs a PostgreSQL program as the postgres user (initdb refuses root).
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# new_cluster NAME PORT [extra postgresql.conf lines...]: initdb, configure, start.
new_cluster() {
  local name=$1 dir="$BASE/$1" port=$2; shift 2
  as_pg "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  { echo "port = $port"; echo "listen_addresses = 'localhost'"; echo "unix_socket_directories = '$BASE'";
    for line in "$@"; do echo "$line"; done; } >> "$dir/postgresql.conf"
  start_cluster "$name"
}

start_cluster() { as_pg "$PG_BIN/pg_ctl" -D "$BASE/$1" -l "$BASE/$1.log" -w start >/dev/null; }
stop_cluster() { [ -d "$BASE/$1" ] && as_pg "$PG_BIN/pg_ctl" -D "$BASE/$1" -m fast -w stop >/dev/null 2>&1 || true; }

psql_on() { local port=$1; shift; as_pg "$PG_BIN/psql" -h localhost -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

fresh_base() {
  rm -rf "$BASE"; mkdir -p "$BASE"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$BASE"; fi
}

portal_jar() {
  if [ ! -f target/vbsp-portal.jar ]; then ./mvnw -B -ntp -q -DskipTests package; fi
}

# start_portal NAME HTTP_PORT [VAR=value...]: the packaged portal in the background, waits for its health.
start_portal() {
  local name=$1 port=$2; shift 2
  env SERVER_PORT="$port" "$@" java -Xmx768m -jar target/vbsp-portal.jar > "$BASE/portal-$name.log" 2>&1 &
  echo $! > "$BASE/portal-$name.pid"
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    if ! kill -0 "$(cat "$BASE/portal-$name.pid")" 2>/dev/null; then echo "portal $name died: see $BASE/portal-$name.log"; return 1; fi
    sleep 0.5
  done
  echo "portal $name did not come up"; return 1
}

stop_portal() {
  local pidfile="$BASE/portal-$1.pid"
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; wait "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
}

# login PORT USER PASSWORD: signs in with the form, the cookie in $BASE/cookies-PORT-USER.
login() {
  local port=$1 user=$2 password=$3 jar="$BASE/cookies-$1-$2"
  rm -f "$jar"
  local csrf
  csrf=$(curl -fs -c "$jar" -b "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
}

# fetch PORT USER PATH: a page or file as that signed-in user.
fetch() { curl -fs -b "$BASE/cookies-$1-$2" -c "$BASE/cookies-$1-$2" "http://localhost:$1$3"; }
