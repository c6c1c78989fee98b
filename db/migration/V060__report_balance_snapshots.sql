-- Balances of every loan at the end of a day, so that a report for a date reads one snapshot (and at most the ledger
-- rows since) instead of the whole ledger: month-ends, kept as anchors, and the days reports were asked for (the
-- latest few kept). A snapshot is built only from the ledger (the previous snapshot plus the rows in between, or the
-- rows themselves) and holds until a ledger row dated on or before it is inserted: the trigger below marks it
-- invalid in that row's own transaction, and reports read only valid snapshots. With the balances it keeps how old
-- a loan's overdue principal and unpaid interest are (first in, first out), which the overdue report needs.
--
-- Locking: the trigger takes a shared advisory lock (key 60601) for the rest of the inserting transaction; a
-- builder takes the same key exclusively, and only if it can get it at once. So a snapshot is never built while
-- a transaction that dated rows into its past is still open, and every such transaction that commits later finds
-- the snapshot's header row committed and marks it invalid.

create table report_snapshot (
    as_of       date        primary key,
    valid       boolean     not null,
    loans       integer     not null default 0 check (loans >= 0),
    built_at    timestamptz not null default now(),
    build_ms    integer     check (build_ms >= 0)
);

-- Only loans with a non-zero balance; a loan missing from a snapshot had every balance at zero. The loan's keys
-- (household, commune, programme, organisation, group) are copied in so that a report need not read the loans;
-- changing them on a loan marks every snapshot invalid (second trigger below).
create table report_balance_snapshot (
    as_of       date    not null references report_snapshot (as_of) on delete cascade,
    loan_id     bigint  not null references loan (id),
    household_id    bigint  not null,
    commune_id      bigint  not null,
    programme_id    integer not null,
    association_id  integer,
    group_id        bigint,
    outstanding bigint  not null,
    overdue     bigint  not null,
    frozen      bigint  not null,
    interest    bigint  not null,
    -- the business date of the oldest overdue transfer, and of the oldest interest charge, not yet paid
    overdue_since  date,
    interest_since date,
    primary key (as_of, loan_id),
    check (outstanding <> 0 or overdue <> 0 or frozen <> 0 or interest <> 0)
);

create function report_snapshot_invalidate() returns trigger language plpgsql as $$
declare
    earliest date;
begin
    select min(business_date) into earliest from inserted_rows;
    if earliest is not null then
        perform pg_advisory_xact_lock_shared(60601);
        update report_snapshot set valid = false where as_of >= earliest and valid;
    end if;
    return null;
end $$;

create trigger loan_txn_invalidates_report_snapshots after insert on loan_txn
    referencing new table as inserted_rows
    for each statement execute function report_snapshot_invalidate();

create function report_snapshot_invalidate_on_keys() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_loans o join new_loans n on n.id = o.id
               where (o.household_id, o.commune_id, o.programme_id, o.association_id, o.group_id)
                     is distinct from (n.household_id, n.commune_id, n.programme_id, n.association_id, n.group_id)) then
        perform pg_advisory_xact_lock_shared(60601);
        update report_snapshot set valid = false where valid;
    end if;
    return null;
end $$;

create trigger loan_keys_invalidate_report_snapshots after update on loan
    referencing old table as old_loans new table as new_loans
    for each statement execute function report_snapshot_invalidate_on_keys();

-- The overdue report finds, loan by loan, the oldest overdue transfer not yet repaid (first in, first out):
-- only the rows that move overdue principal take part, a small share of the ledger.
create index loan_txn_overdue_moves_idx on loan_txn (loan_id, business_date, id) include (d_overdue)
    where d_overdue <> 0;
