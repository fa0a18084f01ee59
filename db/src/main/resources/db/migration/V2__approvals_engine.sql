-- Approvals schema: the generic approval engine (policies as versioned JSON documents, processes, stages, the
-- approvers each stage asks, decisions, delegations). Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
create schema if not exists approvals;

-- Every saved policy is a new version; a process records the version that routed it.
create table approvals.policy_version
(
    version    int                      not null primary key,
    document   varchar                  not null,
    created_at timestamp with time zone not null,
    created_by varchar(255)             not null,
    note       varchar(500)
);

-- One approval of one subject (a product request, an account request, a waiver...). The attributes the policy
-- matched on are kept as columns (inbox filters); display fields (justification, summary) as a JSON object.
create table approvals.process
(
    id                 uuid                     not null primary key,
    subject_type       varchar(64)              not null,
    subject_id         varchar(255)             not null,
    title              varchar(500)             not null,
    subject_hash       varchar(128)             not null,
    environment        varchar(32),
    action             varchar(32)              not null,
    monthly_cost       numeric(19, 4),
    currency           varchar(3),
    product            varchar(255),
    account            varchar(255),
    team               varchar(255),
    display            varchar                  not null,
    requester_issuer   varchar(512)             not null,
    requester_subject  varchar(255)             not null,
    requester_username varchar(255)             not null,
    requester_name     varchar(255)             not null,
    policy_version     int                      not null,
    rule_name          varchar(128)             not null,
    status             varchar(32)              not null,
    revision           int                      not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    completed_at       timestamp with time zone
);
create index process_subject_idx on approvals.process (subject_type, subject_id);
create index process_requester_idx on approvals.process (requester_username);

-- The stages of one revision of a process, in order. Editing the subject supersedes them and starts new ones.
create table approvals.stage
(
    id                 uuid                     not null primary key,
    process_id         uuid                     not null references approvals.process (id),
    revision           int                      not null,
    position           int                      not null,
    name               varchar(128)             not null,
    mode               varchar(16)              not null,
    required_approvals int                      not null,
    status             varchar(32)              not null,
    held               boolean                  not null,
    sla                varchar(32)              not null,
    escalate_to_role   varchar(32)              not null,
    opened_at          timestamp with time zone,
    due_at             timestamp with time zone,
    reminded_at        timestamp with time zone,
    escalated_at       timestamp with time zone,
    completed_at       timestamp with time zone
);
create index stage_process_idx on approvals.stage (process_id, revision, position);
create index stage_status_due_idx on approvals.stage (status, due_at);

-- Who may decide a stage (its tasks): a role or a username. Escalation adds the fallback group.
create table approvals.stage_approver
(
    stage_id   uuid        not null references approvals.stage (id),
    kind       varchar(8)  not null,
    approver   varchar(255) not null,
    escalation boolean     not null,
    primary key (stage_id, kind, approver)
);
create index stage_approver_lookup_idx on approvals.stage_approver (kind, approver);

-- Every decision, bound to the subject version (hash) it was made on; on_behalf_of is set for delegates.
create table approvals.decision
(
    id             uuid                     not null primary key,
    process_id     uuid                     not null references approvals.process (id),
    stage_id       uuid                     not null references approvals.stage (id),
    revision       int                      not null,
    outcome        varchar(32)              not null,
    actor_username varchar(255)             not null,
    actor_name     varchar(255)             not null,
    on_behalf_of   varchar(255),
    comment        varchar(4000),
    subject_hash   varchar(128)             not null,
    decided_at     timestamp with time zone not null
);
create index decision_process_idx on approvals.decision (process_id, revision);
create index decision_actor_idx on approvals.decision (actor_username, decided_at);

-- An approver lets someone else decide for them during a time window. The delegator's roles are kept so role
-- stages can be delegated too.
create table approvals.delegation
(
    id                 uuid                     not null primary key,
    delegator_username varchar(255)             not null,
    delegator_name     varchar(255)             not null,
    delegator_roles    varchar(255)             not null,
    delegate_username  varchar(255)             not null,
    starts_at          timestamp with time zone not null,
    ends_at            timestamp with time zone not null,
    created_at         timestamp with time zone not null,
    cancelled_at       timestamp with time zone
);
create index delegation_delegate_idx on approvals.delegation (delegate_username, starts_at, ends_at);
create index delegation_delegator_idx on approvals.delegation (delegator_username);
