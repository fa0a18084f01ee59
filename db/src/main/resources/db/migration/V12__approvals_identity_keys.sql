-- Approvals schema: people are keyed by (issuer, subject), written as the canonical string "issuer#subject"
-- (OIDC issuers carry no fragment, so the first '#' separates the two). Usernames stay as display names only.
-- Runs on H2 (PostgreSQL mode) and PostgreSQL 15+.
--
-- Existing rows named people by username. Each username is mapped once, in this order:
--   1. the demo users of the local profile (engineer, approver, finance, security, admin, lead) -> local#<username>
--   2. the one (issuer, subject) the audit ledger recorded logging in under that username
--      (platform.audit_entry, action auth.login-succeeded, target user/<username>), when exactly one exists
--   3. otherwise urn:skyway:legacy#<username>: a key no login ever has (no IdP uses that issuer), so an ambiguous
--      or untraceable old name keeps its history but decides nothing for anyone until a policy or delegation is
--      written again with a real key.
-- This one-off read of the platform schema is the only way to recover identities the old rows never stored.

create table approvals.v12_username_key
(
    username varchar(255) not null primary key,
    user_key varchar(1024)
);

insert into approvals.v12_username_key (username)
select actor_username from approvals.decision
union
select on_behalf_of from approvals.decision where on_behalf_of is not null
union
select delegator_username from approvals.delegation
union
select delegate_username from approvals.delegation
union
select approver from approvals.stage_approver where kind = 'USER';

update approvals.v12_username_key
set user_key = 'local#' || username
where username in ('engineer', 'approver', 'finance', 'security', 'admin', 'lead');

update approvals.v12_username_key m
set user_key = (select min(a.actor_issuer || '#' || a.actor_subject)
                from platform.audit_entry a
                where a.action = 'auth.login-succeeded' and a.target_type = 'user' and a.target_id = m.username
                having count(distinct a.actor_issuer || '#' || a.actor_subject) = 1)
where user_key is null;

update approvals.v12_username_key
set user_key = 'urn:skyway:legacy#' || username
where user_key is null;

-- decisions: who decided (actor_key) and for whom (on_behalf_of_key); the username columns stay for display
alter table approvals.decision add column actor_key varchar(1024);
alter table approvals.decision add column on_behalf_of_key varchar(1024);
update approvals.decision d
set actor_key = (select m.user_key from approvals.v12_username_key m where m.username = d.actor_username);
update approvals.decision d
set on_behalf_of_key = (select m.user_key from approvals.v12_username_key m where m.username = d.on_behalf_of)
where on_behalf_of is not null;
alter table approvals.decision alter column actor_key set not null;
drop index approvals.decision_actor_idx;
create index decision_actor_key_idx on approvals.decision (actor_key, decided_at);

-- delegations: keys of both people; the delegator's roles are no longer copied (a delegate decides only the
-- stages that name the delegator, never with the delegator's roles)
alter table approvals.delegation add column delegator_key varchar(1024);
alter table approvals.delegation add column delegate_key varchar(1024);
update approvals.delegation d
set delegator_key = (select m.user_key from approvals.v12_username_key m where m.username = d.delegator_username),
    delegate_key  = (select m.user_key from approvals.v12_username_key m where m.username = d.delegate_username);
alter table approvals.delegation alter column delegator_key set not null;
alter table approvals.delegation alter column delegate_key set not null;
alter table approvals.delegation drop column delegator_roles;
drop index approvals.delegation_delegate_idx;
drop index approvals.delegation_delegator_idx;
create index delegation_delegate_key_idx on approvals.delegation (delegate_key, starts_at, ends_at);
create index delegation_delegator_key_idx on approvals.delegation (delegator_key);

-- stage approvers of kind USER name a person by key
-- (two old usernames of one person on the same stage collapse into one approver row)
delete from approvals.stage_approver s
where s.kind = 'USER'
  and exists (select 1
              from approvals.stage_approver o
                       join approvals.v12_username_key mo on mo.username = o.approver
                       join approvals.v12_username_key ms on ms.username = s.approver
              where o.stage_id = s.stage_id and o.kind = 'USER' and o.approver < s.approver
                and mo.user_key = ms.user_key);
alter table approvals.stage_approver alter column approver set data type varchar(1024);
update approvals.stage_approver s
set approver = (select m.user_key from approvals.v12_username_key m where m.username = s.approver)
where kind = 'USER';

-- processes: "not my own request" compares the requester's key columns
drop index approvals.process_requester_idx;
create index process_requester_key_idx on approvals.process (requester_issuer, requester_subject);

drop table approvals.v12_username_key;
