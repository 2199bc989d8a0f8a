-- The node's signing keys sign audit checkpoints as well as envelopes (ADR 0004, amendment of 2026-12-04), so
-- the table moves from the exchange module to the node module. Numbered after V6_1, which created it.
alter table exchange_signing_key rename to node_signing_key;
alter index exchange_signing_key_one_active rename to node_signing_key_one_active;
alter index exchange_signing_key_pkey rename to node_signing_key_pkey;
