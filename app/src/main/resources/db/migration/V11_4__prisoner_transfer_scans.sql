-- The scans of the signed answers of a partner without a node, kept with the step they answered.
create table prisoner_transfer_scan (
    id           uuid primary key,
    transfer_id  uuid not null references prisoner_transfer (id),
    position     smallint not null check (position between 1 and 12),
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    sha256       char(64) not null,
    content      bytea not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz not null
);
create index prisoner_transfer_scan_transfer on prisoner_transfer_scan (transfer_id, position);
