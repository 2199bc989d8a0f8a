-- Crossings recorded at the checkpoints: who (or which vehicle, which goods) entered or left, why, with which
-- document, where and when. The checkpoint is the directory's id only and the agency the recording officer's:
-- modules never share tables. Names in the zone's Latin letters plus, when typed, the original script.
create table border_crossing (
    id               uuid primary key,
    agency           varchar(60) not null check (agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    checkpoint_id    bigint not null,
    direction        varchar(5) not null check (direction in ('ENTRY', 'EXIT')),
    purpose          varchar(22) not null check (purpose in ('TRADE', 'TOURISM', 'MEDICAL_TREATMENT',
                         'FAMILY_VISIT', 'TRADITIONAL_CEREMONY', 'WORK', 'TRANSIT', 'OFFICIAL')),
    crossed_at       timestamptz not null,
    surname          varchar(100) not null check (length(trim(surname)) > 0),
    given_names      varchar(100) not null default '',
    name_in_script   varchar(200),
    nationality      varchar(3) check (nationality ~ '^[A-Z]{1,3}$'),
    date_of_birth    date,
    sex              varchar(11) check (sex in ('FEMALE', 'MALE', 'UNSPECIFIED')),
    document_number  varchar(40) not null check (length(trim(document_number)) > 0),
    document_issuer  varchar(3) check (document_issuer ~ '^[A-Z]{1,3}$'),
    document_expiry  date,
    plate            varchar(20),
    goods            varchar(500),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz not null default now(),
    source           varchar(6) not null default 'FORM' check (source in ('FORM', 'API', 'IMPORT')),
    check (crossed_at <= recorded_at + interval '5 minutes')
);

create index border_crossing_checkpoint_day on border_crossing (checkpoint_id, crossed_at);
create index border_crossing_agency_recorded on border_crossing (agency, recorded_at desc);
create index border_crossing_document on border_crossing (document_number, crossed_at);
