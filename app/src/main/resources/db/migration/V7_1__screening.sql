-- Watchlist alerts (this node's own and those partners shared through the exchange), screenings at the
-- checkpoints, batch screenings of uploaded lists, and the hits officers confirm or discard.
-- Every alert change takes a new change_seq, so each node instance refreshes its in-memory index by
-- reading the rows changed since the last sequence it saw.
create sequence screening_alert_change;
create sequence screening_alert_number;

create table screening_alert (
    id              uuid primary key,
    reference       varchar(60) not null check (reference ~ '^[A-Za-z0-9][A-Za-z0-9/._-]{2,59}$'),
    issuing_agency  varchar(41) not null check (issuing_agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    own             boolean not null,
    subject         varchar(10) not null check (subject in ('PERSON', 'DOCUMENT', 'VEHICLE')),
    notice_type     varchar(24) not null check (notice_type in ('WANTED_FOR_ARREST', 'MISSING_PERSON',
                        'PERSON_OF_INTEREST', 'WARNING', 'STOLEN_DOCUMENT')),
    name_native     varchar(200),
    name_latin      varchar(200),
    name_latin_suggested boolean not null default false,
    aliases         text[] not null default '{}' check (cardinality(aliases) <= 10),
    date_of_birth   varchar(10) check (date_of_birth ~ '^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$'),
    nationality     varchar(2) check (nationality ~ '^[A-Z]{2}$'),
    gender          varchar(6) check (gender in ('FEMALE', 'MALE', 'OTHER')),
    documents       text[] not null default '{}' check (cardinality(documents) <= 10),
    identifier      varchar(40),
    reason          varchar(4000) not null check (length(trim(reason)) > 0),
    action          varchar(1000) not null check (length(trim(action)) > 0),
    valid_until     date,
    review_on       date,
    status          varchar(10) not null check (status in ('ACTIVE', 'WITHDRAWN')),
    photo           bytea check (octet_length(photo) <= 2097152),
    photo_type      varchar(40),
    source_message  uuid unique,
    shared_with     text[] not null default '{}',
    created_at      timestamptz not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz not null,
    change_seq      bigint not null default nextval('screening_alert_change'),
    unique (issuing_agency, reference),
    check (subject <> 'PERSON' or coalesce(name_native, name_latin) is not null),
    check (subject = 'PERSON' or identifier is not null),
    check ((photo is null) = (photo_type is null))
);
create index screening_alert_changes on screening_alert (change_seq);

create table screening (
    id                uuid primary key,
    agency            varchar(41) not null,
    officer           varchar(100) not null,
    checkpoint        varchar(80),
    traveller_name    varchar(200) not null,
    traveller_native  varchar(200),
    date_of_birth     varchar(10),
    nationality       varchar(2),
    document          varchar(40),
    plate             varchar(20),
    threshold         numeric(3, 2) not null,
    matches           integer not null,
    screened_at       timestamptz not null
);
create index screening_time on screening (screened_at);

create table screening_batch (
    id          uuid primary key,
    file_name   varchar(200) not null,
    agency      varchar(41) not null,
    officer     varchar(100) not null,
    checkpoint  varchar(80),
    threshold   numeric(3, 2) not null,
    total       integer not null check (total between 1 and 100000),
    done        integer not null default 0,
    matched     integer not null default 0,
    status      varchar(8) not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    created_at  timestamptz not null,
    finished_at timestamptz,
    check (done between 0 and total)
);
create index screening_batch_pending on screening_batch (created_at) where status <> 'DONE';

create table screening_batch_row (
    batch_id        uuid not null references screening_batch (id) on delete cascade,
    row_no          integer not null,
    traveller_name  varchar(200),
    date_of_birth   varchar(10),
    nationality     varchar(2),
    document        varchar(40),
    problem         varchar(200),
    screened        boolean not null default false,
    matches         integer not null default 0,
    best_score      numeric(4, 3),
    best_alert      uuid,
    primary key (batch_id, row_no)
);

create table screening_hit (
    id                    uuid primary key,
    alert_id              uuid not null references screening_alert (id),
    screening_id          uuid references screening (id),
    batch_id              uuid references screening_batch (id) on delete cascade,
    batch_row             integer,
    agency                varchar(41) not null,
    checkpoint            varchar(80),
    traveller_name        varchar(200) not null,
    date_of_birth         varchar(10),
    nationality           varchar(2),
    document              varchar(40),
    score                 numeric(4, 3) not null check (score between 0 and 1),
    explanation           varchar(4000) not null,
    status                varchar(10) not null check (status in ('POSSIBLE', 'CONFIRMED', 'DISCARDED')),
    decided_by            varchar(100),
    decided_at            timestamptz,
    decision_note         varchar(2000),
    notification          varchar(12) not null default 'NONE' check (notification in ('NONE', 'LOCAL', 'SENT',
                              'NOT_ALLOWED', 'ANSWERED')),
    notification_message  uuid,
    notification_detail   varchar(1000),
    reply_message         uuid,
    found_at              timestamptz not null,
    check ((screening_id is null) <> (batch_id is null)),
    check ((status = 'POSSIBLE') = (decided_at is null))
);
create index screening_hit_queue on screening_hit (agency, status, found_at);
create index screening_hit_notification on screening_hit (notification_message);

-- Hits on this node's alerts that partners reported through the exchange (the SIRENE "hit" form).
create table screening_reported_hit (
    id               uuid primary key,
    alert_id         uuid not null references screening_alert (id),
    message_id       uuid not null unique,
    reporting_agency varchar(41) not null,
    checkpoint       varchar(80),
    summary          varchar(500) not null,
    received_at      timestamptz not null
);
create index screening_reported_hit_alert on screening_reported_hit (alert_id, received_at);
