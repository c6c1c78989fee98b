#!/usr/bin/env bash
# Reports off the primary: a primary and a streaming replica from Debian's PostgreSQL 15 on this machine, the portal
# on the primary with VBSP_REPORTS_DATASOURCE_URL naming the replica. Shows a report of a closed day read on the
# replica (vbsp_reports_reads_total{source="replica"} grows), then a replica held behind (replay paused) passed over
# for the primary once it lags more than VBSP_REPORTS_MAX_LAG. Everything lives in $BASE and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-/tmp/vbsp-replica}
. bench/lib.sh
PRIMARY=55432 REPLICA=55433 HTTP=8089
trap 'stop_portal demo; stop_cluster replica; stop_cluster primary' EXIT

need_postgres
portal_jar
fresh_base
new_cluster primary $PRIMARY "wal_level = replica" "max_wal_senders = 5" "fsync = off"
psql_on $PRIMARY -c "create database vbsp"
as_pg "$PG_BIN/pg_basebackup" -h localhost -p $PRIMARY -U postgres -D "$BASE/replica" -R -X stream -c fast
sed -i "s/^port = $PRIMARY/port = $REPLICA/" "$BASE/replica/postgresql.conf"
start_cluster replica
echo "replica in recovery: $(psql_on $REPLICA -c 'select pg_is_in_recovery()')"

start_portal demo $HTTP SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PRIMARY/vbsp" SPRING_DATASOURCE_USERNAME=postgres \
  VBSP_REPORTS_DATASOURCE_URL="jdbc:postgresql://localhost:$REPLICA/vbsp" VBSP_REPORTS_MAX_LAG=10s VBSP_DEMO_DATA=true
reads() { curl -fs -u admin:demo "http://localhost:$HTTP/actuator/prometheus" | grep '^vbsp_reports_reads_total' || true; }
yesterday=$(TZ=Asia/Ho_Chi_Minh date -d yesterday +%F)
login $HTTP bandaidien demo
echo; echo "Portfolio by association at the end of $yesterday, read on the replica:"
fetch $HTTP bandaidien "/reports/portfolio.csv?by=association&asOf=$yesterday"
echo; reads
echo; echo "Loans on the primary / on the replica: $(psql_on $PRIMARY -d vbsp -c 'select count(*) from loan')" \
  "/ $(psql_on $REPLICA -d vbsp -c 'select count(*) from loan')"

echo; echo "Pausing replay on the replica and writing on the primary; after 12 s the replica is too far behind:"
psql_on $REPLICA -c "select pg_wal_replay_pause()" >/dev/null
psql_on $PRIMARY -d vbsp -c "create table replica_lag_probe(x int); insert into replica_lag_probe values (1)"
sleep 12
fetch $HTTP bandaidien "/reports/portfolio.csv?by=association&asOf=$yesterday" >/dev/null
sleep 6   # the portal looks at the replica's lag at most every 5 s
psql_on $PRIMARY -d vbsp -c "insert into replica_lag_probe values (2)"
fetch $HTTP bandaidien "/reports/portfolio.csv?by=association&asOf=$yesterday" >/dev/null
reads
grep -m1 "Reports replica is" "$BASE/portal-demo.log" || true
psql_on $REPLICA -c "select pg_wal_replay_resume()" >/dev/null
psql_on $PRIMARY -d vbsp -c "drop table replica_lag_probe"
echo; echo "Done: the report of a closed day came from the replica while it kept up, and from the primary when it lagged."
