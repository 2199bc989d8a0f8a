-- A committee also tracks what a party announced outside an agreement and outside its meetings' decisions (the
-- April 2023 prisoner returns were announced at a press conference, months before the prison MoU): such a
-- commitment belongs to its committee alone.
alter table commitment drop constraint commitment_check;
alter table commitment add constraint commitment_has_a_source
    check (agreement_id is not null or decision_id is not null or committee_id is not null);
