-- Loan programmes with rates that take effect on a date, capital sources and the yearly capital plan.

create table programme (
    id                  serial primary key,
    code                varchar(10)  not null unique,
    name                varchar(200) not null,
    -- overdue interest as a percentage of the normal rate (130 by default)
    overdue_rate_pct    numeric(6, 2) not null default 130 check (overdue_rate_pct >= 100),
    ceiling             bigint       check (ceiling > 0),
    max_term_months     integer     check (max_term_months > 0),
    eligible_categories varchar(80)  not null,
    through_groups      boolean      not null default true,
    active              boolean      not null default true,
    version             bigint       not null default 0
);

create table programme_rate (
    id              bigserial primary key,
    programme_id    integer      not null references programme (id),
    effective_from  date          not null,
    -- percent per year, e.g. 6.6000
    annual_rate     numeric(7, 4) not null check (annual_rate >= 0 and annual_rate < 100),
    decision        varchar(100),
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null default now(),
    unique (programme_id, effective_from)
);

create table capital_source (
    id      serial primary key,
    code    varchar(20)  not null unique,
    name    varchar(200) not null
);

create table capital_plan (
    id              bigserial primary key,
    year            integer not null check (year between 2000 and 2100),
    commune_id      bigint   not null references commune (id),
    programme_id    integer not null references programme (id),
    source_id       integer not null references capital_source (id),
    amount          bigint   not null check (amount >= 0),
    version         bigint   not null default 0,
    unique (year, commune_id, programme_id, source_id)
);
