-- Foreign prisoners held by this node's prison administrations, the transfer rules and approval chains each
-- agreement sets for a receiving state, transfer cases along those chains, and batch repatriation plans.
-- Agreements and agencies are referenced by their text ids only: modules never share tables.
create table prisoner (
    id                   uuid primary key,
    administration       varchar(41) not null check (administration ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    facility             varchar(200) not null check (length(trim(facility)) > 0),
    name                 varchar(200) not null check (length(trim(name)) > 0),
    native_name          varchar(200),
    native_language      varchar(8) check (native_language in ('km', 'lo', 'vi', 'th', 'en')),
    nationality          char(2) not null check (nationality ~ '^[A-Z]{2}$'),
    sex                  varchar(8) not null check (sex in ('FEMALE', 'MALE')),
    born_on              date not null,
    documents            jsonb not null default '[]',
    offences             jsonb not null check (jsonb_array_length(offences) between 1 and 10),
    sentence_started_on  date not null,
    length_years         smallint not null check (length_years between 0 and 99),
    length_months        smallint not null check (length_months between 0 and 1200),
    length_days          integer not null check (length_days between 0 and 36600),
    remission_years      smallint not null default 0 check (remission_years between 0 and 99),
    remission_months     smallint not null default 0 check (remission_months between 0 and 1200),
    remission_days       integer not null default 0 check (remission_days between 0 and 36600),
    remand_days          integer not null default 0 check (remand_days between 0 and 36600),
    fine                 numeric(18, 2) check (fine >= 0),
    fine_currency        char(3) check (fine_currency ~ '^[A-Z]{3}$'),
    final_judgment       boolean not null,
    pending_proceedings  boolean not null,
    consent              varchar(12) not null check (consent in ('NOT_ASKED', 'GIVEN', 'VOLUNTEERED', 'REFUSED', 'WITHDRAWN')),
    humanitarian         boolean not null,
    humanitarian_grounds varchar(2000),
    family_contact       varchar(500),
    health               varchar(2000),
    special_needs        varchar(2000),
    version              integer not null default 0,
    created_at           timestamptz not null default now(),
    check ((fine is null) = (fine_currency is null))
);
create index prisoner_administration on prisoner (administration, nationality);

-- What an agreement asks before a prisoner may go to a receiving state, and who decides, in order.
create table prisoner_transfer_rules (
    agreement_id                varchar(40) not null check (agreement_id ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    receiving_country           char(2) not null check (receiving_country ~ '^[A-Z]{2}$'),
    minimum_months_left         smallint not null check (minimum_months_left between 0 and 600),
    final_judgment_required     boolean not null,
    consent_required            boolean not null,
    humanitarian_waives_term    boolean not null,
    humanitarian_waives_consent boolean not null,
    chain                       text[] not null check (cardinality(chain) between 1 and 12),
    primary key (agreement_id, receiving_country)
);

create table prisoner_transfer (
    id              uuid primary key,
    prisoner_id     uuid not null references prisoner (id),
    agreement_id    varchar(40) not null,
    sending_country char(2) not null,
    status          varchar(20) not null check (status in ('IN_PROGRESS', 'DOCUMENTS_REQUESTED', 'APPROVED', 'REFUSED')),
    version         integer not null default 0,
    opened_at       timestamptz not null default now()
);
-- one open case per prisoner at a time
create unique index prisoner_transfer_open on prisoner_transfer (prisoner_id) where status in ('IN_PROGRESS', 'DOCUMENTS_REQUESTED');

create table prisoner_transfer_step (
    transfer_id uuid not null references prisoner_transfer (id),
    position    smallint not null check (position between 1 and 12),
    agency      varchar(41) not null check (agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    state       varchar(20) not null check (state in ('WAITING', 'APPROVED', 'REFUSED', 'DOCUMENTS_REQUESTED')),
    note        varchar(4000),
    decided_by  varchar(200),
    decided_at  timestamptz,
    primary key (transfer_id, position)
);

-- A batch of repatriations with a deadline (e.g. before Khmer New Year).
create table prisoner_plan (
    id             uuid primary key,
    title          varchar(200) not null check (length(trim(title)) > 0),
    administration varchar(41) not null check (administration ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    agreement_id   varchar(40) not null,
    receiving_country char(2) not null,
    deadline       date not null,
    assumptions    varchar(4000),
    created_at     timestamptz not null default now()
);

create table prisoner_plan_member (
    plan_id     uuid not null references prisoner_plan (id),
    prisoner_id uuid not null references prisoner (id),
    primary key (plan_id, prisoner_id)
);
