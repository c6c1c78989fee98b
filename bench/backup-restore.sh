#!/usr/bin/env bash
# Backup and restore, tested: the portal with the demo office on a PostgreSQL 15 server, every report fetched, a
# pg_dump taken while it runs, restored with pg_restore into a fresh server, the portal started on the copy and
# every report fetched again and compared byte for byte. Exits non-zero on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-/tmp/vbsp-backup}
. bench/lib.sh
SOURCE=55442 TARGET=55443 HTTP=8091
trap 'stop_portal source; stop_portal restored; stop_cluster source; stop_cluster target' EXIT

need_postgres
portal_jar
fresh_base
new_cluster source $SOURCE "fsync = off"
psql_on $SOURCE -c "create database vbsp"
start_portal source $HTTP SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$SOURCE/vbsp" SPRING_DATASOURCE_USERNAME=postgres \
  VBSP_DEMO_DATA=true

today=$(TZ=Asia/Ho_Chi_Minh date +%F)
quarter_end=$(TZ=Asia/Ho_Chi_Minh date -d "$(date +%Y-%m-01) -$(( ( $(date +%-m) - 1 ) % 3 )) months -1 day" +%F)
reports() {
  local out="$BASE/$1"; mkdir -p "$out"
  login $HTTP bandaidien demo
  for day in "$today" "$quarter_end"; do
    for by in association commune programme group; do
      fetch $HTTP bandaidien "/reports/portfolio.csv?by=$by&asOf=$day" > "$out/portfolio-$by-$day.csv"
    done
    fetch $HTTP bandaidien "/reports/overdue.csv?asOf=$day" > "$out/overdue-$day.csv"
    # a workbook carries the moment it was made: its sheets and strings are compared, not its bytes
    fetch $HTTP bandaidien "/reports/portfolio.xlsx?by=commune&asOf=$day" > "$BASE/book.xlsx"
    unzip -p "$BASE/book.xlsx" 'xl/worksheets/*.xml' 'xl/sharedStrings.xml' > "$out/portfolio-commune-$day.xlsx-sheets.xml" || true
  done
}
reports before

started=$(date +%s.%N)
as_pg "$PG_BIN/pg_dump" -h localhost -p $SOURCE -U postgres -Fc -d vbsp -f "$BASE/vbsp.dump"
echo "pg_dump: $(du -h "$BASE/vbsp.dump" | cut -f1) in $(echo "$(date +%s.%N) - $started" | bc) s (the portal kept running)"
stop_portal source

new_cluster target $TARGET "fsync = off"
psql_on $TARGET -c "create database vbsp"
started=$(date +%s.%N)
as_pg "$PG_BIN/pg_restore" -h localhost -p $TARGET -U postgres -d vbsp --no-owner -j 2 "$BASE/vbsp.dump"
echo "pg_restore into a fresh server: $(echo "$(date +%s.%N) - $started" | bc) s"
start_portal restored $HTTP SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$TARGET/vbsp" SPRING_DATASOURCE_USERNAME=postgres \
  VBSP_DEMO_DATA=false
reports after

rows=$(psql_on $TARGET -d vbsp -c "select count(*) from loan_txn")
if diff -r "$BASE/before" "$BASE/after"; then
  echo "Restore OK: $(ls "$BASE/after" | wc -l) report files identical; $rows ledger rows on the restored server."
else
  echo "Restore FAILED: the reports differ"; exit 1
fi
