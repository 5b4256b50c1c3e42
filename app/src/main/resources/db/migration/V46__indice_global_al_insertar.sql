-- The global index is taken by the insert itself (the column's default, the same sequence, still by 1), not by a
-- "select nextval" sent before it: one round trip fewer for every event appended (docs/performance.md).
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
alter sequence domain_event_entry_seq owned by domain_event_entry.global_index;
