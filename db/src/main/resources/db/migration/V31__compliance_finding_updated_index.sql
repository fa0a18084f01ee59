-- Control statuses (every score, the compliance pages, the security home) take seconds to read at a million
-- findings, so the portal keeps them until something they are read from changes. The newest finding write is one of
-- those signs; this index makes it a single index step instead of a scan of the table.
create index finding_updated on compliance.finding (updated_at);
