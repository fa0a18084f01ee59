-- Incident metrics per team count an incident without a team of its own for its first affected account's owner team
-- (the owner is looked up when the metrics are read). An incident's affected accounts are set when it is declared or
-- opened and never change, so the first one is kept on the incident: the metrics then read one table instead of
-- grouping affected_account for every incident of the range (bench/incidents.sh, 50,000 incidents).
alter table incidents.incident add column first_account_id varchar(12);

update incidents.incident i
set first_account_id = (select min(a.account_id) from incidents.affected_account a where a.incident_id = i.id);
