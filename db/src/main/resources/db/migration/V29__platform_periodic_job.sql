-- The last start of each periodic job (platform.jobs.PeriodicJob), keyed by the job's name. Every replica keeps its
-- own schedule; a tick claims the run by moving last_started_at forward only when the previous start is old enough,
-- so with several replicas a job runs once per interval (ShedLock alone only keeps runs from overlapping).
create table platform.periodic_job
(
    name            varchar(64)              not null primary key,
    last_started_at timestamp with time zone not null
);
