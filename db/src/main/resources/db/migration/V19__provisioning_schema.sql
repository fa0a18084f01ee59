-- Provisioning schema: product requests, their parameters, tags, outputs and resubmissions, and the sandbox's
-- simulated Service Catalog provisioning records move out of the catalog schema into the provisioning module's own.
-- H2 cannot move a table between schemas (no ALTER TABLE ... SET SCHEMA), so each table is created anew with its
-- final shape (V4, V6, V8, V10, V11, V13, V16), its rows copied, and the old table dropped. Nothing else refers to
-- these tables from another schema. Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create schema if not exists provisioning;

create table provisioning.product_request
(
    id                     uuid                     not null primary key,
    product_id             varchar(64)              not null,
    product_name           varchar(255)             not null,
    version_id             varchar(64)              not null,
    version_name           varchar(255)             not null,
    environment            varchar(16)              not null,
    account_id             varchar(12)              not null,
    justification          varchar(2000)            not null,
    cost_center            varchar(128),
    requester              varchar(255)             not null,
    requester_name         varchar(255)             not null,
    requester_issuer       varchar(255)             not null,
    requester_subject      varchar(255)             not null,
    team                   varchar(128),
    status                 varchar(32)              not null,
    status_reason          varchar(4000),
    cost_amount            decimal(14, 2),
    cost_currency          varchar(3),
    subject_hash           varchar(128)             not null,
    process_id             uuid,
    -- the idempotency token of the Service Catalog call (ProvisionProduct, or the UpdateToken / TerminateToken of
    -- a day-2 request): stored with the request, before any call
    provision_token        varchar(64)              not null unique,
    provisioned_name       varchar(128)             not null,
    record_id              varchar(64),
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    attempt                int default 1            not null,
    throttled              int default 0            not null,
    next_attempt_at        timestamp with time zone,
    provisioned_product_id varchar(64),
    action                 varchar(16) default 'CREATE' not null,
    resource_id            uuid,
    provisioned_at         timestamp with time zone,
    product_status         varchar(16),
    product_status_message varchar(2000),
    product_status_request uuid,
    product_status_at      timestamp with time zone
);

insert into provisioning.product_request (id, product_id, product_name, version_id, version_name, environment,
                                          account_id, justification, cost_center, requester, requester_name,
                                          requester_issuer, requester_subject, team, status, status_reason,
                                          cost_amount, cost_currency, subject_hash, process_id, provision_token,
                                          provisioned_name, record_id, created_at, updated_at, attempt, throttled,
                                          next_attempt_at, provisioned_product_id, action, resource_id,
                                          provisioned_at, product_status, product_status_message,
                                          product_status_request, product_status_at)
select id, product_id, product_name, version_id, version_name, environment, account_id, justification, cost_center,
       requester, requester_name, requester_issuer, requester_subject, team, status, status_reason, cost_amount,
       cost_currency, subject_hash, process_id, provision_token, provisioned_name, record_id, created_at, updated_at,
       attempt, throttled, next_attempt_at, provisioned_product_id, action, resource_id, provisioned_at,
       product_status, product_status_message, product_status_request, product_status_at
from catalog.product_request;

create index product_request_requester_key on provisioning.product_request (requester_issuer, requester_subject, created_at);
create index product_request_status on provisioning.product_request (status);
create index product_request_resource on provisioning.product_request (resource_id);

-- parameter values in form order; NoEcho values are only kept encrypted (secret_value, AES-GCM) and wiped after
-- provisioning
create table provisioning.request_parameter
(
    request_id   uuid          not null references provisioning.product_request (id) on delete cascade,
    position     int           not null,
    param_key    varchar(255)  not null,
    param_value  varchar(4000),
    no_echo      boolean       not null,
    secret_value varchar(8000),
    primary key (request_id, param_key)
);
insert into provisioning.request_parameter (request_id, position, param_key, param_value, no_echo, secret_value)
select request_id, position, param_key, param_value, no_echo, secret_value from catalog.request_parameter;

