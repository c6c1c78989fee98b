-- The group leader's commission (hoa hồng tổ trưởng tổ TK&VV): a percentage of the interest collected through the
-- group, per programme, with the date it holds from. The seeded rate is an example to be set by the office (ADMIN).
create table commission_rate (
    id              bigserial primary key,
    programme_id    integer       not null references programme (id),
    effective_from  date          not null,
    rate_pct        numeric(5, 2) not null check (rate_pct >= 0 and rate_pct <= 100),
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    unique (programme_id, effective_from)
);

insert into commission_rate (programme_id, effective_from, rate_pct, created_by)
select id, date '2000-01-01', 10.00, 'system' from programme;
