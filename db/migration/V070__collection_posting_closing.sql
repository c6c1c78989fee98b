-- The transaction day as it is posted and closed: which batches posted (idempotency), what each line paid, the
-- disbursements made at the point, the director's reversals, and the day's closing count.

alter table transaction_day
    add column reason        varchar(500),
    add column closed_by     varchar(50),
    add column closed_at     timestamptz,
    add column counted_cash  bigint check (counted_cash >= 0),
    add column expected_cash bigint,
    add column close_note    varchar(500),
    add check (status <> 'CLOSED' or (closed_by is not null and closed_at is not null and counted_cash is not null));

-- direct loans booked at the commune have a sheet of their own, without a group
alter table collection_sheet alter column group_id drop not null;
create unique index collection_sheet_direct_once on collection_sheet (transaction_day_id) where group_id is null;

-- one posted line per loan per day: the unique index below, which a reversal frees
alter table collection_line drop constraint collection_line_sheet_id_loan_id_key;
alter table collection_line
    add column transaction_day_id bigint references transaction_day (id),
    add column savings_withdrawn  bigint      not null default 0 check (savings_withdrawn >= 0),
    add column early              boolean     not null default false,
    add column note               varchar(500),
    add column source_line        integer,
    add column posting_id         bigint,
    add column interest_txn_id    bigint,
    add column principal_txn_id   bigint,
    add column deposit_txn_id     bigint,
    add column withdrawal_txn_id  bigint,
    add column posted_by          varchar(50),
    add column posted_at          timestamptz not null default now(),
    add column reversed_by        varchar(50),
    add column reversed_at        timestamptz,
    add column reversal_reason    varchar(500),
    add check ((reversed_at is null) = (reversed_by is null));
update collection_line l set transaction_day_id = s.transaction_day_id from collection_sheet s where s.id = l.sheet_id;
alter table collection_line alter column transaction_day_id set not null;
create unique index collection_line_once_a_day on collection_line (transaction_day_id, loan_id) where reversed_at is null;
create index collection_line_sheet_idx on collection_line (sheet_id);
create index collection_line_loan_idx on collection_line (loan_id);

-- a batch that posted: the page's form token or the file's hash; the same batch twice posts once
create table collection_posting (
    id                  bigserial primary key,
    transaction_day_id  bigint       not null references transaction_day (id),
    source              varchar(100) not null,
    lines               integer      not null check (lines >= 0),
    interest            bigint       not null check (interest >= 0),
    principal           bigint       not null check (principal >= 0),
    deposits            bigint       not null check (deposits >= 0),
    withdrawals         bigint       not null check (withdrawals >= 0),
    posted_by           varchar(50)  not null,
    posted_at           timestamptz  not null default now(),
    unique (transaction_day_id, source)
);
alter table collection_line add foreign key (posting_id) references collection_posting (id);

-- the approved applications paid out at the point on the day
create table collection_disbursement (
    id                  bigserial primary key,
    transaction_day_id  bigint      not null references transaction_day (id),
    application_id      bigint      not null unique references loan_application (id),
    loan_id             bigint      not null references loan (id),
    amount              bigint      not null check (amount > 0),
    posted_by           varchar(50) not null,
    posted_at           timestamptz not null default now()
);

-- a director's correction: a posted line undone (its ledger and savings rows reversed), or one ledger payment row
create table collection_reversal (
    id                  bigserial primary key,
    transaction_day_id  bigint       references transaction_day (id),
    loan_id             bigint       not null references loan (id),
    line_id             bigint       references collection_line (id),
    loan_txn_id         bigint       unique,
    what                varchar(30)  not null,
    reason              varchar(500) not null check (length(trim(reason)) > 0),
    reversed_by         varchar(50)  not null,
    reversed_at         timestamptz  not null default now(),
    check (line_id is not null or loan_txn_id is not null)
);
create unique index collection_reversal_line_once on collection_reversal (line_id) where line_id is not null;
create index collection_reversal_day_idx on collection_reversal (transaction_day_id);
