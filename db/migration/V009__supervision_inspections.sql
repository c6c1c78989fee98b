-- Inspection plans and records, per level (office, organisation district, organisation commune).

create table inspection_plan (
    id              bigserial primary key,
    year            integer    not null check (year between 2000 and 2100),
    level           varchar(20) not null check (level in ('OFFICE', 'ASSOCIATION_DISTRICT', 'ASSOCIATION_COMMUNE')),
    association_id  integer    references association (id),
    commune_id      bigint      references commune (id),
    planned_groups  integer     not null check (planned_groups >= 0),
    planned_borrowers integer   not null check (planned_borrowers >= 0)
);

create table inspection (
    id              bigserial primary key,
    plan_id         bigint      references inspection_plan (id),
    level           varchar(20) not null check (level in ('OFFICE', 'ASSOCIATION_DISTRICT', 'ASSOCIATION_COMMUNE')),
    inspected_on    date        not null,
    group_id        bigint      references savings_group (id),
    household_id    bigint      references household (id),
    inspector       varchar(200) not null,
    findings        text        not null,
    result          varchar(12) not null check (result in ('GOOD', 'ISSUES', 'SERIOUS')),
    recorded_by     varchar(50) not null,
    check (group_id is not null or household_id is not null)
);
create index inspection_group_idx on inspection (group_id);
