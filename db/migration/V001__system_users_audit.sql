-- The office itself, its users (with role and scope) and the audit log.

create table office (
    id          integer primary key check (id = 1),
    code        varchar(20)  not null,
    name        varchar(200) not null,
    district    varchar(200) not null,
    province    varchar(200) not null,
    address     varchar(300)
);

create table association (
    id      serial primary key,
    code    varchar(3)   not null unique check (code in ('HND', 'HPN', 'CCB', 'DTN')),
    name    varchar(200) not null
);

create table commune (
    id          bigserial primary key,
    code        varchar(20)  not null unique,
    name        varchar(200) not null,
    active      boolean      not null default true,
    version     bigint       not null default 0
);

create table app_user (
    id                  bigserial primary key,
    username            varchar(50)  not null unique check (username ~ '^[a-z0-9._-]{3,50}$'),
    password_hash       varchar(200) not null,
    full_name           varchar(200) not null,
    role                varchar(20)  not null check (role in ('ADMIN', 'STAFF', 'DIRECTOR', 'ASSOCIATION', 'BOARD')),
    -- An ASSOCIATION officer sees one organisation: all its groups (district level, no commune)
    -- or its groups in one commune (commune level).
    association_id      integer references association (id),
    commune_id          bigint   references commune (id),
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0 check (failed_logins >= 0),
    locked_until        timestamptz,
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint app_user_scope check (
        (role = 'ASSOCIATION' and association_id is not null)
        or (role <> 'ASSOCIATION' and association_id is null and commune_id is null))
);

create table audit_log (
    id          bigserial primary key,
    at          timestamptz  not null default now(),
    username    varchar(50)  not null,
    action      varchar(60)  not null,
    entity      varchar(60)  not null,
    entity_id   varchar(60),
    before      jsonb,
    after       jsonb
);
create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_at_idx on audit_log (at desc);

-- The audit log is append-only.
create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function forbid_change();
