-- Failed sign-ins no longer lock an account for 15 minutes (anyone who knew a username could do that to its
-- officer); they make the next attempt wait, a little longer after each failure and never long (ADR 0003,
-- amendment of 2026-12-04). The column keeps the instant before which no attempt is checked.
alter table officer rename column locked_until to throttled_until;
-- Lockouts from the old rule are lifted; the failures that led to them still count towards the next wait.
update officer set throttled_until = null where throttled_until is not null;
