-- One status table for every "sync from AWS" (catalog, account inventory, and the syncs still to come), keyed by the
-- sync's name and owned by the platform's sync kit. Replaces catalog.sync_status and accounts.sync_status.
create table platform.sync_status
(
    name           varchar(64)              not null primary key,
    state          varchar(16)              not null,
    source         varchar(16),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    succeeded_at   timestamp with time zone,
    message        varchar(4000),
    aws_request_id varchar(128),
    -- what the last successful sync stored (products, accounts, ...)
    items          int
);

insert into platform.sync_status (name, state, source, started_at, finished_at, succeeded_at, message, aws_request_id,
                                  items)
select 'catalog', state, source, started_at, finished_at, succeeded_at, message, aws_request_id, products
from catalog.sync_status
where id = 'catalog';

insert into platform.sync_status (name, state, source, started_at, finished_at, succeeded_at, message, aws_request_id,
                                  items)
select 'accounts-inventory', state, source, started_at, finished_at, succeeded_at, message, aws_request_id, accounts
from accounts.sync_status
where id = 'accounts';

drop table catalog.sync_status;
drop table accounts.sync_status;
