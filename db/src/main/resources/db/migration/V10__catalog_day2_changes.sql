-- Catalog schema, day 2 follow-ups: every resubmission of a request that an approver sent back (with the requester's
-- note, required when a termination is resubmitted unchanged), and the sandbox's provisioned products that end
-- TAINTED or ERROR as AWS's can. Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

-- one row per resubmission, in time order (the request's timeline and the approvers read the note)
create table catalog.request_resubmission
(
    request_id     uuid                     not null references catalog.product_request (id) on delete cascade,
    revision       int                      not null,
    resubmitted_at timestamp with time zone not null,
    actor_name     varchar(255)             not null,
    note           varchar(2000),
    primary key (request_id, revision)
);

-- the simulated provisioned product's status after the record (null: AVAILABLE; TAINTED or ERROR as AWS reports
-- it) and AWS's status message. On a PROVISION record: the product's current status; on an UPDATE record: the
-- status that update left it in.
alter table catalog.sandbox_provisioning_record add column product_status varchar(16);
alter table catalog.sandbox_provisioning_record add column status_message varchar(2000);
