-- Officers of this node's agencies. Secrets are stored hashed (passwords: Argon2id; recovery codes: SHA-256 of
-- 80-bit random codes) or encrypted (TOTP secrets: AES-GCM with the node's secret key).
create table officer (
    id                  uuid primary key,
    username            varchar(64) not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name        varchar(200) not null check (length(trim(display_name)) > 0),
    display_name_latin  varchar(200),
    agency_id           varchar(64) not null,
    roles               varchar(32)[] not null check (cardinality(roles) > 0),
    password_hash       varchar(255) not null,
    totp_secret         varchar(255),
    totp_last_step      bigint not null default 0,
    mfa_enrolled_at     timestamptz,
    failed_attempts     int not null default 0 check (failed_attempts >= 0),
    locked_until        timestamptz,
    enabled             boolean not null default true,
    created_at          timestamptz not null,
    password_changed_at timestamptz not null
);
create index officer_agency on officer (agency_id);

create table recovery_code (
    officer_id uuid not null references officer (id) on delete cascade,
    code_hash  char(64) not null,
    used_at    timestamptz,
    primary key (officer_id, code_hash)
);
