-- Joint committees, their meetings and decisions, and the commitments (action items) that agreements and
-- decisions create. Agreements are referenced by their text id only: modules never share tables.
-- Parties and owners repeat the directory's id rules, so no path around the application stores a bad one.
create table committee (
    id                uuid primary key,
    kind              varchar(24) not null check (kind in ('BILATERAL_COOPERATION', 'BORDER', 'MINISTERIAL',
                          'PROSECUTORS', 'OTHER')),
    name              varchar(200) not null check (length(trim(name)) > 0),
    native_name       varchar(200),
    native_name_latin varchar(200),
    native_language   varchar(8) check (native_language in ('km', 'lo', 'vi', 'th')),
    parties           text[] not null check (cardinality(parties) between 2 and 8),
    agreements        text[] not null default '{}',
    created_at        timestamptz not null default now()
);

create table committee_meeting (
    id               uuid primary key,
    committee_id     uuid not null references committee (id),
    sequence         integer check (sequence between 1 and 999),
    starts_on        date not null,
    ends_on          date not null,
    date_approximate boolean not null default false,
    place            varchar(200) not null check (length(trim(place)) > 0),
    form             varchar(10) not null check (form in ('IN_PERSON', 'VIRTUAL')),
    agenda           text[] not null default '{}',
    minutes          varchar(20000),
    next_meeting_on  date,
    check (ends_on >= starts_on),
    check (next_meeting_on is null or next_meeting_on > ends_on),
    unique (committee_id, sequence)
);
create index committee_meeting_committee on committee_meeting (committee_id, starts_on);

-- Co-chairs and delegation members, in the order the minutes list them.
create table committee_participant (
    meeting_id  uuid not null references committee_meeting (id),
    position    smallint not null,
    side        varchar(41) not null check (side ~ '^[A-Z]{2}((/[A-Z0-9]{2,12}){1,3})?$'),
    name        varchar(120) not null check (length(trim(name)) > 0),
    native_name varchar(120),
    title       varchar(200),
    co_chair    boolean not null,
    primary key (meeting_id, position)
);

create table committee_decision (
    id          uuid primary key,
    meeting_id  uuid not null references committee_meeting (id),
    number      smallint not null check (number between 1 and 999),
    text        varchar(2000) not null check (length(trim(text)) > 0),
    native_text varchar(2000),
    unique (meeting_id, number)
);

create table commitment (
    id           uuid primary key,
    text         varchar(2000) not null check (length(trim(text)) > 0),
    native_text  varchar(2000),
    area         varchar(32) not null,
    agreement_id varchar(40) check (agreement_id ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    decision_id  uuid references committee_decision (id),
    committee_id uuid references committee (id),
    owners       text[] not null check (cardinality(owners) between 1 and 8),
    parties      text[] not null check (cardinality(parties) >= 1),
    indicators   varchar(2000),
    due_on       date not null,
    status       varchar(12) not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    completed_on date,
    created_at   timestamptz not null default now(),
    check (agreement_id is not null or decision_id is not null),
    check ((status = 'DONE') = (completed_on is not null))
);
create index commitment_due on commitment (due_on);
create index commitment_owners on commitment using gin (owners);
create index commitment_agreement on commitment (agreement_id);
create index commitment_committee on commitment (committee_id);

-- Progress with evidence. Files stay in the database (one backup, one transaction) and are limited to
-- 10 MB; the SHA-256 lets a reader check a downloaded copy.
create table commitment_progress (
    id            uuid primary key,
    commitment_id uuid not null references commitment (id),
    note          varchar(4000) not null check (length(trim(note)) > 0),
    status_after  varchar(12) check (status_after in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    posted_by     varchar(100) not null,
    agency        varchar(41),
    posted_at     timestamptz not null,
    file_name     varchar(200),
    content_type  varchar(40) check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')),
    size_bytes    integer check (size_bytes between 1 and 10485760),
    sha256        char(64),
    content       bytea,
    check ((content is null) = (sha256 is null) and (content is null) = (file_name is null)),
    check (content is null or octet_length(content) = size_bytes)
);
create index commitment_progress_commitment on commitment_progress (commitment_id, posted_at);
