-- The alert list (REST and the Alerts view) is newest first seen first, optionally of one status. At 100,000 alerts
-- (bench/scale.sh) each page sorted the whole table; these hand a page over in order.
create index alert_newest on incidents.alert (first_seen_at desc, id);
create index alert_status_newest on incidents.alert (status, first_seen_at desc, id);
