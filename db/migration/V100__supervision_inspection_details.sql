-- What an inspection record needs beyond V009: the follow-up agreed, and the organisation and commune it belongs to
-- (copied from the group, so that an officer's scope is one condition), and when it was entered.

alter table inspection add column follow_up varchar(1000);
alter table inspection add column association_id integer references association (id);
alter table inspection add column commune_id bigint references commune (id);
alter table inspection add column recorded_at timestamptz not null default now();

update inspection i set association_id = g.association_id, commune_id = v.commune_id
from savings_group g join village v on v.id = g.village_id
where g.id = i.group_id;

update inspection i set commune_id = v.commune_id
from household h join village v on v.id = h.village_id
where i.group_id is null and h.id = i.household_id;

-- Filled from the group (or the household) whenever a row comes without them, so every writer agrees.
create function inspection_fill_scope() returns trigger language plpgsql as $$
begin
    if new.group_id is not null then
        select g.association_id, v.commune_id into new.association_id, new.commune_id
        from savings_group g join village v on v.id = g.village_id where g.id = new.group_id;
    elsif new.commune_id is null then
        select v.commune_id into new.commune_id
        from household h join village v on v.id = h.village_id where h.id = new.household_id;
    end if;
    return new;
end $$;
create trigger inspection_fill_scope before insert or update on inspection
    for each row execute function inspection_fill_scope();

alter table inspection alter column commune_id set not null;
alter table inspection add constraint inspection_findings_check check (length(trim(findings)) > 0);
create index inspection_year_idx on inspection (inspected_on);
create index inspection_plan_idx on inspection (plan_id);
create unique index inspection_plan_uq on inspection_plan (year, level, coalesce(association_id, 0), coalesce(commune_id, 0));
