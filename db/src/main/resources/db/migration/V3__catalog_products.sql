-- Catalog schema: what the portal knows of the AWS Service Catalog (synced), cost models, the sync status, and the
-- sandbox's own simulated Service Catalog account (sandbox_*). Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
create schema if not exists catalog;

-- ---- the synced catalog (replaced as a whole by every successful sync) ----
create table catalog.portfolio
(
    id          varchar(64)  not null primary key,
    name        varchar(255) not null,
    description varchar(2000),
    provider    varchar(255)
);

create table catalog.product
(
    id          varchar(64)  not null primary key,
    name        varchar(255) not null,
    description varchar(2000),
    owner       varchar(255),
    support_url varchar(2000),
    search_text varchar(4000) not null
);

create table catalog.product_portfolio
(
    product_id   varchar(64) not null references catalog.product (id) on delete cascade,
    portfolio_id varchar(64) not null references catalog.portfolio (id) on delete cascade,
    primary key (product_id, portfolio_id)
);

-- tags on the product (e.g. category=database): what the catalog can be filtered by
create table catalog.product_tag
(
    product_id varchar(64)  not null references catalog.product (id) on delete cascade,
    tag_key    varchar(128) not null,
    tag_value  varchar(256) not null,
    primary key (product_id, tag_key, tag_value)
);

-- TagOptions: tags a requester must choose from (e.g. cost-center, data-classification)
create table catalog.tag_option
(
    product_id varchar(64)  not null references catalog.product (id) on delete cascade,
    tag_key    varchar(128) not null,
    tag_value  varchar(256) not null,
    primary key (product_id, tag_key, tag_value)
);

create table catalog.launch_path
(
    product_id varchar(64)  not null references catalog.product (id) on delete cascade,
    id         varchar(64)  not null,
    name       varchar(255),
    primary key (product_id, id)
);

-- provisioning artifacts; deprecated = Active false or guidance DEPRECATED: shown, never offered for new requests
create table catalog.product_version
(
    id          varchar(64)              not null primary key,
    product_id  varchar(64)              not null references catalog.product (id) on delete cascade,
    name        varchar(255)             not null,
    description varchar(2000),
    active      boolean                  not null,
    guidance    varchar(32)              not null,
    created_at  timestamp with time zone not null
);
create index product_version_product_idx on catalog.product_version (product_id);

create table catalog.parameter
(
    version_id             varchar(64)  not null references catalog.product_version (id) on delete cascade,
    position               int          not null,
    param_key              varchar(255) not null,
    label                  varchar(255),
    group_label            varchar(255),
    description            varchar(4000),
    param_type             varchar(255) not null,
    default_value          varchar(4096),
    allowed_values         varchar(8000),
    allowed_pattern        varchar(2000),
    constraint_description varchar(2000),
    min_length             int,
    max_length             int,
    min_value              numeric(38, 10),
    max_value              numeric(38, 10),
    no_echo                boolean      not null,
    primary key (version_id, position)
);

-- ---- cost models: kept across syncs (curated by the platform team, sandbox ships defaults) ----
create table catalog.cost_model
(
    product_id   varchar(64)    not null primary key,
    currency     varchar(3)     not null,
    base_monthly numeric(19, 4) not null
);

-- a rate adds unit_price when the parameter equals match_value, or unit_price x the parameter's number when
-- match_value is '*' (e.g. storage GiB); either is multiplied by the number in parameter times_param when set
-- (e.g. price per task x running tasks)
create table catalog.cost_rate
(
    product_id  varchar(64)    not null references catalog.cost_model (product_id) on delete cascade,
    param_key   varchar(255)   not null,
    match_value varchar(255)   not null,
    unit_price  numeric(19, 6) not null,
    times_param varchar(255),
    primary key (product_id, param_key, match_value)
);

-- ---- sync status, one row per catalog source ----
create table catalog.sync_status
(
    id            varchar(32)              not null primary key,
    state         varchar(16)              not null,
    source        varchar(16),
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    succeeded_at  timestamp with time zone,
    message       varchar(4000),
    aws_request_id varchar(128),
    products      int
);
insert into catalog.sync_status (id, state) values ('catalog', 'NEVER');

-- ---- the sandbox: a simulated AWS account's Service Catalog (what its API would answer) ----
create table catalog.sandbox_portfolio
(
    id          varchar(64)  not null primary key,
    name        varchar(255) not null,
    description varchar(2000),
    provider    varchar(255)
);

create table catalog.sandbox_product
(
    id          varchar(64)   not null primary key,
    name        varchar(255)  not null,
    description varchar(2000),
    owner       varchar(255),
    support_url varchar(2000),
    -- product tags as key=value lines
    tags        varchar(4000) not null,
    -- tag options as key=value lines
    tag_options varchar(8000) not null,
    -- portfolio ids, comma separated
    portfolios  varchar(2000) not null
);

create table catalog.sandbox_artifact
(
    id          varchar(64)              not null primary key,
    product_id  varchar(64)              not null references catalog.sandbox_product (id) on delete cascade,
    name        varchar(255)             not null,
    description varchar(2000),
    active      boolean                  not null,
    guidance    varchar(32)              not null,
    created_at  timestamp with time zone not null,
    template    varchar                  not null
);
