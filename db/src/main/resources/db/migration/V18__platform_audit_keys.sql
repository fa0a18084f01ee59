-- Audit ledger: every new entry is also signed with an HMAC-SHA256 under a configured key (portal.audit.keys), so
-- someone who can write to the database but does not hold the key can no longer rewrite an entry and recompute the
-- SHA-256 links after it. The SHA-256 chain (prev_hash, hash) stays as it was: it is what anchors and exports quote.
-- Entries written before this migration have no key id and no HMAC: they verify as unkeyed legacy links.
alter table platform.audit_entry add column key_id varchar(64);
alter table platform.audit_entry add column mac varchar(64);

-- From which sequence number on every entry must carry an HMAC: the entries that exist now are legacy, the next one
-- is the first keyed entry. The verifier reports an unkeyed entry at or after this number as a break.
alter table platform.audit_chain_head add column keyed_from_seq bigint default 1 not null;
update platform.audit_chain_head set keyed_from_seq = last_seq + 1;

-- The chain heads that were written to a sink outside the database (a log line, an S3 object under Object Lock).
-- The copy here only lets the verifier compare the chain with the last anchor; the external copy is the evidence.
create table platform.audit_anchor
(
    chain       varchar(64)              not null,
    seq         bigint                   not null,
    hash        varchar(64)              not null,
    anchored_at timestamp with time zone not null,
    sinks       varchar(255)             not null,
    primary key (chain, seq)
);
