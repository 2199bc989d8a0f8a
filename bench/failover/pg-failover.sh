#!/usr/bin/env bash
# A PostgreSQL failover on one machine, as Patroni or a managed service does it between machines
# (docs/deployment.md): a primary and a synchronous streaming replica from Debian's postgresql package on
# loopback, durable (fsync, synchronous_commit on), 1,000 writes each committed on its own, kill -9 of the
# primary, pg_ctl promote of the replica, then a check that every committed write is on the new primary and
# that it takes writes. Prints the time from the kill to the first write accepted by the new primary.
#
# Usage: bench/failover/pg-failover.sh     (needs Debian's postgresql package; as root it runs as user postgres, via setpriv)
set -euo pipefail
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
if [ "$(id -u)" -eq 0 ]; then
  exec setpriv --reuid=postgres --regid=postgres --init-groups env PG_BIN="$BIN" HOME=/tmp bash ${TRACE:+-x} "$(readlink -f "$0")" "$@"
fi
work=$(mktemp -d /tmp/pg-failover.XXXXXX)
P1=${P1:-25432}; P2=${P2:-25433}
stop() { "$BIN/pg_ctl" -D "$work/$1" -m immediate stop >/dev/null 2>&1 || true; }
trap 'stop primary; stop replica; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
sql() { "$BIN/psql" -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d postgres -c "$2"; }
ms() { date +%s%3N; }

"$BIN/initdb" -D "$work/primary" -U postgres --auth=trust >/dev/null
cat >> "$work/primary/postgresql.conf" <<CONF
port = $P1
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
wal_level = replica
fsync = on
full_page_writes = on
synchronous_commit = on
synchronous_standby_names = 'replica'
CONF
echo "host replication postgres 127.0.0.1/32 trust" >> "$work/primary/pg_hba.conf"
"$BIN/pg_ctl" -D "$work/primary" -l "$work/primary.log" -w start >/dev/null
"$BIN/pg_basebackup" -h 127.0.0.1 -p "$P1" -U postgres -D "$work/replica" -R -X stream
sed -i "s/^port = $P1/port = $P2/" "$work/replica/postgresql.conf"
echo "primary_conninfo = 'host=127.0.0.1 port=$P1 user=postgres application_name=replica'" >> "$work/replica/postgresql.auto.conf"
"$BIN/pg_ctl" -D "$work/replica" -l "$work/replica.log" -w start >/dev/null
until [ "$(sql "$P1" "select sync_state from pg_stat_replication where application_name = 'replica'")" = sync ]; do sleep 0.2; done
echo "primary on $P1, synchronous replica on $P2 ($("$BIN/postgres" --version))"

sql "$P1" "create table acknowledged (n int primary key)"
sql "$P1" "do \$\$ begin for i in 1..1000 loop insert into acknowledged values (i); commit; end loop; end \$\$"
echo "1000 writes committed on the primary, each acknowledged only once the replica had it"

killed=$(ms)
kill -9 "$(head -1 "$work/primary/postmaster.pid")"
"$BIN/pg_ctl" -D "$work/replica" -w promote >/dev/null
# The promoted server inherited synchronous_standby_names from the base backup and would wait for a standby that is
# gone, holding every commit: Patroni rewrites this setting on failover; here it is done by hand. A real cluster
# gets a new synchronous standby (the old primary, rewound with pg_rewind, or a third member).
sql "$P2" "alter system set synchronous_standby_names = ''" && sql "$P2" "select pg_reload_conf()" >/dev/null
until sql "$P2" "insert into acknowledged values (1001)" 2>/dev/null; do sleep 0.05; done
took=$(( $(ms) - killed ))
count=$(sql "$P2" "select count(*) from acknowledged")
echo "promoted: the new primary took its first write $took ms after the kill -9; it holds $count of 1001 rows"
[ "$count" = 1001 ] && echo "OK: no acknowledged write lost" || { echo "LOST WRITES"; exit 1; }
