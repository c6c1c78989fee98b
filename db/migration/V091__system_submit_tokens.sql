-- One-time tokens for forms that move money: issued with the form, consumed by the first post. A second post of the
-- same form (a double click, the back button) finds the token used and is refused.
create table submit_token (
    token       varchar(64)  primary key,
    username    varchar(100) not null,
    issued_at   timestamptz  not null,
    used_at     timestamptz
);
create index submit_token_issued_idx on submit_token (issued_at);
