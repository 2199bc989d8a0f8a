-- Retention (ADR 0011): every message row records the clause under which this node keeps it, that clause's
-- handling code and retention, and the moment it is to be purged (sent or received + retention). The purge
-- erases the personal payload (envelope, subject, attachment bytes and names) and keeps the metadata, the
-- envelope's SHA-256, the idempotency key and the signed receipt, so evidence still verifies and replays are
-- still refused. A prosecutor's legal hold keeps a message past its date until released.
alter table exchange_message
    add column retention_clause   varchar(90),
    add column retention_handling varchar(16),
    add column retention_days     integer check (retention_days between 1 and 36500),
    add column purge_after        timestamptz,
    add column purged_at          timestamptz,
    add column hold_reason        varchar(500),
    add column held_by            varchar(100),
    add column held_by_agency     varchar(41),
    add column held_at            timestamptz,
    alter column envelope drop not null;

alter table exchange_message add constraint exchange_message_retention_recorded check (
    (retention_clause is null) = (purge_after is null)
    and (retention_clause is null) = (retention_days is null)
    and (retention_clause is null) = (retention_handling is null));
-- A purged row holds no envelope and no subject; a row not purged always holds its envelope.
alter table exchange_message add constraint exchange_message_purged_erased check (
    (purged_at is null) = (envelope is not null) and (purged_at is null or subject = ''));
alter table exchange_message add constraint exchange_message_hold_complete check (
    (held_at is null) = (hold_reason is null) and (held_at is null) = (held_by is null)
    and (held_at is null) = (held_by_agency is null) and (hold_reason is null or length(trim(hold_reason)) > 0));

-- The purge walks only rows still to purge and not held, oldest date first.
create index exchange_message_purge_due on exchange_message (purge_after)
    where purged_at is null and held_at is null and purge_after is not null;

-- A purged attachment keeps its position, media type, size and SHA-256; its name and bytes are erased.
alter table exchange_attachment alter column content drop not null;

-- Rows stored before this version: the clause their envelope names, with the retention this node's registry
-- gives that clause (agreement references are the same on every party's node, so the sender's clause names
-- the same article here). A one-off read of the agreements' tables; the application asks the registry.
-- Rows whose clause this node does not know keep no purge date and say so on their page.
update exchange_message m
set retention_clause = m.clause, retention_handling = c.handling, retention_days = c.retention_days,
    purge_after = m.created_at + c.retention_days * interval '1 day'
from sharing_clause c
where m.clause = c.agreement_id || ' art. ' || c.article;
