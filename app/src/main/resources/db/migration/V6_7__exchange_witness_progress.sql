-- How far each partner has taken this node's audit checkpoints for witnessing (ADR 0004, amendment of
-- 2026-12-04): the id of the newest checkpoint it said it holds. Only a cursor: the proof is the partner's copy.
create table exchange_witness_progress (
    partner_node       varchar(19) primary key references exchange_partner (node_id),
    held_checkpoint_id bigint not null,
    updated_at         timestamptz not null
);
