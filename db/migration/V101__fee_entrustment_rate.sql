-- The entrustment fee rate itself (the bands and the split between levels are in V010): percent per month of the
-- outstanding that paid interest in the month. A setting: the office changes it when the bank's rule changes.
insert into fee_setting (key, value, description) values
    ('fee.rate.monthly_pct', 0.04, 'Mức phí ủy thác: % mỗi tháng trên dư nợ có thu được lãi');
