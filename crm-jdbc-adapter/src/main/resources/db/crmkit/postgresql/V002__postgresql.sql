-- What only PostgreSQL has, after the common baseline (V001).

-- The due-check scan reads only the cases with a check due.
CREATE INDEX crm_case_due_check ON crm_case (sla_next_check_at, tenant_id, case_id) WHERE sla_next_check_at IS NOT NULL;

-- The ledger is append-only: the database refuses to change or remove an entry, with one documented
-- exception for erasure (PIPL, GDPR). An UPDATE may replace the free-text reason of an entry
-- (PointsLedger.anonymiseEntries writes '[erased]'); every other column (points, direction, keys,
-- references, actor, lots, balance) must stay as it was, and entries may never be deleted.
CREATE FUNCTION crm_points_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
            AND (NEW.tenant_id, NEW.customer_id, NEW.programme_id, NEW.sequence, NEW.entry_id, NEW.entry_type, NEW.points,
                 NEW.direction, NEW.at, NEW.operation_key, NEW.reference, NEW.actor, NEW.lots, NEW.available_after)
            IS NOT DISTINCT FROM
                (OLD.tenant_id, OLD.customer_id, OLD.programme_id, OLD.sequence, OLD.entry_id, OLD.entry_type, OLD.points,
                 OLD.direction, OLD.at, OLD.operation_key, OLD.reference, OLD.actor, OLD.lots, OLD.available_after) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'crm_points_entry is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER crm_points_entry_append_only
    BEFORE UPDATE OR DELETE ON crm_points_entry
    FOR EACH ROW EXECUTE FUNCTION crm_points_entry_append_only();
