-- Accounts schema: the AWS Organizations inventory the portal knows (synced: OUs, accounts, tags), the sync status,
-- and the sandbox's own simulated organization (sandbox_*). Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
create schema if not exists accounts;

-- ---- the synced inventory (replaced as a whole by every successful sync) ----
-- the root and the organizational units; lineage = ids from the root down to this one, each followed by '/'
create table accounts.organizational_unit
(
    id        varchar(68)   not null primary key,
    name      varchar(128)  not null,
    parent_id varchar(68),
    path      varchar(2000) not null,
    lineage   varchar(2000) not null,
    depth     int           not null
);

create table accounts.account
(
    id          varchar(12)              not null primary key,
    name        varchar(128)             not null,
    email       varchar(254)             not null,
    status      varchar(32)              not null,
    ou_id       varchar(68)              not null,
    ou_path     varchar(2000)            not null,
    ou_lineage  varchar(2000)            not null,
    owner_team  varchar(256),
    cost_center varchar(256),
    joined_at   timestamp with time zone,
    search_text varchar(1000)            not null
);
create index account_ou_lineage_idx on accounts.account (ou_lineage);
create index account_owner_team_idx on accounts.account (owner_team);

create table accounts.account_tag
(
    account_id varchar(12)  not null references accounts.account (id) on delete cascade,
    tag_key    varchar(128) not null,
    tag_value  varchar(256) not null,
    primary key (account_id, tag_key)
);

create table accounts.sync_status
(
    id             varchar(32)              not null primary key,
    state          varchar(16)              not null,
    source         varchar(16),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    succeeded_at   timestamp with time zone,
    message        varchar(4000),
    aws_request_id varchar(128),
    accounts       int
);
insert into accounts.sync_status (id, state) values ('accounts', 'NEVER');

-- ---- the sandbox: a simulated organization (what the Organizations API would answer) ----
create table accounts.sandbox_ou
(
    id        varchar(68)  not null primary key,
    name      varchar(128) not null,
    parent_id varchar(68)
);

-- tags as key=value lines
create table accounts.sandbox_account
(
    id        varchar(12)              not null primary key,
    name      varchar(128)             not null,
    email     varchar(254)             not null,
    status    varchar(32)              not null,
    parent_id varchar(68)              not null,
    joined_at timestamp with time zone not null,
    tags      varchar(4000)            not null
);
