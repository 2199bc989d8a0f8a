-- Cases of cross-border crime (issue 14): the case, its place and lifecycle, the persons, vehicles and seizures
-- linked to it, evidence with its chain of custody, and the summaries shared with and received from partners.
create sequence case_number_seq;

create table crime_case (
    id              uuid primary key,
    number          varchar(40) not null unique,
    type            varchar(32) not null,
    title           varchar(200) not null,
    summary         text not null,
    status          varchar(16) not null,
    lead_agency     varchar(41) not null,
    officers        text[] not null default '{}',
    province        varchar(100),
    district        varchar(100),
    checkpoint_id   bigint, -- the directory's checkpoint, checked through its facade (no cross-module key)
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    unguarded       boolean not null default false,
    occurred_on     date not null,
    reported_on     date not null check (reported_on >= occurred_on),
    closed_on       date,
    demo_note       varchar(300),
    opened_by       varchar(100) not null,
    opened_at       timestamptz not null,
    check ((latitude is null) = (longitude is null))
);
create index crime_case_lead_agency on crime_case (lead_agency, occurred_on desc);
create index crime_case_type_status on crime_case (type, status);

create table case_person (
    id              uuid primary key,
    case_id         uuid not null references crime_case (id),
    role            varchar(16) not null,
    name_original   varchar(200),
    name_latin      varchar(200) not null,
    nationality     char(2),
    date_of_birth   date,
    documents       text[] not null default '{}',
    added_by        varchar(100) not null,
    added_at        timestamptz not null
);
create index case_person_case on case_person (case_id);

create table case_vehicle (
    id              uuid primary key,
    case_id         uuid not null references crime_case (id),
    kind            varchar(16) not null,
    plate           varchar(20),
    country         char(2),
    description     varchar(300),
    added_by        varchar(100) not null,
    added_at        timestamptz not null
);
create index case_vehicle_case on case_vehicle (case_id);

create table case_seizure (
    id              uuid primary key,
    case_id         uuid not null references crime_case (id),
    item            varchar(40) not null,
    species         varchar(40),
    quantity        numeric(14, 3) not null check (quantity > 0),
    unit            varchar(16) not null,
    estimated_value numeric(16, 2) check (estimated_value >= 0),
    currency        char(3),
    seized_on       date not null,
    lot             varchar(60),
    added_by        varchar(100) not null,
    added_at        timestamptz not null,
    check ((estimated_value is null) = (currency is null))
);
create index case_seizure_case on case_seizure (case_id);

create table case_evidence (
    id              uuid primary key,
    case_id         uuid not null references crime_case (id),
    label           varchar(60) not null,
    description     varchar(1000) not null,
    added_by        varchar(100) not null,
    added_at        timestamptz not null,
    unique (case_id, label)
);

-- The chain of custody: each hand-over of an evidence item, in order; rows are never changed or removed.
create table evidence_hand_over (
    id              uuid primary key,
    evidence_id     uuid not null references case_evidence (id),
    seq             int not null,
    from_holder     varchar(200) not null,
    to_holder       varchar(200) not null,
    handed_at       timestamptz not null,
    place           varchar(200) not null,
    note            varchar(1000),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz not null,
    unique (evidence_id, seq)
);
create function evidence_hand_over_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the chain of custody is append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger evidence_hand_over_append_only before update or delete on evidence_hand_over
    for each row execute function evidence_hand_over_refuse_change();

-- Summaries this node sent, and those partners sent to one of its agencies (partner cases).
create table case_share (
    id              uuid primary key,
    case_id         uuid not null references crime_case (id),
    message_id      uuid not null,
    recipient       varchar(41) not null,
    purpose         varchar(32) not null,
    parts           text[] not null,
    clause          varchar(120) not null,
    shared_by       varchar(100) not null,
    shared_at       timestamptz not null
);
create index case_share_case on case_share (case_id);

create table partner_case (
    id              uuid primary key,
    message_id      uuid not null unique,
    sender          varchar(41) not null,
    recipient       varchar(41) not null,
    case_number     varchar(500),
    offence         varchar(500),
    subject         varchar(200) not null,
    body            text not null,
    received_at     timestamptz not null
);
create index partner_case_recipient on partner_case (recipient, received_at desc);
