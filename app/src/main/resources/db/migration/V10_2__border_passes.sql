-- Border passes for residents of the border provinces (ADR 0016): applied for by a border officer, approved by
-- another officer of the issuing node, who signs the QR token; revoked with a reason. Checkpoints are the
-- directory's ids; purposes the border module's names.
create table border_pass (
    id              uuid primary key,
    number          varchar(20) not null unique check (number ~ '^[A-Z]{2}-P-[0-9A-Z]{6,10}$'),
    agency          varchar(60) not null check (agency ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    surname         varchar(100) not null check (length(trim(surname)) > 0),
    given_names     varchar(100) not null default '',
    name_in_script  varchar(200),
    date_of_birth   date,
    nationality     varchar(3) not null check (nationality ~ '^[A-Z]{3}$'),
    residence       varchar(200) not null check (length(trim(residence)) > 0),
    photo           bytea,
    photo_type      varchar(20) check (photo_type in ('image/jpeg', 'image/png')),
    photo_hash      varchar(16),
    purposes        varchar(22)[] not null check (cardinality(purposes) > 0),
    checkpoints     bigint[] not null check (cardinality(checkpoints) > 0),
    valid_from      date not null,
    valid_until     date not null,
    status          varchar(9) not null check (status in ('APPLIED', 'APPROVED', 'REFUSED', 'REVOKED')),
    applied_by      varchar(100) not null,
    applied_at      timestamptz not null,
    decided_by      varchar(100),
    decided_at      timestamptz,
    token           text,
    revoked_at      timestamptz,
    revoke_reason   varchar(500),
    check (valid_until >= valid_from and valid_until <= valid_from + 366),
    check ((photo is null) = (photo_type is null) and (photo is null) = (photo_hash is null)),
    check ((status in ('APPROVED', 'REVOKED')) = (token is not null)),
    check ((status = 'REVOKED') = (revoked_at is not null))
);

create index border_pass_agency_applied on border_pass (agency, applied_at desc);
create index border_pass_revoked on border_pass (revoked_at) where revoked_at is not null;

-- The latest revocation list each node signed, as its signed text (a compact JWS): this node's own is rebuilt on
-- every revocation; partners' arrive through the exchange and replace an older one only.
create table border_revocation_list (
    node_id     varchar(40) primary key,
    issued_at   timestamptz not null,
    jws         text not null,
    received_at timestamptz not null
);
