-- Which particulars of an agreement no source states: the demo marks what it assumed, field by field, so the
-- agreement page says so beside the field and not only in the record's summary.
create table agreement_assumption (
    agreement_id varchar(40) not null references agreement (id) on delete cascade,
    field        varchar(16) not null check (field in ('RECORD', 'KIND', 'SIGNED_ON', 'VALIDITY', 'CLAUSES', 'LIFECYCLE')),
    primary key (agreement_id, field)
);
