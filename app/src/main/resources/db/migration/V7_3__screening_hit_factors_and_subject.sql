-- The score explanation as typed factors (JSON), so pages render it in the officer's language.
alter table screening_hit add column factors text;

-- Who was screened, normalised, so that screening the same traveller again reuses the open hit on an alert
-- instead of adding another one for an officer to decide. Batches keep a hit per row and leave it null.
alter table screening_hit add column subject_key varchar(400);
create unique index screening_hit_open_subject on screening_hit (agency, alert_id, subject_key)
    where status = 'POSSIBLE' and subject_key is not null and purged_at is null;
