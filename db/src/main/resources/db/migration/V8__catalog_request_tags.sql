-- Catalog schema: the tags a requester gave a product request (the product's TagOptions, each one required, plus
-- free key/value tags under the AWS tag rules), and the tags the sandbox's simulated ProvisionProduct received.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create table catalog.request_tag
(
    request_id uuid         not null references catalog.product_request (id) on delete cascade,
    position   int          not null,
    tag_key    varchar(128) not null,
    tag_value  varchar(256) not null,
    primary key (request_id, tag_key)
);

create table catalog.sandbox_record_tag
(
    record_id varchar(64)  not null references catalog.sandbox_provisioning_record (id) on delete cascade,
    position  int          not null,
    tag_key   varchar(128) not null,
    tag_value varchar(256) not null,
    primary key (record_id, tag_key)
);
