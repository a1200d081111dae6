-- The per-tenant sweeps (loyalty().settleDue(tenant, i, n) and the like) page through one tenant's
-- due rows: tenant_id = ? first, then the due column, in the due column's order. The due indexes
-- of V001, V002, V006, V011 and V019 start with the due column, for the sweeps over every tenant,
-- so on one large shared database a tenant's page walked every other tenant's due rows too. These
-- start with tenant_id and hold only the rows a sweep can find due, like crm_case_due_check and
-- crm_card_due (PostgresTenantDueIndexesTest EXPLAINs each page and finds its index used).

-- points settlement: accounts with expiry, maturing or a hold time-out ahead
CREATE INDEX crm_points_account_tenant_due ON crm_points_account (tenant_id, next_due_at) WHERE next_due_at IS NOT NULL;
-- SLA checks: cases with a check pending, in the page's (next check, case) order
CREATE INDEX crm_case_tenant_due_check ON crm_case (tenant_id, sla_next_check_at, case_id) WHERE sla_next_check_at IS NOT NULL;
-- coupon settlement: checkout locks still open, and coupons still available or locked
CREATE INDEX crm_coupon_lock_tenant_due ON crm_coupon_lock (tenant_id, expires_at) WHERE status = 'OPEN';
CREATE INDEX crm_coupon_tenant_ending ON crm_coupon (tenant_id, valid_until) WHERE status IN ('AVAILABLE', 'LOCKED');
-- card expiry: active cards that can expire
CREATE INDEX crm_card_tenant_due ON crm_card (tenant_id, due_at) WHERE due_at IS NOT NULL;
-- sales reminders: tasks whose reminder is still to be sent, in the page's (reminder, task) order
CREATE INDEX crm_sales_task_tenant_remind_due ON crm_sales_task (tenant_id, remind_due, task_id) WHERE remind_due IS NOT NULL;
