-- A stage held by something outside the policy (a change freeze during an incident): who holds it (a kind such as
-- 'incident' and that holder's id), why, and where people read about it. All null for a policy hold and for a stage
-- nobody holds.
alter table approvals.stage add column hold_kind varchar(32);
alter table approvals.stage add column hold_ref varchar(255);
alter table approvals.stage add column hold_reason varchar(2000);
alter table approvals.stage add column hold_link varchar(1024);
create index stage_hold_idx on approvals.stage (hold_kind, hold_ref);

-- incidents.hold's statuses include RELEASED_BY_COMMANDER (21 characters), longer than V22's column
alter table incidents.hold alter column status set data type varchar(32);
