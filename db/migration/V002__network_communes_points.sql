-- Communes (created in V001 for user scopes), villages and the commune transaction points.

create table village (
    id          bigserial primary key,
    commune_id  bigint       not null references commune (id),
    name        varchar(200) not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    unique (commune_id, name)
);

create table transaction_point (
    id              bigserial primary key,
    commune_id      bigint       not null unique references commune (id),
    place           varchar(300) not null,
    day_of_month    integer     not null check (day_of_month between 1 and 31),
    active          boolean      not null default true,
    version         bigint       not null default 0
);

create table transaction_point_member (
    id          bigserial primary key,
    point_id    bigint       not null references transaction_point (id),
    duty        varchar(20)  not null check (duty in ('LEADER', 'CONTROLLER', 'TELLER', 'MEMBER')),
    full_name   varchar(200) not null,
    position    varchar(200)
);
create index transaction_point_member_point_idx on transaction_point_member (point_id);
