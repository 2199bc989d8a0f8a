-- The federation's address book. Checks repeat the typed ids' rules so that no path around the
-- application can store an id the application would refuse.
create table country (
    code        char(2) primary key check (code ~ '^[A-Z]{2}$'),
    name        varchar(100) not null,
    native_name varchar(100)
);

create table agency (
    id                varchar(41) primary key check (id ~ '^[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}$'),
    parent_id         varchar(41) references agency (id),
    country           char(2) not null references country (code),
    type              varchar(16) not null check (type in ('MINISTRY', 'POLICE', 'IMMIGRATION', 'PRISONS',
                          'PROSECUTION', 'CUSTOMS', 'FORESTRY', 'BORDER_GUARD', 'DRUG_CONTROL', 'COMMITTEE')),
    name              varchar(200) not null check (length(trim(name)) > 0),
    native_name       varchar(200),
    native_name_latin varchar(200),
    abbreviation      varchar(20),
    head_name         varchar(120),
    head_native_name  varchar(120),
    head_title        varchar(120),
    head_noted_year   smallint check (head_noted_year between 1950 and 2100),
    updated_at        timestamptz not null default now(),
    check (substr(id, 1, 2) = country),
    check (parent_id is null or id like parent_id || '/%')
);
create index agency_country on agency (country);
create index agency_parent on agency (parent_id);

-- Side a is the country whose code sorts first, so each pair has one canonical order.
create table checkpoint (
    id            bigint generated always as identity primary key,
    country_a     char(2) not null references country (code),
    name_a        varchar(120) not null,
    native_name_a varchar(120),
    province_a    varchar(120),
    country_b     char(2) not null references country (code),
    name_b        varchar(120) not null,
    native_name_b varchar(120),
    province_b    varchar(120),
    latitude      double precision not null check (latitude between -90 and 90),
    longitude     double precision not null check (longitude between -180 and 180),
    type          varchar(16) not null check (type in ('INTERNATIONAL', 'NATIONAL', 'LOCAL')),
    opens_at      time,
    closes_at     time,
    status        varchar(16) not null check (status in ('OPEN', 'RESTRICTED', 'CLOSED')),
    note          varchar(300),
    updated_at    timestamptz not null default now(),
    check (country_a < country_b),
    unique (country_a, name_a, country_b, name_b)
);

create table contact_point (
    id         uuid primary key,
    agency_id  varchar(41) not null references agency (id),
    name       varchar(200) not null,
    kind       varchar(20) not null check (kind in ('DESK_24_7', 'LIAISON_OFFICER', 'DUTY_OFFICE')),
    phone      varchar(40),
    email      varchar(200),
    languages  varchar(40) not null check (languages ~ '^[a-z]{2}(,[a-z]{2})*$'),
    hours      varchar(60),
    updated_at timestamptz not null default now()
);
create index contact_point_agency on contact_point (agency_id);

create table node (
    id         varchar(19) primary key check (id ~ '^[A-Z]{2}-[A-Z0-9]{1,16}$'),
    country    char(2) not null references country (code),
    base_url   varchar(300) not null check (base_url ~ '^https?://'),
    public_jwk varchar(4000),
    status     varchar(16) not null check (status in ('ACTIVE', 'SUSPENDED')),
    updated_at timestamptz not null default now(),
    check (substr(id, 1, 2) = country)
);
