# Shared by scripts/run and scripts/test: a private PostgreSQL server on 127.0.0.1.
# Source it, then call pg_start DATA_DIR PORT and pg_stop DATA_DIR.

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

pg_install() {
  if [ -n "$(pg_bin_dir)" ]; then
    return 0
  fi
  echo "PostgreSQL is not installed; installing it from Debian's packages..." >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  # Debian starts a cluster of its own on port 5432; TwoStep runs its own and leaves that one alone.
  [ -n "$(pg_bin_dir)" ] || { echo "PostgreSQL installation failed." >&2; return 1; }
}

# Runs a PostgreSQL tool as the owner of the data folder: initdb refuses to run as root.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_start() {
  local data_dir=$1 port=$2 bin
  pg_install || return 1
  bin=$(pg_bin_dir)
  mkdir -p "$data_dir"
  data_dir=$(cd "$data_dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$data_dir"
    chmod 700 "$data_dir"
  fi
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    # Trust on loopback only: a developer's private server, reachable from this machine alone.
    pg_as_owner "$bin/initdb" -D "$data_dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  if pg_as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    return 0
  fi
  pg_as_owner "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-p $port -k $data_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${PG_FSYNC:-on}" \
    start >/dev/null || { tail -n 20 "$data_dir/server.log" >&2; return 1; }
}

pg_stop() {
  local data_dir=$1 bin
  bin=$(pg_bin_dir) || return 0
  [ -f "$data_dir/PG_VERSION" ] || return 0
  pg_as_owner "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null 2>&1 || true
}

pg_create_database() {
  local port=$1 name=$2
  if ! psql -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname = '$name'" postgres | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U postgres -qc "create database \"$name\"" postgres >/dev/null
  fi
}

# The data folder to use: the preferred one, unless we run as root and the postgres user
# cannot reach it (a checkout under /root, say); then one under /var/lib/twostep.
pg_data_dir() {
  local preferred=$1 fallback
  mkdir -p "$preferred"
  if [ "$(id -u)" -ne 0 ] || runuser -u postgres -- test -x "$(dirname "$preferred")" 2>/dev/null; then
    echo "$preferred"
    return
  fi
  fallback="/var/lib/twostep/$(echo "$preferred" | md5sum | cut -c1-12)/$(basename "$preferred")"
  mkdir -p "$fallback"
  echo "$fallback"
}
