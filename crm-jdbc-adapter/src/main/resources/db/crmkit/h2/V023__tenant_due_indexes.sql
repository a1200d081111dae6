-- The per-tenant sweeps page through one tenant's due rows: tenant_id = ? first, then the due
-- column, in its order (see postgresql/V023). H2 has no partial indexes: each index holds every
-- row, the status it filters on after the due column.

CREATE INDEX crm_points_account_tenant_due ON crm_points_account (tenant_id, next_due_at);
CREATE INDEX crm_case_tenant_due_check ON crm_case (tenant_id, sla_next_check_at, case_id);
CREATE INDEX crm_coupon_lock_tenant_due ON crm_coupon_lock (tenant_id, expires_at, status);
CREATE INDEX crm_coupon_tenant_ending ON crm_coupon (tenant_id, valid_until, status);
CREATE INDEX crm_card_tenant_due ON crm_card (tenant_id, due_at);
CREATE INDEX crm_sales_task_tenant_remind_due ON crm_sales_task (tenant_id, remind_due, task_id);
