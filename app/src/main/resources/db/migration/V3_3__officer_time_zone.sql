-- The zone an officer reads times in (an IANA id such as Asia/Vientiane); null: the node's zone.
alter table officer add column time_zone varchar(64);
