-- Catalog schema, day 2 of a product request: editing after changes were requested, retrying failed provisioning
-- with a fresh ProvisionToken, and AWS throttling retried with backoff. Runs on H2 (PostgreSQL mode) and
-- PostgreSQL 15+.

-- which provisioning attempt the request is on (a retry is a new attempt with a new provision_token)
alter table catalog.product_request add column attempt int default 1 not null;
-- consecutive throttled calls to the provisioner; reset by any answer that is not throttling
alter table catalog.product_request add column throttled int default 0 not null;
-- the poller leaves the request alone until then (backoff after throttling); null: at the next poll
alter table catalog.product_request add column next_attempt_at timestamp with time zone;
-- Service Catalog's provisioned product id, once a record names it
alter table catalog.product_request add column provisioned_product_id varchar(64);
