-- Append-only, hash-chained audit log. seq has no gaps: it is assigned under an advisory lock,
-- so a missing number means a deleted entry.
create table audit_entry (
    seq         bigint primary key,
    occurred_at timestamptz not null,
    actor       varchar(100) not null,
    agency      varchar(64),
    action      varchar(64) not null,
    subject     varchar(300) not null,
    outcome     varchar(16) not null check (outcome in ('SUCCEEDED', 'FAILED', 'DENIED')),
    request_id  varchar(64),
    details     text not null default '',
    prev_hash   char(64) not null,
    hash        char(64) not null unique
);
create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_action on audit_entry (action);
create index audit_entry_actor on audit_entry (actor);

-- Signed statements of the chain head, so that truncating the newest entries is detected too.
create table audit_checkpoint (
    id          bigserial primary key,
    seq         bigint not null,
    hash        char(64) not null,
    signed_at   timestamptz not null,
    key_id      varchar(128) not null,
    signature   text not null
);

-- The application may only append: any update, delete or truncate is refused by the database itself.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only (% on %)', tg_op, tg_table_name;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
