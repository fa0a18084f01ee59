-- The inbox lists open stages the caller has not decided yet: "no decision of this actor on this stage". Without an
-- index on the stage, PostgreSQL hashed every open stage with its process (3,000 at bench/scale.sh's SCALE=1) to
-- sort them for one page; with it, a page walks stage_status_due_idx in due order and stops after the page (15 ms
-- to under 1 ms there).
create index if not exists decision_stage_actor_idx on approvals.decision (stage_id, actor_key);
