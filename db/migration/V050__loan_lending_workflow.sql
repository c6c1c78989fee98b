-- What the lending workflow needs beyond V007: the date of the director's approval, a token against a
-- double-submitted application form, one live loan per application (a cancelled disbursement frees the
-- application for a new one), the office's loan numbers, and what a risk decision changes.

-- The day the director approved (the capital plan of that year is charged); decided_at is when it was entered.
alter table loan_application add column approved_on date;
alter table loan_application add constraint loan_application_approved_on_check
    check (approved_on is null or decided_by is not null);
-- The token of the form that created the application: the same form sent twice creates one application.
alter table loan_application add column submission_key varchar(80) unique;
create index loan_application_group_idx on loan_application (group_id);
create index loan_application_commune_idx on loan_application (commune_id, status);

-- A cancelled disbursement keeps its loan (status CANCELLED, its ledger reversed) and frees the application.
alter table loan drop constraint loan_application_id_key;
create unique index loan_application_live_uq on loan (application_id) where status <> 'CANCELLED';

-- Loan numbers PGD-<year>-<six digits>, unique across years.
create sequence loan_no_seq;

-- Who recorded the result of a check of use.
alter table loan_use_check add column recorded_by varchar(50);

-- An extension names the instalment and its new due date; a rescheduling the new instalment interval.
-- A rejected proposal says why.
alter table loan_decision add column instalment_id bigint references loan_instalment (id);
alter table loan_decision add column new_due_on date;
alter table loan_decision add column new_interval_months integer check (new_interval_months in (1, 3, 6, 12));
alter table loan_decision add column rejection_reason varchar(500);
alter table loan_decision add constraint loan_decision_extension_check
    check (kind <> 'EXTENSION' or status <> 'PROPOSED' or (instalment_id is not null and new_due_on is not null));
-- At most one proposal waiting for the director per loan.
create unique index loan_decision_one_proposed on loan_decision (loan_id) where status = 'PROPOSED';
