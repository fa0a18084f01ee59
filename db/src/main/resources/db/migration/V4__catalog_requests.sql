-- Catalog schema: product requests (what an engineer asked for, its approval and provisioning state), and the
-- sandbox's simulated Service Catalog provisioning records. Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create table catalog.product_request
(
    id                uuid                     not null primary key,
    product_id        varchar(64)              not null,
    product_name      varchar(255)             not null,
    version_id        varchar(64)              not null,
    version_name      varchar(255)             not null,
    environment       varchar(16)              not null,
    account_id        varchar(12)              not null,
    justification     varchar(2000)            not null,
    cost_center       varchar(128),
    requester         varchar(255)             not null,
    requester_name    varchar(255)             not null,
    requester_issuer  varchar(255)             not null,
    requester_subject varchar(255)             not null,
    team              varchar(128),
    status            varchar(32)              not null,
    status_reason     varchar(2000),
    cost_amount       decimal(14, 2),
    cost_currency     varchar(3),
    subject_hash      varchar(128)             not null,
    process_id        uuid,
    -- the idempotency token of the Service Catalog ProvisionProduct call: stored with the request, before any call
    provision_token   varchar(64)              not null unique,
    provisioned_name  varchar(128)             not null,
    record_id         varchar(64),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create index product_request_requester on catalog.product_request (requester, created_at);
create index product_request_status on catalog.product_request (status);

-- parameter values in form order; NoEcho values are only kept encrypted (secret_value, AES-GCM) and wiped after
-- provisioning
create table catalog.request_parameter
(
    request_id   uuid          not null references catalog.product_request (id) on delete cascade,
    position     int           not null,
    param_key    varchar(255)  not null,
    param_value  varchar(4000),
    no_echo      boolean       not null,
    secret_value varchar(8000),
    primary key (request_id, param_key)
);

create table catalog.request_output
(
    request_id   uuid          not null references catalog.product_request (id) on delete cascade,
    position     int           not null,
    output_key   varchar(255)  not null,
    output_value varchar(4000) not null,
    primary key (request_id, output_key)
);

-- ---- the sandbox's simulated provisioning (an asynchronous ProvisionProduct: IN_PROGRESS, then done) ----
create table catalog.sandbox_provisioning_record
(
    id               varchar(64)              not null primary key,
    provision_token  varchar(64)              not null unique,
    product_id       varchar(64)              not null,
    account_id       varchar(12)              not null,
    provisioned_name varchar(128)             not null,
    status           varchar(16)              not null,
    error            varchar(2000),
    started_at       timestamp with time zone not null,
    completed_at     timestamp with time zone
);

create table catalog.sandbox_record_output
(
    record_id    varchar(64)   not null references catalog.sandbox_provisioning_record (id) on delete cascade,
    position     int           not null,
    output_key   varchar(255)  not null,
    output_value varchar(4000) not null,
    primary key (record_id, output_key)
);
