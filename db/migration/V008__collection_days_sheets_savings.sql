-- Transaction days at the commune points, collection sheets, and members' savings.

create table transaction_day (
    id          bigserial primary key,
    point_id    bigint      not null references transaction_point (id),
    held_on     date        not null,
    status      varchar(10) not null check (status in ('PLANNED', 'OPEN', 'CLOSED')),
    version     bigint      not null default 0,
    unique (point_id, held_on)
);

-- 13/TD: what a group leader collected (interest, savings) and what was paid at the point (principal)
create table collection_sheet (
    id                  bigserial primary key,
    transaction_day_id  bigint      not null references transaction_day (id),
    group_id            bigint      not null references savings_group (id),
    status              varchar(10) not null check (status in ('DRAFT', 'POSTED')),
    posted_by           varchar(50),
    posted_at           timestamptz,
    version             bigint      not null default 0,
    unique (transaction_day_id, group_id)
);
create table collection_line (
    id                  bigserial primary key,
    sheet_id            bigint not null references collection_sheet (id),
    loan_id             bigint not null references loan (id),
    interest_due        bigint not null default 0 check (interest_due >= 0),
    interest_collected  bigint not null default 0 check (interest_collected >= 0),
    principal_due       bigint not null default 0 check (principal_due >= 0),
    principal_collected bigint not null default 0 check (principal_collected >= 0),
    savings_collected   bigint not null default 0 check (savings_collected >= 0),
    unique (sheet_id, loan_id)
);

create table savings_account (
    id              bigserial primary key,
    household_id    bigint  not null references household (id),
    group_id        bigint  not null references savings_group (id),
    opened_on       date    not null,
    unique (household_id, group_id)
);
create table savings_txn (
    id              bigserial primary key,
    account_id      bigint      not null references savings_account (id),
    business_date   date        not null,
    kind            varchar(12) not null check (kind in ('DEPOSIT', 'WITHDRAWAL', 'REVERSAL')),
    amount          bigint      not null check (amount > 0),
    -- signed: deposits add, withdrawals take away
    d_balance       bigint      not null,
    posted_by       varchar(50) not null,
    posted_at       timestamptz not null default now()
);
create index savings_txn_account_idx on savings_txn (account_id, business_date);
create trigger savings_txn_append_only before update or delete on savings_txn
    for each row execute function forbid_change();
