-- What only H2 has, after the common baseline (V001).

-- The audit note has been limited to 10,000 characters on H2 since version 4 (PostgreSQL: unbounded).
ALTER TABLE crm_case_audit ALTER COLUMN note SET DATA TYPE VARCHAR(10000);

-- H2 has no partial indexes: every case is in the index.
CREATE INDEX crm_case_due_check ON crm_case (sla_next_check_at, tenant_id, case_id);

-- The ledger is append-only; H2 has no trigger for it, so the adapter alone never issues UPDATE or
-- DELETE on crm_points_entry (except erasure's UPDATE of the free-text reason).
