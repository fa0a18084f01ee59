-- The incident list at scale (bench/incidents.sh, 50,000 incidents). "Open first" is read as two index-ordered parts
-- (the open incidents, then the others, each newest first), so both the open part and any single-status filter want
-- the status's incidents in detection order; the others walk incident_detected backwards.
create index incident_status_detected on incidents.incident (status, detected_at);
