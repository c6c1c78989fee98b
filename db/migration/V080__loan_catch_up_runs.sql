-- Every run that brought the loan book up to a day (the nightly run, the catch-up at start-up or after missed nights,
-- the second phase of a loan-book import, the administrator's button): when, through which day, what it posted and
-- how it ended. The latest completed run says how far the book is caught up.
create table loan_catch_up_run (
    id           bigserial primary key,
    reason       varchar(20)  not null check (reason in ('NIGHTLY', 'STARTUP', 'MISSED', 'IMPORT', 'MANUAL', 'POSTING')),
    through      date         not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    loans        integer      not null default 0,
    transfers    integer      not null default 0,
    charges      integer      not null default 0,
    transferred  bigint       not null default 0,
    charged      bigint       not null default 0,
    result       varchar(10)  not null check (result in ('RUNNING', 'DONE', 'FAILED')),
    message      varchar(500),
    run_by       varchar(50)  not null
);
create index loan_catch_up_run_done_idx on loan_catch_up_run (through) where result = 'DONE';