create table provisioning.request_output
(
    request_id   uuid          not null references provisioning.product_request (id) on delete cascade,
    position     int           not null,
    output_key   varchar(255)  not null,
    output_value varchar(4000) not null,
    primary key (request_id, output_key)
);
insert into provisioning.request_output (request_id, position, output_key, output_value)
select request_id, position, output_key, output_value from catalog.request_output;

create table provisioning.request_tag
(
    request_id uuid         not null references provisioning.product_request (id) on delete cascade,
    position   int          not null,
    tag_key    varchar(128) not null,
    tag_value  varchar(256) not null,
    primary key (request_id, tag_key)
);
insert into provisioning.request_tag (request_id, position, tag_key, tag_value)
select request_id, position, tag_key, tag_value from catalog.request_tag;

-- one row per resubmission, in time order (the request's timeline and the approvers read the note)
create table provisioning.request_resubmission
(
    request_id     uuid                     not null references provisioning.product_request (id) on delete cascade,
    revision       int                      not null,
    resubmitted_at timestamp with time zone not null,
    actor_name     varchar(255)             not null,
    note           varchar(2000),
    primary key (request_id, revision)
);
insert into provisioning.request_resubmission (request_id, revision, resubmitted_at, actor_name, note)
select request_id, revision, resubmitted_at, actor_name, note from catalog.request_resubmission;

-- ---- the sandbox's simulated provisioning (an asynchronous ProvisionProduct, UpdateProvisionedProduct or
-- TerminateProvisionedProduct: IN_PROGRESS, then done) ----
create table provisioning.sandbox_provisioning_record
(
    id                     varchar(64)              not null primary key,
    provision_token        varchar(64)              not null unique,
    product_id             varchar(64)              not null,
    account_id             varchar(12)              not null,
    provisioned_name       varchar(128)             not null,
    status                 varchar(16)              not null,
    error                  varchar(2000),
    started_at             timestamp with time zone not null,
    completed_at           timestamp with time zone,
    kind                   varchar(16) default 'PROVISION' not null,
    provisioned_product_id varchar(64),
    terminated_at          timestamp with time zone,
    product_status         varchar(16),
    status_message         varchar(2000)
);
insert into provisioning.sandbox_provisioning_record (id, provision_token, product_id, account_id, provisioned_name,
                                                      status, error, started_at, completed_at, kind,
                                                      provisioned_product_id, terminated_at, product_status,
                                                      status_message)
select id, provision_token, product_id, account_id, provisioned_name, status, error, started_at, completed_at, kind,
       provisioned_product_id, terminated_at, product_status, status_message
from catalog.sandbox_provisioning_record;

create table provisioning.sandbox_record_output
(
    record_id    varchar(64)   not null references provisioning.sandbox_provisioning_record (id) on delete cascade,
    position     int           not null,
    output_key   varchar(255)  not null,
    output_value varchar(4000) not null,
    primary key (record_id, output_key)
);
insert into provisioning.sandbox_record_output (record_id, position, output_key, output_value)
select record_id, position, output_key, output_value from catalog.sandbox_record_output;

create table provisioning.sandbox_record_tag
(
    record_id varchar(64)  not null references provisioning.sandbox_provisioning_record (id) on delete cascade,
    position  int          not null,
    tag_key   varchar(128) not null,
    tag_value varchar(256) not null,
    primary key (record_id, tag_key)
);
insert into provisioning.sandbox_record_tag (record_id, position, tag_key, tag_value)
select record_id, position, tag_key, tag_value from catalog.sandbox_record_tag;

drop table catalog.sandbox_record_tag;
drop table catalog.sandbox_record_output;
drop table catalog.sandbox_provisioning_record;
drop table catalog.request_resubmission;
drop table catalog.request_tag;
drop table catalog.request_output;
drop table catalog.request_parameter;
drop table catalog.product_request;
