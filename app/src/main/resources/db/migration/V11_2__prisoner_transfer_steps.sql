-- Transfer steps between the two states' nodes: each side numbers the messages it sends for a transfer and takes
-- only the next number from the other (no step skipped or replayed), keeps the conversation the steps travel in,
-- and the receiving state's acceptance with its sentence adaptation. A prisoner may withdraw consent.
alter table prisoner_transfer
    add column sent_sequence     integer not null default 0 check (sent_sequence >= 0),
    add column received_sequence integer not null default 0 check (received_sequence >= 0),
    add column conversation_id   uuid,
    add column adaptation        varchar(24) check (adaptation in ('CONTINUED_ENFORCEMENT', 'CONVERSION')),
    add column days_to_serve     integer check (days_to_serve >= 0),
    add column closing_note      varchar(4000);
alter table prisoner_transfer drop constraint prisoner_transfer_status_check;
alter table prisoner_transfer add constraint prisoner_transfer_status_check
    check (status in ('IN_PROGRESS', 'DOCUMENTS_REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN'));

-- The receiving state's side of a transfer another node sends: what its agency on the chain was asked and answered.
create table prisoner_partner_transfer (
    id                uuid primary key,
    sending_agency    varchar(41) not null check (sending_agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    receiving_agency  varchar(41) not null check (receiving_agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    agreement_id      varchar(40),
    position          smallint not null check (position between 1 and 12),
    state             varchar(20) not null check (state in ('WAITING', 'ACCEPTED', 'REFUSED', 'DOCUMENTS_REQUESTED', 'WITHDRAWN')),
    prisoner_name     varchar(200) not null,
    native_name       varchar(200),
    nationality       char(2),
    sex               varchar(8),
    born_on           date,
    offences          varchar(2000),
    release_on        date,
    days_left         integer,
    counted_on        date,
    summary           varchar(20000) not null,
    note              varchar(4000),
    adaptation        varchar(24) check (adaptation in ('CONTINUED_ENFORCEMENT', 'CONVERSION')),
    days_to_serve     integer check (days_to_serve >= 0),
    decided_by        varchar(200),
    decided_at        timestamptz,
    last_request      uuid not null,
    sent_sequence     integer not null default 0 check (sent_sequence >= 0),
    received_sequence integer not null check (received_sequence >= 1),
    received_at       timestamptz not null,
    version           integer not null default 0
);
create index prisoner_partner_transfer_receiving on prisoner_partner_transfer (receiving_agency, received_at desc);
