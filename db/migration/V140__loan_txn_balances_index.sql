-- A loan's balances are sums of its ledger rows (outstanding, overdue, frozen, interest owed); a sheet, the day page
-- and a posting read them for many loans at once. With the sums' columns in the index those reads are index-only
-- scans on the ledger's settled pages (it is append-only, so autovacuum keeps them all-visible) instead of one heap
-- visit per row. The kind, id and amount serve the last-charge lookups. It takes the place of the (loan_id,
-- business_date) index, whose queries it serves as well.
create index loan_txn_loan_balances_idx on loan_txn (loan_id, business_date)
    include (kind, id, amount, d_outstanding, d_overdue, d_frozen, d_interest);
drop index loan_txn_loan_date_idx;
