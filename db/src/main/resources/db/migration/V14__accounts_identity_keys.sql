-- Accounts schema: an account request (create or close) belongs to a person keyed by (requester_issuer,
-- requester_subject), which every row has stored since V7; requester (the username) is a display name only.
-- "My account requests" now look rows up by the key, so the index moves from the username to the key. No data
-- changes: the key columns were always written from the logged-in user. Runs on H2 (PostgreSQL mode) and
-- PostgreSQL 15+.
drop index accounts.account_request_requester_idx;
create index account_request_requester_key_idx on accounts.account_request (requester_issuer, requester_subject);
