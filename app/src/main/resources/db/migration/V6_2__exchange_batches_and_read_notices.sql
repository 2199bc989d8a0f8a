-- Batch delivery (ADR 0008): one signed receipt acknowledges every message a delivery batch stored. Both
-- sides keep it once and point each message at it; a message has either its own receipt or a batch receipt.
create table exchange_receipt_batch (
    id         uuid primary key,
    receipt    text not null,
    created_at timestamptz not null
);
alter table exchange_message add column receipt_batch uuid references exchange_receipt_batch (id);

-- Read notices: when an officer opens an incoming message, the sender's node is told, signed, through this
-- outbox of its own (it survives the partner being down). The sender keeps the signed notice as evidence.
alter table exchange_message add column read_notice text;
create table exchange_notice (
    id              uuid primary key,
    message_id      uuid not null references exchange_message (id),
    recipient_node  varchar(19) not null,
    notice          text not null,
    status          varchar(10) not null check (status in ('QUEUED', 'DELIVERED', 'REJECTED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz not null
);
create index exchange_notice_due on exchange_notice (next_attempt_at) where status = 'QUEUED';
