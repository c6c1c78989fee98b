-- Savings-and-loan groups (Tổ TK&VV), their members and yearly ratings.

create table savings_group (
    id                  bigserial primary key,
    code                varchar(30)  not null unique,
    name                varchar(200) not null,
    chapter_id          bigint       not null,
    -- copied from the chapter so that the one-group-per-organisation rule can be a database constraint
    association_id      integer     not null,
    village_id          bigint       not null references village (id),
    leader_household_id bigint       references household (id),
    deputy_household_id bigint       references household (id),
    founded_on          date,
    active              boolean      not null default true,
    version             bigint       not null default 0,
    foreign key (chapter_id, association_id) references association_chapter (id, association_id),
    unique (id, association_id),
    check (leader_household_id is null or deputy_household_id is null or leader_household_id <> deputy_household_id)
);
create index savings_group_chapter_idx on savings_group (chapter_id);
create index savings_group_village_idx on savings_group (village_id);

create table group_member (
    id              bigserial primary key,
    group_id        bigint   not null,
    association_id  integer not null,
    household_id    bigint   not null references household (id),
    joined_on       date     not null,
    left_on         date,
    foreign key (group_id, association_id) references savings_group (id, association_id),
    check (left_on is null or left_on >= joined_on)
);
-- A household is an active member of at most one group of each organisation.
create unique index group_member_one_per_association on group_member (household_id, association_id) where left_on is null;
create index group_member_group_idx on group_member (group_id);

create table group_rating (
    id          bigserial primary key,
    group_id    bigint      not null references savings_group (id),
    year        integer    not null check (year between 2000 and 2100),
    rating      varchar(12) not null check (rating in ('TOT', 'KHA', 'TRUNG_BINH', 'YEU')),
    rated_on    date        not null,
    note        varchar(300),
    unique (group_id, year)
);
