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

-- ---- day 2: a provisioned product (the CREATE request that made it) is updated or terminated by a request of its
-- own (action UPDATE or TERMINATE, resource_id = the CREATE request) that goes through the same approvals; its
-- provision_token is then the UpdateToken or TerminateToken ----
alter table catalog.product_request add column action varchar(16) default 'CREATE' not null;
alter table catalog.product_request add column resource_id uuid;
-- when the CREATE request reached PROVISIONED ("since" of the resource)
alter table catalog.product_request add column provisioned_at timestamp with time zone;
create index product_request_resource on catalog.product_request (resource_id);

-- the sandbox's records are PROVISION, UPDATE or TERMINATE of one simulated provisioned product
alter table catalog.sandbox_provisioning_record add column kind varchar(16) default 'PROVISION' not null;
alter table catalog.sandbox_provisioning_record add column provisioned_product_id varchar(64);
-- set on the PROVISION record when its product was terminated (its name is free again)
alter table catalog.sandbox_provisioning_record add column terminated_at timestamp with time zone;
