-- The hand-over of a transferred prisoner at a named border checkpoint, with escorts, proposed by the sending state,
-- agreed by the receiving state and confirmed by both; a case ends TRANSFERRED. Both nodes keep the same record.
alter table prisoner_transfer
    add column handover_checkpoint varchar(200),
    add column handover_at         timestamptz,
    add column handover_escorts    varchar(2000),
    add column handover_state      varchar(12) check (handover_state in ('PROPOSED', 'AGREED', 'HANDED_OVER', 'RECEIVED')),
    add column handed_over         varchar(4000),
    add column handover_received   varchar(4000),
    add check ((handover_state is null) = (handover_checkpoint is null));
alter table prisoner_transfer drop constraint prisoner_transfer_status_check;
alter table prisoner_transfer add constraint prisoner_transfer_status_check
    check (status in ('IN_PROGRESS', 'DOCUMENTS_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'TRANSFERRED'));

alter table prisoner_partner_transfer
    add column handover_checkpoint varchar(200),
    add column handover_at         timestamptz,
    add column handover_escorts    varchar(2000),
    add column handover_state      varchar(12) check (handover_state in ('PROPOSED', 'AGREED', 'HANDED_OVER', 'RECEIVED')),
    add column handed_over         varchar(4000),
    add column handover_received   varchar(4000);
