-- The findings list at a million findings (bench/compliance.sh), continued from V26.
-- A control filter matches the tool's control id or the equivalent control's key. The list first looks up the keys
-- that findings of that id carry (an index-only scan of this index), then reads the control's findings by key and
-- id, so PostgreSQL no longer walks the whole page index in severity order looking for a low-severity control.
drop index compliance.finding_control;
create index finding_control_keys on compliance.finding (control_id, control_key);

-- The page's total: counted from these small indexes alone (nearly every entry shares its key, which PostgreSQL's
-- B-tree deduplication stores once) instead of the table or the wide page index: every open finding, by severity,
-- and a tool's own (a source filter lists duplicates too, so it does not filter on duplicate_of).
create index finding_open on compliance.finding (resolved_at, duplicate_of, severity_rank);
create index finding_source_open on compliance.finding (source, resolved_at, severity_rank);
