-- A counter of changes to what reports are named and filtered by (organisations, communes, programmes, groups,
-- transaction points): the reports' memo of past days keys each figure by it as well as by the balance snapshots it
-- was read from, so a renamed commune shows under its new name at once. Bumped once per statement that changes any
-- of those tables, in the changing transaction (such changes are rare and short).
create table report_names_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into report_names_version (id, version) values (1, 0);

create function report_names_changed() returns trigger language plpgsql as $$
begin
    update report_names_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger association_names_changed after insert or update or delete on association
    for each statement execute function report_names_changed();
create trigger commune_names_changed after insert or update or delete on commune
    for each statement execute function report_names_changed();
create trigger programme_names_changed after insert or update or delete on programme
    for each statement execute function report_names_changed();
create trigger savings_group_names_changed after insert or update or delete on savings_group
    for each statement execute function report_names_changed();
create trigger transaction_point_names_changed after insert or update or delete on transaction_point
    for each statement execute function report_names_changed();
