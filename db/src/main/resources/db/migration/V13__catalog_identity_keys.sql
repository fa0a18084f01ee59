-- Catalog schema: a product request belongs to a person keyed by (requester_issuer, requester_subject), which every
-- row has stored since V4; requester (the username) is a display name only. "My requests" and "my resources" now
-- look rows up by the key, so the index moves from the username to the key. No data changes: the key columns were
-- always written from the logged-in user. Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
drop index catalog.product_request_requester;
create index product_request_requester_key on catalog.product_request (requester_issuer, requester_subject, created_at);
