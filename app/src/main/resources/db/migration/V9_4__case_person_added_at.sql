-- Each instance keeps an index of the node's case persons and catches up before each question by reading the
-- persons added in the last minutes (CasePersonIndex).
create index case_person_added on case_person (added_at);
