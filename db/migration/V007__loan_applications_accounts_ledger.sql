-- Applications and their review and approval, loan accounts, repayment schedules and the ledger.

create table loan_application (
    id              bigserial primary key,
    household_id    bigint       not null references household (id),
    group_id        bigint       references savings_group (id),
    programme_id    integer     not null references programme (id),
    commune_id      bigint       not null references commune (id),
    amount          bigint       not null check (amount > 0),
    term_months     integer     not null check (term_months > 0),
    instalment_months integer   not null default 12 check (instalment_months in (1, 3, 6, 12)),
    purpose         varchar(500) not null,
    applied_on      date         not null,
    status          varchar(20)  not null check (status in ('SUBMITTED', 'REVIEWED', 'CERTIFIED', 'APPROVED', 'REJECTED', 'DISBURSED', 'WITHDRAWN')),
    prepared_by     varchar(50)  not null,
    decided_by      varchar(50),
    decided_at      timestamptz,
    rejection_reason varchar(500),
    version         bigint       not null default 0,
    check (decided_by is null or decided_by <> prepared_by)
);
create index loan_application_status_idx on loan_application (status);
create index loan_application_household_idx on loan_application (household_id);

-- 10/TD: the group's review meeting
create table group_review (
    id          bigserial primary key,
    group_id    bigint      not null references savings_group (id),
    held_on     date        not null,
    attendees   text        not null,
    recorded_by varchar(50) not null
);
create table group_review_item (
    review_id       bigint      not null references group_review (id),
    application_id  bigint      not null references loan_application (id),
    decision        varchar(10) not null check (decision in ('AGREED', 'REFUSED')),
    note            varchar(300),
    primary key (review_id, application_id)
);

-- 03/TD: the commune People's Committee certifies a list of applications
create table commune_certification (
    id              bigserial primary key,
    commune_id      bigint      not null references commune (id),
    certified_on    date        not null,
    reference       varchar(50),
    recorded_by     varchar(50) not null
);
create table commune_certification_item (
    certification_id bigint not null references commune_certification (id),
    application_id   bigint not null references loan_application (id),
    primary key (certification_id, application_id)
);

create table loan (
    id                  bigserial primary key,
    loan_no             varchar(30)  not null unique,
    application_id      bigint       unique references loan_application (id),
    household_id        bigint       not null references household (id),
    group_id            bigint       references savings_group (id),
    -- null for a direct loan (not through an organisation)
    association_id      integer     references association (id),
    programme_id        integer     not null references programme (id),
    commune_id          bigint       not null references commune (id),
    principal           bigint       not null check (principal > 0),
    disbursed_on        date         not null,
    maturity_on         date         not null,
    instalment_months   integer     not null default 12 check (instalment_months in (1, 3, 6, 12)),
    purpose             varchar(500),
    status              varchar(12)  not null check (status in ('ACTIVE', 'SETTLED', 'WRITTEN_OFF', 'CANCELLED')),
    imported            boolean      not null default false,
    version             bigint       not null default 0,
    check (maturity_on > disbursed_on),
    check ((group_id is null) = (association_id is null))
);
create index loan_household_idx on loan (household_id);
create index loan_group_idx on loan (group_id);
create index loan_commune_idx on loan (commune_id);
create index loan_programme_idx on loan (programme_id);

create table loan_instalment (
    id              bigserial primary key,
    loan_id         bigint  not null references loan (id),
    seq             integer not null check (seq > 0),
    due_on          date    not null,
    principal_due   bigint  not null check (principal_due >= 0),
    -- an extension moves the due date; the original stays for the record
    original_due_on date    not null,
    extended        boolean not null default false,
    unique (loan_id, seq)
);
create index loan_instalment_due_idx on loan_instalment (due_on);

-- The ledger: every money event of a loan, append-only. Each row says how it moves the balances
-- (signed deltas); the state of a loan at the end of a day is the sum of its rows up to that day.
-- A correction is a reversal row that negates an earlier row, never an update or a delete.
create table loan_txn (
    id              bigserial primary key,
    loan_id         bigint       not null references loan (id),
    business_date   date         not null,
    kind            varchar(20)  not null check (kind in (
                        'OPENING_BALANCE', 'DISBURSEMENT', 'PRINCIPAL_REPAYMENT', 'INTEREST_CHARGE', 'INTEREST_PAYMENT',
                        'OVERDUE_TRANSFER', 'EXTENSION', 'RESCHEDULE', 'FREEZE', 'WRITE_OFF', 'REVERSAL')),
    amount          bigint       not null check (amount >= 0),
    d_outstanding   bigint       not null default 0,
    d_overdue       bigint       not null default 0,
    d_frozen        bigint       not null default 0,
    d_interest      bigint       not null default 0,
    instalment_id   bigint       references loan_instalment (id),
    reverses_id     bigint       unique references loan_txn (id),
    reference       varchar(100),
    note            varchar(500),
    idempotency_key varchar(80)  unique,
    posted_by       varchar(50)  not null,
    posted_at       timestamptz  not null default now(),
    check ((kind = 'REVERSAL') = (reverses_id is not null))
);
create index loan_txn_loan_date_idx on loan_txn (loan_id, business_date);
create index loan_txn_date_idx on loan_txn (business_date);
create trigger loan_txn_append_only before update or delete on loan_txn
    for each row execute function forbid_change();

-- Risk decisions (extension, rescheduling, freezing, write-off) with a decision number and approval.
create table loan_decision (
    id              bigserial primary key,
    loan_id         bigint       not null references loan (id),
    kind            varchar(12)  not null check (kind in ('EXTENSION', 'RESCHEDULE', 'FREEZE', 'WRITE_OFF')),
    decision_no     varchar(50)  not null,
    reason          varchar(500) not null,
    amount          bigint       check (amount >= 0),
    effective_on    date         not null,
    prepared_by     varchar(50)  not null,
    approved_by     varchar(50),
    approved_at     timestamptz,
    status          varchar(10)  not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    check (approved_by is null or approved_by <> prepared_by)
);
create index loan_decision_loan_idx on loan_decision (loan_id);

-- The organisation checks the use of every new loan within 30 days.
create table loan_use_check (
    loan_id             bigint       primary key references loan (id),
    due_by              date         not null,
    checked_on          date,
    used_as_intended    boolean,
    checker             varchar(200),
    note                varchar(500),
    check ((checked_on is null) = (used_as_intended is null))
);
