-- The findings list at a million findings (bench/compliance.sh): a page is the open findings that are not another
-- tool's duplicate, filtered, worst first (severity rank, latest seen, id), with their total. Filtering by status
-- (and severity, by its rank) scanned every failing finding and sorted them (1 s at 1M); these indexes hand the page
-- over in order and count it from the index alone. The trailing columns are for the count (H2 has no INCLUDE).
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create index finding_page_status on compliance.finding
    (status, severity_rank desc, last_seen desc, id, resolved_at, duplicate_of);

-- without a status filter (the list's first view, a severity or control filter): worst first straight from the index
create index finding_page_worst on compliance.finding (severity_rank desc, last_seen desc, id);
