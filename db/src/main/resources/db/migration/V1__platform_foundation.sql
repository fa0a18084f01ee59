-- Platform schema: the shared kernel's tables (audit ledger, job locks, event publication registry).
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+: keep to the SQL both accept.
create schema if not exists platform;

-- Spring Modulith event publication registry (JDBC, v2 structure), so an event published in a committed
-- transaction is not lost if the process dies before its listeners ran.
create table platform.event_publication
(
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);
create index event_publication_by_listener_idx on platform.event_publication (listener_id);

-- ShedLock: one replica runs each scheduled tick.
create table platform.shedlock
(
    name       varchar(64)              not null primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255)             not null
);

-- Audit ledger: append-only, hash-chained. The head row of a chain is locked (select ... for update) by every
-- append, so two concurrent appends cannot both link to the same predecessor.
create table platform.audit_chain_head
(
    chain     varchar(64) not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

create table platform.audit_entry
(
    chain          varchar(64)              not null,
    seq            bigint                   not null,
    occurred_at    timestamp with time zone not null,
    actor_issuer   varchar(512)             not null,
    actor_subject  varchar(255)             not null,
    actor_name     varchar(255),
    action         varchar(128)             not null,
    target_type    varchar(128)             not null,
    target_id      varchar(255)             not null,
    details        varchar                  not null,
    correlation_id varchar(128),
    -- id of the domain event that produced the entry: a redelivered event is appended once
    event_id       varchar(64),
    prev_hash      varchar(64)              not null,
    hash           varchar(64)              not null,
    primary key (chain, seq)
);
create unique index audit_entry_event_id_idx on platform.audit_entry (event_id);
create index audit_entry_occurred_at_idx on platform.audit_entry (occurred_at);
create index audit_entry_target_idx on platform.audit_entry (target_type, target_id);

insert into platform.audit_chain_head (chain, last_seq, last_hash)
values ('main', 0, '0000000000000000000000000000000000000000000000000000000000000000');
