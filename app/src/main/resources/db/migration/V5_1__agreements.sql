-- Agreements between states and agencies, and the sharing clauses that are the federation's policy.
-- Checks repeat the typed ids' rules so no path around the application stores what it would refuse.
create table agreement (
    id           varchar(40) primary key check (id ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    kind         varchar(16) not null check (kind in ('MOU', 'AGREEMENT', 'TREATY', 'PROTOCOL', 'ANNUAL_PLAN')),
    title        varchar(300) not null check (length(trim(title)) >= 3),
    native_title varchar(300),
    status       varchar(16) not null check (status in ('DRAFT', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'RENEWED')),
    restricted   boolean not null default false,
    signed_on    date,
    signed_place varchar(120),
    meeting_form varchar(16) check (meeting_form in ('IN_PERSON', 'VIRTUAL')),
    valid_from   date,
    valid_until  date,
    covers_year  smallint check (covers_year between 1950 and 2100),
    time_zone    varchar(40) not null,
    summary      varchar(4000),
    ended_on     date,
    status_note  varchar(500),
    created_at   timestamptz not null,
    created_by   varchar(100) not null,
    updated_at   timestamptz not null,
    version      integer not null default 0,
    check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index agreement_status on agreement (status);

create table agreement_party (
    agreement_id varchar(40) not null references agreement (id) on delete cascade,
    party        varchar(41) not null check (party ~ '^[A-Z]{2}((/[A-Z0-9]{2,12}){1,3})?$'),
    position     smallint not null,
    primary key (agreement_id, party)
);
create index agreement_party_party on agreement_party (party);

create table agreement_area (
    agreement_id varchar(40) not null references agreement (id) on delete cascade,
    area         varchar(32) not null,
    primary key (agreement_id, area)
);

create table agreement_signatory (
    id           uuid primary key,
    agreement_id varchar(40) not null references agreement (id) on delete cascade,
    party        varchar(41) not null,
    role         varchar(16) not null check (role in ('SIGNATORY', 'WITNESS')),
    name         varchar(120) not null check (length(trim(name)) > 0),
    native_name  varchar(120),
    title        varchar(200),
    position     integer not null
);
create index agreement_signatory_agreement on agreement_signatory (agreement_id);

create table sharing_clause (
    id             uuid primary key,
    agreement_id   varchar(40) not null references agreement (id) on delete cascade,
    article        varchar(40) not null check (length(trim(article)) > 0),
    from_party     varchar(41) not null,
    to_party       varchar(41) not null,
    reciprocal     boolean not null,
    categories     varchar(40)[] not null check (cardinality(categories) > 0),
    purposes       varchar(40)[] not null check (cardinality(purposes) > 0),
    handling       varchar(16) not null check (handling in ('RED', 'AMBER_STRICT', 'AMBER', 'GREEN', 'CLEAR')),
    retention_days integer not null check (retention_days between 1 and 36500),
    note           varchar(500),
    unique (agreement_id, article),
    check (from_party <> to_party)
);
-- The naive baseline of the policy benchmark queries by parties; the node itself never does.
create index sharing_clause_parties on sharing_clause (from_party, to_party);

create table agreement_document (
    id           uuid primary key,
    agreement_id varchar(40) not null references agreement (id) on delete cascade,
    language     varchar(8) not null check (language ~ '^[a-z]{2,3}$'),
    filename     varchar(200) not null,
    media_type   varchar(80) not null,
    size_bytes   integer not null check (size_bytes > 0),
    sha256       char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content      bytea not null,
    uploaded_at  timestamptz not null,
    uploaded_by  varchar(100) not null
);
create index agreement_document_agreement on agreement_document (agreement_id);

create table agreement_link (
    from_id varchar(40) not null references agreement (id) on delete cascade,
    kind    varchar(16) not null check (kind in ('IMPLEMENTS', 'RENEWS', 'SUPERSEDES', 'AMENDS')),
    to_id   varchar(40) not null references agreement (id) on delete cascade,
    primary key (from_id, kind, to_id),
    check (from_id <> to_id)
);

-- Bumped in every transaction that changes policy, so that every instance of the node rebuilds its index.
create table policy_version (
    id      smallint primary key check (id = 1),
    version bigint not null
);
insert into policy_version (id, version) values (1, 0);
