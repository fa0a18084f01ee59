-- Catalog schema: a provisioned product's health as AWS last reported it to the portal (DescribeProvisionedProduct's
-- status and status message, or the sandbox's). Kept on the CREATE request that is the resource; written whenever a
-- record of the resource (its provisioning, an update, a termination, a retry of one) finishes and AWS named the
-- product's status. Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

-- AVAILABLE, TAINTED or ERROR; null: not known (provisioned before this migration with a failed change since)
alter table catalog.product_request add column product_status varchar(16);
-- AWS's status message with TAINTED or ERROR; null with AVAILABLE
alter table catalog.product_request add column product_status_message varchar(2000);
-- the request whose record reported that status (the resource itself, or its UPDATE/TERMINATE that broke it)
alter table catalog.product_request add column product_status_request uuid;
-- when the portal learned it
alter table catalog.product_request add column product_status_at timestamp with time zone;

-- a resource that no change ever failed on was AVAILABLE when its last record succeeded (a record that succeeded
-- with a TAINTED or ERROR product already failed its request); the others stay unknown until their next record
update catalog.product_request r
set product_status = 'AVAILABLE'
where r.action = 'CREATE'
  and r.status in ('PROVISIONED', 'TERMINATING')
  and not exists (select 1 from catalog.product_request c where c.resource_id = r.id and c.status = 'FAILED');
