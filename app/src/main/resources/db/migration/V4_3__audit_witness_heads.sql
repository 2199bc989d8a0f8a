-- Heads of partners' audit chains that this node witnesses (ADR 0004, amendment of 2026-12-04): each partner
-- sends its signed checkpoints, this node keeps them, and whoever checks that partner's chain later can compare
-- it with what this node holds. Append-only like the chain itself: a witness that forgets is no witness.
create table audit_witness_head (
    origin_node   varchar(19) not null check (origin_node ~ '^[A-Z]{2}-[A-Z0-9]{1,16}$'),
    seq           bigint not null check (seq > 0),
    hash          char(64) not null,
    signed_at     timestamptz not null,
    key_id        varchar(128) not null,
    signature     text not null,
    checkpoint_id bigint not null,
    received_at   timestamptz not null,
    primary key (origin_node, seq)
);

-- A partner that signed two different heads for the same seq showed two versions of its chain: kept as proof.
create table audit_witness_conflict (
    id            bigint generated always as identity primary key,
    origin_node   varchar(19) not null,
    seq           bigint not null,
    held_hash     char(64) not null,
    offered_hash  char(64) not null,
    offered_signature text not null,
    received_at   timestamptz not null
);

create trigger audit_witness_head_append_only before update or delete on audit_witness_head
    for each row execute function audit_refuse_change();
create trigger audit_witness_head_no_truncate before truncate on audit_witness_head
    for each statement execute function audit_refuse_change();
create trigger audit_witness_conflict_append_only before update or delete on audit_witness_conflict
    for each row execute function audit_refuse_change();
create trigger audit_witness_conflict_no_truncate before truncate on audit_witness_conflict
    for each statement execute function audit_refuse_change();
