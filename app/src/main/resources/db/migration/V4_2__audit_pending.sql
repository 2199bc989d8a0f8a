-- Entries recorded by business transactions wait here, unchained, until the sequencer appends them to
-- audit_entry (ADR 0004, amendment of 2026-12-03): a business transaction no longer holds the chain lock until
-- it commits, and one chain append serves every transaction that committed meanwhile (group commit).
-- A pending row commits with its business change or not at all, like the entry did before.
create table audit_pending (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor       varchar(100) not null,
    agency      varchar(64),
    action      varchar(64) not null,
    subject     varchar(300) not null,
    outcome     varchar(16) not null check (outcome in ('SUCCEEDED', 'FAILED', 'DENIED')),
    request_id  varchar(64),
    details     text not null default ''
);

-- Which pending row an entry was chained from; null for entries written before the sequencer.
alter table audit_entry add column pending_id bigint unique;

-- Nobody edits a pending entry, and one leaves the table only once the chain holds it (checked per statement,
-- on the rows the statement deleted, so the sequencer's one delete per append costs one check).
create function audit_pending_refuse_unchained_delete() returns trigger language plpgsql as $$
declare
    unchained bigint;
begin
    select g.id into unchained from gone g
    where not exists (select 1 from audit_entry e where e.pending_id = g.id) limit 1;
    if unchained is not null then
        raise exception 'pending audit entry % is not chained yet and cannot be deleted', unchained;
    end if;
    return null;
end;
$$;
create trigger audit_pending_no_update before update on audit_pending
    for each row execute function audit_refuse_change();
create trigger audit_pending_delete_only_chained after delete on audit_pending
    referencing old table as gone for each statement execute function audit_pending_refuse_unchained_delete();
create trigger audit_pending_no_truncate before truncate on audit_pending
    for each statement execute function audit_refuse_change();
