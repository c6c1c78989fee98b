-- The write side of members' savings: each movement carries the key of what posted it (so posting again writes
-- nothing), a reversal names the movement it undoes, and a note says why.
alter table savings_txn
    add column idempotency_key varchar(100) unique,
    add column reverses_id     bigint unique references savings_txn (id),
    add column note            varchar(500),
    add check ((kind = 'REVERSAL') = (reverses_id is not null));
