-- Idempotency-Key (ADR 0014): the first answer to a creating API request, replayed to a retry with the same key.
-- The row is inserted in the request's own transaction, so it exists exactly when the change it answers for does;
-- a concurrent retry waits on the primary key until that transaction ends.
create table idempotency_key (
    scope        varchar(100)  not null,   -- who asked: the authenticated principal's name
    key          varchar(255)  not null,   -- the client's Idempotency-Key
    request_hash char(64)      not null,   -- SHA-256 of method, path, query and body: the same key for another request is refused
    status       int,                      -- null only inside the transaction that claimed the key, never seen outside it
    content_type varchar(255),
    location     varchar(2000),
    body         bytea,
    created_at   timestamptz   not null default now(),
    primary key (scope, key)
);

-- The purge removes rows past their 24 hours.
create index idempotency_key_created_at on idempotency_key (created_at);
