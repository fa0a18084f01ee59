-- A request's status reason holds what an approver wrote when rejecting or sending it back. The approval engine
-- keeps up to 4000 characters of it (approvals.decision.comment); the request kept only 2000, so a longer reason
-- failed the catalog's verdict listener after the decision was recorded and left the request PENDING_APPROVAL.
alter table catalog.product_request alter column status_reason set data type varchar(4000);
