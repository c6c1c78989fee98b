-- A sheet's lines are checked against the group's membership on the day: is this household a member of this group?
-- With the household in the index that is one probe per line instead of a walk through the group's members. It takes
-- the place of the index on group_id alone, whose queries it serves as well.
create index group_member_group_household_idx on group_member (group_id, household_id);
drop index group_member_group_idx;
