-- Mutual legal assistance between prosecutors' offices (issue 14): the requests this node's offices sent and
-- received, with their legal basis, linked case, deadline and outcome. One row per request and side.
create table legal_assistance (
    id                uuid primary key,
    outgoing          boolean not null,
    office            varchar(41) not null,  -- this node's office: requesting when outgoing, requested when not
    partner           varchar(41) not null,
    kind              varchar(32) not null,
    agreement         varchar(40) not null,
    article           varchar(40) not null,
    case_id           uuid references crime_case (id),
    case_number       varchar(60),
    subject           varchar(200) not null,
    description       text not null,
    deadline          date not null,
    status            varchar(16) not null,
    investigators     text[] not null default '{}',
    outcome           text,
    message_id        uuid not null unique,  -- the exchange message that carried the request
    partner_reference uuid,                  -- incoming: the requesting office's id of the request
    answer_message_id uuid unique,
    created_by        varchar(100) not null,
    created_at        timestamptz not null,
    answered_at       timestamptz,
    answered_by       varchar(100),
    check ((status = 'PENDING') = (answered_at is null)),
    check (outgoing or partner_reference is not null)
);
create index legal_assistance_office on legal_assistance (office, status, deadline);
create index legal_assistance_partner_reference on legal_assistance (partner_reference);
