-- Test-only: what the batch listener of the messaging tests did, in the order it did it.
CREATE TABLE pingtest.batch_received (
  ping_id     text      PRIMARY KEY,
  times       int       NOT NULL,
  batch_size  int       NOT NULL,
  handled     bigserial NOT NULL
);
