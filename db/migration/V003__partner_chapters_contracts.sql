-- The entrusting organisations at district and commune level, and their entrustment contracts.

create table association_chapter (
    id              bigserial primary key,
    association_id  integer     not null references association (id),
    level           varchar(10)  not null check (level in ('DISTRICT', 'COMMUNE')),
    commune_id      bigint       references commune (id),
    chair_name      varchar(200),
    phone           varchar(20),
    version         bigint       not null default 0,
    check ((level = 'DISTRICT') = (commune_id is null)),
    unique (id, association_id)
);
create unique index association_chapter_district_uq on association_chapter (association_id) where level = 'DISTRICT';
create unique index association_chapter_commune_uq on association_chapter (association_id, commune_id) where level = 'COMMUNE';

create table entrustment_contract (
    id              bigserial primary key,
    chapter_id      bigint       not null references association_chapter (id),
    contract_no     varchar(50)  not null unique,
    signed_on       date         not null,
    ends_on         date,
    tasks           text         not null,
    version         bigint       not null default 0,
    check (ends_on is null or ends_on > signed_on)
);

-- Settings the office may change: entrustment fee by overdue ratio, the split between levels.
create table fee_setting (
    key         varchar(60)   primary key,
    value       numeric(9, 4) not null check (value >= 0),
    description varchar(300)  not null
);
