-- Refusals of deliveries whose signature was never verified are no longer kept one row each: a node counts
-- them per source address and reason and writes one row per interval (ADR 0006, amendment of 2026-12-04).
alter table exchange_rejection
    add column source_address varchar(64),
    add column occurrences    integer not null default 1 check (occurrences >= 1),
    add column last_at        timestamptz;
