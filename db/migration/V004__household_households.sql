-- Borrower households, identified by the head's citizen ID (CCCD).

create table household (
    id                  bigserial primary key,
    cccd                varchar(12)  not null unique check (cccd ~ '^[0-9]{12}$'),
    head_name           varchar(200) not null check (length(trim(head_name)) > 0),
    -- lower case, without diacritics: what name search compares against
    search_name         varchar(200) not null,
    birth_date          date,
    sex                 varchar(1)   check (sex in ('M', 'F')),
    village_id          bigint       not null references village (id),
    address             varchar(300),
    phone               varchar(20),
    category            varchar(20)  not null check (category in ('NGHEO', 'CAN_NGHEO', 'MOI_THOAT_NGHEO', 'KHAC')),
    review_year         integer     check (review_year between 2000 and 2100),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
create index household_village_idx on household (village_id);
create index household_search_name_idx on household (search_name text_pattern_ops);

create table household_member (
    id              bigserial primary key,
    household_id    bigint       not null references household (id),
    full_name       varchar(200) not null,
    relation        varchar(50)  not null,
    birth_year      integer     check (birth_year between 1900 and 2100)
);
create index household_member_household_idx on household_member (household_id);
