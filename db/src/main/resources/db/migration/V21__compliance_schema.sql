-- Compliance schema: findings from every source (Security Hub CSPM, the Config aggregator, Prowler OCSF/CSV, ASFF,
-- the sandbox) normalized to one row per (source, account, region, resource, control) with their history; control
-- equivalences across tools; frameworks (Prowler's compliance JSON) with requirements mapped to checks; control
-- enablement; waivers and attestations (approval subjects) with Security Hub mirroring and evidence; stack drift of
-- what the portal provisioned; daily score snapshots (kept 400 days); sync cursors and S3 drops.
-- Ids of other modules (approval processes, provisioned products) are plain values: no foreign key leaves the schema.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.

create schema if not exists compliance;

-- one import of findings: an uploaded file, an S3 drop, a Security Hub or Config sync, the sandbox generator
create table compliance.finding_import
(
    id             uuid                     not null primary key,
    status         varchar(16)              not null, -- RUNNING, COMPLETED, FAILED
    origin         varchar(16)              not null, -- UPLOAD, S3_DROP, SECURITY_HUB, CONFIG, SANDBOX
    format         varchar(16)              not null, -- OCSF, PROWLER_CSV, ASFF, API
    source         varchar(64),                       -- the tool the findings came from, e.g. PROWLER, SECURITY_HUB
    file_name      varchar(1024),
    file_sha256    varchar(64),
    full_scan      boolean default true     not null, -- findings of the same source and account absent here resolve
    finding_count  bigint default 0         not null,
    new_count      bigint default 0         not null,
    changed_count  bigint default 0         not null,
    resolved_count bigint default 0         not null,
    merged_count   bigint default 0         not null, -- the same finding more than once in the file (last one kept)
    accounts       varchar(4000),                     -- comma-separated account ids the import covered
    error          varchar(4000),
    requested_by   varchar(255)             not null,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone
);
create index finding_import_started on compliance.finding_import (started_at);

-- the current state of one finding; finding_key is the SHA-256 of source|account|region|resource|control (resource
-- ids may be long ARNs: too long for a composite unique index on PostgreSQL)
create table compliance.finding
(
    id              uuid                     not null primary key,
    finding_key     varchar(64)              not null unique,
    source          varchar(64)              not null, -- PROWLER, SECURITY_HUB, CONFIG, SANDBOX, or another tool's name
    account_id      varchar(64)              not null,
    region          varchar(64)              not null, -- '' when the tool names none
    resource_id     varchar(2048)            not null, -- AWS::::Account:<id> for account-level results
    resource_type   varchar(255),
    control_id      varchar(255)             not null, -- the tool's id: Prowler check id, Security Hub control id
    control_key     varchar(255)             not null, -- the equivalent control across tools (control_mapping)
    title           varchar(1024)            not null,
    detail          varchar(4000),                     -- the tool's status detail for this resource
    severity        varchar(16)              not null, -- CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL
    severity_rank   smallint                 not null, -- 5 (CRITICAL) ... 1 (INFORMATIONAL): what to fix first
    status          varchar(16)              not null, -- PASS, FAIL, MANUAL, NOT_AVAILABLE
    muted           boolean default false    not null, -- suppressed in the tool (Security Hub workflow, Prowler mute)
    remediation     varchar(4000),
    remediation_url varchar(2048),
    external_id     varchar(1024),                     -- the tool's finding id (Security Hub Id for BatchUpdateFindings)
    product_arn     varchar(512),                      -- Security Hub ProductArn (BatchUpdateFindings needs it)
    requirements    varchar(4000),                     -- framework -> requirement ids the tool reported, as JSON
    first_seen      timestamp with time zone not null,
    last_seen       timestamp with time zone not null,
    resolved_at     timestamp with time zone,          -- absent from a full import of its source and account
    duplicate_of    uuid,                              -- the same result from another tool (an equivalent control)
    last_import_id  uuid,
    updated_at      timestamp with time zone not null
);
create index finding_account on compliance.finding (account_id, resolved_at);
create index finding_source_account on compliance.finding (source, account_id, resolved_at);
create index finding_control on compliance.finding (control_id);
create index finding_control_key on compliance.finding (control_key, account_id);
create index finding_status_severity on compliance.finding (status, severity_rank);
create index finding_last_seen on compliance.finding (last_seen);

-- what happened to a finding (new, status changes, resolved, reopened): its history and "what changed since
-- yesterday"; kept 400 days
create table compliance.finding_event
(
    id          bigint generated by default as identity primary key,
    finding_id  uuid                     not null references compliance.finding (id) on delete cascade,
    account_id  varchar(64)              not null,
    control_key varchar(255)             not null,
    kind        varchar(16)              not null, -- NEW, CHANGED, RESOLVED, REOPENED
    from_status varchar(16),
    to_status   varchar(16)              not null,
    import_id   uuid,
    occurred_at timestamp with time zone not null
);
create index finding_event_finding on compliance.finding_event (finding_id, occurred_at);
create index finding_event_occurred on compliance.finding_event (occurred_at, account_id);

-- equivalent controls across tools (data): Prowler's iam_root_hardware_mfa_enabled and Security Hub's IAM.6 share
-- one control_key, so one resource failing both counts once
create table compliance.control_mapping
(
    control_id  varchar(255)             not null primary key,
    control_key varchar(255)             not null,
    source      varchar(64),                       -- whose vocabulary control_id is in, e.g. PROWLER
    origin      varchar(16)              not null, -- BUILTIN, UPLOAD
    updated_at  timestamp with time zone not null
);
create index control_mapping_key on compliance.control_mapping (control_key);

-- what a tool says a control is (Security Hub ListSecurityControlDefinitions, Config rules, Prowler metadata)
create table compliance.control_definition
(
    source          varchar(64)              not null,
    control_id      varchar(255)             not null,
    title           varchar(1024)            not null,
    description     varchar(4000),
    severity        varchar(16),
    remediation_url varchar(2048),
    updated_at      timestamp with time zone not null,
    primary key (source, control_id)
);

-- which controls are enabled where (Security Hub standards controls); a control without a row counts as enabled
create table compliance.control_enablement
(
    source          varchar(64)              not null,
    account_id      varchar(64)              not null,
    region          varchar(64)              not null,
    standard_id     varchar(255)             not null, -- '' when enabled or disabled across standards
    control_id      varchar(255)             not null,
    enabled         boolean                  not null,
    disabled_reason varchar(2048),
    updated_at      timestamp with time zone not null,
    primary key (source, account_id, region, standard_id, control_id)
);

-- a framework (Prowler's compliance JSON: Framework, Version, Provider, Requirements), shipped or uploaded
create table compliance.framework
(
    id                uuid                     not null primary key,
    framework         varchar(255)             not null, -- the file's Framework, e.g. CIS
    name              varchar(512)             not null, -- the file's Name, else its Framework
    version           varchar(64)              not null, -- '' when the file has none
    provider          varchar(64)              not null, -- '' when the file has none
    description       varchar(4000),
    standard_id       varchar(255),                      -- the Security Hub standard it corresponds to, if any
    origin            varchar(16)              not null, -- BUILTIN, UPLOAD
    requirement_count int                      not null,
    merged            varchar(4000),                     -- requirement ids that appeared more than once, merged
    uploaded_by       varchar(255)             not null,
    uploaded_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    unique (framework, version, provider)
);

create table compliance.requirement
(
    framework_id   uuid          not null references compliance.framework (id) on delete cascade,
    requirement_id varchar(255)  not null,
    position       int           not null,
    name           varchar(1024),
    description    varchar(4000),
    section        varchar(512),
    assessment     varchar(16)   not null, -- AUTOMATED, MANUAL (the file's AssessmentStatus, or no checks at all)
    attributes     text,                   -- the file's Attributes, as JSON
    primary key (framework_id, requirement_id)
);

create table compliance.requirement_check
(
    framework_id   uuid         not null,
    requirement_id varchar(255) not null,
    check_id       varchar(255) not null,
    primary key (framework_id, requirement_id, check_id),
    foreign key (framework_id, requirement_id) references compliance.requirement (framework_id, requirement_id)
        on delete cascade
);
create index requirement_check_check on compliance.requirement_check (check_id);

-- an exception for a control on an account (or one resource), approved by security, until it expires
create table compliance.waiver
(
    id                   uuid                     not null primary key,
    account_id           varchar(64)              not null,
    control_id           varchar(255)             not null, -- as requested
    control_key          varchar(255)             not null, -- what it covers across tools
    resource_id          varchar(2048),                     -- null: the control on the whole account
    reason               varchar(4000)            not null,
    compensating_control varchar(4000),
    expires_on           date                     not null,
    status               varchar(24)              not null, -- PENDING_APPROVAL, ACTIVE, REJECTED, EXPIRED, WITHDRAWN
    approval_process_id  uuid,                              -- the approvals module's process
    requester            varchar(255)             not null,
    requester_name       varchar(255)             not null,
    requester_issuer     varchar(512)             not null,
    requester_subject    varchar(255)             not null,
    requester_team       varchar(255),
    requested_at         timestamp with time zone not null,
    decided_by           varchar(255),
    decided_at           timestamp with time zone,
    decision_comment     varchar(4000),
    expiry_warned_at     timestamp with time zone,          -- the notice some days before expiry went out
    expired_at           timestamp with time zone,
    version              int default 1            not null
);
create index waiver_scope on compliance.waiver (account_id, control_key, status);
create index waiver_expiry on compliance.waiver (status, expires_on);
create index waiver_process on compliance.waiver (approval_process_id);

-- a waiver mirrored to Security Hub (workflow SUPPRESSED with a note), undone at expiry
create table compliance.waiver_mirror
(
    waiver_id         uuid                     not null references compliance.waiver (id) on delete cascade,
    finding_id        uuid                     not null references compliance.finding (id) on delete cascade,
    external_id       varchar(1024)            not null,
    product_arn       varchar(512)             not null,
    previous_workflow varchar(16),
    suppressed_at     timestamp with time zone,
    restored_at       timestamp with time zone,
    last_error        varchar(2000),
    updated_at        timestamp with time zone not null,
    primary key (waiver_id, finding_id)
);

-- evidence that a MANUAL requirement is met, approved like a waiver, valid until a date
create table compliance.attestation
(
    id                  uuid                     not null primary key,
    framework_id        uuid                     not null references compliance.framework (id) on delete cascade,
    requirement_id      varchar(255)             not null,
    account_id          varchar(64),                       -- null: every account
    statement           varchar(4000)            not null,
    evidence_url        varchar(2048),
    valid_until         date                     not null,
    status              varchar(24)              not null, -- PENDING_APPROVAL, ACTIVE, REJECTED, EXPIRED, WITHDRAWN
    approval_process_id uuid,
    attester            varchar(255)             not null,
    attester_name       varchar(255)             not null,
    attester_issuer     varchar(512)             not null,
    attester_subject    varchar(255)             not null,
    attested_at         timestamp with time zone not null,
    decided_by          varchar(255),
    decided_at          timestamp with time zone,
    decision_comment    varchar(4000),
    version             int default 1            not null
);
create index attestation_scope on compliance.attestation (framework_id, requirement_id, status);
create index attestation_process on compliance.attestation (approval_process_id);

create table compliance.attestation_evidence
(
    attestation_id uuid          not null primary key references compliance.attestation (id) on delete cascade,
    file_name      varchar(1024) not null,
    content_type   varchar(255)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    content        bytea         not null
);

-- one drift detection of a stack behind a provisioned product (DetectStackDrift and its status)
create table compliance.drift_check
(
    id                     uuid                     not null primary key,
    stack_id               varchar(2048)            not null, -- the CloudformationStackARN output
    stack_name             varchar(255),
    account_id             varchar(64)              not null,
    region                 varchar(64)              not null,
    provisioned_product_id varchar(255),                      -- provisioning's id of the product behind the stack
    detection_id           varchar(255),                      -- StackDriftDetectionId
    status                 varchar(24)              not null, -- DETECTION_IN_PROGRESS, DETECTION_COMPLETE, DETECTION_FAILED
    stack_drift_status     varchar(16),                       -- DRIFTED, IN_SYNC, UNKNOWN, NOT_CHECKED
    drifted_resources      int,
    status_reason          varchar(4000),
    requested_by           varchar(255)             not null, -- a user, or system for the schedule
    started_at             timestamp with time zone not null,
    finished_at            timestamp with time zone
);
create index drift_check_stack on compliance.drift_check (stack_id, started_at);
create index drift_check_product on compliance.drift_check (provisioned_product_id, started_at);
create index drift_check_status on compliance.drift_check (status);

-- a resource's drift in one check (DescribeStackResourceDrifts), expected vs actual
create table compliance.resource_drift
(
    check_id             uuid          not null references compliance.drift_check (id) on delete cascade,
    logical_resource_id  varchar(255)  not null,
    physical_resource_id varchar(2048),
    resource_type        varchar(255)  not null,
    drift_status         varchar(16)   not null, -- MODIFIED, DELETED, IN_SYNC, NOT_CHECKED
    property_differences text,                   -- JSON: [{propertyPath, expectedValue, actualValue, differenceType}]
    expected_properties  text,
    actual_properties    text,
    detected_at          timestamp with time zone,
    primary key (check_id, logical_resource_id)
);

-- a day's score per framework (or over all controls) and scope; trends and evidence packs read these, kept 400 days
create table compliance.score_snapshot
(
    snapshot_day  date                     not null,
    framework_ref varchar(36)              not null, -- a framework id, or 'controls' for the score over all controls
    scope_kind    varchar(8)               not null, -- ORG, ACCOUNT, OU, TEAM
    scope_value   varchar(255)             not null, -- '' for ORG
    passed        int                      not null,
    failed        int                      not null,
    manual        int                      not null,
    not_available int                      not null,
    score         int,                               -- percent, rounded as Security Hub does; null without data
    taken_at      timestamp with time zone not null,
    primary key (snapshot_day, framework_ref, scope_kind, scope_value)
);
create index score_snapshot_trend on compliance.score_snapshot (framework_ref, scope_kind, scope_value, snapshot_day);

-- where an incremental sync left off (Security Hub UpdatedAt high-water mark, Config, drift schedule)
create table compliance.sync_state
(
    source          varchar(64)              not null, -- SECURITY_HUB, CONFIG, S3_DROP, DRIFT
    scope           varchar(255)             not null, -- e.g. the aggregation region, the aggregator, bucket/prefix
    cursor_value    varchar(4000),
    items           bigint default 0         not null,
    last_started_at timestamp with time zone,
    last_success_at timestamp with time zone,
    last_error      varchar(4000),
    updated_at      timestamp with time zone not null,
    primary key (source, scope)
);

-- findings files dropped in S3, imported once per version
create table compliance.dropped_file
(
    bucket       varchar(255)             not null,
    object_key   varchar(1024)            not null,
    etag         varchar(255)             not null,
    import_id    uuid,
    processed_at timestamp with time zone not null,
    primary key (bucket, object_key, etag)
);
