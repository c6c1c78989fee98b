-- Household search and listing.
--
-- Name search compares the folded name (search_name, lower case without diacritics) with `like '%…%'`, so that any
-- part of a name is found. A trigram index makes that fast; pg_trgm ships with PostgreSQL's contrib modules (also in
-- the embedded binaries), but a server without it still works, only with a scan of the table.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available (%): household name search will scan the table', sqlerrm;
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index household_search_name_trgm_idx on household using gin (search_name gin_trgm_ops);
    end if;
end $$;

-- CCCD search: the whole number or its first digits, whatever the database's collation.
create index household_cccd_prefix_idx on household (cccd text_pattern_ops);

-- Vietnamese order of names (a < ă < â < b …, d < đ) from ICU where the server has it, code-point order otherwise.
do $$
begin
    create collation if not exists vietnamese (provider = icu, locale = 'vi-VN');
exception when others then
    raise notice 'ICU is not available (%): names sort in code-point order', sqlerrm;
    create collation if not exists vietnamese from "C";
end $$;

-- Lists of households are ordered as Vietnamese lists are: by given name (the last word), then by the full name.
create index household_given_name_order_idx on household (
    (substring(rtrim(head_name) from '[^ ]+$') collate vietnamese), (head_name collate vietnamese), id);
