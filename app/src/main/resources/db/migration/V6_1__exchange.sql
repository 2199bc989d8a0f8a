-- Exchange: this node's signing keys, the partner nodes and keys it trusts, and one message log for both
-- directions (outbox rows are direction OUT, inbox rows IN). Checks repeat the application's rules.

create table exchange_signing_key (
    kid           varchar(80) primary key,
    public_jwk    text not null,
    private_jwk   bytea not null,            -- AES-256-GCM under the node's key-encryption key, never plain
    status        varchar(10) not null check (status in ('ACTIVE', 'RETIRING', 'REVOKED')),
    created_at    timestamptz not null,
    retire_after  timestamptz,               -- a RETIRING key still verifies (not signs) until then
    revoked_at    timestamptz,
    revoke_reason varchar(300)
);
-- At most one key signs at any time, whichever instance rotated it.
create unique index exchange_signing_key_one_active on exchange_signing_key (status) where status = 'ACTIVE';

create table exchange_partner (
    node_id    varchar(19) primary key check (node_id ~ '^[A-Z]{2}-[A-Z0-9]{1,16}$'),
    base_url   varchar(300) not null check (base_url ~ '^https?://'),
    status     varchar(10) not null check (status in ('TRUSTED', 'SUSPENDED')),
    pinned_at  timestamptz not null,
    pinned_by  varchar(100) not null,
    source     varchar(20) not null check (source in ('MANUAL', 'DIRECTORY_EXPORT', 'FIRST_USE'))
);

create table exchange_partner_key (
    node_id     varchar(19) not null references exchange_partner (node_id),
    kid         varchar(80) not null,
    public_jwk  text not null,
    fingerprint char(16) not null,
    status      varchar(10) not null check (status in ('PINNED', 'REVOKED')),
    pinned_at   timestamptz not null,
    revoked_at  timestamptz,
    primary key (node_id, kid)
);

create table exchange_message (
    id                uuid primary key,
    direction         varchar(3) not null check (direction in ('OUT', 'IN')),
    seq               bigserial not null unique,
    conversation_id   uuid not null,
    in_reply_to       uuid,
    kind              varchar(12) not null check (kind in ('NOTIFICATION', 'REQUEST', 'REPLY', 'ALERT')),
    category          varchar(40) not null,
    purpose           varchar(40) not null,
    sender_node       varchar(19) not null,
    sender_agency     varchar(41) not null,
    recipient_node    varchar(19) not null,
    recipient_agency  varchar(41) not null,
    subject           varchar(200) not null,
    clause            varchar(90) not null,
    handling          varchar(16) not null,
    sent_at           timestamptz not null,
    reply_by          timestamptz,
    idempotency_key   varchar(80) not null,
    envelope          text not null,
    envelope_sha256   char(64) not null,
    receipt           text,
    status            varchar(12) not null check (status in ('QUEUED', 'DELIVERED', 'REJECTED', 'DEAD', 'RECEIVED', 'READ', 'ANSWERED')),
    attempts          integer not null default 0,
    next_attempt_at   timestamptz,
    last_error        varchar(1000),
    delivered_at      timestamptz,
    read_at           timestamptz,
    answered_at       timestamptz,
    reminded_at       timestamptz,
    created_by        varchar(100) not null,
    created_at        timestamptz not null
);
-- Exactly once: a sender's idempotency key is accepted once per direction.
create unique index exchange_message_idempotency on exchange_message (direction, sender_node, idempotency_key);
create index exchange_message_due on exchange_message (next_attempt_at, seq) where status = 'QUEUED';
create index exchange_message_conversation on exchange_message (conversation_id, seq);
create index exchange_message_log on exchange_message (direction, created_at desc);

create table exchange_attachment (
    message_id uuid not null references exchange_message (id) on delete cascade,
    position   smallint not null,
    filename   varchar(200) not null,
    media_type varchar(100) not null,
    size_bytes integer not null check (size_bytes > 0),
    sha256     char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content    bytea not null,
    primary key (message_id, position)
);

-- Deliveries the receiver refused and envelopes it could not even read: the searchable part of the log
-- that has no message row.
create table exchange_rejection (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    direction    varchar(3) not null check (direction in ('OUT', 'IN')),
    message_id   uuid,
    peer_node    varchar(19),
    reason       varchar(40) not null,
    detail       varchar(1000) not null
);
create index exchange_rejection_time on exchange_rejection (occurred_at desc);
