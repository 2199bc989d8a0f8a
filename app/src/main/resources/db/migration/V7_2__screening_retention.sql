-- Retention of partners' data in screening (ADR 0011). A partner's alert is kept under the retention of the
-- message that last carried it (retention_message); a hit on it, under that of its notification to the
-- issuer once sent, else under the alert's; a partner's hit report, under its own message's. When the exchange
-- purges that message, the personal fields here are erased with it and the row says when (purged_at); a
-- purged alert takes the status PURGED and a new change sequence, so every instance drops it from its index.
alter table screening_alert
    add column retention_message uuid,
    add column purged_at timestamptz;
update screening_alert set retention_message = source_message where not own;
create index screening_alert_retention on screening_alert (retention_message) where retention_message is not null;

alter table screening_alert drop constraint screening_alert_status_check;
alter table screening_alert add constraint screening_alert_status_check
    check (status in ('ACTIVE', 'WITHDRAWN', 'PURGED'));
alter table screening_alert add constraint screening_alert_purged check (
    (status = 'PURGED') = (purged_at is not null) and (purged_at is null or not own));
-- What a purge erases may be empty on a purged alert only.
alter table screening_alert drop constraint screening_alert_reason_check;
alter table screening_alert drop constraint screening_alert_action_check;
alter table screening_alert drop constraint screening_alert_check;
alter table screening_alert drop constraint screening_alert_check1;
alter table screening_alert add constraint screening_alert_reason_given
    check (purged_at is not null or length(trim(reason)) > 0);
alter table screening_alert add constraint screening_alert_action_given
    check (purged_at is not null or length(trim(action)) > 0);
alter table screening_alert add constraint screening_alert_person_named
    check (purged_at is not null or subject <> 'PERSON' or coalesce(name_native, name_latin) is not null);
alter table screening_alert add constraint screening_alert_number_given
    check (purged_at is not null or subject = 'PERSON' or identifier is not null);

alter table screening_hit add column purged_at timestamptz;
create index screening_hit_alert on screening_hit (alert_id) where purged_at is null;
alter table screening_reported_hit add column purged_at timestamptz;
