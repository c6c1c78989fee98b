-- An association officer's proposal of a group's rating for a year, pending until the DIRECTOR confirms it (the
-- year's rating in group_rating is then written, or replaced, by the group module's one rating path) or rejects it
-- with a reason. At most one proposal per group and year waits at a time.
create table group_rating_proposal (
    id              bigserial    primary key,
    group_id        bigint       not null references savings_group (id),
    year            integer      not null check (year between 2000 and 2100),
    rating          varchar(12)  not null check (rating in ('TOT', 'KHA', 'TRUNG_BINH', 'YEU')),
    note            varchar(300) not null check (btrim(note) <> ''),
    proposed_by     varchar(50)  not null,
    proposed_at     timestamptz  not null,
    status          varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    decided_by      varchar(50),
    decided_at      timestamptz,
    decision_reason varchar(300),
    check ((status = 'PENDING') = (decided_by is null and decided_at is null)),
    check (status <> 'REJECTED' or btrim(coalesce(decision_reason, '')) <> ''),
    check (decided_by is null or decided_by <> proposed_by)
);
create unique index group_rating_proposal_one_pending on group_rating_proposal (group_id, year) where status = 'PENDING';
create index group_rating_proposal_group on group_rating_proposal (group_id, year desc);
