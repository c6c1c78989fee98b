-- A point's team members are edited one by one (name, position, duty), so each carries its own version for
-- optimistic locking like every other edited table; V002 created the table without one.
alter table transaction_point_member add column version bigint not null default 0;
