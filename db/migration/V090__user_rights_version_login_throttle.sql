-- Rights end at once: every change of a user's rights (disabled, role or scope changed, password reset) bumps
-- rights_version, and a session whose principal carries an older version is ended on its next request.
alter table app_user add column rights_version bigint not null default 0;

-- Failed sign-ins, counted per account (username as typed, known or not) and per client address. Each failure past
-- a free allowance makes the next attempt wait longer; nothing is ever locked for good, and an ADMIN can lift a wait.
create table login_throttle (
    kind            varchar(10)  not null check (kind in ('ACCOUNT', 'CLIENT')),
    key             varchar(100) not null,
    failures        integer      not null check (failures > 0),
    last_failure    timestamptz  not null,
    blocked_until   timestamptz,
    primary key (kind, key)
);
create index login_throttle_blocked_idx on login_throttle (blocked_until desc);
